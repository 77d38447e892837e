/**
 * A small list of numbers said whole (QUALITY.md F), wave 28: 9 grid points are "9 grid coordinates: the latitude
 * ranges from -6.3493 to -6.0799 and the longitude from 106.7096 to 106.9806", never "Looking at the first, the
 * latitude is -6.0799 …" — one point of a set the user wanted whole (rapidapi 86). Said only when every fact told of
 * an item is a number of one of its own top-level fields that every item has, so the ranges tell all there is.
 */
import { joinList, upperFirst } from './words.ts';

type FactsOf = (item: unknown, max: number) => { text: string }[];

const FACT = /^the ([a-zA-Z][a-zA-Z0-9 ]*?) (?:is|are) (-?\d+(?:\.\d+)?)((?: [a-zA-Z%°][^,;]*)?)$/;
const MAX_ITEMS = 10;

/** "9 grid coordinates: the latitude ranges from A to B and the longitude from C to D.", or undefined. */
export function rangeReply28(count: string, items: readonly unknown[], factsOf: FactsOf): string | undefined {
  if (items.length < 2 || items.length > MAX_ITEMS || !items.every((i) => i !== null && typeof i === 'object' && !Array.isArray(i))) return undefined;
  const rows = items as readonly Record<string, unknown>[];
  // The item told most fully names the fields (a value the user gave is not said again, so an item may tell fewer).
  const told = rows.map((item) => factsOf(item, 4));
  const at = told.reduce((best, facts, i) => (facts.length > (told[best] as unknown[]).length ? i : best), 0);
  const template = told[at] as { text: string }[];
  if (template.length === 0 || template.length > 3) return undefined;
  const fields: { name: string; key: string; unit: string }[] = [];
  for (const fact of template) {
    const m = FACT.exec(fact.text);
    if (!m) return undefined;
    const key = Object.keys(rows[at] as object).find((k) => (rows[at] as Record<string, unknown>)[k] === Number(m[2]));
    if (key === undefined || !rows.every((row) => typeof row[key] === 'number')) return undefined;
    fields.push({ name: m[1] as string, key, unit: m[3] ?? '' });
  }
  // Every item tells only these fields: else the items say more than their numbers and are told otherwise.
  if (told.some((facts) => facts.some((f) => !fields.some((d) => FACT.exec(f.text)?.[1] === d.name)))) return undefined;
  const spans = fields.map(({ key }) => rows.map((row) => row[key] as number)).map((xs) => [Math.min(...xs), Math.max(...xs)] as const);
  // "the latitude ranges from A to B and the longitude from C to D": a verb once for two ranges in a row.
  const parts = fields.map(({ name, unit }, i) => {
    const [low, high] = spans[i] as readonly [number, number];
    const before = spans[i - 1];
    return low === high ? `the ${name} is ${low}${unit} for all` : `the ${name} ${before && before[0] !== before[1] ? '' : 'ranges '}from ${low} to ${high}${unit}`;
  });
  return `${upperFirst(count)}: ${joinList(parts)}.`;
}
