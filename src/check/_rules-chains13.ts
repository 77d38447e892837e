/**
 * Chains a careful assistant would run (issue 9, QUALITY.md I and C), wave 13:
 * - `low_confidence_match`: a value of a result record matched with low confidence (a geocoder's `confidence`
 *   0.13 for "47 Daniel Drive") is never passed on to a later call unless the user confirmed it in between (an
 *   `affirm` turn): a street without a city matches streets of that name anywhere.
 * - `wrong_kind_hit`: a value chained into `<kind>Id` comes from a hit of that kind; a search hit tagged
 *   `"type": "airport"` does not give a `flightId`.
 * - `date_window`: a date argument lies inside the window its parameter or operation documents ("between 14 days
 *   and 300 days from today in the future", "historical"): a future-weather call is never sent a past date. Today is
 *   the world's reference date, the one every generated dialogue lives on.
 * - `refetched_record`: a GET never fetches a record an earlier result already gave in full (same id, every field
 *   of it already there): listing the user's top artists and then fetching one of them again is a wasted call.
 * - `outside_requested_span`: items of a result asked for a span (`range: "4-7"`) are numbered inside it: never
 *   verses 4, 20, 21 for "4-7".
 * - `named_source_asked`: the user is never asked for (nor volunteers) a value the spec says another endpoint returns
 *   ("Value of 'departure' field returned in .../flights/detail endpoint"): nobody knows it; it is looked up.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { daysFrom, documentedWindow, identifierWords } from '../text/index.ts';
import { memoized } from '../text/memo.ts';
import { keyWords as sharedKeyWords } from '../text/key-words-speed28.ts';
import { eachObject } from './_objects.ts';

/** The day generated records are dated around; the checker keeps its own copy so it shares no code with the generator. */
const TODAY = '2026-03-16';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const CHAINS13_INVARIANTS = ['low_confidence_match', 'wrong_kind_hit', 'date_window', 'refetched_record', 'outside_requested_span', 'named_source_asked'] as const satisfies readonly InvariantId[];

const CONFIDENCE_KEY = /^(confidence|match_confidence|match_score|relevance|accuracy_score)$/;
const KIND_KEY = /^(type|kind|entity_type|result_type|object_type|hit_type)$/;
/** Kinds of thing one multi-kind search answers with (airports, airlines and flights; artists, albums and tracks). */
const KINDS = new Set([
  'airport', 'airline', 'operator', 'aircraft', 'flight', 'city', 'country', 'region', 'station', 'stop', 'route', 'artist', 'album', 'track',
  'playlist', 'podcast', 'episode', 'show', 'audiobook', 'chapter', 'user', 'channel', 'video', 'movie', 'person', 'company', 'team', 'player',
  'league', 'hotel', 'place', 'address', 'street', 'category', 'tag', 'product', 'brand', 'store', 'book', 'author', 'hashtag', 'song',
]);
const keyWords = sharedKeyWords;

/** A record's match confidence as a share (0–1; a 0–100 score read as percent), if it states one. */
function confidenceOf(obj: Json): number | undefined {
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'number' || !CONFIDENCE_KEY.test(keyWords(key)) || value < 0 || value > 100) continue;
    return value > 1 ? value / 100 : value;
  }
  return undefined;
}

/** Scalars that can identify a record when passed on (ids, coordinates, names): not small whole numbers or flags. */
function telling(value: unknown): value is string | number {
  if (typeof value === 'string') return value.trim().length >= 3;
  return typeof value === 'number' && (!Number.isInteger(value) || Math.abs(value) >= 1000);
}

/** A resource word in singular (`flights` → `flight`). */
const singular = (word: string): string => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/** The kind an id input wants (`flightId` → `flight`, `artist_id` → `artist`); none for a bare `id`. */
const wantedKind = memoized((param: string): string | undefined => {
  const words = identifierWords(param);
  if (words.length < 2 || words[words.length - 1] !== 'id') return undefined;
  return singular(words[words.length - 2]!);
});

export function checkChains13(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  checkRefetch(record, add);
  checkSpans(record, add);
  checkNamedSourceAsked(record, add);
  turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) return;
    const args = Object.entries(turn.call.arguments);
    checkDateWindows(record, turn.call.operation, args, i, add);
    const passed = new Set(args.map(([, v]) => v).filter(telling).map(String));
    if (passed.size === 0) return;
    let confirmed = false;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = turns[j]!;
      if (earlier.speaker === 'user' && earlier.action === 'affirm') confirmed = true;
      if (earlier.speaker !== 'tool' || earlier.status !== 'ok') continue;
      eachObject(earlier.result, (obj) => {
        const used = Object.values(obj).filter(telling).map(String).filter((v) => passed.has(v));
        if (used.length === 0) return;
        const confidence = confidenceOf(obj);
        if (!confirmed && confidence !== undefined && confidence < 0.5) add('low_confidence_match', i, `${turn.call!.operation} was passed ${used[0]} from a match of confidence ${confidence} that the user never confirmed`);
        const kindEntry = Object.entries(obj).find(([k, v]) => KIND_KEY.test(keyWords(k)) && typeof v === 'string' && /^[a-z]+$/i.test(v));
        if (kindEntry === undefined) return;
        const kind = singular((kindEntry[1] as string).toLowerCase());
        for (const [param, value] of args) {
          const wanted = wantedKind(param);
          if (wanted === undefined || !telling(value) || !Object.values(obj).some((v) => v === value)) continue;
          // The hit is of another kind of thing (`airport`), not a sub-type of the wanted one ("live" flights).
          if (kind !== wanted && !kind.includes(wanted) && !wanted.includes(kind) && (KINDS.has(kind) && KINDS.has(wanted) || namesResource(record, kind))) add('wrong_kind_hit', i, `${param} ${JSON.stringify(value)} was taken from a hit of type ${JSON.stringify(kindEntry[1])}`);
        }
      });
    }
  });
}

