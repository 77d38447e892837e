/**
 * Words no person says (QUALITY.md B, J), as patterns over what a turn says:
 * `suffix_split` — a word cut at its suffix or singular broken ("the acoustic ness", "the dance ability", "the movy
 * name"): a field name split by a word list, or "-ies" cut to "-y";
 * `goodbye_words` — a goodbye that is no reply a person gives: "Welcome!" to thanks, "Have a nice evening" after
 * "Good morning", or an opaque id noted down or asked about ("I'll look into 7ouMYWpwJ422jRcDASZB7P").
 * `field_phrase` — a field or path name read as a noun it is not: a verb and its preposition ("the ships from is"), a
 * date verb ("the date expires is"), "the known for department is", "the all tasks", an abbreviation in capitals ("an SYS user").
 * Reads only the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS10_INVARIANTS = ['suffix_split', 'goodbye_words', 'field_phrase'] as const satisfies readonly InvariantId[];

/** A suffix said as a word of its own after a word it belongs to ("acoustic ness", "dance ability", "friend ship"). */
const SPLIT_SUFFIX = /\b[a-z]{3,} ness\b|\bthe [a-z]{3,} (?:ability|ibility|hood)\b/i;
/** "-ies" plurals whose singular keeps "ie", cut to "-y". */
const BROKEN_SINGULAR = /\b(?:movy|cooky|zomby|rooky|selfy|hoody|calory|bely|rooky|goody|newby|genry|pixy|birdy|coachy|lingery|smoothy|prairy|specy)\b/i;
/** An opaque id: letters and digits mixed, eight characters or more, as no person says it in a goodbye. */
const OPAQUE_ID = /(?<![\w-])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{10,}(?![\w-])/;
const FIELD_PHRASE: [RegExp, string][] = [
  [/\b[Tt]he [a-z]+ (?:from|to|at|into|with) (?:is|are)\b/, 'reads a verb and its preposition as a noun ("the ships from is"): say "it ships from …"'],
  [/\b[Tt]he (?:date|time) [a-z]{3,}es (?:is|are)\b/, 'reads a date field as it stands ("the date expires is"): say "it expires on …"'],
  [/\b[Tt]he known for [a-z]+ (?:is|are)\b/, 'reads "known for department" as a noun: say "they are known for …"'],
  [/\b[Tt]he all [a-z]+s\b/, 'pastes "your all tasks": say "all the tasks"'],
  [/\ban? SYS\b/, 'says the path word "sys" in capitals: say "system"'],
  [/\b[Tt]he alpha ?[23] (?:is|are)\b/, 'reads an ISO 3166 field name ("the alpha 2 is"): say "the country code is"'],
];
const EVENING = /\b(?:evening|tonight|good night)\b/i;

export function checkWords10(record: DialogueRecord, add: Add): void {
  const morning = record.turns.some((t) => t.speaker === 'user' && /\bgood morning\b/i.test(t.text ?? ''));
  record.turns.forEach((turn, i) => {
    const bye = turn.speaker !== 'tool' && /(?:^|_)bye$/.test(String((turn as { action?: string }).action ?? ''));
    for (const [kind, text] of utterances(turn)) {
      if (!text) continue;
      const split = SPLIT_SUFFIX.exec(text) ?? BROKEN_SINGULAR.exec(text);
      if (split) add('suffix_split', i, `the ${kind} cuts a word ("${split[0]}"): say the field's word whole ("acousticness", "movie")`);
      for (const [pattern, what] of FIELD_PHRASE) {
        const hit = pattern.exec(text);
        if (hit) add('field_phrase', i, `the ${kind} ${what}: "${hit[0]}"`);
      }
      if (!bye || kind !== 'text') continue;
      if (/(?:^|[.!?]\s+)Welcome!/.test(text)) add('goodbye_words', i, 'the goodbye answers thanks with "Welcome!": say "You\'re welcome!"');
      if (morning && EVENING.test(text)) add('goodbye_words', i, 'the goodbye wishes a nice evening to a user who said "Good morning"');
      const id = OPAQUE_ID.exec(text);
      if (id) add('goodbye_words', i, `the goodbye names an opaque id ("${id[0]}"): no one notes down or asks more about an id`);
    }
  });
}
