/**
 * A rank grid that agrees with itself and with its call (QUALITY.md E), wave 26:
 * - the request a result echoes (`parameters: {radius: "45", radius_units: "mi"}`) holds, for an input the call
 *   did not send, that input's documented default ("**Default:** km"), never another allowed value: the points
 *   were laid out in the units the call meant (_spread.ts reads the call);
 * - a business ranked on a grid centred on its own place is found at the centre point (it sits there), with a
 *   top rank, whatever the far points say.
 * - the businesses of one ranking have distinct names: a second "Chicago Outdoor Gear" at another address is
 *   another branch ("Chicago North Outdoor Gear"), the searched business keeping its own name.
 * Runs before the summaries (found, found_percent, average_rank) are made to fit the points.
 */
import type { Operation } from '../specs/types.ts';
import { farNotFound29 } from './_grid-far29.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const ECHO = /^(parameters|params|request_?params|request_?parameters|search_?parameters|query_?params|arguments|args)$/i;
const LAT = /^(lat|latitude)$/i;
const SEARCHED_ID = /^(place_?id|business_?id|placeId|businessId|cid)$/;
/** Branch words a second business of one name takes after its first word ("Chicago North Outdoor Gear"). */
const BRANCH = ['North', 'West', 'South', 'East', 'Downtown', 'Uptown', 'Riverside'];
const LON = /^(lng|lon|long|longitude)$/i;
/** A documented default in a description: "**Default:** km.", "Default `desktop`", "default: 13". */
const DOC_DEFAULT = /\bdefault(?:\s+value)?(?:\s+is)?\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*[`'"]?([A-Za-z0-9][\w.-]*?)[`'"]?\s*\.?\s*$/im;

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** The default an input is documented to take when not sent, or undefined. */
export function documentedDefault(p: { default?: unknown; description?: string }): unknown {
  if (p.default !== undefined && p.default !== '' && p.default !== null) return p.default;
  const m = DOC_DEFAULT.exec(p.description ?? '');
  return m?.[1];
}

/** Applies the rules of the file comment to a read's result. */
export function settleGrid26(result: unknown, args: Readonly<Json>, operation: Operation, pinned: ReadonlySet<string>): void {
  if (!isRecord(result)) return;
  const holders = [result, ...Object.values(result).filter(isRecord)];
  for (const holder of holders) {
    for (const [key, echo] of Object.entries(holder)) if (ECHO.test(key) && isRecord(echo)) echoDefaults(echo, args, operation, pinned);
  }
  const searched = Object.entries(args).find(([k, v]) => SEARCHED_ID.test(k) && typeof v === 'string');
  const lat = num(Object.entries(args).find(([k]) => LAT.test(k))?.[1]);
  const lon = num(Object.entries(args).find(([k]) => LON.test(k))?.[1]);
  if (lat === undefined || lon === undefined || searched === undefined) return;
  for (const holder of holders) {
    for (const v of Object.values(holder)) if (Array.isArray(v) && v.length > 1 && v.every(isRecord)) {
      foundAtCentre(v as Json[], lat, lon);
      farNotFound29(v as Json[], lat, lon); // no top rank 40 km out (_grid-far29.ts)
    }
  }
}

/** Names a ranking's businesses apart (after _serp25.ts told the searched one by its earlier name). */
export function distinctRankNames26(result: unknown, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (!isRecord(result)) return;
  const searched = Object.entries(args).find(([k, v]) => SEARCHED_ID.test(k) && typeof v === 'string');
  if (searched === undefined) return;
  const query = Object.entries(args).find(([k, v]) => /^(q|query|keyword|search_?term|term)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  for (const holder of [result, ...Object.values(result).filter(isRecord)]) {
    for (const v of Object.values(holder)) {
      if (!Array.isArray(v) || v.length < 1 || !v.every(isRecord)) continue;
      if (v.length > 1) distinctNames(v as Json[], searched[0], searched[1] as string, pinned);
      // The user's business, ranked for its trade ("outdoor gear"), is of that trade: never a "hair salon".
      const own = (v as Json[]).find((it) => it[searched[0]] === searched[1]);
      if (own !== undefined && query !== undefined && /^[a-z][a-z' -]{1,39}$/.test(query) && Array.isArray(own.subtypes) && !own.subtypes.some((t) => typeof t === 'string' && (t.toLowerCase().includes(query) || query.includes(t.toLowerCase())))) own.subtypes = [query];
    }
  }
}

/** An echoed input the call did not send says its documented default. */
function echoDefaults(echo: Json, args: Readonly<Json>, operation: Operation, pinned: ReadonlySet<string>): void {
  // Only an echo of this call: it repeats at least one value sent.
  if (!Object.entries(args).some(([k, v]) => echo[k] !== undefined && String(echo[k]) === String(v))) return;
  for (const [k, v] of Object.entries(echo)) {
    if (k in args || typeof v !== 'string' || pinned.has(JSON.stringify(v))) continue;
    const input = operation.inputs.find((p) => p.name === k);
    const fallback = input ? documentedDefault(input) : undefined;
    if (fallback !== undefined && String(fallback) !== v) echo[k] = String(fallback);
  }
}

/** The grid point at the business's own place finds it, ranked first unless it already has a rank. */
function foundAtCentre(points: Json[], lat: number, lon: number): void {
  const first = points[0]!;
  if (typeof first.found !== 'boolean' || !('rank' in first)) return;
  const latKey = Object.keys(first).find((k) => LAT.test(k));
  const lonKey = Object.keys(first).find((k) => LON.test(k));
  if (latKey === undefined || lonKey === undefined) return;
  const centre = points.find((p) => Math.abs((num(p[latKey]) ?? NaN) - lat) < 1e-3 && Math.abs((num(p[lonKey]) ?? NaN) - lon) < 1e-3);
  if (centre === undefined || centre.found === true) return;
  centre.found = true;
  centre.rank = 1;
  if (typeof centre.count === 'number' && centre.count < 1) centre.count = Math.max(3, ...points.map((p) => (typeof p.count === 'number' ? p.count : 0)));
}

/** One name per business in a ranking: a repeated name becomes a branch's, the searched business's never changes. */
function distinctNames(items: Json[], idKey: string, searched: string, pinned: ReadonlySet<string>): void {
  if (!(idKey in items[0]!) || typeof items[0]!.name !== 'string' || !items.some((it) => 'rank' in it || 'position' in it)) return;
  const names = items.map((it) => (typeof it.name === 'string' ? it.name : ''));
  if (new Set(names).size === names.length) return;
  const taken = new Set<string>();
  // The searched business's name is taken first: it is the one a repeated name never moves from.
  for (const it of items) if (it[idKey] === searched && typeof it.name === 'string') taken.add(it.name);
  items.forEach((it, i) => {
    const name = it.name;
    if (typeof name !== 'string' || name === '') return;
    if (it[idKey] === searched) return;
    if (!taken.has(name) || pinned.has(JSON.stringify(name))) {
      taken.add(name);
      return;
    }
    const words = name.split(' ');
    for (let n = 0; n < BRANCH.length; n++) {
      const branch = BRANCH[(i + n) % BRANCH.length]!;
      const other = words.length > 1 ? [words[0], branch, ...words.slice(1)].join(' ') : `${name} ${branch}`;
      if (!taken.has(other) && !names.includes(other)) {
        it.name = other;
        break;
      }
    }
    taken.add(it.name as string);
  });
}
