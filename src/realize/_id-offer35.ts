/**
 * A question for an id the user will not have says what will do instead, as the question for coordinates offers
 * the place's name (rd35 control reading): "I need the event ID to get the ticket offers. If you don't have it,
 * tell me the city and I'll look it up." — never a bare "Which venue ID?" that no person could answer. Only where
 * the chain's source takes what the user then says (its given or asked values), so the offer is one it keeps.
 */
import type { DialoguePlan, ParamRef, Slot } from '../plan/index.ts';
import type { Rng } from '../random/index.ts';
import { plural } from './words.ts';

const ID_PARAM = /(^|_)(id|ids|uuid|code|key|slug)$|[a-z0-9](Id|Ids|ID|Uuid|Code|Key)$/;

const OFFERS: ((base: string, said: string) => string)[] = [
  (b, s) => `${b} If you don't have it, tell me ${s} and I'll look it up.`,
  (b, s) => `${b} Don't have it? ${cap(s)} will do, and I'll find it.`,
];
/** Where the source lists the records without input (list_pick_01/03/04), the offer is the list to pick from. */
const LIST_OFFERS: ((base: string, things: string) => string)[] = [
  (b, t) => `${b} If you don't have it, I can list the ${t} for you to pick from.`,
  (b, t) => `${b} Not sure? I can show you the ${t} to choose from.`,
];
const LISTING_FLOW = /^list_pick_0[134]$/;

/** Only after a question: "If not" answers "Could you tell me the order ID?", not "I need the order ID." */
const AFTER_QUESTION: ((base: string, said: string) => string)[] = [...OFFERS, (b, s) => `${b} If not, just give me ${s} and I'll find it from there.`];

/** A bare search word ("the keyword") is said as what the user knows the thing by. */
const SEARCH_PARAM = /^(q|s|query|keyword|keywords|search|term|search_?term|searchTerm)$/i;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The values the user gives the chain's source for `ref` in the very next turn, if `ref` is an id that source looks up. */
function sourceSlots(plan: DialoguePlan, ref: ParamRef, informed: readonly ParamRef[]): Slot[] {
  const slot = plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param);
  const source = slot?.source === 'chained' ? slot.from?.operation : undefined;
  if (source === undefined) return [];
  return plan.slots.filter((s) => s.operation === source && informed.some((r) => r.operation === source && r.param === s.param));
}

/**
 * `text` with the offer added, when the question asks for one id the user is about to say they lack (`failing`: the
 * next turn's values, when it is a fail_inform) while giving what the offer names.
 */
export function withIdOffer35(text: string, plan: DialoguePlan, refs: readonly ParamRef[], failing: readonly ParamRef[] | undefined, phrase: (refs: ParamRef[]) => string, rng: Rng): string {
  if (failing === undefined || refs.length !== 1 || !ID_PARAM.test(refs[0]!.param) || !/[.?]\s*$/.test(text)) return text;
  const given = sourceSlots(plan, refs[0]!, failing);
  if (given.length === 0 && LISTING_FLOW.test(plan.flow)) return listOffer(text, phrase([refs[0]!]), rng);
  if (given.length === 0 || given.length > 2) return text;
  const said = given.every((s) => SEARCH_PARAM.test(s.param)) ? 'its name' : phrase(given.map((s) => ({ operation: s.operation, param: s.param })));
  return rng.pick(/\?\s*$/.test(text) ? AFTER_QUESTION : OFFERS)(text.trim(), said);
}

/** Whether an assistant's question made the offer: the user's answer then gives what it named, without asking how. */
export const madeIdOffer35 = (text: string | undefined): boolean => text !== undefined && /(I'll look it up|I'll find it( from there)?|for you to pick from|to choose from)\.$/.test(text);

/** "Could you let me know the genre ID? Not sure? I can show you the genres to choose from." */
function listOffer(text: string, idPhrase: string, rng: Rng): string {
  const thing = idPhrase.replace(/^(the|a|an) /, '').replace(/ (ID|id|code|key|number|slug)$/, '');
  if (thing === idPhrase.replace(/^(the|a|an) /, '') || !/^[a-z][a-z ]{1,30}$/.test(thing)) return text;
  return rng.pick(LIST_OFFERS)(text.trim(), plural(thing));
}

const LIST_ASKED = ['Please list them.', 'A list would help.', 'Yes, show me the list, please.', ''];

/**
 * The user's "I don't have it" after the offer: no "Can you track it down?" left over (the offer answered it); after
 * a list was offered, the user may take it up ("Please list them.").
 */
export function answerToOffer35(text: string, offer: string | undefined, rng: Rng): string {
  if (!madeIdOffer35(offer)) return text;
  let kept = text.trim();
  for (let cut = kept.replace(/\s*[^.!?]*\?$/, ''); cut !== kept && /[.!]$/.test(cut); cut = kept.replace(/\s*[^.!?]*\?$/, '')) kept = cut;
  if (!/(pick from|choose from)\.$/.test(offer!)) return kept;
  const asked = rng.pick(LIST_ASKED);
  return asked === '' ? kept : `${kept} ${asked}`;
}
