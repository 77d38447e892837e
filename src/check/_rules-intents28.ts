/**
 * Requests built from identifiers name a thing (QUALITY.md A), wave 28. `intent_adjective_object`: a user's request
 * whose object ends on an adjective ("find a bulk assignable" of findBulkAssignableUsers) names nothing to get.
 * `intent_key_no_referent`: "get the edition by ISBN" (getEditionByIsbn) says "the" of a thing never mentioned and
 * reads the key as a parameter; a person looks "an edition" up "by its ISBN". Reads only the user's request turns.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const INTENTS28_INVARIANTS = ['intent_adjective_object', 'intent_key_no_referent'] as const satisfies readonly InvariantId[];

/** "a bulk assignable", "an accessible": an article, at most two words, and an -able/-ible word closing the phrase. */
const ADJECTIVE_OBJECT = /\b(?:a|an|the|some) (?:[a-z]+ ){0,2}([a-z]{3,}(?:able|ible))\b(?=[.?!,;]|$| (?:by|for|from|in|on|with|to|of|please)\b)/g;
/** Words in -able/-ible that are things ("a timetable", "a collectible"). */
const ABLE_NOUNS = /^(?:table|cable|vegetable|timetable|variable|constable|stable|fable|bible|syllable|receivable|payable|deliverable|collectible|consumable|disposable|valuable|comestible|turntable|notable|convertible|reversible|audible|wearable|printable|downloadable)$/;
/** "get the edition by ISBN": a definite thing looked up by a bare key. */
const KEY_NO_REFERENT = /\b(?:get|fetch|retrieve|find) the [a-z]+(?: [a-z]+)? by (?:ISBN|ID|UUID|key|slug|code|name|number|username|email)\b(?! of)/;

export function checkIntents28(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'user' || !turn.action.startsWith('inform_intent') || !turn.text) return;
    const text = turn.text;
    for (const m of text.matchAll(ADJECTIVE_OBJECT)) {
      if (ABLE_NOUNS.test(m[1] as string)) continue;
      add('intent_adjective_object', at, `the request's object ends on an adjective, naming nothing: "${m[0]}"`);
      break;
    }
    const keyed = KEY_NO_REFERENT.exec(text);
    // "the users by email" is a class, "the continents filtering by name" no noun phrase: only a singular thing.
    if (keyed && !/(?:s|ing) by /.test(keyed[0])) add('intent_key_no_referent', at, `the request says "the" of a thing never mentioned, looked up by a bare key: "${keyed[0]}"`);
  });
}
