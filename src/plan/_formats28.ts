/**
 * The items of one list share the formats a real service gives them (QUALITY.md E), wave 28:
 * - a `uri` is in one scheme across the list: radio playlists are all "spotify:playlist:<22 base62>" when the
 *   spec's sample is, never that sample beside "https://www.spotify.com/playlists/mfs_8mewaxn2qu";
 * - a `code` the samples give as digits ("07", an admin area's code) is digits in every item, never "SSFS6";
 * - a numeric `<thing>_id` of another record (a city's `countryId`) is of the samples' size (174), never 870147.
 * Only lists that break a rule draw anything, so other results stay as they were.
 */
import type { Rng } from '../random/index.ts';
import type { Operation } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';

const URI_KEY = /(^|_)uri$/;
/** A URI in a scheme of its own: "spotify:playlist:37i9dQZF1E4qQ00I1Jm1ay". */
const SCHEMED = /^([a-z][a-z0-9+.-]*:(?:[a-z]+:)*)([A-Za-z0-9]{6,})$/;
const WEB = /^https?:\/\//i;
const CODE_KEY = /^code$/;
const OTHER_ID = /^[a-z]+_id$/;
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function drawn(rng: Rng, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return out;
}

/** Applies the rules of the file comment to each list of records in a read's result, two levels of lists down. */
export function settleFormats28(result: unknown, operation: Pick<Operation, 'effect' | 'outputs'>, pinned: ReadonlySet<string>, rng: Rng, args: unknown = {}, earlier: Iterable<unknown> = []): void {
  if (operation.effect !== 'read' || result === null || typeof result !== 'object') return;
  // Cheap test first: only a result with a uri, a code or another record's id in a list has anything to fit.
  const fields = operation.outputs.filter((f) => f.isList && FIELD.test(f.path));
  if (fields.length === 0) return;
  const samplesOf = (key: string): readonly unknown[] => {
    const field = fields.find((f) => f.path.endsWith(`[].${key}`));
    // (A recorded list of one item gives its value as the field's example.)
    return field?.samples ?? (field?.example !== undefined ? [field.example] : []);
  };
  // A value the call sent or an earlier result gave (an order's id echoed in its messages) is the same record's: kept.
  let said: Set<string> | undefined;
  const kept = (value: unknown): boolean => {
    if (pinned.has(JSON.stringify(value))) return true;
    if (said === undefined) {
      said = new Set();
      for (const source of [args, ...earlier]) eachScalar(source, 0, (v) => said!.add(JSON.stringify(v)));
    }
    return said.has(JSON.stringify(value));
  };
  eachList(result, 0, (items) => oneFormat28(items, samplesOf, kept, rng));
}

const FIELD = /\[\]\.(?:[A-Za-z]*_?(?:uri|Uri)|code|[a-z]+(?:_id|Id))$/;

function eachScalar(value: unknown, depth: number, visit: (v: unknown) => void): void {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value !== 'object') return visit(value);
  for (const v of Object.values(value)) eachScalar(v, depth + 1, visit);
}

function eachList(value: unknown, depth: number, visit: (items: unknown[]) => void): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isRecord)) visit(value);
    for (const item of value) eachList(item, depth + 1, visit);
    return;
  }
  for (const v of Object.values(value)) eachList(v, depth + 1, visit);
}

/** Puts a list's `uri`, `code` and other-record id values in the samples' format; kept values stay (one kept item at most). */
function oneFormat28(items: unknown[], samplesOf: (key: string) => readonly unknown[], kept: (value: unknown) => boolean, rng: Rng): void {
  const first = items[0];
  if (!isRecord(first)) return;
  for (const key of Object.keys(first)) {
    const words = lastNameWord(key);
    const uri = URI_KEY.test(words);
    const code = CODE_KEY.test(words);
    const otherId = !uri && !code && OTHER_ID.test(words) && typeof first[key] === 'number';
    if (!uri && !code && !otherId) continue;
    const keep = items.findIndex((item) => isRecord(item) && kept(item[key]));
    if (keep >= 0 && items.some((item, i) => i !== keep && isRecord(item) && kept(item[key]))) continue;
    const samples = samplesOf(key);
    if (uri) oneUriScheme(items, key, keep, samples, rng);
    else if (code) digitCodes(items, key, keep, samples, rng);
    else idsOfSampleSize(items, key, keep, samples, rng);
  }
}

/** Web addresses among schemed URIs (or beside a schemed sample) are drawn in the scheme. */
function oneUriScheme(items: unknown[], key: string, keep: number, samples: readonly unknown[], rng: Rng): void {
  const values = items.map((item) => (isRecord(item) ? item[key] : undefined));
  const ref = [...values, ...samples].find((v): v is string => typeof v === 'string' && SCHEMED.test(v));
  if (ref === undefined || !values.some((v) => typeof v === 'string' && WEB.test(v))) return;
  const [, scheme, id] = SCHEMED.exec(ref)!;
  values.forEach((v, i) => {
    if (i === keep || typeof v !== 'string' || !WEB.test(v)) return;
    (items[i] as Record<string, unknown>)[key] = `${scheme}${drawn(rng, scheme!.startsWith('spotify:') ? 22 : id!.length, BASE62)}`;
  });
}

/** Codes that are digits in the samples are digits of the samples' length in every item. */
function digitCodes(items: unknown[], key: string, keep: number, samples: readonly unknown[], rng: Rng): void {
  const digits = samples.filter((v): v is string => typeof v === 'string' && /^\d{1,4}$/.test(v));
  if (digits.length === 0 || digits.length !== samples.length) return;
  const length = digits[0]!.length;
  const used = distinctValues(items, key);
  items.forEach((item, i) => {
    if (i === keep || !isRecord(item) || typeof item[key] !== 'string' || /^\d+$/.test(item[key])) return;
    item[key] = unusedDraw(() => String(rng.int(1, 10 ** length - 1)).padStart(length, '0'), used);
  });
}

/** Another record's numeric id far longer than every sample's (870147 beside 174) is drawn at the samples' size. */
function idsOfSampleSize(items: unknown[], key: string, keep: number, samples: readonly unknown[], rng: Rng): void {
  const sizes = samples.filter((v): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0);
  if (sizes.length === 0 || sizes.length !== samples.length) return;
  const most = Math.max(...sizes);
  if (most >= 10000) return;
  const top = 10 ** String(most).length - 1;
  const used = distinctValues(items, key);
  items.forEach((item, i) => {
    if (i === keep || !isRecord(item) || typeof item[key] !== 'number' || (item[key] as number) <= top * 10) return;
    item[key] = unusedDraw(() => rng.int(1, top), used);
  });
}

/** The values of `key` when every item holds its own (ids of the items themselves, a genre list's `genreId`), else null. */
function distinctValues(items: unknown[], key: string): Set<unknown> | null {
  const values = items.map((item) => (isRecord(item) ? item[key] : undefined));
  const set = new Set(values);
  return set.size === values.length ? set : null;
}

/** A draw that no other item holds, where the items' values were all distinct (a few tries; ids stay ids). */
function unusedDraw<T>(draw: () => T, used: Set<unknown> | null): T {
  let value = draw();
  for (let tries = 0; used !== null && used.has(value) && tries < 20; tries++) value = draw();
  used?.add(value);
  return value;
}