/** Does any operation of the record or its tool list name this kind as a resource (a path word or an `<kind>Id` input)? */
function namesResource(record: DialogueRecord, kind: string): boolean {
  for (const op of [...Object.values(record.operations), ...Object.values(record.candidates ?? {})]) {
    if (identifierWords(op.path).some((w) => singular(w) === kind)) return true;
    if (Object.keys((op.parameters as { properties?: Json }).properties ?? {}).some((p) => wantedKind(p) === kind)) return true;
    if (identifierWords(op.name).some((w) => singular(w) === kind)) return true;
  }
  return false;
}

function checkDateWindows(record: DialogueRecord, operation: string, args: ReadonlyArray<[string, unknown]>, at: number, add: Add): void {
  const op = record.operations[operation];
  if (op === undefined) return;
  for (const [name, value] of args) {
    const day = daysFrom(TODAY, value);
    if (day === undefined) continue;
    const described = ((op.parameters as { properties?: Record<string, { description?: unknown }> }).properties?.[name]?.description);
    const window = documentedWindow(typeof described === 'string' ? described : '') ?? documentedWindow(op.description);
    if (window !== undefined && (day < window.from || day > window.to)) add('date_window', at, `${name} ${JSON.stringify(value)} is ${day} days from today, outside the documented ${window.from}..${window.to}`);
  }
}

const ID_NAME = /^(id|_id|uuid|[a-z]+_?[Ii]d)$/;
const scalarId = (obj: Json, key: string): boolean => ID_NAME.test(key) && (typeof obj[key] === 'string' || typeof obj[key] === 'number');

/** The record a get answered with: the result, or the single item of its one list or wrapper. */
function answeredRecord(value: unknown): Json | undefined {
  if (Array.isArray(value)) return value.length === 1 ? answeredRecord(value[0]) : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const obj = value as Json;
  if (Object.keys(obj).some((k) => scalarId(obj, k))) return obj;
  const nested = Object.values(obj).filter((v) => v !== null && typeof v === 'object');
  return nested.length === 1 ? answeredRecord(nested[0]) : undefined;
}

function checkRefetch(record: DialogueRecord, add: Add): void {
  const earlier: unknown[] = [];
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const got = record.operations[turn.operation]?.method.toUpperCase() === 'GET' ? answeredRecord(turn.result) : undefined;
    const keys = got === undefined ? [] : Object.keys(got);
    const idKey = got === undefined || keys.length < 3 ? undefined : keys.find((k) => scalarId(got, k));
    if (got !== undefined && idKey !== undefined) {
      let held = false;
      for (const result of earlier) eachObject(result, (obj) => {
        if (!held && obj[idKey] === got[idKey] && keys.every((k) => k in obj)) held = true;
      });
      if (held) add('refetched_record', i, `${turn.operation} fetched ${idKey} ${JSON.stringify(got[idKey])}, which an earlier result already gave in full`);
    }
    earlier.push(turn.result);
  });
}

const SPAN_TEXT = /^\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$/;
const SPAN_NAME = /(range|span|verses|pages|lines|ayahs)$/i;
const ITEM_NUMBER = /^(number|verse|verse_?number|verse_?id|index|position|no|num|line|line_?number|page|page_?number)$/i;

function checkSpans(record: DialogueRecord, add: Add): void {
  let span: [number, number] | undefined;
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      span = undefined;
      for (const [name, value] of Object.entries(turn.call.arguments)) {
        const m = SPAN_NAME.test(name) && typeof value === 'string' ? SPAN_TEXT.exec(value) : null;
        if (m && Number(m[1]) <= Number(m[2])) span = [Number(m[1]), Number(m[2])];
      }
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || span === undefined) return;
    const [low, high] = span;
    let outside: string | undefined;
    eachObject(turn.result, (obj) => {
      for (const [key, value] of Object.entries(obj)) {
        if (outside === undefined && typeof value === 'number' && ITEM_NUMBER.test(key) && (value < low || value > high)) outside = `${key} ${value}`;
      }
    });
    if (outside !== undefined) add('outside_requested_span', i, `asked for ${low}-${high}, the result has ${outside}`);
  });
}

/** "returned in .../flights/detail endpoint", "obtained from the /products/list API". */
const RETURNED_BY = /\b(?:returned|got|obtained|taken)\s+(?:in|by|from)\s+(?:the\s+)?[.…/ ]*[\w{}-]+(?:\/[\w{}-]+)*(?:\s*(?:\bor\b|\band\b|,)\s*[.…/ ]*[\w{}-]+(?:\/[\w{}-]+)*)*\s+(?:endpoints?|end points?|api)\b/i;

function checkNamedSourceAsked(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    if (slot.source !== 'asked' && slot.source !== 'given') continue;
    const described = (record.operations[slot.operation]?.parameters as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties?.[slot.param]?.description;
    if (typeof described === 'string' && RETURNED_BY.test(described)) add('named_source_asked', null, `the user was asked for ${slot.operation} ${slot.param}, which its spec says another endpoint returns`);
  }
}
