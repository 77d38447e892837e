/**
 * Grammar a person never gets wrong (QUALITY.md A, B, G, J), as patterns over what a turn says:
 * `word_agreement` — a singular verb for a plural ("What is the chapter IDs?", "What is the radius and the search
 * query?"), an adjective made an owner ("get a public's holidays"), a name's own period doubled ("T.I..");
 * `name_words` — an identifier's words said as they stand ("I found 3 payloads", "the number samples are 383",
 * "datetime published August 21", "the way to notify the email is", "get and paginate through all reviews",
 * "the status is in_review").
 * Reads only the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS3_INVARIANTS = ['word_agreement', 'name_words'] as const satisfies readonly InvariantId[];

const AGREEMENT: [RegExp, string][] = [
  [/\bWhat(?: is|'s) the [a-z][\w -]* (?:IDs|URLs|UUIDs|codes|names|dates|numbers)\?/, 'asks for a plural with "is": say "What are …?"'],
  [/\bWhat(?: is|'s) the [^?.,]{1,40} and (?:the|your) [^?.,]{1,40}\?/, 'asks for two things with "is": say "What are …?"'],
  [/\ban? (?:public|private|national|international|local|global|official|personal|accessible|available|popular|full|metric)'s\b/, 'makes an adjective an owner ("a public\'s holidays"): say "public holidays"'],
  [/(?:^|[\s(])(?:[A-Z]\.){1,3}\.(?=\s|$)/, 'doubles the period after a name\'s initials ("T.I.."): one stop ends the sentence'],
];

const NAME_WORDS: [RegExp, string][] = [
  [/\b(?:\d+|several|a few) (?:payloads|bodies|responses)\b/, 'counts a list by its envelope field ("3 payloads"): name what the items are'],
  [/\b[Tt]he number (?!of\b)[a-z]{3,}s\b/, 'reads "num_samples" word by word ("the number samples"): say "the number of samples"'],
  [/\((?:datetime|timestamp|date|time) [a-z]{3,}ed /, 'reads "datetime_published" word by word: say "published …"'],
  [/\b[Tt]he way to [a-z]+ the (?:email|url|address|phone|user|users|channel|webhook)\b/, 'reads an address ("notify_email") as a way: say "the email to notify"'],
  [/\b(?:get|list|fetch|retrieve) and (?:paginate|page|iterate|scroll) through\b/i, 'pastes the description\'s paging ("get and paginate through"): ask for the things'],
  [/\b[Tt]he (?:status|state|stage|phase) is [a-z]+_[a-z_]+\b/, 'says a raw enum value ("the status is in_review"): say its words ("in review")'],
];

export function checkWords3(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      if (!text) continue;
      for (const [pattern, what] of AGREEMENT) {
        const hit = pattern.exec(text);
        if (hit) add('word_agreement', i, `the ${kind} ${what}: "${hit[0].trim()}"`);
      }
      for (const [pattern, what] of NAME_WORDS) {
        const hit = pattern.exec(text);
        if (hit) add('name_words', i, `the ${kind} ${what}: "${hit[0].trim()}"`);
      }
    }
  });
}
