/**
 * OpenAPI 3.0 / 3.1 and Swagger 2.0 → Operation[]. `$ref`s are resolved by @readme/openapi-parser with
 * external resolution off (nothing is ever fetched); cycles are left in place by the parser and cut by
 * the schema normaliser. Swagger 2.0 is read directly (its parameters and responses map one to one).
 */
import { withEffect, type OperationDraft } from './_effect.ts';
import { dereference } from '@readme/openapi-parser';
import type { IssueList } from './_issues.ts';
import { IdAllocator, methodPathSlug, operationIdPart } from './_ids.ts';
import { flattenFields, hasType, isObject, normalizeSchema, pointer, resolvePointer, schemaBudget, schemaWarnings, SCHEMA_NODE_BUDGET, type NormalizeContext } from './_schema.ts';
import type { ApiInfo, Field, JsonSchema, Operation, Param, ParamLocation } from './types.ts';

type Obj = Record<string, unknown>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** OpenAPI 3: header parameters with these names SHALL be ignored (they are set by the protocol). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const SWAGGER_SCHEMA_KEYS = [
  'type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf', 'x-nullable', 'example',
];

export interface OpenApiInput {
  doc: Obj;
  file: string;
  slug: string;
  format: 'openapi-3.1' | 'openapi-3.0' | 'swagger-2.0';
}

