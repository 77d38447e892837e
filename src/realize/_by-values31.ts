/**
 * "list webcams by country. The country is Argentina." is the operation's name with its value tacked on (QUALITY.md
 * A, G): a person asks for "webcams in Argentina", "jobs at Acme", "live webcams". A "<things> by <field>" request
 * whose field the user gives in the same turn is said with the value where the field was; the values left are said
 * after, as before. Only a place or company named by a capitalised name, or a one-word value of a choice that reads
 * as a quality of the things ("live", "HD"), fills it.
 */
import type { DialoguePlan, ParamRef } from '../plan/types.ts';
import { valueMentions } from './_param-speech.ts';
import type { Filled30 } from './_intent-values30.ts';

type Plan = Pick<DialoguePlan, 'operations' | 'slots'>;

const PLACE = /^(?:country|region|continent|city|state|province|county|area|location|place|district|territory)$/;
const EMPLOYER = /^(?:company|employer|organization|organisation|team|club|studio|publisher|label|brand)$/;
/** Fields whose choices are qualities of the things ("live webcams", "comedy movies", "active orders"). */
const QUALITY = /^(?:property|type|kind|genre|category|status|quality|format|style|level|tier|state)$/;
/** "list webcams by property", "search jobs by company": the things and the field, ending the request's clause. */
const BY = /\b(list|get|search|find|show) (?:the )?((?:[a-z]+ )?[a-z]+s) by ([a-z]+)(?=[?.,!]|$| for me\b| please\b)/;

/** The request with its "by <field>" said by the value; undefined when nothing fits. */
export function filledBy31(text: string, own: readonly ParamRef[], plan: Plan, valueSay: ((m: string) => string) | undefined, ok: (filled: Filled30) => boolean): Filled30 | undefined {
  if (!valueSay || own.length === 0) return undefined;
  const by = BY.exec(text);
  if (!by) return undefined;
  const [verb, things, field] = [by[1] as string, by[2] as string, by[3] as string];
  for (const ref of own) {
    const said = /^(?:the|your|my) ([a-z][a-z ]*?) is (.+)$/.exec(valueMentions(plan, [ref]));
    if (!said || said[1] !== field) continue;
    const value = said[2] as string;
    const rest = own.filter((r) => r !== ref);
    const suffix = rest.length > 0 ? ` ${valueSay(valueMentions(plan, rest))}` : '';
    // "in Argentina" first; "in the country of Argentina" keeps the field's word where the retriever needs it.
    const found = spokenBy(verb, things, field, value).map((asked) => ({ text: `${text.slice(0, by.index)}${asked}${text.slice(by.index + by[0].length)}`, suffix })).find(ok);
    if (found) return found;
  }
  return undefined;
}

/** "list webcams in Argentina", "search jobs at Acme", "list live webcams"; undefined for other values. */
function spokenBy(verb: string, things: string, field: string, value: string): string[] {
  const one = spokenBy1(verb, things, field, value);
  return !one ? [] : PLACE.test(field) && one.endsWith(` in ${value}`) ? [one, `${verb} ${things} in the ${field} of ${value}`] : [one];
}

function spokenBy1(verb: string, things: string, field: string, value: string): string | undefined {
  const name = /^[A-Z\u00C0-\u00DE][\p{L}'.& -]{1,38}$/u.test(value) && value.split(' ').length <= 4;
  if (PLACE.test(field) && name) return `${verb} ${things} in ${value}`;
  if (EMPLOYER.test(field) && name) return `${verb} ${things} at ${value}`;
  // A choice of the field ("property": live, hd): an adjective-like word before the things; never a plural noun ("editors").
  if (!QUALITY.test(field) || / /.test(things) || /^(?:all|any|none|other|default|unknown|misc)$/.test(value)) return undefined;
  if (/^[a-z]{3,12}$/.test(value) && !/s$/.test(value)) return `${verb} ${value} ${things}`;
  if (/^[a-z]{2}$/.test(value)) return `${verb} ${value.toUpperCase()} ${things}`;
  return undefined;
}
