/**
 * A search near a place that sends no radius searches within the spec's default one (QUALITY.md E): Amadeus'
 * hotels by city with no `radius` lie within its default 5 km, never 29 km away. The arguments the fitting reads
 * gain the default radius (and its unit's default); what the call sent is unchanged.
 */
import type { Operation } from '../specs/types.ts';

const RADIUS = /^radius$/i;
const UNIT = /^radius_?unit$/i;
const DEFAULT_TEXT = /\bdefault(?:s| value)?(?: is| to|:)?\s*(\d+(?:\.\d+)?)/i;

export function withDefaultRadius30(args: Record<string, unknown>, operation: Operation): Record<string, unknown> {
  if (Object.keys(args).some((k) => RADIUS.test(k))) return args;
  const inputs = operation.inputs ?? [];
  const param = inputs.find((p) => RADIUS.test(p.name));
  if (param === undefined) return args;
  const given = param.default ?? param.schema.default;
  const text = typeof given === 'number' ? undefined : DEFAULT_TEXT.exec(param.description ?? '')?.[1];
  const radius = typeof given === 'number' ? given : text !== undefined ? Number(text) : undefined;
  if (radius === undefined || !(radius > 0)) return args;
  const unit = inputs.find((p) => UNIT.test(p.name));
  const unitDefault = unit?.default ?? unit?.schema.default;
  const out: Record<string, unknown> = { ...args, radius };
  if (unit !== undefined && !(unit.name in args) && typeof unitDefault === 'string') out[unit.name] = unitDefault;
  return out;
}
