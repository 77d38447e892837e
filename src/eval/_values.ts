/**
 * Argument values compared the way a tool would take them: a schema's type coerces ("5" = 5 for an
 * integer, "true" = true for a boolean, 5 = "5" for a string), object keys are unordered, strings are
 * compared trimmed and case-insensitively. Without a schema, numeric and boolean strings count as numbers
 * and booleans.
 */
import { normalizeForMatch, statesValue } from '../text/index.ts';

type Schema = Record<string, unknown> | undefined;

function typeOf(schema: Schema): string | undefined {
  const type = schema?.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  return typeof type === 'string' ? type : undefined;
}

const NUMERIC = /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/;

function canonical(value: unknown, schema: Schema): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, schema?.items as Schema));
  if (value !== null && typeof value === 'object') {
    const props = (schema?.properties ?? {}) as Record<string, Schema>;
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, props[k])]));
  }
  const type = typeOf(schema);
  if (type === 'string') return typeof value === 'string' ? value.trim().toLowerCase() : typeof value === 'number' || typeof value === 'boolean' ? String(value).toLowerCase() : value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if ((type === 'number' || type === 'integer' || type === undefined) && NUMERIC.test(text)) return Number(text);
  if ((type === 'boolean' || type === undefined) && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text.toLowerCase();
}

/** Same value once coerced by the parameter's schema (see the module note). */
export function sameValue(predicted: unknown, gold: unknown, schema?: Schema): boolean {
  return JSON.stringify(canonical(predicted, schema)) === JSON.stringify(canonical(gold, schema));
}

/** The JSON Schema of one parameter of a tool's `parameters` object. */
export function paramSchemaOf(parameters: Schema, param: string): Schema {
  return ((parameters?.properties ?? {}) as Record<string, Schema>)[param];
}

/** Optional arguments equal to the parameter's declared default: sending them changes nothing. */
export function withoutDefaults(args: Record<string, unknown>, parameters: Schema, gold: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(args).filter(([k, v]) => {
      if (k in gold) return true;
      const schema = paramSchemaOf(parameters, k);
      return !(schema && 'default' in schema && sameValue(v, schema.default, schema));
    }),
  );
}

/**
 * A value is grounded when the user said it or a tool returned it (normalised text of the context), when
 * it is the gold value, or when it is the parameter's declared default; anything else was made up.
 */
export function isGrounded(value: unknown, normalizedContext: string, schema: Schema, gold?: unknown): boolean {
  if (gold !== undefined && sameValue(value, gold, schema)) return true;
  if (schema && 'default' in schema && sameValue(value, schema.default, schema)) return true;
  if (value === null || value === undefined || value === '') return true;
  return statesValue(normalizedContext, value);
}

/** The words a model had to go on: every user message and every tool result of the context. */
export function groundingText(context: readonly { role: string; content?: unknown }[]): string {
  return normalizeForMatch(
    context
      .filter((m) => m.role === 'user' || m.role === 'tool')
      .map((m) => (typeof m.content === 'string' ? m.content : ''))
      .join('\n'),
  );
}
