/** Values that break a schema the way a model typically does (for self-correction flows). */
import type { JsonSchema } from '../specs/types.ts';
import type { Rng } from '../random/index.ts';
import { flatSchema, schemaType } from './_params.ts';

/**
 * Candidate values that break `schema` in the ways a model typically does: a value outside the enum, a
 * date in the wrong format, a number as a string, a number out of range, a scalar wrapped in a list. The
 * caller keeps the first one that real validation rejects.
 */
export function schemaViolations(rawSchema: JsonSchema, valid: unknown, rng: Rng): unknown[] {
  const schema = flatSchema(rawSchema);
  const out: unknown[] = [];
  const type = schemaType(schema);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const first = schema.enum.find((v) => typeof v === 'string') as string | undefined;
    if (first !== undefined) out.push(first.toUpperCase() === first ? first.toLowerCase() : first.toUpperCase(), `${first} `.trim() + 's');
    out.push('any');
  }
  if (typeof valid === 'string') {
    if (schema.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(valid)) {
      const [y, m, d] = valid.split('-');
      out.push(`${m}/${d}/${y}`);
    }
    if (schema.format === 'date-time') out.push(valid.replace('T', ' ').replace(/Z$/, ''));
    if (schema.format === 'email') out.push(valid.replace('@', ' at '));
    if (schema.format === 'uri' || schema.format === 'url') out.push(valid.replace(/^https?:\/\//, ''));
    if (schema.format === 'uuid') out.push(valid.replace(/-/g, '').slice(0, 20));
    if (typeof schema.maxLength === 'number') out.push(valid.padEnd(schema.maxLength + 1, valid.slice(-1) || 'x'));
    if (typeof schema.pattern === 'string') out.push(`${valid} `, `#${valid}`);
    out.push([valid]);
  }
  if (typeof valid === 'number') {
    out.push(String(valid));
    if (typeof schema.maximum === 'number') out.push(schema.maximum + (type === 'integer' ? rng.int(1, 10) : 1.5));
    if (typeof schema.minimum === 'number') out.push(schema.minimum - (type === 'integer' ? rng.int(1, 10) : 1.5));
    if (type === 'integer') out.push(valid + 0.5);
  }
  if (typeof valid === 'boolean') out.push(valid ? 'yes' : 'no');
  if (Array.isArray(valid) && valid.length > 0) out.push(valid.join(','));
  return out;
}