export async function openApiOperations(input: OpenApiInput, issues: IssueList): Promise<{ api: ApiInfo; operations: Operation[] }> {
  const { doc, file, slug, format } = input;
  const swagger = format === 'swagger-2.0';
  const info = isObject(doc.info) ? doc.info : {};
  if (!isObject(doc.info)) {
    issues.warn('W_INFO', `\`info\` is ${doc.info === undefined ? 'missing' : 'not an object'}; the API is named after the file (\`${slug}\`) and has no title, version or description. Add an \`info\` object with \`title\` and \`version\`.`, doc.info === undefined ? '#' : pointer('info'));
  }
  const api: ApiInfo = { name: slug, title: typeof info.title === 'string' && info.title.trim() ? info.title.trim() : slug, source: file, format };
  if (info.version !== undefined && info.version !== null) api.version = String(info.version);
  const description = firstParagraph(info.description);
  if (description) api.description = description;
  const provenance = provenanceOf(doc, info);
  if (provenance) api.provenance = provenance;
  const categories = info['x-apisguru-categories'];
  if (Array.isArray(categories) && typeof categories[0] === 'string') api.category = categories[0];

  const version = swagger ? '2.0' : String(doc.openapi);
  if (doc.paths === undefined && format !== 'openapi-3.1') {
    issues.error(
      'E_SPEC',
      `\`paths\` is required in ${swagger ? 'Swagger' : 'OpenAPI'} ${version} but this document has none (only OpenAPI 3.1 may leave it out). Add a \`paths\` object listing the operations.`,
      '#',
    );
    return { api, operations: [] };
  }
  if (doc.paths !== undefined && !isObject(doc.paths)) {
    issues.error('E_SPEC', '`paths` must be an object mapping each path to its operations.', pointer('paths'));
    return { api, operations: [] };
  }

  if (!checkRefs(doc, issues)) return { api, operations: [] };
  // The dereferencer copies a schema once per reference to it: bound that before it runs.
  const expanded = expandedSize(doc, SCHEMA_NODE_BUDGET);
  if (expanded > SCHEMA_NODE_BUDGET) {
    issues.error(
      'E_REF',
      `expanding the $refs would produce more than ${SCHEMA_NODE_BUDGET.toLocaleString('en-US')} schema nodes (the schemas refer to each other so often that every level multiplies the size; the file itself is small). Reduce the nesting (refer to fewer schemas from each schema) or split the spec.`,
    );
    return { api, operations: [] };
  }
  let root: Obj;
  try {
    root = (await dereference(doc as never, { resolve: { external: false }, dereference: { circular: 'ignore' } })) as unknown as Obj;
  } catch (cause) {
    issues.error('E_REF', `cannot resolve the document's $refs: ${cause instanceof Error ? cause.message : String(cause)}`);
    return { api, operations: [] };
  }

  const ctx: NormalizeContext = { root, dialect: swagger ? '2.0' : format === 'openapi-3.1' ? '3.1' : '3.0', named: new Map(), budget: schemaBudget() };
  const components = swagger ? root.definitions : isObject(root.components) ? root.components.schemas : undefined;
  if (isObject(components)) {
    for (const [name, schema] of Object.entries(components)) {
      if (isObject(schema)) ctx.named.set(schema, swagger ? pointer('definitions', name) : pointer('components', 'schemas', name));
    }
  }

  const ids = new IdAllocator();
  const operations: Operation[] = [];
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) {
      issues.warn('W_OPERATION', `path \`${path}\` is ${describeValue(item)}, not a path item object; its operations are skipped.`, pointer('paths', path));
      continue;
    }
    if (item.parameters !== undefined && !Array.isArray(item.parameters)) {
      issues.warn('W_PARAM', `\`parameters\` of path \`${path}\` is ${describeValue(item.parameters)}, not a list; ignored.`, pointer('paths', path, 'parameters'));
    }
    if (!Object.keys(item).some((key) => METHODS.has(key.toLowerCase()))) {
      issues.warn('W_OPERATION', `path \`${path}\` holds no operation (get, put, post, delete, options, head, patch, trace); nothing is read from it.`, pointer('paths', path));
    }
    for (const [key, value] of Object.entries(item)) {
      const method = key.toLowerCase();
      if (!METHODS.has(method)) continue;
      const opPointer = pointer('paths', path, key);
      if (!isObject(value)) {
        issues.warn('W_OPERATION', `${method.toUpperCase()} ${path} is not an operation object; skipped.`, opPointer);
        continue;
      }
      const where = `${method.toUpperCase()} ${path}`;
      if (value.parameters !== undefined && !Array.isArray(value.parameters)) {
        issues.warn('W_PARAM', `\`parameters\` of ${where} is ${describeValue(value.parameters)}, not a list; ignored.`, pointer('paths', path, key, 'parameters'));
      }
      if (!isObject(value.responses)) {
        issues.warn(
          'W_RESPONSES',
          `${where} has ${value.responses === undefined ? 'no `responses`' : `\`responses\` that is ${describeValue(value.responses)}, not an object`}; it gets no output fields. Add a \`responses\` object with a 2xx response.`,
          value.responses === undefined ? opPointer : pointer('paths', path, key, 'responses'),
        );
      }
      const reader = new OperationReader(ctx, issues, swagger, where, root);
      const inputs = reader.params(item.parameters, value.parameters, path, key);
      if (!swagger && value.requestBody !== undefined) inputs.push(...reader.requestBody(value.requestBody, pointer('paths', path, key, 'requestBody')));
      checkPathTemplate(path, inputs, issues, where, opPointer);
      const response = reader.response(value.responses);

      const operationId = readOperationId(value.operationId, where, issues, pointer('paths', path, key, 'operationId'));
      const part = operationId ? operationIdPart(operationId) : methodPathSlug(method, path);
      const { id, renamed } = ids.take(`${slug}.${part}`);
      if (renamed) {
        issues.warn(
          'W_DUPLICATE_ID',
          `operationId \`${operationId ?? part}\` of ${where} is already used by another operation; this one gets the id \`${id}\`. Give each operation its own operationId.`,
          pointer('paths', path, key, 'operationId'),
        );
      }
      const operation: OperationDraft = { id, api, name: operationId ?? part, method: method.toUpperCase(), path, inputs, outputs: response.fields };
      if (typeof value.summary === 'string' && value.summary.trim()) operation.summary = value.summary.trim();
      if (typeof value.description === 'string' && value.description.trim()) operation.description = value.description.trim();
      if (Array.isArray(value.tags)) {
        const tags = value.tags.filter((tag): tag is string => typeof tag === 'string');
        if (tags.length > 0) operation.tags = tags;
      }
      if (value.deprecated === true) operation.deprecated = true;
      if (response.schemaName) operation.responseSchemaName = response.schemaName;
      operations.push(withEffect(operation));
    }
  }
  for (const warning of schemaWarnings(ctx.budget!)) issues.warn(warning.code, warning.message, '#');
  return { api, operations };
}

