/**
 * Values the user gives fit what was asked (QUALITY.md E, H):
 * - `title_is_person`: asked for "the title" (of a book, a movie, a song), the user never answers with a person's
 *   name ("The title is Arjun Nakamura"): a title is a work's, an author's name is asked as "the author".
 * People's names are told by Faker's given names and surnames of every locale (a well-kept list), plus common
 * surnames Faker lacks; both words must be names, so "Grace Notes" or "Summer Nights" are titles.
 * It reads only the record: it shares nothing with the generator that draws the values.
 */
import { allFakers } from '@faker-js/faker';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';

export const FIT_INVARIANTS = ['title_is_person'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** Common surnames Faker's locales lack. */
const MORE_SURNAMES = ['Nakamura', 'Tanaka', 'Sato', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Kobayashi', 'Kim', 'Lee', 'Park', 'Haddad', 'Okafor', 'Adeyemi', 'Okonkwo', 'Mensah', 'Brennan', 'Chen', 'Wang', 'Nguyen', 'Patel', 'Singh', 'Khan'];

let names: { given: Set<string>; family: Set<string> } | undefined;

/** Given names and surnames of every Faker locale, built once. */
function personNames(): { given: Set<string>; family: Set<string> } {
  if (names) return names;
  const given = new Set<string>();
  const family = new Set<string>(MORE_SURNAMES);
  const add = (into: Set<string>, value: unknown): void => {
    if (typeof value === 'string') into.add(value);
    else if (Array.isArray(value)) for (const v of value) add(into, v);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) add(into, v);
  };
  for (const f of Object.values(allFakers)) {
    const person = (f as unknown as { rawDefinitions?: { person?: { first_name?: unknown; last_name?: unknown } } }).rawDefinitions?.person;
    add(given, person?.first_name);
    add(family, person?.last_name);
  }
  names = { given, family };
  return names;
}

const TWO_NAMES = /^(\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{Ll}'’-]+)$/u;

/** "Arjun Nakamura": a given name then a surname. */
export function looksLikePersonName(value: string): boolean {
  const m = TWO_NAMES.exec(value.trim());
  if (!m) return false;
  const { given, family } = personNames();
  return given.has(m[1]!) && family.has(m[2]!);
}

const ASKS_TITLE = /\btitles?\b/i;
/** A request that also asks for a person (an author) may get a person's name. */
const ASKS_PERSON = /\b(authors?|artists?|names?|persons?|people|users?|writers?|directors?|actors?|singers?|bands?|creators?|owners?|customers?|contacts?|players?)\b/i;

/** A user's answer to a request for "the title" is no person's name. */
function checkTitleAnswers(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  const given = record.slots.filter((s) => typeof s.value === 'string' && (s.source === 'asked' || s.source === 'given'));
  if (given.length === 0) return;
  for (let i = 0; i < turns.length; i++) {
    const asked = turns[i]!;
    if (asked.speaker !== 'assistant' || asked.action !== 'request' || !ASKS_TITLE.test(asked.text ?? '') || ASKS_PERSON.test(asked.text ?? '')) continue;
    const answer = turns.slice(i + 1).find((t) => t.speaker === 'user');
    if (!answer) continue;
    const at = turns.indexOf(answer);
    for (const slot of given) {
      const value = slot.value as string;
      if ((answer.text ?? '').includes(value) && looksLikePersonName(value)) add('title_is_person', at, `asked for the title, the user gave a person's name "${value}" (${slot.operation} ${slot.param})`);
    }
  }
}

export function checkFitRules(record: DialogueRecord, add: Add): void {
  checkTitleAnswers(record, add);
}
