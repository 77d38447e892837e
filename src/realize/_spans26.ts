/**
 * A model's generations said as spans of years (QUALITY.md J), wave 26: "the first from 2011 to 2017, the second
 * from 2018 to 2025 and the third from 2026 on", never "the generation is 1, the start year is 2011; …", which
 * drops when each ended and reads field by field.
 */
import { REFERENCE_DATE } from '../world/index.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const LIST_KEY = /^(generations?|model_?generations|gens)$/i;
const START_KEY = /^(start_?year|year_?start|from_?year|year_?from|start|from|production_?start|produced_?from|begin_?year)$/i;
const END_KEY = /^(end_?year|year_?end|to_?year|year_?to|end|to|production_?end|produced_?to|finish_?year)$/i;
const NUMBER_KEY = /^(generation|gen|generation_?number|number)$/i;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const CURRENT_YEAR = Number(REFERENCE_DATE.slice(0, 4));
const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;

/** "There are 3 generations: the first from 2011 to 2017, …" for a result that is a list of generations; else undefined. */
export function spanSummary26(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const entry = Object.entries(result).find(([k, v]) => LIST_KEY.test(k) && Array.isArray(v) && v.length > 0 && v.length <= 12 && v.every(isRecord));
  if (entry === undefined) return undefined;
  const items = entry[1] as Json[];
  const keys = Object.keys(items[0]!);
  const start = keys.find((k) => START_KEY.test(k));
  const end = keys.find((k) => END_KEY.test(k));
  const number = keys.find((k) => NUMBER_KEY.test(k));
  if (start === undefined || !items.every((g) => isYear(g[start]))) return undefined;
  const spans = items.map((g, i) => {
    const from = g[start] as number;
    const to = end === undefined ? undefined : g[end];
    const n = number !== undefined && typeof g[number] === 'number' ? (g[number] as number) : i + 1;
    const name = n >= 1 && n <= ORDINALS.length ? `the ${ORDINALS[n - 1]}` : `generation ${n}`;
    const last = i === items.length - 1;
    if (!isYear(to) || (last && to >= CURRENT_YEAR)) return `${name} from ${from}${end === undefined && !last ? '' : ' on'}`;
    return to <= from ? `${name} in ${from}` : `${name} from ${from} to ${to}`;
  });
  const head = items.length === 1 ? 'There is one generation' : `There are ${items.length} generations`;
  const joined = spans.length === 1 ? spans[0]! : `${spans.slice(0, -1).join(', ')} and ${spans[spans.length - 1]!}`;
  return `${head}: ${joined}.`;
}