/** Longer operationIds are cut: they become ids, function names and words in every dialogue. */
export const MAX_OPERATION_ID = 200;

function readOperationId(raw: unknown, where: string, issues: IssueList, at: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') {
    issues.warn('W_OPERATION_ID', `the operationId of ${where} is ${describeValue(raw)}, not a non-empty string; the id is made from the method and path.`, at);
    return undefined;
  }
  const id = raw.trim();
  if (id.length <= MAX_OPERATION_ID) return id;
  issues.warn('W_OPERATION_ID', `the operationId of ${where} is ${id.length.toLocaleString('en-US')} characters long; only the first ${MAX_OPERATION_ID} are kept. Use a short name.`, at);
  return id.slice(0, MAX_OPERATION_ID);
}

/** `a string`, `a list`, `null`… for messages about a value of the wrong type. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * How many nodes the document would have with every local `$ref` replaced by a copy of its target (a
 * reference back into its own chain counts once), stopping just past `limit`. Shared subtrees are
 * counted from a memo, so this is linear in the file even when the expansion is exponential.
 */
export function expandedSize(root: unknown, limit: number): number {
  const memo = new Map<object, number>();
  const open = new Set<object>();
  // Iterative post-order walk: deeply nested documents must not overflow the stack.
  const sizeOf = (start: object): number => {
    const frames: { node: object; children: object[]; next: number; total: number }[] = [];
    const enter = (node: object): void => {
      open.add(node);
      const children: object[] = [];
      for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) children.push(child);
      const ref = !Array.isArray(node) && typeof (node as Obj).$ref === 'string' ? ((node as Obj).$ref as string) : undefined;
      if (ref?.startsWith('#')) {
        const target = resolvePointer(root, ref);
        if (typeof target === 'object' && target !== null) children.push(target);
      }
      frames.push({ node, children, next: 0, total: 1 });
    };
    enter(start);
    let result = 0;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.children.length && frame.total <= limit) {
        const child = frame.children[frame.next++]!;
        const known = memo.get(child);
        if (known !== undefined) frame.total += known;
        else if (open.has(child)) frame.total += 1;
        else enter(child);
        continue;
      }
      frames.pop();
      open.delete(frame.node);
      const total = Math.min(frame.total, limit + 1);
      memo.set(frame.node, total);
      const parent = frames[frames.length - 1];
      if (parent) parent.total += total;
      else result = total;
    }
    return result;
  };
  return typeof root === 'object' && root !== null ? sizeOf(root) : 1;
}

/** Reports dangling internal `$ref`s (errors) and external ones (warnings: never fetched). False when the spec cannot load. */
function checkRefs(doc: Obj, issues: IssueList): boolean {
  let ok = true;
  let missing = 0;
  const seen = new Set<object>();
  const walk = (node: unknown, tokens: string[]): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((child, index) => walk(child, [...tokens, String(index)]));
      return;
    }
    const obj = node as Obj;
    if (typeof obj.$ref === 'string') {
      const ref = obj.$ref;
      const at = pointer(...tokens);
      const where = tokens.join('.');
      if (!ref.startsWith('#')) {
        issues.warn(
          'W_EXTERNAL_REF',
          `external reference \`${ref}\` at \`${where}\` not resolved (external references are disabled: dialforge never fetches files or URLs). It is kept as {"x-external-ref": …}. Inline the referenced schema or bundle the spec into one file.`,
          at,
        );
      } else if (resolvePointer(doc, ref) === undefined) {
        ok = false;
        if (missing++ < 20) {
          issues.error('E_REF', `unresolvable reference \`${ref}\` at \`${where}\`: nothing is defined there. Define it or fix the reference.`, at);
        }
      }
    }
    for (const [key, child] of Object.entries(obj)) if (key !== '$ref') walk(child, [...tokens, key]);
  };
  walk(doc, []);
  if (missing > 20) issues.error('E_REF', `… and ${missing - 20} more unresolvable references.`);
  return ok;
}

