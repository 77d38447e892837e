/**
 * Scores and ranks a reader believes (QUALITY.md E), wave 32:
 * - a rating or vote average sits where real ones do: a film's 0-10 average mostly 5.5-8.5 (no 9.86 for any film),
 *   a 1-5 star rating mostly 3-4.8 (no seller at 1.4 stars beside 14,487 ratings);
 * - a rank named for its list (`top250`, `top250tv`) stays within 1..N: no 493rd place of a top 250.
 * Drawn values come from `scoreFor` (called by `numberFor`); a built result (example-shaped strings, schemaless
 * data) is settled once by `settleScores32`, mapping a value outside the plausible band into it deterministically
 * (no draw from the record's rng, so other values stay as they were). A single review's own rating is left alone:
 * its text was written for it.
 */
import type { Rng } from '../random/index.ts';
import { lastNameWord } from './_params.ts';
import { currentWorld, PEOPLE_NAMES, rememberAgain } from '../world/index.ts';
import { STAGE_FIRST, STAGE_LAST } from './_works.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A rating, star count or vote average (snake-cased name); not a relevance `score`, which has no common scale. */
export const SCORE_NAME = /(^|_)(rating|ratings|stars|star_rating|vote_average|average_rating|avg_rating|rating_average|rating_value|average_vote|vote_avg|imdb_rating|user_rating|audience_rating)$/;
/** A rank within a named top list: `top250`, `top250tv`, `top_100_rank`. */
const TOP_NAME = /^(?:imdb_)?top_?(\d{1,4})(?:_?(?:tv|movies?|series|rank|position|pos))?$/;
/** A record that is one review: its rating goes with its text. */
const REVIEW_TEXT = /^(review|review_?text|comment|body|text|content|review_?body|summary)$/i;

/**
 * A rating of a known scale drawn where real ones lie, or undefined when the name is no rating or the scale is unknown.
 * One draw from `rng`, as the uniform draw it replaces.
 */
export function scoreFor(name: string, lo: number | undefined, hi: number | undefined, integer: boolean, rng: Rng): number | undefined {
  const words = lastNameWord(name);
  const top = TOP_NAME.exec(words);
  if (top && Number(top[1]) >= 10) return rng.int(1, Math.min(Number(top[1]), hi ?? Infinity));
  if (!SCORE_NAME.test(words) || /(^|_)(min|max|minimum|maximum|from|to)_/.test(words)) return undefined;
  if ((lo !== undefined && lo > 1) || (hi !== undefined && hi !== 5 && hi !== 10 && hi !== 100)) return undefined;
  const scale = hi ?? 5;
  const [from, to] = scale === 5 ? [3, 4.8] : scale === 10 ? [5.5, 8.5] : [55, 88];
  if (integer) return scale === 5 ? rng.pick([3, 4, 4, 4, 5]) : rng.int(Math.ceil(from), Math.floor(to));
  return Number((from + rng.float() * (to - from)).toFixed(1));
}

/** Settle the ratings and top-N ranks of a built result; `pinned`: values the chain reads (JSON). */
export function settleScores32(result: unknown, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  walk(result, pinned, 0);
}

function walk(node: unknown, pinned: ReadonlySet<string>, depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, pinned, depth + 1);
    return;
  }
  if (!isRecord(node)) return;
  let review: boolean | undefined;
  let changed = false;
  for (const [key, value] of Object.entries(node)) {
    if (value !== null && typeof value === 'object') {
      walk(value, pinned, depth + 1);
      continue;
    }
    if (typeof value !== 'number' && typeof value !== 'string') continue;
    // Cheap key tests first: most keys are neither.
    if (!/rating|star|vote|top/i.test(key)) continue;
    const words = lastNameWord(key);
    const top = TOP_NAME.exec(words);
    const scored = top === null && SCORE_NAME.test(words) && !/review/.test(words);
    if (!top && !scored) continue;
    const n = numeric(value);
    if (n === undefined || pinned.has(JSON.stringify(value))) continue;
    let fixed: number | undefined;
    if (top) {
      const size = Number(top[1]);
      if (size >= 10 && Number.isInteger(n) && n > size) fixed = ((n - 1) % size) + 1;
    } else {
      review ??= Object.entries(node).some(([k, v]) => REVIEW_TEXT.test(k) && typeof v === 'string' && v.length > 20);
      if (!review) fixed = plausibleScore(n);
    }
    if (fixed === undefined || fixed === n) continue;
    node[key] = typeof value === 'string' ? fixed.toFixed(decimals(value)) : fixed;
    changed = true;
  }
  // A later read of this record by its id returns the settled values.
  if (changed) rememberAgain(node);
}

/** A number, or a string that is one ("8.5"); undefined otherwise. */
function numeric(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return /^\d{1,3}(\.\d{1,4})?$/.test(value) ? Number(value) : undefined;
}

const decimals = (value: string): number => value.split('.')[1]?.length ?? 0;

/**
 * A rating moved into its scale's plausible band, or undefined when it is there already (or its scale is unknown).
 * Up to 5 it is stars (below 2.8 is lifted to 3-4.5); above 5 up to 10 it is a 0-10 average (above 9 is
 * brought to 7-8.5). The mapping keeps the order of values, so a list sorted by rating stays sorted.
 */
function plausibleScore(n: number): number | undefined {
  const whole = Number.isInteger(n);
  let out: number;
  if (n > 0 && n < 2.8) out = 3 + (n / 2.8) * 1.5;
  else if (n > 9 && n <= 10) out = 7 + (n - 9) * 1.5;
  else return undefined;
  return whole ? Math.round(out) : Number(out.toFixed(n.toString().split('.')[1]?.length ?? 1));
}

