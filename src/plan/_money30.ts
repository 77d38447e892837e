/**
 * Cost breakdowns that add up (QUALITY.md E). A result that splits a cost into parts year by year
 * ({depreciation_cost: […], fuel_cost: […], total_cost: […], total_cost_sum, 5yr_mileage, cost_per_mile}) is drawn
 * field by field, so its lists had 3 years for a 5-year estimate and its totals were no sums. Here each part has one
 * entry per year the operation names ("for the next 5 years", a `5yr_` key), at the level of its recorded example
 * and with a part's usual course (a car loses the most value in its first year; fees are paid mostly up front;
 * running costs rise a little a year); each year's total is the sum of its parts, the grand total the sum of the
 * years, the mileage over the period the yearly mileage times the years, and the cost per mile the one over the
 * other, in cents. Values the chain reads (pinned) stay, and so does a breakdown one of whose lists is pinned.
 */
import type { Operation } from '../specs/types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');

/** `total_cost`, `cost_total`, `totalCost`: the list that sums the parts named `<part>_cost`. */
const TOTAL_LIST = /^(?:total_?([a-z]+)|([a-z]+)_?total)$/i;
const YEARS_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const YEARS_TEXT = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b/i;
const YEARS_KEY = /^(\d{1,2})_?(?:yr|year)s?_/i;
const MILES_YEAR = /^(?:mileage|miles)_?(?:per_?)?year$/i;
const PER_MILE = /_?per_?mile$/i;

/** A fixed factor in [lo, hi] from a text: a breakdown varies between dialogues, never by chance. */
function spread(seed: string, lo: number, hi: number): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return lo + (((h >>> 0) % 10007) / 10006) * (hi - lo);
}

/** How a part's yearly amount runs from its first year: value lost falls, fees are mostly up front, running costs rise. */
function course(part: string, year: number): number {
  if (/depreciat|value_?loss/i.test(part)) return 0.78 ** year;
  if (/fee|tax|registration|title/i.test(part)) return year === 0 ? 1 : 0.12;
  if (/repair|maintenance|service/i.test(part)) return 1.09 ** year;
  return 1.035 ** year;
}

/** The number of years the operation's description or the result's keys name, if any. */
function yearsNamed(op: Pick<Operation, 'summary' | 'description'>, obj: Obj): number | undefined {
  const m = YEARS_TEXT.exec(`${op.summary ?? ''} ${op.description ?? ''}`);
  if (m) return Number(m[1]) || YEARS_WORDS[m[1]!.toLowerCase()];
  const key = Object.keys(obj).map((k) => YEARS_KEY.exec(k)).find((x) => x !== null);
  return key ? Number(key[1]) : undefined;
}

/** Settles every yearly cost breakdown of the result (see the file comment). `pinned`: JSON of the values the chain reads. */
export function settleCostBreakdown30(result: unknown, op: Pick<Operation, 'summary' | 'description' | 'outputs'>, args: Readonly<Record<string, unknown>>, pinned: ReadonlySet<string>): void {
  if (!isObj(result)) return;
  // Cheap bail-out: no top-level list named as a total.
  const totalKey = Object.keys(result).find((k) => TOTAL_LIST.test(k) && numbers(result[k]));
  if (totalKey === undefined) return;
  const m = TOTAL_LIST.exec(totalKey)!;
  const unit = (m[1] ?? m[2]!).toLowerCase();
  const parts = Object.keys(result).filter((k) => k !== totalKey && new RegExp(`^[a-z]+_?${unit}s?$`, 'i').test(k) && numbers(result[k]));
  if (parts.length < 2 || [totalKey, ...parts].some((k) => pinned.has(JSON.stringify(result[k])))) return;
  const years = yearsNamed(op, result) ?? Math.max(...parts.map((k) => (result[k] as number[]).length));
  if (years < 1 || years > 30) return;
  const example = (key: string): number | undefined => {
    const f = op.outputs.find((o) => o.path === `${key}[]` || o.path === key);
    const v = Array.isArray(f?.example) ? f.example[0] : f?.example;
    return typeof v === 'number' && v > 0 ? v : undefined;
  };
  const seed = JSON.stringify(args);
  const level = spread(`${seed}:level`, 0.75, 1.35);
  const totals = new Array<number>(years).fill(0);
  for (const key of parts) {
    const drawn = result[key] as number[];
    const first = (example(key) ?? Math.max(...drawn.map(Math.abs), 1)) * level * spread(`${seed}:${key}`, 0.85, 1.15);
    const list = Array.from({ length: years }, (_, i) => Math.max(0, Math.round(first * course(key, i) * spread(`${seed}:${key}:${i}`, 0.94, 1.06))));
    result[key] = list;
    list.forEach((v, i) => { totals[i] = (totals[i] ?? 0) + v; });
  }
  result[totalKey] = totals;
  const sum = totals.reduce((a, b) => a + b, 0);
  const sumKey = Object.keys(result).find((k) => k !== totalKey && k.toLowerCase().startsWith(totalKey.toLowerCase()) && /sum|all|overall|grand/i.test(k.slice(totalKey.length)) && typeof result[k] === 'number');
  if (sumKey !== undefined && !pinned.has(JSON.stringify(result[sumKey]))) result[sumKey] = sum;
  settleMiles(result, args, years, sum, pinned);
}

