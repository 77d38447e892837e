/**
 * Result fields that must agree with the call or with each other (QUALITY.md E): a search result's echoed
 * query (`searchValue`) is the query sent, never "Porsche Boxster" for "Toyota RAV4"; a radio or mix made for
 * one artist or song holds the tracks listed, never a `total` of 1,325; a chart's price ranges are coherent
 * (each series' min below its max, the low series lowest, the high series highest, all near one price).
 * An event named for a city is named for its venue's; a last price lies in its 52-week range; a list of
 * one-field records names each once, and a name beside its code "ALL" is the list's "All …" entry.
 * Values the chain reads (`pinned`, JSON) stay.
 */
import type { Operation } from '../specs/types.ts';
import { askedPeriod, knownPlaces } from '../world/index.ts';
import { chartHalfSpread24, walkedSeries24 } from './_chart-path24.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const ECHOED_QUERY = /^(search_?value|search_?term|searched_?for|search_?query|query_?text|search_?string)$/i;
const QUERY_ARG = /^(q|query|search|term|keyword|keywords|search_?term|search_?query|search_?value|text)$/i;
const RADIO = /\b(radio|mix|station)\b/i;
const TOTAL = /^(total|total_?count|count|total_?items|total_?results)$/i;

function each(value: unknown, visit: (record: Json) => void, depth = 0): void {
  if (depth > 5) return;
  if (Array.isArray(value)) for (const item of value) each(item, visit, depth + 1);
  else if (isRecord(value)) {
    visit(value);
    for (const v of Object.values(value)) if (v !== null && typeof v === 'object') each(v, visit, depth + 1);
  }
}

/** Every echoed query in a search result is the query the call sent. */
function searchEchoed(result: unknown, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  const sent = Object.entries(args).find(([k, v]) => QUERY_ARG.test(k) && typeof v === 'string' && v.trim() !== '')?.[1] as string | undefined;
  if (sent === undefined) return;
  each(result, (record) => {
    for (const [key, value] of Object.entries(record)) if (ECHOED_QUERY.test(key) && typeof value === 'string' && value !== sent && !pinned.has(JSON.stringify(value))) record[key] = sent;
  });
}

/** A radio's (or mix's) total is the items it lists. */
function radioTotal(result: unknown, op: Operation): void {
  if (!isRecord(result) || !RADIO.test(`${op.name} ${op.path} ${op.summary ?? ''}`.replace(/[_/-]/g, ' '))) return;
  const list = Object.values(result).find((v) => Array.isArray(v) && v.length > 0) as unknown[] | undefined;
  if (list === undefined) return;
  for (const [key, value] of Object.entries(result)) if (TOTAL.test(key) && typeof value === 'number' && value > list.length) result[key] = list.length;
}

const SERIES = ['low', 'open', 'close', 'high'] as const;

/** {open: {min, max}, high: {…}, low: {…}, close: {…}}: eight prices in order near their middle one. */
function chartRanges(record: Json, half: number): void {
  const series = SERIES.map((k) => record[k]);
  if (!series.every((s) => isRecord(s) && typeof s.min === 'number' && typeof s.max === 'number') || walkedSeries24(record)) return;
  const ranges = series as Array<{ min: number; max: number }>;
  const values = ranges.flatMap((s) => [s.min, s.max]).sort((a, b) => a - b);
  const mid = (values[3]! + values[4]!) / 2;
  const at = (i: number): number => Math.round(mid * (1 - half + (2 * half * i) / 7) * 100) / 100;
  // Mins low, open, close, high take the lower four; maxes the upper four, in the same order.
  ranges.forEach((s, i) => {
    s.min = at(i);
    s.max = at(i + 4);
  });
}

