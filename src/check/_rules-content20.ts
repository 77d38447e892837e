/**
 * Mock content that means what its record is (QUALITY.md E), wave 20. Reads only the dialogue record.
 * - `act_bio_kind`: a music act's bio (a record with genres) tells of an act, never of a person's job ("lives in
 *   Taipei and has worked in journalism for 15 years"), and a city it names is in the record's own country.
 * - `author_works_real`: a work listed under a well-known author is one of that author's real works (no "The Blue
 *   Stars" by F. Scott Fitzgerald).
 * - `list_size_below`: a `size` beside a list is never below the items listed, and a lone `size` beside a whole
 *   list (no paging field) counts it ("size": 10 beside 3 works is wrong).
 * - `tracking_route`: a parcel's scans follow one route: the label is created and picked up in one city, and the
 *   route never goes back to a country it left (Bergen → Seoul → Oslo).
 * - `market_outside_documented`: market codes in a result are among those its operation's description restricts
 *   it to ("only available within the US, UK, Canada …" → never "BR").
 * - `item_story_split`: one news item's title-like fields (headline, page title, social headline, its documents'
 *   headlines) are one headline, never three stories.
 * - `latest_not_newest`: a list of the latest or most recent items runs newest first.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { AUTHOR_WORKS, documentedMarkets, knownPlaces } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const CONTENT20_INVARIANTS = ['act_bio_kind', 'author_works_real', 'list_size_below', 'tracking_route', 'market_outside_documented', 'item_story_split', 'latest_not_newest'] as const satisfies readonly InvariantId[];

const snake = snakeKey;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const GENRES = /^(genres|genre|music_genres|styles)$/;
const BIO = /^(bio|biography|artist_bio)$/;
const COUNTRY = /^(country|country_code|iso2|origin_country)$/;
const JOB_BIO = /\bhas worked (in|as)\b|\bworks as an?\b|\bhas been an? \w+ for \d+ years\b/i;
const cityCountry = (): Map<string, string> => new Map(knownPlaces().map((p) => [p.city, p.countryCode]));
let cities: Map<string, string> | undefined;

/** What is wrong with a music act's bio, if anything. */
function actBioOff(obj: Json): string | undefined {
  const keys = Object.keys(obj);
  const genres = keys.find((k) => GENRES.test(snake(k)));
  const bio = keys.find((k) => BIO.test(snake(k)) && typeof obj[k] === 'string');
  if (genres === undefined || bio === undefined) return undefined;
  const text = obj[bio] as string;
  if (JOB_BIO.test(text)) return `a music act's ${bio} reads as a person's job: "${text}"`;
  const country = keys.find((k) => COUNTRY.test(snake(k)) && typeof obj[k] === 'string' && /^[A-Z]{2}$/.test(obj[k] as string));
  if (country === undefined) return undefined;
  cities ??= cityCountry();
  for (const [city, code] of cities) {
    if (code !== obj[country] && new RegExp(`\\b(in|from) ${city}\\b`).test(text)) return `the ${bio} places the act in ${city}, but its ${country} is ${String(obj[country])}`;
  }
  return undefined;
}

const AUTHOR_KEY = /^(author|author_name|authors|author_names|writer)$/;
const TITLE_KEY = /^(title|name|book_title|work_title)$/;

/** The well-known author a work record names, if any. */
function authorOf(obj: Json): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (!AUTHOR_KEY.test(snake(k))) continue;
    for (const a of Array.isArray(v) ? v : [v]) {
      const name = typeof a === 'string' ? a : isRecord(a) ? a.name : undefined;
      if (typeof name === 'string' && AUTHOR_WORKS[name] !== undefined) return name;
    }
  }
  return undefined;
}

/** A work in a list of several, all of one well-known author, that is not theirs. */
function inventedWork(list: readonly unknown[]): string | undefined {
  const works = list.filter(isRecord);
  if (works.length < 2) return undefined;
  const authors = new Set(works.map(authorOf));
  if (authors.size !== 1) return undefined;
  const author = [...authors][0];
  if (author === undefined) return undefined;
  for (const w of works) {
    const titleKey = Object.keys(w).find((k) => TITLE_KEY.test(snake(k)) && typeof w[k] === 'string');
    if (titleKey !== undefined && !AUTHOR_WORKS[author]!.some(([t]) => t === w[titleKey])) return `"${String(w[titleKey])}" is listed as a work of ${author}, who wrote no such book`;
  }
  return undefined;
}

/** Totals and counts below the list are `count_below_list`'s; a `size` (a page's or the list's) is this rule's. */
const COUNT = /^size$/;
const PAGING = /^(page|page_size|per_page|limit|offset|next|previous|prev|cursor|next_cursor|next_page|total_pages|links|_links|page_number)$/;

/** A count beside the one list of an object that is below its length (or a lone size that is not it). */
function countOff(obj: Json): string | undefined {
  const lists = Object.entries(obj).filter(([, v]) => Array.isArray(v));
  if (lists.length !== 1) return undefined;
  const n = (lists[0]![1] as unknown[]).length;
  const paged = Object.keys(obj).some((k) => PAGING.test(snake(k)));
  for (const [k, v] of Object.entries(obj)) {
    const w = snake(k);
    if (!COUNT.test(w) || typeof v !== 'number' || !Number.isInteger(v)) continue;
    if (v < n) return `${k} is ${v} beside ${n} items listed`;
    if (!paged && Object.keys(obj).length === 2 && v !== n) return `the lone ${k} ${v} does not count the ${n} items listed`;
  }
  return undefined;
}

