/**
 * Mock values that are true of the world (QUALITY.md E), wave 27, settled once a result is built:
 * - the offers of one product differ: one seller's offers in one condition are priced close together, never two
 *   identical offers nor $253.11 beside $548.25 (`_offers27.ts`);
 * - a complete list of numbered stages ("Round 2, Round 3, Round 4") starts at 1 and runs in order;
 * - a status word fits its record's kind: a webcam, camera, sensor or device is active or inactive, never "pending";
 * - the genres of one title (a call by its id, or a record with its title) go together: never Family beside Horror;
 * - a store's text names that store: a Google Play app is "Available on Android", an App Store one on iOS.
 * One walk over the result; cheap key tests first.
 */
import type { Operation } from '../specs/types.ts';
import { closeOfferPrices27 } from './_offers27.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const NUMBERED = /^(Round|Stage|Leg|Matchday|Week|Race|Heat|Part) (\d+)$/;
const NAME_KEY = /^(name|title|stage_?name|round_?name|description)$/i;
const PAGED = /^(page|offset|skip|start|cursor)$/i;
/** Things that are switched on or off, not worked through. */
const DEVICE = /\b(webcams?|cams|cameras?|sensors?|devices?|stations?|monitors?)\b|webcam/i;
const DEVICE_STATES = ['active', 'inactive'] as const;
const CHILD_GENRES = /^(family|kids|children|animation|children & family|kids & family)$/i;
const ADULT_GENRES = /^(horror|thriller|crime|war|erotic|slasher|adult)$/i;
const GENRE_KEY = /^(genres?|genre_?name|categories)$/i;
/** A call about one title names it by id; a record of one title has a title beside its genres. */
export const TITLE_ARG = /^(netflix|title|movie|film|show|series|imdb|tmdb|anime|book|tv|episode)_?id$|^(imdb|tconst)$/i;
const TITLE_KEY = /^(title|name|synopsis|overview|plot|original_?title)$/i;
const MILD = ['Drama', 'Comedy', 'Adventure', 'Fantasy', 'Musical'] as const;

/** Settle the values above in a built result; `pinned`: values the chain reads (JSON). */
export function settleValues27(result: unknown, args: Readonly<Json>, operation: Operation, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const kept = (v: unknown): boolean => pinned.has(JSON.stringify(v));
  const where = `${operation.id} ${operation.path}`;
  const devices = DEVICE.test(where);
  const paged = Object.entries(args).some(([k, v]) => PAGED.test(k) && v !== 0 && v !== 1 && v !== '0' && v !== '1');
  // Only a whole list ("all stages", a season's rounds) must start at 1; "recent rounds" may be 15 to 17.
  const whole = !paged && /(^|[^a-z])all([^a-z]|$)|_all|all_/i.test(`${operation.name} ${operation.path} ${operation.summary ?? ''}`);
  const store = /google_?play|play_?store|android/i.test(where) ? 'Android' : /app_?store|itunes|\bios\b/i.test(where) ? 'iOS' : undefined;
  const oneTitle = Object.keys(args).some((k) => TITLE_ARG.test(k));
  const visit = (node: unknown, key: string, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      const items = node.filter(isRecord);
      if (items.length >= 2) {
        closeOfferPrices27(items, kept);
        if (whole) numberFromOne(items, kept);
      }
      // Only one title's genres must go together: a catalog of every genre lists Family beside Crime.
      if (oneTitle && (GENRE_KEY.test(key) || items.some((i) => typeof i['genre'] === 'string'))) mildGenres(node, kept);
      if (devices || DEVICE.test(key)) for (const i of items) deviceStatus(i, kept);
      node.forEach((n) => visit(n, key, depth + 1));
      return;
    }
    const obj = node as Json;
    if (store !== undefined) storeText(obj, store, kept);
    for (const [k, v] of Object.entries(obj)) {
      if (Array.isArray(v) && (GENRE_KEY.test(k) || v.some((i) => isRecord(i) && typeof i['genre'] === 'string')) && !oneTitle && Object.keys(obj).some((t) => TITLE_KEY.test(t))) mildGenres(v, kept);
      visit(v, k, depth + 1);
    }
  };
  visit(result, '', 0);
}

