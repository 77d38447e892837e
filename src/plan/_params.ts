/**
 * What a parameter is, from its name and schema: its words, its type, whether a person can say it, whether it
 * is an identifier or an auth parameter. The catalog, the planner and the mock values all ask these.
 */
import type { JsonSchema } from '../specs/types.ts';

const wordsCache = new Map<string, string>();

/** A name as lower-case words joined by `_` (`trackId` -> `track_id`); cached, names repeat a lot. */
export function lastNameWord(name: string): string {
  const cached = wordsCache.get(name);
  if (cached !== undefined) return cached;
  const words = splitName(name);
  if (wordsCache.size > 50000) wordsCache.clear();
  wordsCache.set(name, words);
  return words;
}

function splitName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('_');
}

/** The JSON Schema `type` to generate for (first non-null of a list; guessed from other keywords). */
export function schemaType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeof schema.enum[0] === 'number' ? 'number' : typeof schema.enum[0];
  const branch = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branch) && branch[0]) return schemaType(branch[0]);
  return undefined;
}

/** A schema with `allOf` merged and the first `oneOf`/`anyOf` branch taken. */
export function flatSchema(schema: JsonSchema): JsonSchema {
  let out: JsonSchema = { ...schema };
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf as JsonSchema[]) out = { ...flatSchema(part), ...out };
    delete out.allOf;
  }
  const branch = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branch) && branch.length > 0 && !out.type) {
    const first = branch.find((b) => b.type !== 'null') ?? branch[0]!;
    out = { ...flatSchema(first), ...out };
    delete out.oneOf;
    delete out.anyOf;
  }
  return out;
}

/** A value a person can say: a scalar or a short list of scalars (never an object). */
export function isSayable(schema: JsonSchema): boolean {
  const flat = flatSchema(schema);
  const type = schemaType(flat);
  if (type === 'object') return false;
  if (type === 'array') {
    const items = flat.items as JsonSchema | undefined;
    const itemType = items ? schemaType(flatSchema(items)) : 'string';
    return itemType !== 'object' && itemType !== 'array';
  }
  if (flat.format === 'binary' || flat.format === 'byte') return false;
  return true;
}

const ID_NAME = /(^|_)(id|ids|uuid|guid|key|code|codes|index|idx|slug|sku|isbn|iata|icao|hash|lat|lng|lon|latitude|longitude|coord|coords|coordinates|ref|uri|urn|num|number)$/;

/**
 * An ID-like parameter: a value a person would not know by heart (ids, codes, indexes, coordinates).
 * Only these may be failed by the user and chained from another operation (ToolDial's rule).
 */
export function isIdLike(name: string, schema: JsonSchema, description = ''): boolean {
  const words = lastNameWord(name);
  if (ID_NAME.test(words)) return true;
  const flat = flatSchema(schema);
  if (flat.format === 'uuid') return true;
  return /\b(identifier|unique id|the id of|id of the)\b/i.test(description);
}

/** Authentication and transport parameters: never part of a dialogue. */
export function isAuthParam(name: string, location: string): boolean {
  const words = lastNameWord(name);
  if (/(^|_)(api_key|apikey|access_token|auth|authorization|x_rapidapi_key|x_rapidapi_host|x_api_key|token|secret|client_secret|signature)$/.test(words)) return true;
  return (location === 'header' || location === 'cookie') && /(key|token|auth|host|user_agent|accept|content_type|cookie)/.test(words);
}
