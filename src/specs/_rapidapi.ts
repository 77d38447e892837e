/**
 * RapidAPI / ToolBench tool JSON → Operation[], read directly (no OpenAPI machinery: the whole catalogue
 * of ~46,000 endpoints must load in seconds). Output fields come from the endpoint's `schema` when it
 * has one, otherwise from recorded responses (`<responses>/<Category>/<tool>_for_<Category>/<endpoint>.json`).
 */
import { withEffect, type OperationDraft } from './_effect.ts';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { IssueList } from './_issues.ts';
import { IdAllocator, toolbenchStandardize } from './_ids.ts';
import { jsonrepair } from 'jsonrepair';
import { completeSchema, flattenFieldsFromSamples, inferSchema, isObject, mergeInferred, normalizeSchema, pointer, schemaBudget, schemaWarnings, type NormalizeContext, type SchemaBudget } from './_schema.ts';
import type { ApiInfo, Field, JsonSchema, Operation, Param } from './types.ts';

type Obj = Record<string, unknown>;

export interface ToolInput {
  doc: Obj;
  file: string;
  slug: string;
  /** The folder the tool file sits in (ToolBench keeps tools in `tools/<Category>/`). */
  category: string;
  responsesDir?: string;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

export async function toolOperations(input: ToolInput, issues: IssueList): Promise<{ api: ApiInfo; operations: Operation[] }> {
  const { doc, file, slug, category } = input;
  const title = str(doc.title) ?? str(doc.tool_name) ?? str(doc.name) ?? slug;
  const api: ApiInfo = { name: slug, title, category, source: file, format: 'rapidapi' };
  const description = str(doc.tool_description);
  if (description) api.description = description;
  const list = doc.api_list;
  if (!Array.isArray(list)) {
    issues.error('E_SPEC', '`api_list` must be a list of endpoints.', pointer('api_list'));
    return { api, operations: [] };
  }
  const recorded = input.responsesDir ? await recordedResponses(input.responsesDir, category, slug) : undefined;

  const ids = new IdAllocator();
  const operations: Operation[] = [];
  for (const [index, endpoint] of list.entries()) {
    const at = pointer('api_list', index);
    if (!isObject(endpoint) || !str(endpoint.name)) {
      issues.warn('W_OPERATION', `endpoint ${index} has no \`name\`; skipped. Give each endpoint in \`api_list\` a name.`, at);
      continue;
    }
    const name = str(endpoint.name)!;
    const method = (str(endpoint.method) ?? 'GET').toUpperCase();
    if (!METHODS.has(method)) issues.warn('W_OPERATION', `endpoint \`${name}\` has the unknown method \`${method}\`; kept as written.`, pointer('api_list', index, 'method'));
    const { path, inputs } = endpointParams(endpoint, urlPath(str(endpoint.url), name), name, index, issues);

    const standardized = toolbenchStandardize(name) || `endpoint_${index}`;
    const { id, renamed } = ids.take(`${slug}.${standardized}`);
    if (renamed) {
      issues.warn('W_DUPLICATE_ID', `endpoint name \`${name}\` is used twice in this tool; this one gets the id \`${id}\`.`, at);
    }
    const outputs = await outputFields(endpoint.schema, recorded?.has(standardized) ? join(recorded.dir, `${standardized}.json`) : undefined, name, issues);
    const operation: OperationDraft = { id, api, name, method, path, inputs, outputs };
    const summary = str(endpoint.description);
    if (summary) operation.description = summary;
    operations.push(withEffect(operation));
  }
  return { api, operations };
}

/** `https://host/webcams/list/nearby={lat},{lng}?x=1` → `/webcams/list/nearby={lat},{lng}`. */
function urlPath(url: string | undefined, name: string): string {
  if (!url) return `/${toolbenchStandardize(name)}`;
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const path = withoutOrigin.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}

function endpointParams(endpoint: Obj, template: string, name: string, index: number, issues: IssueList): { path: string; inputs: Param[] } {
  let path = template;
  const placeholders = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!));
  // `{appid}` in the url with a parameter `appId`: the parameter's spelling wins in the path too.
  const byLowerCase = new Map([...placeholders].map((p) => [p.toLowerCase(), p]));
  for (const listName of ['required_parameters', 'optional_parameters']) {
    const list = endpoint[listName];
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const paramName = isObject(raw) ? str(raw.name) : undefined;
      if (!paramName) continue;
      if (placeholders.has(paramName)) {
        byLowerCase.delete(paramName.toLowerCase()); // spelled alike: a later `appId` for `{appid}` is a duplicate, not a rename
        continue;
      }
      const placeholder = byLowerCase.get(paramName.toLowerCase());
      if (placeholder === undefined) continue;
      path = path.split(`{${placeholder}}`).join(`{${paramName}}`);
      placeholders.delete(placeholder);
      placeholders.add(paramName);
      byLowerCase.delete(paramName.toLowerCase());
    }
  }
  const params: Param[] = [];
  // Keyed by lower case: `appId` and `appid` on one endpoint are one parameter spelled twice (the tool's
  // author added it again), and two inputs that differ only in case cannot both be filled from a dialogue.
  const seen = new Map<string, string>();
  for (const [listName, required] of [['required_parameters', true], ['optional_parameters', false]] as const) {
    const list = endpoint[listName];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      issues.warn('W_PARAM', `\`${listName}\` of endpoint \`${name}\` is not a list; ignored.`, pointer('api_list', index, listName));
      continue;
    }
    for (const [position, raw] of list.entries()) {
      const at = pointer('api_list', index, listName, position);
      if (!isObject(raw) || !str(raw.name)) {
        issues.warn('W_PARAM', `a parameter of endpoint \`${name}\` has no \`name\`; skipped.`, at);
        continue;
      }
      const paramName = str(raw.name)!;
      const first = seen.get(paramName.toLowerCase());
      if (first !== undefined) {
        const twice = first === paramName ? `is listed twice` : `duplicates \`${first}\` (the names differ only in case)`;
        issues.warn('W_PARAM', `parameter \`${paramName}\` of endpoint \`${name}\` ${twice}; the first, \`${first}\`, is kept.`, at);
        continue;
      }
      seen.set(paramName.toLowerCase(), paramName);
      if (typeof raw.type !== 'string') {
        issues.warn('W_PARAM_SCHEMA', `parameter \`${paramName}\` of endpoint \`${name}\` has no \`type\`; it is read as a string.`, at);
      }
      const schema = rapidTypeSchema(typeof raw.type === 'string' ? raw.type : 'STRING');
      const inPath = placeholders.has(paramName);
      const param: Param = { name: paramName, in: inPath ? 'path' : 'query', required: inPath || required, schema };
      const description = str(raw.description);
      if (description) param.description = description;
      const value = coerceDefault(raw.default, schema);
      if (value.ok) {
        param.default = value.value;
        schema.default = value.value;
      } else if (value.raw !== undefined) param.example = value.raw;
      params.push(param);
    }
  }
  for (const placeholder of placeholders) {
    if (seen.has(placeholder.toLowerCase())) continue;
    seen.set(placeholder.toLowerCase(), placeholder);
    params.push({ name: placeholder, in: 'path', required: true, schema: { type: 'string' } });
  }
  return { path, inputs: params };
}

