/**
 * Values the user gives fit what was asked (QUALITY.md E, H):
 * - `title_is_person`: asked for "the title" (of a book, a movie, a song), the user never answers with a person's
 *   name ("The title is Arjun Nakamura"): a title is a work's, an author's name is asked as "the author".
 * - `works_outside_life`: the works of one author are dated within a writing life, across calls too: the works
 *   of one author never span more than 75 years of first publication, and none is first published after the
 *   author's death (beyond 10 years) or before their tenth birthday, as an earlier result dated them.
 * People's names are told by Faker's given names and surnames of every locale (a well-kept list), plus common
 * surnames Faker lacks; both words must be names, so "Grace Notes" or "Summer Nights" are titles.
 * It reads only the record: it shares nothing with the generator that draws the values.
 */
import { allFakers } from '@faker-js/faker';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { eachObject } from './_objects.ts';

export const FIT_INVARIANTS = ['title_is_person', 'works_outside_life'] as const satisfies readonly InvariantId[];

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

type Json = Record<string, unknown>;
const snake = snakeKey;
const WORK_YEAR = /^(first_publish_year|publish_year|publication_year|year_published|first_published|first_published_year|release_year)$/;
const AUTHOR = /^(author|authors|author_name|writer|by)$/;
const BORN = /^(birth_date|birth_year|born|date_of_birth|birthdate)$/;
const DIED = /^(death_date|death_year|died|date_of_death|deathdate)$/;
const yearOf = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 && v < 3000 ? v : typeof v === 'string' ? Number(/\b(\d{4})\b/.exec(v)?.[1] ?? NaN) || undefined : undefined);

/** The authors a work names (`author: "X"`, `authors: [{name: "X"}]`) and its first publication year. */
function workOf(o: Json): { authors: string[]; year: number } | undefined {
  let year: number | undefined;
  const authors: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    const w = snake(k);
    if (WORK_YEAR.test(w)) year = yearOf(v);
    else if (AUTHOR.test(w)) for (const a of Array.isArray(v) ? v : [v]) {
      const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Json).name : undefined;
      if (typeof name === 'string' && name.trim() !== '') authors.push(name);
    }
  }
  return year !== undefined && authors.length > 0 ? { authors, year } : undefined;
}

/** The works of one author are dated within a writing life (see the file comment). */
function checkWorkYears(record: DialogueRecord, add: Add): void {
  const lives = new Map<string, { born?: number; died?: number }>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool') return;
    const years = new Map<string, number[]>();
    eachObject(turn.result, (o) => {
      const work = workOf(o);
      if (work) for (const a of work.authors) years.set(a, [...(years.get(a) ?? []), work.year]);
      const name = typeof o.name === 'string' ? o.name : undefined;
      if (!name) return;
      const life: { born?: number; died?: number } = {};
      for (const [k, v] of Object.entries(o)) {
        if (BORN.test(snake(k))) life.born = yearOf(v);
        if (DIED.test(snake(k))) life.died = yearOf(v);
      }
      if (life.born !== undefined || life.died !== undefined) lives.set(name, life);
    }, 6);
    for (const [author, ys] of years) {
      const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
      if (hi - lo > 75) add('works_outside_life', at, `works of ${author} first published from ${lo} to ${hi}: more than a writing life`);
      const life = lives.get(author);
      if (life?.died !== undefined && hi > life.died + 10) add('works_outside_life', at, `a work of ${author} first published in ${hi}, after their death in ${life.died}`);
      if (life?.born !== undefined && lo < life.born + 10) add('works_outside_life', at, `a work of ${author} first published in ${lo}, before they were ten (born ${life.born})`);
    }
  });
}

export function checkFitRules(record: DialogueRecord, add: Add): void {
  checkTitleAnswers(record, add);
  checkWorkYears(record, add);
}