function checkPathTemplate(path: string, inputs: Param[], issues: IssueList, where: string, at: string): void {
  const template = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!));
  for (let i = inputs.length - 1; i >= 0; i--) {
    const param = inputs[i]!;
    if (param.in !== 'path' || template.has(param.name)) continue;
    issues.warn('W_PATH_PARAM', `path parameter \`${param.name}\` of ${where} does not appear in the path template; it is ignored. Rename it to match a \`{…}\` in the path or remove it.`, at);
    inputs.splice(i, 1);
  }
  const declared = new Set(inputs.filter((p) => p.in === 'path').map((p) => p.name));
  for (const name of template) {
    if (declared.has(name)) continue;
    declared.add(name);
    issues.warn(
      'W_PATH_PARAM',
      `path parameter \`${name}\` in the template is not defined for ${where}; it is read as a required string. Declare it under \`parameters\` with \`in: path\`.`,
      at,
    );
    inputs.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
}

class OperationReader {
  constructor(
    private readonly ctx: NormalizeContext,
    private readonly issues: IssueList,
    private readonly swagger: boolean,
    private readonly where: string,
    private readonly root: Obj,
  ) {}

  /** Path-level parameters merged with the operation's (the operation's win on the same name and location). */
  params(pathLevel: unknown, opLevel: unknown, path: string, methodKey: string): Param[] {
    const merged = new Map<string, { raw: Obj; at: string }>();
    const add = (list: unknown, base: string[]): void => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, index) => {
        const at = pointer(...base, 'parameters', index);
        const resolved = isObject(raw) && typeof raw.$ref === 'string' ? resolvePointer(this.root, raw.$ref) : raw;
        if (!isObject(resolved)) {
          this.issues.warn('W_PARAM', `parameter ${index} of ${this.where} is not an object; skipped.`, at);
          return;
        }
        merged.set(`${String(resolved.in)}:${String(resolved.name)}`, { raw: resolved, at });
      });
    };
    add(pathLevel, ['paths', path]);
    add(opLevel, ['paths', path, methodKey]);
    const params: Param[] = [];
    const formData: Param[] = [];
    for (const { raw, at } of merged.values()) {
      if (this.swagger && raw.in === 'body') params.push(...this.bodyParams(raw.schema, raw.required === true, typeof raw.name === 'string' ? raw.name : 'body', at, raw.description));
      else {
        const param = this.param(raw, at);
        if (param) (this.swagger && raw.in === 'formData' ? formData : params).push(param);
      }
    }
    return [...params, ...formData];
  }

  private param(raw: Obj, at: string): Param | undefined {
    const name = raw.name;
    const location = raw.in;
    if (typeof name !== 'string' || name === '') {
      this.issues.warn('W_PARAM', `a parameter of ${this.where} has no \`name\`; skipped. Give it a name.`, at);
      return undefined;
    }
    const allowed = this.swagger ? ['path', 'query', 'header', 'formData'] : ['path', 'query', 'header', 'cookie'];
    if (typeof location !== 'string' || !allowed.includes(location)) {
      this.issues.warn('W_PARAM', `parameter \`${name}\` of ${this.where} has \`in: ${String(location)}\`; expected one of ${allowed.join(', ')}. Skipped.`, at);
      return undefined;
    }
    if (!this.swagger && location === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) return undefined;

    let source: unknown = raw.schema;
    if (source === undefined && !this.swagger && isObject(raw.content)) {
      const media = Object.values(raw.content).find(isObject);
      source = media?.schema;
    }
    if (source === undefined && this.swagger && raw.type !== undefined) {
      source = Object.fromEntries(SWAGGER_SCHEMA_KEYS.filter((key) => raw[key] !== undefined).map((key) => [key, raw[key]]));
    }
    if (source === undefined) {
      const what = this.swagger ? 'no `type`' : 'no schema/content';
      this.issues.warn(
        'W_PARAM_SCHEMA',
        `parameter \`${name}\` (${location}) of ${this.where} has ${what}; it is read as a string. Add ${this.swagger ? 'a `type`' : 'a `schema`'} to the parameter.`,
        at,
      );
      source = { type: 'string' };
    }
    const schema = normalizeSchema(source, this.ctx);
    const place: ParamLocation = location === 'formData' ? 'body' : (location as ParamLocation);
    const param: Param = { name, in: place, required: location === 'path' ? true : raw.required === true, schema };
    return decorate(param, schema, raw.description, raw.example !== undefined ? raw.example : firstExample(raw.examples));
  }

  requestBody(raw: unknown, at: string): Param[] {
    const body = isObject(raw) && typeof raw.$ref === 'string' ? resolvePointer(this.root, raw.$ref) : raw;
    if (!isObject(body) || !isObject(body.content)) {
      const what = !isObject(body) ? `is ${describeValue(body)}` : body.content === undefined ? 'has no `content`' : `has a \`content\` that is ${describeValue(body.content)}`;
      this.issues.warn('W_PARAM_SCHEMA', `the request body of ${this.where} ${what}, not a request body object with \`content\`; it gives no parameters.`, at);
      return [];
    }
    const media = pickMedia(body.content, true);
    if (!media) return [];
    const example = media.value.example !== undefined ? media.value.example : firstExample(media.value.examples);
    return this.bodyParams(media.value.schema, body.required === true, 'body', at, body.description, example);
  }

  /** A body becomes one param per top-level property when it is an object, else one param named `body`. */
  private bodyParams(raw: unknown, required: boolean, name: string, at: string, description: unknown, example?: unknown): Param[] {
    if (raw === undefined) {
      this.issues.warn('W_PARAM_SCHEMA', `the request body of ${this.where} has no schema; it is read as any JSON value.`, at);
    }
    const schema = normalizeSchema(raw ?? {}, this.ctx);
    const properties = isObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : undefined;
    const isObjectBody = properties !== undefined && Object.keys(properties).length > 0 && (schema.type === undefined || hasType(schema, 'object')) && !schema.oneOf && !schema.anyOf;
    if (!isObjectBody) {
      return [decorate({ name, in: 'body', required, schema }, schema, description, example)];
    }
    const requiredNames = Array.isArray(schema.required) ? schema.required : [];
    const params: Param[] = [];
    for (const [prop, propSchema] of Object.entries(properties)) {
      if (propSchema.readOnly === true) continue; // server-set (ids, timestamps): never sent
      const propExample = isObject(example) ? example[prop] : undefined;
      params.push(decorate({ name: prop, in: 'body', required: requiredNames.includes(prop), schema: propSchema }, propSchema, propSchema.description, propExample));
    }
    return params;
  }

  /** The first 2xx response with a JSON schema, flattened into fields. */
  response(raw: unknown): { fields: Field[]; schemaName?: string } {
    if (!isObject(raw)) return { fields: [] };
    const codes = Object.keys(raw)
      .filter((code) => /^2(\d\d|xx)$/i.test(code))
      .sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase()));
    for (const code of codes) {
      const response = raw[code];
      const resolved = isObject(response) && typeof response.$ref === 'string' ? resolvePointer(this.root, response.$ref) : response;
      if (!isObject(resolved)) {
        this.issues.warn('W_RESPONSES', `response ${code} of ${this.where} is ${describeValue(resolved)}, not a response object; skipped.`);
        continue;
      }
      let schema: unknown;
      let example: unknown;
      if (this.swagger) {
        schema = resolved.schema;
        example = isObject(resolved.examples) ? (resolved.examples['application/json'] ?? Object.values(resolved.examples)[0]) : undefined;
      } else if (isObject(resolved.content)) {
        const media = pickMedia(resolved.content, false);
        schema = media?.value.schema;
        example = media ? (media.value.example !== undefined ? media.value.example : firstExample(media.value.examples)) : undefined;
      }
      if (!isObject(schema)) continue;
      const fields = flattenFields(normalizeSchema(schema, this.ctx), example).filter((field) => field.schema.writeOnly !== true);
      const schemaName = this.componentName(schema) ?? (isObject(schema.items) ? this.componentName(schema.items) : undefined);
      return schemaName ? { fields, schemaName } : { fields };
    }
    return { fields: [] };
  }

  private componentName(schema: Obj): string | undefined {
    const ptr = typeof schema.$ref === 'string' ? schema.$ref : this.ctx.named.get(schema);
    if (!ptr || !ptr.startsWith('#/')) return undefined;
    const last = ptr.slice(ptr.lastIndexOf('/') + 1);
    return last.replace(/~1/g, '/').replace(/~0/g, '~');
  }
}

