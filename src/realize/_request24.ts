/**
 * Questions for a value that name what the value is for ("Which road ID do you want the closures for?"), in place
 * of one fixed frame around the value's noun (issue 10, distinct-2): the thing looked up is the dialogue's own
 * word, and a question that names it reads as asked for this task, not from a form.
 */
import { byeIntent } from './_bye-intent.ts';
import { gotThing } from './_bye24.ts';

// A value a thing is looked up for ("which city", "which order ID"); a key, a page size or a sort order is not.
const FOR_WHICH = /\b(?:ID|name|location|city|country|date|year|month|symbol|ticker|place|address|title|username|user|domain|region|ZIP code|postcode|postal code|language|team|league|station|account|airport)$/i;
const SECRET = /\b(?:key|token|password|secret|credentials?)\b/i;

/** The thing a lookup brings, when it can be named in a question ("closures", "weather forecast"). */
function lookedUp(intent: string): string | undefined {
  const thing = gotThing(byeIntent(intent));
  // "look up the store ID": a key found on the way is no thing the user wants, and "for the store ID" misleads.
  return thing && !/\b(?:IDs?|keys?|codes?)$/.test(thing) ? thing : undefined;
}

/** Questions naming the thing looked up; none when the intent names no such thing. */
export function askedFor(slots: string, intent: string, many: boolean, optional: boolean): string[] {
  const thing = lookedUp(intent);
  if (!thing || SECRET.test(slots)) return [];
  const asks = [`For the ${thing}, what ${many ? 'are' : 'is'} ${slots}?`];
  if (!optional) asks.push(`For the ${thing}, I need ${slots}.`, `I need ${slots} to get the ${thing}.`);
  // "Which city should I get the weather forecast for?": one value, said by its noun.
  const one = !many && slots.startsWith('the ') && !slots.includes(',') && !/ and | or /.test(slots) ? slots.slice(4) : undefined;
  if (one && FOR_WHICH.test(one)) asks.push(`Which ${one} do you want the ${thing} for?`, `Which ${one} should I get the ${thing} for?`);
  return asks;
}
