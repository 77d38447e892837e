/**
 * Tool parameter schemas in the subset every chat template can print. Chat templates walk a schema
 * with hand-written Jinja: vLLM's Hermes template recurses forever on `"type": ["string", "null"]`
 * (a string is iterable in Jinja) and on any type it has no name for, Mistral's and Llama's print the
 * JSON but their models were trained on simple types, and none follows `$ref`. So: one JSON type per
 * schema (a nullable type becomes its base type, the rest is said in the description), no `$ref`,
 * `oneOf`/`anyOf` flattened to their first branch and `allOf` merged, and every property described.
 */

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);
/** Keywords that only make sense next to a `oneOf`/`anyOf`/`allOf` we remove. */
const COMPOSITION = ['oneOf', 'anyOf', 'allOf'] as const;

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** "projectIdOrKey" → "project id or key". */
export function humanizeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-.[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** A description that says something when the spec has none (or only repeats the name). */
export function describedOr(description: unknown, name: string, fallback: string): string {
  const text = typeof description === 'string' ? description.trim() : '';
  const same = humanizeName(text).replace(/[^a-z0-9]/g, '') === humanizeName(name).replace(/[^a-z0-9]/g, '');
  return text !== '' && !same ? text : fallback;
}

function typeOfValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** The one JSON type a node gets, and what the description must add about the types dropped. */
function singleType(node: Schema): { type: string; note: string } {
  const declared = Array.isArray(node.type) ? node.type.filter((t): t is string => typeof t === 'string') : typeof node.type === 'string' ? [node.type] : [];
  const nullable = declared.includes('null');
  const known = declared.filter((t) => JSON_TYPES.has(t));
  let type = known[0];
  if (!type) {
    if (isSchema(node.properties)) type = 'object';
    else if (node.items !== undefined) type = 'array';
    else if (Array.isArray(node.enum) && node.enum.length > 0) type = typeOfValue(node.enum.find((v) => v !== null));
    else type = 'string';
  }
  const notes: string[] = [];
  if (known.length > 1) notes.push(`Also accepts ${known.slice(1).join(' or ')}.`);
  if (nullable) notes.push('May be null.');
  return { type, note: notes.join(' ') };
}

/** `oneOf`/`anyOf`: the first branch that is not just `null`, merged into the node; `allOf`: every branch merged. */
function flattenComposition(node: Schema): { node: Schema; note: string } {
  let out: Schema = { ...node };
  const notes: string[] = [];
  for (const key of COMPOSITION) {
    const branches = Array.isArray(out[key]) ? (out[key] as unknown[]).filter(isSchema) : [];
    delete out[key];
    if (branches.length === 0) continue;
    if (key === 'allOf') {
      for (const branch of branches) out = mergeSchemas(out, branch);
      continue;
    }
    const nonNull = branches.filter((b) => b.type !== 'null');
    if (nonNull.length < branches.length) notes.push('May be null.');
    const [first, ...rest] = nonNull;
    if (first) out = mergeSchemas(out, first);
    const others = rest.map((b) => (typeof b.type === 'string' ? b.type : typeof b.$ref === 'string' ? 'another shape' : 'another form'));
    if (others.length > 0) notes.push(`Also accepts ${[...new Set(others)].join(' or ')}.`);
  }
  return { node: out, note: notes.join(' ') };
}

function mergeSchemas(base: Schema, extra: Schema): Schema {
  const out: Schema = { ...extra, ...base };
  if (isSchema(base.properties) || isSchema(extra.properties)) {
    out.properties = { ...(isSchema(extra.properties) ? extra.properties : {}), ...(isSchema(base.properties) ? base.properties : {}) };
  }
  const required = [...(Array.isArray(extra.required) ? extra.required : []), ...(Array.isArray(base.required) ? base.required : [])];
  if (required.length > 0) out.required = [...new Set(required)];
  if (base.type === undefined && extra.type !== undefined) out.type = extra.type;
  return out;
}

function withNote(description: unknown, note: string): string | undefined {
  const text = typeof description === 'string' ? description.trim() : '';
  if (note === '') return text === '' ? undefined : text;
  return text === '' ? note : `${text}${/[.!?]$/.test(text) ? '' : '.'} ${note}`;
}

/**
 * One schema node in the portable subset; `name` (a property's name) gives a described fallback.
 * Walks `properties`, `items` and `additionalProperties`; drops `$ref` (never resolvable here: the
 * loader inlines what it can) and composition keywords.
 */
export function portableSchema(schema: unknown, name?: string): Schema {
  const flat = flattenComposition(isSchema(schema) ? schema : {});
  const node = flat.node;
  const { type, note } = singleType(node);
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' || key === 'type' || key === 'description' || key === 'properties' || key === 'items' || key === 'additionalProperties') continue;
    if (key === 'enum' && Array.isArray(value)) {
      const values = value.filter((v) => v !== null);
      if (values.length > 0) out.enum = values;
      continue;
    }
    out[key] = value;
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; JSON Schema wants the bound itself.
  for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[exclusive] !== 'boolean') continue;
    if (out[exclusive] === true && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else delete out[exclusive];
  }
  out.type = type;
  const notes = [flat.note, note].filter((n) => n !== '').join(' ');
  const fallback = name === undefined ? undefined : `The ${humanizeName(name)}.`;
  const description = withNote(name === undefined ? node.description : describedOr(node.description, name, fallback ?? ''), [...new Set(notes.split(/(?<=\.) /))].join(' '));
  if (description !== undefined) out.description = description;
  if (type === 'object' && isSchema(node.properties)) {
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, portableSchema(v, k)]));
  }
  if (type === 'array') out.items = isSchema(node.items) ? portableSchema(node.items) : { type: 'string' };
  if (type === 'object' && isSchema(node.additionalProperties)) out.additionalProperties = portableSchema(node.additionalProperties);
  else if (typeof node.additionalProperties === 'boolean') out.additionalProperties = node.additionalProperties;
  return out;
}
