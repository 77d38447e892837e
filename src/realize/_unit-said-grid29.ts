/**
 * A distance whose unit another input sets (`radius` beside `radius_units`: km or mi) is said with its unit
 * (QUALITY.md J): "the radius is 2 kilometers", never a bare "the radius is 15" that leaves the scale to guess.
 * The unit is the one the call sends, else the one the unit input is documented to default to ("**Default:** km").
 */
import type { DialoguePlan, ParamRef } from '../plan/types.ts';

const UNIT_WORDS: Record<string, [one: string, many: string]> = {
  km: ['kilometer', 'kilometers'], kilometer: ['kilometer', 'kilometers'], kilometers: ['kilometer', 'kilometers'], mi: ['mile', 'miles'], mile: ['mile', 'miles'], miles: ['mile', 'miles'],
  m: ['meter', 'meters'], meters: ['meter', 'meters'], ft: ['foot', 'feet'], feet: ['foot', 'feet'],
};
const DISTANCE = /^(radius|distance)$/i;
const DOC_DEFAULT = /\bdefault\b\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*[`'"]?([a-z]+)\b/i;

/** `said` ("15") with the unit its sibling unit input gives it ("15 kilometers"), or as it is. */
export function withUnitGrid29(plan: Pick<DialoguePlan, 'operations' | 'slots'>, ref: ParamRef, value: unknown, said: string): string {
  if (!DISTANCE.test(ref.param) || !/^\d+(\.\d+)?$/.test(said)) return said;
  const props = (plan.operations[ref.operation]?.parameters?.properties ?? {}) as Record<string, Record<string, unknown>>;
  const key = [`${ref.param}_units`, `${ref.param}_unit`, `${ref.param}Units`, `${ref.param}Unit`, 'distance_units', 'distance_unit'].find((k) => props[k] !== undefined);
  if (key === undefined) return said;
  const sent = plan.slots.find((s) => s.operation === ref.operation && s.param === key)?.value;
  const schema = props[key]!;
  const fallback = schema.default !== undefined && schema.default !== '' ? schema.default : DOC_DEFAULT.exec(String(schema.description ?? ''))?.[1];
  const unit = UNIT_WORDS[String(sent ?? fallback ?? '').toLowerCase()];
  if (unit === undefined) return said;
  return `${said} ${Number(value) === 1 ? unit[0] : unit[1]}`;
}
