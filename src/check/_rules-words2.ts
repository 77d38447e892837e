/**
 * Words built from identifiers that the other wording rules do not see (QUALITY.md A, B): a glued operation-id or
 * parameter word said as one ("get an ordersby by email", "the country andorunique"), and a field name read out
 * as a noun where its words name no thing ("the price text is 77.26", "the found is 22 percent", "the start
 * created", "the date after UTC is", "the exclude is"). Reads only the record and src/text's word list; shares
 * nothing with the realizer that writes the words.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { isGluedIdentifier as gluedIdentifier } from '../text/index.ts';
import { memoized } from '../text/memo.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS2_INVARIANTS = ['glued_words', 'field_name_words'] as const satisfies readonly InvariantId[];

/** Field names read as nouns, each a pattern no person says, with what to say instead. */
const FIELD_NAME_PATTERNS: [RegExp, string][] = [
  [/\b[Tt]he (?:[a-z]+ )?(?:price|score|rating|amount|size|count|distance|duration) text (?:is|are|was)\b/, 'reads a display-copy field ("…Text") as a noun: say the value itself'],
  [/\b[Tt]he (?:found|[a-z]{3,}ed) (?:is|are|was) [\d.,]+ percent\b/, 'reads a participle field ("found_percent") as a noun: say what the share is of'],
  [/\b[Tt]he (?:start|end) [a-z]{3,}ed\b(?! (?:date|time|on|at|by)\b)/, 'reads a bound of a participle ("createdSince") as "start created": say "the created since date"'],
  [/\b[Tt]he (?:[a-z]+ ){1,3}(?:UTC|GMT)(?: (?:is|are|was)\b|\?|,| and\b)/, 'reads a time zone suffix ("dateAfterUtc") as part of a name'],
  [/\b[Tt]he (?:exclude|include|ignore|skip|omit|adjust [a-z]+)(?: (?:is|are|was)\b|\?|,| and\b)/, 'reads a verb-named parameter as a noun: say what it acts on ("the users to exclude")'],
];

/** Kept per word: the segmenter's own cache stops filling past 20 000 words in a long run. */
const isGluedIdentifier = memoized(gluedIdentifier);

/** Lower-case words long enough to be glued ones: candidates only, checked against the word list. */
const CANDIDATE = /\b[a-z]{6,}\b/g;

export function checkWords2(record: DialogueRecord, add: Add): void {
  // A glued word that is a value (a username, a slug in a result) is data, not wording; built only on a hit.
  let values: string | undefined;
  const isValue = (word: string): boolean => {
    values ??= JSON.stringify([record.slots, record.turns.filter((t) => t.speaker === 'tool')]).toLowerCase();
    return values.includes(word);
  };
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      for (const word of text.match(CANDIDATE) ?? []) {
        if (isGluedIdentifier(word) && !isValue(word)) {
          add('glued_words', i, `the ${kind} says the glued identifier "${word}" as a word: split it ("orders by", "and or")`);
          break;
        }
      }
      for (const [pattern, what] of FIELD_NAME_PATTERNS) {
        const hit = pattern.exec(text);
        if (hit) add('field_name_words', i, `the ${kind} ${what}: "${hit[0].trim()}"`);
      }
    }
  });
}