/** A field holding a person's whole name (`ministerName`, `full_name`, `author`), or their first name. */
const PERSON_KEY = /(^|_)(name|full_name|display_name|author|artist|player|driver|host|owner|contact|manager|speaker|director)$/;
const FIRST_KEY = /(^|_)(first_name|given_name|forename|firstname)$/;
const FIRSTS = new Set([...PEOPLE_NAMES.first, ...STAGE_FIRST]);
const LASTS = new Set([...PEOPLE_NAMES.last, ...STAGE_LAST]);
const STAGE = new Set(STAGE_FIRST);

/**
 * People listed together have distinct first names (QUALITY.md E): three ministers named Felix Nakamura, Felix
 * Nguyen and Felix Walsh read as a generator's artifact. A later person sharing an earlier one's first name gets
 * another (the same strings of its record follow: its email's local part, a full name elsewhere in it), unless the
 * call sent that first name (a search for "Felix": the namesakes are right) or the chain reads the name.
 */
export function distinctFirstNames32(result: unknown, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const sent = Object.values(args).filter((v): v is string => typeof v === 'string').join(' ').toLowerCase();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      const items = node.filter(isRecord);
      if (items.length >= 2) settlePeople(items, sent, pinned);
      for (const item of node) visit(item, depth + 1);
      return;
    }
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') visit(v, depth + 1);
  };
  visit(result, 0);
}

function settlePeople(items: Json[], sent: string, pinned: ReadonlySet<string>): void {
  const keys = Object.keys(items[0]!).filter((k) => typeof items[0]![k] === 'string' && /name|author|artist|player|driver|host|owner|contact|manager|speaker|director/i.test(k));
  for (const key of keys) {
    const words = lastNameWord(key);
    const firstOnly = FIRST_KEY.test(words);
    if (!firstOnly && !PERSON_KEY.test(words)) continue;
    const used = new Set<string>();
    items.forEach((item, i) => {
      const value = item[key];
      if (typeof value !== 'string') return;
      const parts = value.split(' ');
      const first = parts[0]!;
      if (firstOnly ? !FIRSTS.has(value) : parts.length !== 2 || !FIRSTS.has(first) || !LASTS.has(parts[1]!)) return;
      const last = firstOnly ? Object.entries(item).find(([k, v]) => typeof v === 'string' && /(^|_)(last_name|surname|family_name|lastname)$/.test(lastNameWord(k)))?.[1] as string | undefined : parts[1]!;
      // A person of the dialogue's world keeps their name: the user may speak of them.
      const worldly = last !== undefined && (currentWorld()?.people.some((p) => p.fullName === `${first} ${last}`) ?? false);
      if (used.has(first) && !worldly && !sent.includes(first.toLowerCase()) && !pinned.has(JSON.stringify(value))) {
        const other = otherFirst(STAGE.has(first) ? STAGE_FIRST : PEOPLE_NAMES.first, used, i + parts.join('').length);
        if (other !== undefined) {
          renameIn(item, first, other, last);
          rememberAgain(item);
          used.add(other);
          return;
        }
      }
      used.add(first);
    });
  }
}

/** A first name of `pool` (a person's or a stage name's) not yet used in the list, chosen by `seed` (no draw). */
function otherFirst(pool: readonly string[], used: ReadonlySet<string>, seed: number): string | undefined {
  for (let n = 0; n < pool.length; n++) {
    const name = pool[(seed * 7 + n) % pool.length]!;
    if (!used.has(name)) return name;
  }
  return undefined;
}

/** The person's first name replaced in every string of the record that holds it (whole name, first name, email). */
function renameIn(item: Json, first: string, other: string, last: string | undefined): void {
  const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [k, v] of Object.entries(item)) {
    if (typeof v !== 'string') continue;
    if (last !== undefined && v.includes(`${first} ${last}`)) item[k] = v.split(`${first} ${last}`).join(`${other} ${last}`);
    else if (v === first && FIRST_KEY.test(lastNameWord(k))) item[k] = other;
    else if (/@/.test(v) && last !== undefined && v.toLowerCase().startsWith(`${plain(first)}.${plain(last)}@`)) item[k] = `${plain(other)}.${plain(last)}${v.slice(plain(first).length + plain(last).length + 1)}`;
  }
}

/** A whole number given as an example in a description: "actual netflix ID for the title e.g. 70143836". */
const DESCRIBED_DIGITS = /\b(?:e\.\s?g\.?|eg\.|for example|for instance|such as|example)\s*[:,]?\s*["'`]?(\d{5,12})(?![\d.,])/i;

/**
 * How many digits a numeric id has when its description exemplifies one (8 for "e.g. 70143836"); undefined when
 * it gives none. An id minted in another length (580562) is no id of that service.
 */
export function describedIdDigits32(description: string): number | undefined {
  if (description === '' || !/\d{5}/.test(description)) return undefined;
  return DESCRIBED_DIGITS.exec(description)?.[1]?.length;
}

/** A numeric id drawn with its described example's length, else 4 to 6 digits as before (one draw either way). */
export function idNumber32(description: string, rng: Rng): number {
  const digits = describedIdDigits32(description);
  return digits !== undefined ? rng.int(10 ** (digits - 1), 10 ** digits - 1) : rng.int(1000, 999999);
}
