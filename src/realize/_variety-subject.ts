/**
 * What a dialogue was about, as a person names it in a goodbye: "order 820005", "Porto Hardware". The goodbye
 * that names the record the user gave ("Thanks, that's all I needed on order 820005.") is the dialogue's own; a
 * stock goodbye, or one that echoes the intent phrase of the first turn, repeats words the dataset already has.
 */
import { describedCodeName31 } from '../text/described-codes31.ts';
import type { DialoguePlan } from '../plan/types.ts';
import { refNoun } from './_mention.ts';
import { isPluralNoun } from './words.ts';
import { opaqueKey30 } from './_replies30.ts';

/** "order ID", "store number": a record named by its key, said "order 820005". */
const KEY_NOUN = /^([a-z][a-z ]{1,24}?) (?:ID|id|number|no\.)$/;
/** "820005", "PROJ-12", "A1": a short key a person reads out; never a long token nobody says ("TN-952732635": ten
 * characters or more of letters and digits is what the checker's goodbye_words calls an opaque id). */
const SHORT_KEY = /^(?=.*\d)(?:\d{1,12}|[A-Z0-9][A-Z0-9-]{0,8})$/;
/** "store name", "artist name", "title": the value is the thing's own name. */
const NAME_NOUN = /(?:^|\s)(?:name|title)$/;
/** "Porto Hardware", "Sofia Rossi", "O'Kon's Books": two to four capitalised words. */
const PROPER_NAME = /^\p{Lu}[\p{L}'’.&-]*(?: (?:of |the |de |and )?\p{Lu}[\p{L}'’.&-]*){1,3}$/u;
/** "Louie", "Lisbon": one capitalised word is a name too, where the noun says it is one. */
const ONE_NAME = /^\p{Lu}\p{Ll}{2,}$/u;
/** "city", "destination": the value is a place a request is about ("that's all I needed for Lisbon"). */
const PLACE_NOUN = /(?:^|\s)(?:city|town|country|location|place|destination|region)$/;
/** Nouns whose value is nothing a goodbye can be about ("the version 1.0", "the page 2"). */
const NOT_A_RECORD = /\b(?:job title|version|page|limit|offset|count|size|row|column|index|api|estimate|amount|radius|status|code)\b/i;

/** The record the user named, from the values they said before turn `i` (`informed`: `op\u0000param` keys). */
export function subjectOf(plan: Pick<DialoguePlan, 'operations' | 'slots'>, informed: ReadonlySet<string>): string | undefined {
  let named: string | undefined;
  for (const slot of plan.slots) {
    if (slot.source === 'chained' || slot.source === 'default' || !informed.has(`${slot.operation}\u0000${slot.param}`)) continue;
    const noun = refNoun(plan, slot).replace(/^(?:the|your|my) /i, '');
    if (NOT_A_RECORD.test(noun) || isPluralNoun(noun)) continue;
    const value = typeof slot.value === 'number' && Number.isInteger(slot.value) && slot.value > 0 ? String(slot.value) : slot.value;
    if (typeof value !== 'string') continue;
    // {orgId: 2} described "2 for LIV Tour": the record is LIV Tour, never "organization 2".
    const described = describedCodeName31((plan.operations[slot.operation]?.parameters.properties as Record<string, { description?: unknown }> | undefined)?.[slot.param]?.description, value);
    if (described) return described;
    const key = KEY_NOUN.exec(noun);
    if (key && SHORT_KEY.test(value) && !NOT_A_RECORD.test(key[1] as string) && !opaqueKey30(value)) return `${key[1]} ${value}`;
    if (named || value.length > 32 || !(PROPER_NAME.test(value) || ONE_NAME.test(value))) continue;
    if (NAME_NOUN.test(noun) || (PLACE_NOUN.test(noun) && onlyPlace(plan, informed, slot))) named = value;
  }
  return named;
}

/** "the search query is Data cleanup and the region is Seoul": a place beside other words is a filter, not what the
 * request is about ("Happy to help with Seoul again." would be odd); beside numbers and dates it is the subject. */
function onlyPlace(plan: Pick<DialoguePlan, 'slots'>, informed: ReadonlySet<string>, place: { operation: string; param: string }): boolean {
  return plan.slots.every((s) => s === place || !informed.has(`${s.operation}\u0000${s.param}`) || typeof s.value !== 'string' || /^[\d+-]/.test(s.value));
}