/** ToolBench's loose type strings as JSON Schema; the original is kept in `x-rapidapi-type`. */
export function rapidTypeSchema(type: string): JsonSchema {
  const upper = type.trim().toUpperCase();
  const schema = ((): JsonSchema => {
    if (upper === 'NUMBER' || upper === 'FLOAT' || upper === 'INTEGER' || upper === 'INT') return { type: upper.startsWith('INT') ? 'integer' : 'number' };
    if (upper === 'BOOLEAN' || upper === 'BOOL') return { type: 'boolean' };
    if (upper === 'ARRAY' || upper === 'LIST') return { type: 'array', items: { type: 'string' } };
    if (upper === 'OBJECT' || upper === 'JSON' || upper === 'MAP') return { type: 'object' };
    if (upper === 'DATETIME') return { type: 'string', format: 'date-time' };
    if (upper.startsWith('DATE')) return { type: 'string', format: 'date' }; // DATE, DATE (YYYY-MM-DD), DATEPICKER
    if (upper.startsWith('TIME')) return { type: 'string', pattern: '^\\d{2}:\\d{2}$' };
    if (upper.startsWith('GEOPOINT')) return { type: 'string', pattern: '^-?\\d+(\\.\\d+)?,\\s*-?\\d+(\\.\\d+)?$' };
    if (upper === 'BINARY' || upper === 'FILE') return { type: 'string', format: 'binary' };
    if (upper === 'CREDENTIALS') return { type: 'string', format: 'password' };
    return { type: 'string' }; // STRING, ENUM and SELECT (their values are not listed), anything unknown
  })();
  if (upper !== 'STRING') schema['x-rapidapi-type'] = type;
  return schema;
}