/** "Round 2, Round 3, Round 4" as a whole list reads "Round 1, Round 2, Round 3". */
function numberFromOne(items: Json[], kept: (v: unknown) => boolean): void {
  const key = Object.keys(items[0]!).find((k) => NAME_KEY.test(k) && typeof items[0]![k] === 'string');
  if (key === undefined) return;
  const names = items.map((i) => (typeof i[key] === 'string' ? NUMBERED.exec(i[key] as string) : null));
  if (names.some((m) => m === null)) return;
  const word = names[0]![1];
  if (names.some((m) => m![1] !== word) || names.every((m, j) => Number(m![2]) === j + 1)) return;
  if (items.some((i) => kept(i[key]))) return;
  items.forEach((i, j) => { i[key] = `${word} ${j + 1}`; });
}

/** A device's status is "active" or "inactive" (kept in the case it was written). */
function deviceStatus(item: Json, kept: (v: unknown) => boolean): void {
  const s = item['status'];
  if (typeof s !== 'string' || /^(in)?active$/i.test(s) || /^(on|off|online|offline|live|idle|disabled|enabled)$/i.test(s) || kept(s)) return;
  let h = 0;
  for (const c of `${String(item['id'] ?? '')}${s}`) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const word = h % 4 === 0 ? DEVICE_STATES[1] : DEVICE_STATES[0];
  item['status'] = s === s.toUpperCase() ? word.toUpperCase() : word;
}

/** Genres listed as strings or as `{ genre }` / `{ name }` records: a child's genre and an adult one never meet. */
function mildGenres(list: unknown[], kept: (v: unknown) => boolean): void {
  const slot = (i: number): { get: () => unknown; set: (v: string) => void } => {
    const el = list[i];
    if (typeof el === 'string') return { get: () => list[i], set: (v) => { list[i] = v; } };
    const k = isRecord(el) ? (typeof el['genre'] === 'string' ? 'genre' : typeof el['name'] === 'string' ? 'name' : undefined) : undefined;
    return k === undefined ? { get: () => undefined, set: () => undefined } : { get: () => (el as Json)[k], set: (v) => { (el as Json)[k] = v; } };
  };
  const slots = list.map((_, i) => slot(i));
  const names = slots.map((s) => s.get());
  if (!names.some((n) => typeof n === 'string' && CHILD_GENRES.test(n)) || !names.some((n) => typeof n === 'string' && ADULT_GENRES.test(n))) return;
  const taken = new Set(names.filter((n): n is string => typeof n === 'string').map((n) => n.toLowerCase()));
  // The adult genre gives way, unless the chain reads it; then the child's genre does.
  const adultKept = names.some((n) => typeof n === 'string' && ADULT_GENRES.test(n) && kept(n));
  const out = adultKept ? CHILD_GENRES : ADULT_GENRES;
  names.forEach((n, i) => {
    if (typeof n !== 'string' || !out.test(n) || kept(n)) return;
    const mild = MILD.find((m) => !taken.has(m.toLowerCase()));
    if (mild === undefined) return;
    taken.add(mild.toLowerCase());
    slots[i]!.set(n === n.toUpperCase() ? mild.toUpperCase() : mild);
  });
}

/** A summary that says which platforms an app runs on names the store it is listed in. */
function storeText(obj: Json, store: 'Android' | 'iOS', kept: (v: unknown) => boolean): void {
  for (const k of ['summary', 'description', 'short_description', 'shortDescription']) {
    const v = obj[k];
    if (typeof v !== 'string' || kept(v)) continue;
    const other = store === 'Android' ? 'iOS' : 'Android';
    const fixed = v.replace(new RegExp(`\\bAvailable on ${other}(?! and)\\b`), `Available on ${store}`);
    if (fixed !== v) obj[k] = fixed;
  }
}