function decorate(param: Param, schema: JsonSchema, description: unknown, example: unknown): Param {
  const text = typeof description === 'string' && description.trim() ? description.trim() : typeof schema.description === 'string' ? schema.description : undefined;
  if (text) param.description = text;
  const sample = example !== undefined ? example : schema.example !== undefined ? schema.example : Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (sample !== undefined) param.example = sample;
  if (schema.default !== undefined) param.default = schema.default;
  if (Array.isArray(schema.enum)) param.enum = schema.enum;
  return param;
}

function firstExample(examples: unknown): unknown {
  if (!isObject(examples)) return undefined;
  for (const example of Object.values(examples)) {
    if (isObject(example) && example.value !== undefined) return example.value;
  }
  return undefined;
}

/** JSON first; request bodies fall back to form encodings and then to whatever has a schema. */
function pickMedia(content: Obj, anyForBody: boolean): { type: string; value: Obj } | undefined {
  const entries = Object.entries(content).filter((entry): entry is [string, Obj] => isObject(entry[1]));
  const rank = (type: string): number => {
    const t = type.toLowerCase();
    if (t.startsWith('application/json')) return 0;
    if (/[/+]json\b/.test(t) || t.includes('json')) return 1;
    if (t === '*/*' || t === 'application/*') return 2;
    if (anyForBody && t.startsWith('application/x-www-form-urlencoded')) return 3;
    if (anyForBody && t.startsWith('multipart/form-data')) return 4;
    if (anyForBody && t.includes('/')) return 5;
    return 99;
  };
  let best: { type: string; value: Obj } | undefined;
  let bestRank = 99;
  for (const [type, value] of entries) {
    const r = rank(type);
    if (r < bestRank && value.schema !== undefined) {
      best = { type, value };
      bestRank = r;
    }
  }
  return best;
}

function firstParagraph(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const paragraph = text.trim().split(/\n\s*\n/)[0]?.trim();
  return paragraph ? paragraph.slice(0, 500) : undefined;
}

/** The servers' hosts, the licence's and contact's names and urls, as one text (empty when the spec gives none). */
function provenanceOf(doc: Record<string, unknown>, info: Record<string, unknown>): string {
  const parts: string[] = [];
  if (Array.isArray(doc.servers)) for (const s of doc.servers) if (isObject(s) && typeof s.url === 'string') parts.push(s.url);
  if (typeof doc.host === 'string') parts.push(doc.host);
  for (const key of ['license', 'contact']) {
    const v = info[key];
    if (isObject(v)) for (const k of ['name', 'url', 'email']) if (typeof v[k] === 'string') parts.push(v[k] as string);
  }
  return parts.join(' ').slice(0, 600);
}