/** Defaults are strings in tool JSON ("1", "true", ""): typed when they fit the schema, else kept as an example. */
function coerceDefault(raw: unknown, schema: JsonSchema): { ok: true; value: unknown } | { ok: false; raw?: unknown } {
  if (raw === undefined || raw === null || raw === '') return { ok: false };
  const type = schema.type;
  if (typeof raw !== 'string') return { ok: true, value: raw };
  if (type === 'number' || type === 'integer') {
    const value = Number(raw.trim());
    if (raw.trim() !== '' && Number.isFinite(value) && (type === 'number' || Number.isInteger(value))) return { ok: true, value };
    return { ok: false, raw };
  }
  if (type === 'boolean') {
    const lower = raw.trim().toLowerCase();
    if (lower === 'true' || lower === 'false') return { ok: true, value: lower === 'true' };
    return { ok: false, raw };
  }
  if (type === 'array') return { ok: true, value: raw.split(',').map((part) => part.trim()) };
  if (type === 'object') {
    try {
      const value: unknown = JSON.parse(raw);
      return isObject(value) ? { ok: true, value } : { ok: false, raw };
    } catch {
      return { ok: false, raw };
    }
  }
  return { ok: true, value: raw };
}

const NO_REFS: NormalizeContext = { root: {}, dialect: '3.1', named: new Map() };
const SCHEMA_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/**
 * Output fields of an endpoint: its `schema` completed by its recorded responses (tool schemas often stop
 * at `items: {"type": "object"}`; the recordings show what is inside), with examples from the recordings.
 */
async function outputFields(declaredRaw: unknown, recordedFile: string | undefined, endpoint: string, issues: IssueList): Promise<Field[]> {
  const budget = schemaBudget();
  const declared = declaredSchema(declaredRaw, budget);
  for (const warning of schemaWarnings(budget)) issues.warn(warning.code, `endpoint \`${endpoint}\`: ${warning.message}`);
  const recorded = recordedFile ? await recordedSchema(recordedFile, endpoint, issues) : undefined;
  if (!recorded) return declared ? flattenFieldsFromSamples(declared.schema, declared.samples) : [];
  if (!declared) return flattenFieldsFromSamples(recorded.schema, recorded.samples);
  return flattenFieldsFromSamples(completeSchema(declared.schema, recorded.schema), [...recorded.samples, ...declared.samples]);
}

/** An endpoint's `schema`: a JSON Schema, or (in some tools) a sample response value. */
function declaredSchema(schema: unknown, budget: SchemaBudget): { schema: JsonSchema; samples: unknown[] } | undefined {
  if (Array.isArray(schema)) return schema.length > 0 ? { schema: inferSchema(schema), samples: [schema] } : undefined;
  if (!isObject(schema) || Object.keys(schema).length === 0) return undefined;
  const type = schema.type;
  const looksLikeSchema =
    (typeof type === 'string' && SCHEMA_TYPES.has(type)) ||
    (Array.isArray(type) && type.every((t) => typeof t === 'string' && SCHEMA_TYPES.has(t))) ||
    isObject(schema.properties) ||
    isObject(schema.items) ||
    Array.isArray(schema.allOf) ||
    Array.isArray(schema.oneOf) ||
    Array.isArray(schema.anyOf) ||
    typeof schema.$schema === 'string';
  if (looksLikeSchema) return { schema: normalizeSchema(schema, { ...NO_REFS, budget }), samples: [] };
  return { schema: inferSchema(schema), samples: [schema] };
}