/** The first city of a venue nested in a record (`courses[].location.city`), not the record's own. */
function venueCity(value: unknown, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = venueCity(item, depth + 1);
      if (found !== undefined) return found;
    }
  } else if (isRecord(value)) {
    if (depth > 0 && typeof value.city === 'string' && value.city !== '') return value.city;
    for (const v of Object.values(value)) {
      const found = v !== null && typeof v === 'object' ? venueCity(v, depth + 1) : undefined;
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Cities events are named for that the world's places leave out (a LIV event "London", "Portland"). */
const EVENT_CITIES = ['London', 'New York', 'Paris', 'Tokyo', 'Los Angeles', 'San Francisco', 'Rome', 'Madrid', 'Dubai', 'Singapore', 'Portland', 'Boston', 'Dallas', 'Houston', 'Miami', 'Atlanta', 'Denver', 'Phoenix', 'Austin', 'Las Vegas'];
let cityNames: ReadonlySet<string> | undefined;

/** An event named for a city (a tournament "London") is held there: named for its venue's city, never Chicago in Seattle. */
function eventNamedForItsCity(record: Json, pinned: ReadonlySet<string>): void {
  const name = record.name;
  if (typeof name !== 'string' || pinned.has(JSON.stringify(name))) return;
  cityNames ??= new Set([...knownPlaces().map((p) => p.city), ...EVENT_CITIES]);
  if (!cityNames.has(name)) return;
  const held = venueCity(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && typeof v === 'object')));
  if (held !== undefined && held !== name && /^\p{Lu}[\p{L} .'-]+$/u.test(held)) record.name = held;
}

const LAST_PRICE = /^(price_?last|last_?price|last|price)$/i;
const LOW_52 = /^(price_?)?low_?52_?week$|^(fifty_?two_?week_?low|week_?52_?low|year_?low)$/i;
const HIGH_52 = /^(price_?)?high_?52_?week$|^(fifty_?two_?week_?high|week_?52_?high|year_?high)$/i;

/** A last price inside its 52-week range (never 203 for a stock that ranged 0.10 to 27.75), its texts with it. */
function priceInYearRange(record: Json, pinned: ReadonlySet<string>): void {
  const key = Object.keys(record).find((k) => LAST_PRICE.test(k) && typeof record[k] === 'number');
  const low = Object.entries(record).find(([k, v]) => LOW_52.test(k) && typeof v === 'number')?.[1] as number | undefined;
  const high = Object.entries(record).find(([k, v]) => HIGH_52.test(k) && typeof v === 'number')?.[1] as number | undefined;
  if (key === undefined || low === undefined || high === undefined || low > high || pinned.has(JSON.stringify(record[key]))) return;
  const price = record[key] as number;
  if (price >= low && price <= high) return;
  const fixed = Math.round((low + (high - low) * 0.6) * 100) / 100;
  record[key] = fixed;
  for (const [k, v] of Object.entries(record)) {
    if (!k.startsWith(key) || k === key || typeof v !== 'string') continue;
    const shown = /^([^\d-]*)(-?\d+(?:\.(\d+))?)([^\d]*)$/.exec(v);
    if (shown) record[k] = `${shown[1]}${fixed.toFixed(Math.max(shown[3]?.length ?? 0, /\$/.test(shown[1] ?? '') ? 2 : 0))}${shown[4]}`;
  }
}

/** A list of one-field records (`Sectors: [{SectorName}]`) names each once: never "All Sectors" twice. */
function oneFieldListsDistinct(record: Json, pinned: ReadonlySet<string>): void {
  for (const [key, list] of Object.entries(record)) {
    if (!Array.isArray(list) || list.length < 2 || !list.every((item) => isRecord(item) && Object.keys(item).length === 1 && typeof Object.values(item)[0] === 'string')) continue;
    const seen = new Set<string>();
    const kept = list.filter((item) => {
      const value = Object.values(item as Json)[0] as string;
      const fresh = !seen.has(value) || pinned.has(JSON.stringify(value));
      seen.add(value);
      return fresh;
    });
    if (kept.length < list.length) record[key] = kept;
  }
}

/** A name beside its code "ALL" (`SectorCusip: "ALL"`) is the list's "All …" entry, never "Energy". */
function allNamedAll(record: Json, pinned: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(record)) {
    const stem = /^(.+?)_?name$/i.exec(key)?.[1];
    if (stem === undefined || typeof value !== 'string' || /^all\b/i.test(value) || pinned.has(JSON.stringify(value))) continue;
    const code = Object.entries(record).find(([k, v]) => k !== key && k.toLowerCase().startsWith(stem.toLowerCase()) && typeof v === 'string' && v.toUpperCase() === 'ALL');
    if (code === undefined) continue;
    const all = Object.values(record).flatMap((v) => (Array.isArray(v) ? v : [])).find((item) => isRecord(item) && typeof item[key] === 'string' && /^all\b/i.test(item[key] as string)) as Json | undefined;
    if (all !== undefined) record[key] = all[key];
  }
}

export function settleCallAgreement(result: unknown, op: Operation, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  searchEchoed(result, args, pinned);
  radioTotal(result, op);
  // A chart of a few days moves a few per cent (±2 %), a longer one more: tens of per cent over months, ×2–×5 over years.
  const period = askedPeriod(args);
  const half = period === undefined ? 0.06 : chartHalfSpread24((period.to - period.from) / 86_400_000);
  each(result, (record) => {
    chartRanges(record, half);
    eventNamedForItsCity(record, pinned);
    priceInYearRange(record, pinned);
    oneFieldListsDistinct(record, pinned);
    allNamedAll(record, pinned);
  });
}
