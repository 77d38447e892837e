/**
 * Range bounds by name, for any spelling and any prefix: `createdSince`/`createdUntil`, `price_min`/`price_max`,
 * `startDate`/`endDate`, `minprice`/`maxprice`, `checkIn`/`checkOut`, `earliest_date`/`latest_date`. One rule read
 * by the planner (which draws ranges in order) and the checker (which rejects a reversed one).
 */
import { identifierWords } from './identifier.ts';
import { memoized } from './memo.ts';
import { keyWords } from './key-words-speed28.ts';

/** A lower-bound word and its upper-bound word. */
const BOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['since', 'until'], ['since', 'till'], ['after', 'before'], ['from', 'to'], ['from', 'until'], ['start', 'end'], ['begin', 'end'],
  ['min', 'max'], ['minimum', 'maximum'], ['earliest', 'latest'], ['lower', 'upper'], ['low', 'high'], ['lowest', 'highest'], ['oldest', 'newest'],
  ['checkin', 'checkout'], ['gte', 'lte'], ['gt', 'lt'], ['departure', 'return'], ['departure', 'arrival'], ['starting', 'ending'],
];
const HIGH_OF = new Map<string, string[]>();
for (const [low, high] of BOUNDS) HIGH_OF.set(low, [...(HIGH_OF.get(low) ?? []), high]);
/** Bounds whose pair is compared only when both values are dates (`balanceBefore`/`balanceAfter` is a change, not a range). */
const DATES_ONLY = new Set(['after']);
/** Words beside from/to that make the pair a conversion or a route, not a range (`fromAmount` 100, `toAmount` 92). */
const NOT_A_RANGE = new Set(['amount', 'value', 'id', 'number', 'phone', 'account', 'currency', 'station', 'node', 'user', 'unit']);

export interface RangePartner {
  /** The upper bound's key in `rangeKeyForm`. */
  high: string;
  /** Compare only when both values are dates. */
  datesOnly: boolean;
}

/** A key as lower-case words joined by `_` (`createdSince` → `created_since`): keys are looked up in this form. */
export const rangeKeyForm = keyWords;

/** A cheap first test: may this key be a lower bound at all? */
const LOW_HINT = /since|after|from|start|begin|min|earliest|lower|low|oldest|check|gte|gt|departure/i;

/** The upper-bound keys (in `rangeKeyForm`) a lower-bound key pairs with; none for a key that is no lower bound. */
export const rangePartners = memoized((key: string): readonly RangePartner[] => {
  if (!LOW_HINT.test(key)) return [];
  const words = identifierWords(key);
  const out: RangePartner[] = [];
  const add = (replaced: string[], low: string): void => {
    if (low === 'from' && replaced.some((w) => NOT_A_RANGE.has(w))) return;
    const high = replaced.join('_');
    if (!out.some((p) => p.high === high)) out.push({ high, datesOnly: DATES_ONLY.has(low) });
  };
  words.forEach((word, i) => {
    // A bound word of its own (`created_since`, `min_price`, `date_from`).
    for (const high of HIGH_OF.get(word) ?? []) add(words.map((w, j) => (j === i ? high : w)), word);
    // `check in` → `check out`.
    if (word === 'check' && words[i + 1] === 'in') add(words.map((w, j) => (j === i + 1 ? 'out' : w)), 'checkin');
    // A bound glued to its neighbour (`minprice`, `createdsince`): prefix or suffix replaced.
    for (const [low, high] of BOUNDS) {
      if (word === low) continue;
      if (word.startsWith(low) && word.length > low.length + 2) add(words.map((w, j) => (j === i ? high + w.slice(low.length) : w)), low);
      else if (low.length >= 4 && word.endsWith(low) && word.length > low.length + 2) add(words.map((w, j) => (j === i ? w.slice(0, -low.length) + high : w)), low);
    }
  });
  return out;
});

/** A date or a number as a comparable number (`kind` says which); anything else is not compared. */
export function rangeValue(value: unknown): { at: number; date: boolean } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { at: value, date: false } : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : { at: t, date: true };
  }
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? { at: Number(value), date: false } : undefined;
}

/** Glued `end` spellings read as `end` + a date word (`enddate`, `enddt`, `endtime`). */
const GLUED_END_BASE = new Set(['date', 'dt', 'time', 'datetime', 'day', 'timestamp', 'ts']);

/**
 * The lower bound (in `rangeKeyForm`) an `end` key pairs with when the start has no bound word of its own: `end_dt`
 * → `dt`, `endDate` / `enddate` → `date`, `date_end` → `date` (a start/end pair named `date` + `end_date`).
 * Compared only when both values are dates.
 */
export const endBaseForm = memoized((key: string): string | undefined => {
  if (!/end/i.test(key)) return undefined;
  const words = identifierWords(key);
  if (words.length >= 2 && words[0] === 'end') return words.slice(1).join('_');
  if (words.length >= 2 && words[words.length - 1] === 'end') return words.slice(0, -1).join('_');
  const last = words[words.length - 1] ?? '';
  if (last.startsWith('end') && GLUED_END_BASE.has(last.slice(3))) return [...words.slice(0, -1), last.slice(3)].join('_');
  return undefined;
});

/** A cheap gate: may this key be one bound of a range (a lower bound, or an `end` key paired by its base)? */
export const mayBeRangeKey = memoized((key: string): boolean => rangePartners(key).length > 0 || endBaseForm(key) !== undefined);

/** The reversed bound pairs of one object (its own keys, not nested): `[lowKey, highKey]` where low > high. */
export function reversedPairs(obj: Record<string, unknown>): Array<[string, string]> {
  const keys = Object.keys(obj);
  let byForm: Map<string, string> | undefined;
  const out: Array<[string, string]> = [];
  // A series' extremes ({min, max, minDate, maxDate}): `minDate` is the day of the min, not the start of a range.
  const extremes = typeof obj.min === 'number' && typeof obj.max === 'number';
  for (const key of keys) {
    if (extremes && /^min_?date$/i.test(key)) continue;
    const partners = rangePartners(key);
    if (partners.length === 0) continue;
    byForm ??= new Map(keys.map((k) => [rangeKeyForm(k), k]));
    for (const { high, datesOnly } of partners) {
      const highKey = byForm.get(high);
      if (highKey === undefined || highKey === key) continue;
      const a = rangeValue(obj[key]);
      const b = rangeValue(obj[highKey]);
      if (a === undefined || b === undefined || a.date !== b.date || (datesOnly && !a.date)) continue;
      if (a.at > b.at) out.push([key, highKey]);
    }
  }
  // `date` + `end_date`, `dt` + `end_dt`: the bare key is the start.
  for (const key of keys) {
    const base = endBaseForm(key);
    if (base === undefined) continue;
    byForm ??= new Map(keys.map((k) => [rangeKeyForm(k), k]));
    const lowKey = byForm.get(base);
    if (lowKey === undefined || lowKey === key || out.some(([l, h]) => l === lowKey && h === key)) continue;
    const a = rangeValue(obj[lowKey]);
    const b = rangeValue(obj[key]);
    if (a !== undefined && b !== undefined && a.date && b.date && a.at > b.at) out.push([lowKey, key]);
  }
  return out;
}
