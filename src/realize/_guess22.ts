/**
 * The turn that fixes a failed guess (self-correction, QUALITY.md J): it says what was guessed and what the service
 * answered, then asks for the value by its spoken name. "I need the real value" says neither, and teaches nothing.
 */
import type { Turn } from '../plan/types.ts';
import type { Rng } from '../random/index.ts';
import { sayValue } from './words.ts';
import { otherGuesses29 } from './_guess-others29.ts';

const GUESSED: ((slot: string, value: string, entity: string, slots: string) => string)[] = [
  (slot, value, entity, slots) => `Sorry, I guessed ${value} for ${slot} instead of asking, and there is no ${entity} with it. Could you tell me ${slots}?`,
  (slot, value, entity, slots) => `My mistake: I made up ${value} as ${slot}, and the service found no such ${entity}. Could you give me ${slots}?`,
  (slot, value, entity, slots) => `I should have asked first: ${value} was my guess at ${slot}, and it matches no ${entity}. Could you tell me ${slots}?`,
  (slot, value, entity, slots) => `That failed because I guessed ${slot} (${value}) and no ${entity} has it. Can you tell me ${slots}?`,
];

/** "No offer found with offerId \"OF-1\"": the record the service looked for and the argument it looked up. */
const NOT_FOUND = /^No (.+?) found with (\S+) /;

/**
 * Text and thought of the request after a rejected guess. `wrong` is the guessed call, `rejection` the tool's answer,
 * `slots` what is asked, `slotOf` a parameter's spoken name, `decorate` adds the choices the spec lists.
 */
export function guessFix(rng: Rng, wrong: Turn | undefined, rejection: Turn | undefined, slots: string, slotOf: (param: string) => string, decorate: (text: string) => string): { text: string; thought: string } {
  const args = wrong?.speaker === 'assistant' ? wrong.call?.arguments ?? {} : {};
  const error = rejection?.speaker === 'tool' ? (rejection.result as { error?: { message?: unknown } } | null)?.error : undefined;
  const found = typeof error?.message === 'string' ? NOT_FOUND.exec(error.message) : null;
  const param = found?.[2];
  if (!found || param === undefined || !(param in args) || slotOf(param) === '') {
    return { text: decorate(`Sorry, I guessed ${slots} instead of asking, and the service rejected it. Could you tell me ${slots}?`), thought: `The call failed because I guessed ${slots}. I have to ask the user for it.` };
  }
  const slot = slotOf(param), value = sayValue(args[param]);
  // The record as the user calls it ("the organization ID" → organization), else as the service does ("org").
  const entity = /^(?:the )?(.+?) (?:ID|IDs|code|codes|key|keys|slug|number)$/.exec(slot)?.[1] ?? found[1]!;
  const also = otherGuesses29(args, param, slots, slotOf);
  const text = rng.pick(GUESSED)(slot, value, entity, slots);
  return {
    text: decorate(also === '' ? text : text.replace(/\. (Could|Can) you /, `. ${also} $1 you `)),
    thought: `I guessed ${slot} as ${value} without asking, and the service has no ${entity} with it. I have to ask the user for ${slots}.`,
  };
}
