/**
 * Names of the right kind (QUALITY.md E), wave 14. `person_named_by_title`: a narrator, author, speaker or
 * performer is a person, never a known book title ("2 narrators (Vanity Fair, Invisible Man)"). `repeated_list_name`:
 * two records of one list under different ids never share one name ("Drama" twice, three stages all "United States
 * Grand Prix"). `event_codename`: a ticketed event (performers, venue, capacity, offers) is named as an event, never
 * as a software project ("Meridian Rollout"). Reads only the dialogue record.
 */
import { en } from '@faker-js/faker';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const NAMES14_INVARIANTS = ['person_named_by_title', 'repeated_list_name', 'event_codename'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Well-known book titles (the common library of made-up data): a person is never called one. */
const BOOK_TITLES = new Set<string>(en.book?.title ?? []);
/** Keys (or list keys) whose values are people. */
const PERSON_KEY = /^(narrators?|authors?|speakers?|presenters?|translators?|illustrators?|performers?|narrator_name|author_name|speaker_name)$/;
/** Keys that name a record of a list, and the word each names. */
const LIST_NAME_KEY = /^(name|title|genre|category|tag|label|stage|stage_name|genre_name|category_name)$/;
/** A project codename: a brand-like word and a kind of software work. */
const CODENAME = /^[A-Z][a-z]+ (Platform|Redesign|Migration|App|Rollout|Portal|Upgrade|Pilot)$/;
/** Keys that only a ticketed event has. */
const EVENT_KEY = /^(performers?|venue|venues|capacity|offers|ticket_offers|tickets|lineup|line_up|age_restriction|seat_map_url|price_range|attractions)$/;

function personNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(item);
    else if (isRecord(item) && typeof item.name === 'string') out.push(item.name);
  }
  return out;
}

function idOf(item: Json, key: string): unknown {
  const ownId = Object.keys(item).find((k) => words(k) === `${words(key)}_id`);
  if (ownId !== undefined) return item[ownId];
  const id = Object.keys(item).find((k) => words(k) === 'id');
  return id === undefined ? undefined : item[id];
}

function repeatedName(items: readonly unknown[]): string | undefined {
  const records = items.filter(isRecord);
  if (records.length < 2) return undefined;
  const seen = new Map<string, string>();
  for (const item of records) {
    for (const [key, value] of Object.entries(item)) {
      if (typeof value !== 'string' || value === '' || !LIST_NAME_KEY.test(words(key))) continue;
      const id = idOf(item, key);
      if (id === undefined || id === null) continue;
      const slot = `${words(key)}\u0000${value}`;
      const other = seen.get(slot);
      if (other !== undefined && other !== JSON.stringify(id)) return `${key} "${value}" appears under two ids (${other}, ${JSON.stringify(id)})`;
      seen.set(slot, JSON.stringify(id));
    }
  }
  return undefined;
}

function checkResult(result: unknown, at: number, add: Add, found: Set<string>): void {
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 8) return;
    if (Array.isArray(node)) {
      const repeated = found.has('repeated_list_name') ? undefined : repeatedName(node);
      if (repeated !== undefined) {
        found.add('repeated_list_name');
        add('repeated_list_name', at, `two records of one list share a name: ${repeated}`);
      }
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const record = node as Json;
    const keys = Object.keys(record);
    if (!found.has('event_codename') && typeof record.name === 'string' && CODENAME.test(record.name) && keys.some((k) => EVENT_KEY.test(words(k)))) {
      found.add('event_codename');
      add('event_codename', at, `a ticketed event is named "${record.name}", a project codename, not an event's name`);
    }
    for (const [key, value] of Object.entries(record)) {
      if (!found.has('person_named_by_title') && PERSON_KEY.test(words(key))) {
        const title = personNames(value).find((n) => BOOK_TITLES.has(n));
        if (title !== undefined) {
          found.add('person_named_by_title');
          add('person_named_by_title', at, `${key} holds "${title}", a book's title: a ${words(key).replace(/_name$/, '').replace(/s$/, '')} is a person`);
        }
      }
      if (value !== null && typeof value === 'object') walk(value, depth + 1);
    }
  };
  walk(result, 0);
}

export function checkNames14(record: DialogueRecord, add: Add): void {
  const found = new Set<string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' && turn.status === 'ok') checkResult(turn.result, at, add, found);
  });
}
