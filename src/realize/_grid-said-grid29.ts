/**
 * A grid a call laid out is said in the reply (QUALITY.md J): "I used a 3 by 3 grid with points 1.5 kilometers
 * apart." A required grid size the user never gave, or a spacing in a unit never named, would otherwise stay
 * silent (rapidapi m28 #86). Only a call that sent a grid size and a radius beside a documented unit input.
 */
import type { RecordOperation } from '../plan/types.ts';

const UNIT_WORDS: Record<string, [one: string, many: string]> = { km: ['kilometer', 'kilometers'], mi: ['mile', 'miles'], m: ['meter', 'meters'] };
const DOC_DEFAULT = /\bdefault\b\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*[`'"]?([a-z]+)\b/i;

/** The sentence naming the grid the call used, or undefined. */
export function gridSaidGrid29(sent: Readonly<Record<string, unknown>>, operation: RecordOperation | undefined, pick: <T>(items: readonly T[]) => T = (items) => items[0]!): string | undefined {
  const size = Number(sent.grid_size);
  const radius = Number(sent.radius);
  if (!Number.isInteger(size) || size < 2 || !(radius > 0) || operation === undefined) return undefined;
  const units = (operation.parameters?.properties as Record<string, Record<string, unknown>> | undefined)?.radius_units;
  if (units === undefined) return undefined;
  const fallback = units.default !== undefined && units.default !== '' ? units.default : DOC_DEFAULT.exec(String(units.description ?? ''))?.[1];
  const unit = UNIT_WORDS[String(sent.radius_units ?? fallback ?? '').toLowerCase()];
  if (unit === undefined) return undefined;
  const apart = `${String(sent.radius)} ${radius === 1 ? unit[0] : unit[1]}`;
  return pick(GRID_SAID)(`${size} by ${size}`, apart);
}

/** Ways to name the grid ("3 by 3", "1.5 kilometers"): a reply set of 40 grids is not one sentence 40 times. */
const GRID_SAID: readonly ((grid: string, apart: string) => string)[] = [
  (grid, apart) => `I used a ${grid} grid with points ${apart} apart.`,
  (grid, apart) => `The grid is ${grid}, its points ${apart} apart.`,
  (grid, apart) => `I laid out a ${grid} grid, ${apart} between points.`,
];
