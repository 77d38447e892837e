/**
 * A grid a call laid out is said in the reply (QUALITY.md J): "I used a 3 by 3 grid with points 1.5 kilometers
 * apart." A required grid size the user never gave, or a spacing in a unit never named, would otherwise stay
 * silent (rapidapi m28 #86). Only a call that sent a grid size and a radius beside a documented unit input.
 */
import type { RecordOperation } from '../plan/types.ts';

const UNIT_WORDS: Record<string, [one: string, many: string]> = { km: ['kilometer', 'kilometers'], mi: ['mile', 'miles'], m: ['meter', 'meters'] };
const DOC_DEFAULT = /\bdefault\b\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*[`'"]?([a-z]+)\b/i;

/** The sentence naming the grid the call used, or undefined. */
export function gridSaidGrid29(sent: Readonly<Record<string, unknown>>, operation: RecordOperation | undefined): string | undefined {
  const size = Number(sent.grid_size);
  const radius = Number(sent.radius);
  if (!Number.isInteger(size) || size < 2 || !(radius > 0) || operation === undefined) return undefined;
  const units = (operation.parameters?.properties as Record<string, Record<string, unknown>> | undefined)?.radius_units;
  if (units === undefined) return undefined;
  const fallback = units.default !== undefined && units.default !== '' ? units.default : DOC_DEFAULT.exec(String(units.description ?? ''))?.[1];
  const unit = UNIT_WORDS[String(sent.radius_units ?? fallback ?? '').toLowerCase()];
  if (unit === undefined) return undefined;
  return `I used a ${size} by ${size} grid with points ${String(sent.radius)} ${radius === 1 ? unit[0] : unit[1]} apart.`;
}