/** The period's mileage is the yearly mileage times the years; the cost per mile is the total over it, in cents. */
function settleMiles(result: Obj, args: Readonly<Record<string, unknown>>, years: number, sum: number, pinned: ReadonlySet<string>): void {
  const yearlyKey = Object.keys(result).find((k) => MILES_YEAR.test(k));
  const sent = Object.entries(args).find(([k, v]) => MILES_YEAR.test(k) && typeof v === 'number')?.[1];
  const yearly = typeof sent === 'number' ? sent : yearlyKey !== undefined && typeof result[yearlyKey] === 'number' ? (result[yearlyKey] as number) : undefined;
  if (yearly === undefined || yearly <= 0) return;
  let miles: number | undefined;
  for (const k of Object.keys(result)) {
    if (YEARS_KEY.test(k) && /mile/i.test(k) && typeof result[k] === 'number' && !pinned.has(JSON.stringify(result[k]))) result[k] = miles = yearly * years;
  }
  miles ??= yearly * years;
  for (const k of Object.keys(result)) {
    if (PER_MILE.test(k) && typeof result[k] === 'number' && !pinned.has(JSON.stringify(result[k]))) result[k] = Math.round((sum / miles) * 100) / 100;
  }
}

/** A price key, letters and digits lower-case (`PricePreviousClose`, `High52Week`, `unit_price`). */
const PRICE_WORD = /price|cost|amount|fee|^(open|high|low|close|last|bid|ask|settle|vwap|high52week|low52week|yearhigh|yearlow|dayhigh|daylow)$/;
const DOLLARS = /^\$\d[\d,]*(?:\.\d+)?$/;
const BARE = /^\d[\d,]*(?:\.\d+)?$/;
const CODED = /^(\d[\d,]*(?:\.\d+)?) ([A-Z]{3})$/;

/**
 * Prices of one record in one form (QUALITY.md E): where some are drawn as "$279.82" and others as "283.54" (a
 * quote's last price and its previous close), the bare ones take the "$" too, so no reply says "the last price is
 * $279.82 … the previous closing price is 283.54". Values the chain reads (pinned) stay.
 */
export function oneMoneyForm30(result: unknown, pinned: ReadonlySet<string>, depth = 0): void {
  if (result === null || typeof result !== 'object' || depth > 6) return;
  if (Array.isArray(result)) {
    for (const item of result) oneMoneyForm30(item, pinned, depth + 1);
    return;
  }
  const obj = result as Obj;
  const prices: string[] = [];
  let dollars = false;
  // {product_price: "475.00 PHP", currency: "USD"}: the record's currency is its prices' currency, said once, by its field.
  const code = Object.entries(obj).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1];
  if (code !== undefined) {
    for (const [k, v] of Object.entries(obj)) {
      const m = typeof v === 'string' ? CODED.exec(v) : null;
      if (m && m[2] !== code && PRICE_WORD.test(k.replace(/[^A-Za-z0-9]/g, '').toLowerCase()) && !pinned.has(JSON.stringify(v))) obj[k] = m[1];
    }
  }
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') {
      if (!PRICE_WORD.test(k.replace(/[^A-Za-z0-9]/g, '').toLowerCase())) continue;
      if (DOLLARS.test(v)) dollars = true;
      else if (BARE.test(v) && !pinned.has(JSON.stringify(v))) prices.push(k);
    } else if (v !== null && typeof v === 'object') oneMoneyForm30(v, pinned, depth + 1);
  }
  // {PriceLastTruncated: "16.69", PriceLastFormatted: "$16.69"}: the record tells its forms apart by name.
  if (dollars && !Object.keys(obj).some((k) => /formatted$/i.test(k))) for (const k of prices) obj[k] = `$${obj[k] as string}`;
}
