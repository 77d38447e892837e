/**
 * A model's generations run up to now (QUALITY.md E): the last generation is recent (a car sold today), each
 * earlier one ends the year before the next starts, about six years apiece, so a current model never "starts
 * in 1990" three generations ago; they are numbered 1..n (wave 24), never a drawn "7, 8, 9". Called per object by `agreeFields` (`_agree-fields.ts`).
 */
import { REFERENCE_DATE } from '../world/index.ts';

const GENERATIONS_KEY = /^(generations?|model_?generations|gens)$/i;
const NUMBER_KEY = /^(generation|gen|generation_?number|number)$/i;
const START_KEY = /^(start_?year|year_?start|from_?year|year_?from|start|from|production_?start|produced_?from|begin_?year)$/i;
const END_KEY = /^(end_?year|year_?end|to_?year|year_?to|end|to|production_?end|produced_?to|finish_?year)$/i;
const CURRENT_YEAR = Number(REFERENCE_DATE.slice(0, 4));
const SPAN = 5;

/** The generations listed in `obj` run back from a recent last one, in order, without gaps or overlaps. */
export function recentGenerations(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  for (const [key, list] of Object.entries(obj)) {
    if (!GENERATIONS_KEY.test(key) || !Array.isArray(list) || list.length === 0 || !free(key)) continue;
    const items = list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
    if (items.length !== list.length) continue;
    const first = items[0]!;
    const startKey = Object.keys(first).find((k) => START_KEY.test(k) && typeof first[k] === 'number');
    const endKey = Object.keys(first).find((k) => END_KEY.test(k) && (typeof first[k] === 'number' || first[k] === null));
    if (startKey === undefined || !items.every((x) => typeof x[startKey] === 'number')) continue;
    const numberKey = Object.keys(first).find((k) => NUMBER_KEY.test(k) && typeof first[k] === 'number');
    const order = numberKey === undefined ? items : [...items].sort((a, b) => (a[numberKey] as number) - (b[numberKey] as number));
    if (items.some((_, i) => !free(`${key}[${i}].${startKey}`) || (endKey !== undefined && !free(`${key}[${i}].${endKey}`)))) continue;
    // Numbered 1..n, the last the current one: a drawn "7, 8, 9" claims facts (a Mustang's seventh from 2006) no one checked.
    if (numberKey !== undefined && order.every((item) => free(`${key}[${items.indexOf(item)}].${numberKey}`))) order.forEach((item, i) => (item[numberKey] = i + 1));
    // Spans of 5–7 years and a last start 1–4 years ago, varied by the years drawn (no two models alike).
    const drawn = order.map((item) => Math.abs(item[startKey] as number));
    let start = CURRENT_YEAR - 1 - (drawn[drawn.length - 1]! % 4);
    for (let i = order.length - 1; i >= 0; i--) {
      const item = order[i]!;
      if (endKey !== undefined && typeof item[endKey] === 'number') item[endKey] = i === order.length - 1 ? CURRENT_YEAR : (order[i + 1]![startKey] as number) - 1;
      item[startKey] = start;
      start -= SPAN + (drawn[Math.max(0, i - 1)]! % 3);
    }
  }
}
