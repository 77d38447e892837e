/**
 * The one place that sets up ajv and finds the published JSON Schemas (schemas/*.schema.json). Below every
 * stage, like src/text: checker, planner, export and CLI import it; it imports no stage.
 *
 * The uses need different ajv settings (a spec's parameter schemas are not meta-validated and may carry
 * OpenAPI format names; the published schemas `$ref` each other), so there is one named profile per use
 * instead of one instance: changing a use's settings would change its error texts, some of which are in
 * the generated dialogues.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { DialforgeError } from '../errors.ts';

export type { ErrorObject, ValidateFunction } from 'ajv';
export type { Ajv } from 'ajv';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** OpenAPI's own format names: type-level hints, not string formats ajv knows. */
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'decimal'];

const PROFILES = {
  /** The checker: records and call arguments against a spec's parameter schemas; OpenAPI format names pass. */
  check: { options: { strict: false, allErrors: true, validateSchema: false, logger: false }, formats: 'openapi' },
  /** The planner: which arguments a tool would reject (the error texts go into self-correction turns). */
  plan: { options: { allErrors: true, strict: false, validateFormats: true, logger: false }, formats: 'standard' },
  /** The published schemas (export rows, the generate config). */
  published: { options: { allErrors: true, strict: false }, formats: 'none' },
  /** Whether a tool's `parameters` compiles at all (the export rules). */
  compile: { options: { strict: false, validateFormats: false, allErrors: false }, formats: 'none' },
} as const satisfies Record<string, { options: Options; formats: 'none' | 'standard' | 'openapi' }>;

export type AjvProfile = keyof typeof PROFILES;

/** A new ajv set up for one use (its own compile cache). */
export function createAjv(profile: AjvProfile): Ajv {
  const { options, formats } = PROFILES[profile];
  const ajv = new Ajv({ ...options });
  if (formats !== 'none') addFormats(ajv);
  if (formats === 'openapi') for (const name of OPENAPI_FORMATS) ajv.addFormat(name, true);
  return ajv;
}

const shared = new Map<AjvProfile, Ajv>();

/** The process-wide ajv of a profile (compiled validators shared by every caller). */
export function sharedAjv(profile: AjvProfile): Ajv {
  let ajv = shared.get(profile);
  if (!ajv) shared.set(profile, (ajv = createAjv(profile)));
  return ajv;
}

/** ajv's own error text, naming the data `dataVar` (e.g. `arguments/limit must be <= 50`). */
export function errorsText(errors: ErrorObject[], dataVar: string): string {
  return sharedAjv('published').errorsText(errors, { dataVar });
}

/** schemas/ two levels up from src/schemas and from dist/schemas; three from dist/src/schemas. */
function schemaDir(): URL {
  for (const up of ['../../schemas/', '../../../schemas/']) {
    const url = new URL(up, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new DialforgeError('E_READ', 'the schemas/ folder is missing from the installation; reinstall dialforge');
}

/** The published schema file `name` (e.g. `dialogue.schema.json`). */
export function schemaFile(name: string): URL {
  return new URL(name, schemaDir());
}

/** A published schema, parsed. */
export function readSchema(name: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(schemaFile(name), 'utf8')) as Record<string, unknown>;
  } catch (cause) {
    if (cause instanceof DialforgeError) throw cause;
    throw new DialforgeError('E_READ', `schemas/${name} is missing from the installation; reinstall dialforge`, { cause });
  }
}

/** The names of every published schema file. */
export function schemaFiles(): string[] {
  return readdirSync(schemaDir()).filter((f) => f.endsWith('.schema.json'));
}

/** The canonical record's schema; every export format names its own (see the format registry). */
export const DIALOGUE_SCHEMA = 'dialogue.schema.json';

let published: Map<string, ValidateFunction> | undefined;
const byObject = new WeakMap<object, ValidateFunction>();

/** Every published schema but the config's in one ajv, so `$ref`s between schema files resolve. */
function publishedValidators(): Map<string, ValidateFunction> {
  if (published) return published;
  const ajv = sharedAjv('published');
  const schemas = schemaFiles()
    .filter((f) => f !== 'config.schema.json')
    .map((file) => [file, readSchema(file) as { $id: string }] as const);
  for (const [, schema] of schemas) ajv.addSchema(schema);
  // Compiled after all are added: a schema's $ref may name one added after it.
  published = new Map(schemas.map(([file, schema]) => [file, ajv.getSchema(schema.$id)!]));
  return published;
}

/** The validator of a published schema file (by name) or of a schema object (a format registered from outside). */
export function publishedValidator(schema: string | object): ValidateFunction {
  const byFile = publishedValidators();
  if (typeof schema === 'string') {
    const found = byFile.get(schema);
    if (!found) throw new Error(`no schema ${schema} in schemas/`);
    return found;
  }
  let compiled = byObject.get(schema);
  if (!compiled) byObject.set(schema, (compiled = sharedAjv('published').compile(schema)));
  return compiled;
}