const EVENTS = /^(events|tracking_events|shipment_events|checkpoints|scans|tracking_history|tracking_details|activities|traces)$/;
const LOCATION = /^(location|city|place|scan_location|event_location|checkpoint_location|facility|hub)$/;
const STATUS = /^(status|state|stage|event|description|activity|message)$/;

/** What is wrong with a shipment's route, if anything. */
function routeOff(obj: Json): string | undefined {
  const key = Object.keys(obj).find((k) => EVENTS.test(snake(k)) && Array.isArray(obj[k]));
  if (key === undefined) return undefined;
  const events = (obj[key] as unknown[]).filter(isRecord);
  if (events.length < 2) return undefined;
  const loc = Object.keys(events[0]!).find((k) => LOCATION.test(snake(k)) && events.every((e) => typeof e[k] === 'string'));
  if (loc === undefined) return undefined;
  cities ??= cityCountry();
  const status = Object.keys(events[0]!).find((k) => STATUS.test(snake(k)) && typeof events[0]![k] === 'string');
  const said = (e: Json): string => (status === undefined ? '' : String(e[status]));
  const [a, b] = events;
  if (/label created/i.test(said(a!)) && /picked up/i.test(said(b!)) && cities.has(a![loc] as string) && cities.has(b![loc] as string) && a![loc] !== b![loc]) return `the label is created in ${String(a![loc])} but the parcel is picked up in ${String(b![loc])}`;
  const countries = events.map((e) => cities!.get(e[loc] as string)).filter((c): c is string => c !== undefined);
  const left = new Set<string>();
  for (let i = 1; i < countries.length; i++) {
    if (countries[i] !== countries[i - 1]) left.add(countries[i - 1]!);
    if (left.has(countries[i]!) && countries[i] !== countries[i - 1]) return `the scans go back to ${countries[i]!} after leaving it`;
  }
  return undefined;
}

const MARKETS = /^(available_markets|markets|market|available_countries|countries_available)$/;

function marketOff(obj: Json, allowed: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (!MARKETS.test(snake(k))) continue;
    for (const code of Array.isArray(v) ? v : [v]) if (typeof code === 'string' && /^[A-Z]{2}$/.test(code) && !allowed.includes(code)) return `${k} holds ${code}, outside the markets its operation documents (${allowed.join(', ')})`;
  }
  return undefined;
}

/** A bare `title` or `display_title` may name the thing an item is about (a review's film), not its headline. */
const HEADLINE = /^(headline|page_title|social_media_headline|og_title|seo_title)$/;
const NEWS_HEADLINE = /^(headline|page_title|social_media_headline|og_title|seo_title)$/;

/** Two different headlines in one news item (itself and the records nested one level in it). */
function storySplit(obj: Json): string | undefined {
  const parts = [obj, ...Object.values(obj).flatMap((v) => (Array.isArray(v) ? (v.length === 1 ? v : []) : [v])).filter(isRecord)];
  if (!parts.some((r) => Object.keys(r).some((k) => NEWS_HEADLINE.test(snake(k)) && typeof r[k] === 'string'))) return undefined;
  const seen = new Map<string, string>();
  for (const r of parts) for (const [k, v] of Object.entries(r)) if (HEADLINE.test(snake(k)) && typeof v === 'string' && v !== '') seen.set(v, k);
  if (seen.size < 2) return undefined;
  const [[a, ka], [b, kb]] = [...seen.entries()] as [[string, string], [string, string]];
  return `one item's ${ka} is "${a}" but its ${kb} is "${b}"`;
}

const LATEST = /\b(latest|recent|newest)\b/i;
const DATE = /^(timestamp|publish_date|published_at|published|date|created_at|publication_date|pub_date|posted_at)$/;

/** A latest list whose items' dates (one key, ISO) do not run newest first. */
function notNewestFirst(list: readonly unknown[]): string | undefined {
  const items = list.filter(isRecord);
  if (items.length < 2) return undefined;
  const key = Object.keys(items[0]!).find((k) => DATE.test(snake(k)) && items.every((r) => typeof r[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(r[k] as string)));
  if (key === undefined) return undefined;
  for (let i = 1; i < items.length; i++) if ((items[i]![key] as string) > (items[i - 1]![key] as string)) return `the latest items are not newest first: ${String(items[i - 1]![key])} before ${String(items[i]![key])}`;
  return undefined;
}

export function checkContent20(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = record.operations[turn.operation];
    const allowed = op ? documentedMarkets(op.description) : null;
    const seen = new Set<string>();
    const once = (id: InvariantId, message: string | undefined): void => {
      if (message === undefined || seen.has(id)) return;
      seen.add(id);
      add(id, at, `tool result: ${message}`);
    };
    if (Array.isArray(turn.result)) once('author_works_real', inventedWork(turn.result));
    const latest = op !== undefined && LATEST.test(`${snake(op.name).replace(/_/g, ' ')} ${op.path.replace(/[/{}]/g, ' ')}`);
    const lists = Array.isArray(turn.result) ? [turn.result] : isRecord(turn.result) ? Object.values(turn.result).filter(Array.isArray) : [];
    if (latest) for (const list of lists) once('latest_not_newest', notNewestFirst(list as unknown[]));
    for (const list of lists) for (const item of list as unknown[]) if (isRecord(item)) once('item_story_split', storySplit(item));
    if (isRecord(turn.result)) once('item_story_split', storySplit(turn.result));
    eachObject(turn.result, (obj) => {
      once('act_bio_kind', actBioOff(obj));
      once('list_size_below', countOff(obj));
      once('tracking_route', routeOff(obj));
      if (allowed !== null) once('market_outside_documented', marketOff(obj, allowed));
      for (const v of Object.values(obj)) if (Array.isArray(v)) once('author_works_real', inventedWork(v));
    });
  });
}
