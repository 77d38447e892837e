/** Tool definitions (OpenAI/HF `tools`) built from a record's operations. */
import type { DialogueRecord, RecordOperation } from '../plan/index.ts';
import { describedOr, humanizeName, portableSchema } from './_portable-schema.ts';
import { RETRIEVER_FUNCTION, type FunctionNames } from './names.ts';

export interface FunctionDefinition {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}
export interface ToolDefinition {
  type: 'function';
  function: FunctionDefinition;
}

/** Keywords whose value is a map of sub-schemas (keys are property names, never dropped). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Keywords whose value is one sub-schema or a list of them. */
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'contains', 'propertyNames', 'additionalItems']);
/** OpenAPI-only keywords that are not JSON Schema. */
const OPENAPI_ONLY = new Set(['example', 'discriminator', 'xml', 'externalDocs', 'nullable']);

/**
 * Makes an operation's input schema plain JSON Schema: drops `x-*` extensions and OpenAPI-only
 * keywords, turns `nullable: true` into a `null` type. Walks only schema positions, so a property
 * *named* `example` or `x-id` is kept.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('x-') || OPENAPI_ONLY.has(key)) continue;
    if (key === 'examples' && !Array.isArray(value)) continue;
    if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = toJsonSchema(value);
    } else {
      out[key] = value;
    }
  }
  if (source.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

/** The operation's input schema in the portable subset every chat template prints (see _portable-schema.ts). */
export function functionParameters(op: RecordOperation): Record<string, unknown> {
  const schema = portableSchema({ ...(toJsonSchema(op.parameters) as Record<string, unknown>), type: 'object' });
  return { ...schema, type: 'object', properties: (schema.properties as object | undefined) ?? {} };
}

/** The operation's description, or a sentence made from its name when the spec has none. */
export function functionDescription(op: RecordOperation, id: string): string {
  const name = op.name || id;
  const words = humanizeName(name);
  const sentence = `${words.charAt(0).toUpperCase()}${words.slice(1)} (${op.api}).`;
  return describedOr(op.description, name, sentence);
}

export const RETRIEVER_TOOL: ToolDefinition = {
  type: 'function',
  function: {
    name: RETRIEVER_FUNCTION,
    description: 'Search the API catalog for operations that can serve a request. Returns operation names with relevance scores.',
    parameters: {
      type: 'object',
      properties: { query: { type: 'string', description: 'What the user wants, in words.' } },
      required: ['query'],
    },
  },
};

/** An operation's definition: one the dialogue uses, or a listed candidate it does not. */
export function operationOf(record: DialogueRecord, id: string): RecordOperation | undefined {
  return record.operations[id] ?? record.candidates?.[id];
}

/**
 * The operations the assistant's tool list shows before turn `upTo` (default: the whole dialogue).
 * A record with a tool list (`tools`, from generate --tools) gives it; with `retrieved`, only what the
 * retriever had returned by then (and what was used by then) is listed. Older records list every
 * operation they use.
 */
export function listedOperations(record: DialogueRecord, upTo = record.turns.length): string[] {
  if (!record.tools) return Object.keys(record.operations);
  if (record.tools.mode !== 'retrieved' || upTo >= record.turns.length) return record.tools.operations.filter((id) => operationOf(record, id));
  const seen = new Set<string>();
  for (const t of record.turns.slice(0, upTo)) {
    if (t.speaker !== 'assistant') continue;
    for (const r of t.retrieved ?? []) seen.add(r.operation);
    if (t.suggest) seen.add(t.suggest);
    if (t.call) seen.add(t.call.operation);
  }
  return record.tools.operations.filter((id) => seen.has(id) && operationOf(record, id));
}

/** The retriever plus the listed operations (see listedOperations), plus `also` (ids) where not listed. */
export function toolDefinitions(record: DialogueRecord, names: FunctionNames, upTo?: number, also: readonly string[] = []): ToolDefinition[] {
  const tools: ToolDefinition[] = [RETRIEVER_TOOL];
  const ids = listedOperations(record, upTo);
  for (const id of also) if (!ids.includes(id)) ids.push(id);
  for (const id of ids) {
    const op = operationOf(record, id);
    if (!op) continue;
    tools.push({ type: 'function', function: { name: names.nameOf(id), description: functionDescription(op, id), parameters: functionParameters(op) } });
  }
  return tools;
}
