/**
 * A job's pay follows its seniority (bundled #86: an internship "Customer Quality Manager" paid 890k–1.15M NOK, more
 * than the Senior role listed after it): intern < junior < plain < senior or manager < lead < senior or lead manager. The salary keeps its
 * currency and spread; only its size moves into the band of its level, in dollars' worth.
 */
import { perDollar } from '../world/index.ts';
import { minorUnits } from './_money.ts';
import { payBand30 } from './_jobs-coherence30.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
const snake = snakeKey;

const TITLE = /^(title|job_title|position|role)$/;
const KIND = /^(employment_type|job_type|contract_type|type|employment|work_type)$/;
/** Titles that lead people or a field: never an internship, paid the most. */
export const LEAD_TITLE = /\b(lead|principal|head|director|chief|vp|vice president|manager|supervisor|architect)\b/i;
const TOP_TITLE = /\b(lead|principal|head|director|chief|vp|vice president|architect)\b/i;
const MANAGER_TITLE = /\b(manager|supervisor)\b/i;
const SENIOR_TITLE = /\b(senior|sr\.?|staff)\b/i;
const JUNIOR_TITLE = /\b(junior|jr\.?|graduate|entry.level|trainee|assistant)\b/i;
const INTERN_TITLE = /\b(intern|internship|apprentice)\b/i;
/** Yearly dollars' worth of each level: [low, high] of the range's middle. */
const BANDS: readonly (readonly [number, number])[] = [[18_000, 28_000], [38_000, 52_000], [58_000, 80_000], [88_000, 112_000], [118_000, 145_000], [150_000, 180_000]];

/** The level of a job (0 intern, 1 junior, 2 plain, 3 senior or manager, 4 lead, 5 a lead's or senior manager), from its kind and its title; undefined without a title. */
export function jobLevel(obj: Json): number | undefined {
  const titleKey = Object.keys(obj).find((k) => TITLE.test(snake(k)) && typeof obj[k] === 'string');
  if (titleKey === undefined) return undefined;
  const title = obj[titleKey] as string;
  const kind = Object.keys(obj).find((k) => KIND.test(snake(k)) && typeof obj[k] === 'string');
  if (INTERN_TITLE.test(title) || (kind !== undefined && /^intern(ship)?$/i.test(obj[kind] as string))) return 0;
  // A manager ranks with a senior; a senior or lead manager one above ("Senior Quality Manager" over "Quality Manager").
  const lead = TOP_TITLE.test(title) ? 4 : SENIOR_TITLE.test(title) || MANAGER_TITLE.test(title) ? 3 : 0;
  if (lead > 0) return MANAGER_TITLE.test(title) && (TOP_TITLE.test(title) || SENIOR_TITLE.test(title)) ? lead + 1 : lead;
  if (JUNIOR_TITLE.test(title)) return 1;
  return 2;
}

/** Moves a job's salary amounts (already yearly and in a known currency) into its level's band. */
export function payBySeniority(obj: Json, salary: { holder: Json; amounts: string[]; currency?: string }, pinned: ReadonlySet<string>): void {
  if (salary.amounts.some((k) => pinned.has(JSON.stringify(salary.holder[k])))) return;
  const level = jobLevel(obj);
  if (level === undefined) return;
  const { holder, amounts } = salary;
  const currency = salary.currency !== undefined ? String(holder[salary.currency]) : 'USD';
  const rate = perDollar(currency);
  if (rate === undefined) return;
  const values = amounts.map((k) => holder[k] as number);
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) return;
  const mid = (Math.min(...values) + Math.max(...values)) / 2 / rate;
  const [low, high] = payBand30(obj, BANDS[level]!);
  if (mid >= low && mid <= high) return;
  // The drawn number's digits pick the place in the band, so the same draw gives the same salary.
  const target = low + ((Math.round(values[0]! * 7) % 97) / 96) * (high - low);
  const factor = target / mid;
  const step = 10 ** Math.max(2, Math.floor(Math.log10(1000 * rate)));
  for (const k of amounts) holder[k] = Number((Math.round(((holder[k] as number) * factor) / step) * step).toFixed(minorUnits(currency)));
}