/** The recorded-response files of one tool, by standardized endpoint name (one readdir per tool). */
async function recordedResponses(responsesDir: string, category: string, slug: string): Promise<{ dir: string; has(name: string): boolean } | undefined> {
  const dir = join(responsesDir, category, `${slug}_for_${category}`);
  try {
    const names = new Set((await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
    return { dir, has: (name) => names.has(name) };
  } catch {
    return undefined;
  }
}

/** Recorded responses kept as examples per endpoint (the schema is inferred from all of them). */
const MAX_RECORDED_SAMPLES = 5;

/** The schema inferred from every successful recorded response of an endpoint, merged; error responses give none. */
async function recordedSchema(file: string, endpoint: string, issues: IssueList): Promise<{ schema: JsonSchema; samples: unknown[] } | undefined> {
  let records: unknown;
  try {
    records = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    issues.warn('W_RESPONSE', `recorded responses of endpoint \`${endpoint}\` in ${file} cannot be read (${cause instanceof Error ? cause.message : String(cause)}); no output fields from them.`);
    return undefined;
  }
  if (!isObject(records)) return undefined;
  let schema: JsonSchema | undefined;
  const samples: unknown[] = [];
  for (const record of Object.values(records)) {
    if (!isObject(record)) continue;
    if (typeof record.error === 'string' ? record.error.trim() !== '' : record.error !== undefined && record.error !== null) continue;
    const value = responseValue(record.response);
    if (value === undefined) continue;
    const inferred = inferSchema(value);
    schema = schema === undefined ? inferred : mergeInferred(schema, inferred);
    if (samples.length < MAX_RECORDED_SAMPLES) samples.push(value);
  }
  return schema ? { schema, samples } : undefined;
}

const ERROR_TEXT = /\b(error|errors|invalid|not found|bad request|unauthori[sz]ed|forbidden|exception|failed|failure|denied|missing|required|something broke|internal server|too many requests|rate limit|not (?:exist|available|supported|allowed)|no (?:data|results?|records?)|cannot|can't|unable|check your)\b/i;
/** Keys of a bare status/message envelope (`{"message": "Not Found"}`): such a record is judged by its text. */
const MESSAGE_KEYS = new Set(['message', 'msg', 'detail', 'details', 'description', 'info', 'reason', 'status', 'statuscode', 'status_code', 'code', 'title', 'type', 'name']);

/** The usable JSON of a recorded response, or undefined when it is an error or plain text. */
function responseValue(response: unknown): unknown {
  let value = response;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('{') && !text.startsWith('[')) return undefined; // plain text or an error message
    try {
      value = JSON.parse(text);
    } catch {
      // ToolBench cut long recorded responses at 4,000 characters, mid-value: close what was left open.
      try {
        value = JSON.parse(jsonrepair(text));
      } catch {
        return undefined;
      }
    }
  }
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  if (!isObject(value)) return undefined;
  return isErrorObject(value) ? undefined : value;
}

function isErrorObject(value: Obj): boolean {
  const keys = Object.keys(value);
  const isEmpty = (child: unknown) =>
    child === null || child === '' || (Array.isArray(child) && child.length === 0) || (isObject(child) && Object.keys(child).length === 0);
  if (keys.every((key) => isEmpty(value[key]))) return true; // `{}`, `{"result": []}`: nothing to learn
  for (const key of ['error', 'err', 'errors']) {
    const flag = value[key];
    if (flag !== undefined && flag !== false && !isEmpty(flag)) return true;
  }
  if (value.success === false) return true;
  const status = value.status ?? value.statusCode ?? value.status_code ?? value.code;
  if (typeof status === 'number' && status >= 400 && status < 600) return true;
  if (typeof status === 'string' && /^(error|fail|failed|failure|invalid[\w ]*|[45]\d\d)$/i.test(status)) return true;
  if (keys.every((key) => MESSAGE_KEYS.has(key.toLowerCase()))) {
    const texts = keys.map((key) => value[key]).filter((v): v is string => typeof v === 'string');
    if (texts.length === 0 || texts.some((text) => ERROR_TEXT.test(text))) return true;
  }
  return false;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
