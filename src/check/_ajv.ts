/** One ajv instance for records and call arguments; compiled validators cached (records reuse operation objects). */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from '../specs/types.ts';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

let ajvInstance: Ajv | undefined;

export function ajv(): Ajv {
  if (!ajvInstance) {
    ajvInstance = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(ajvInstance);
    // OpenAPI's own format names: type-level hints, not string formats ajv knows.
    for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'decimal']) ajvInstance.addFormat(name, true);
  }
  return ajvInstance;
}

/** The published schemas/ folder: two levels up from src/check, three from dist/src/check. */
export function schemaFile(name: string): URL {
  for (const up of ['../../schemas/', '../../../schemas/']) {
    const url = new URL(up + name, import.meta.url);
    if (existsSync(url)) return url;
  }
  return new URL('../../schemas/' + name, import.meta.url);
}

let recordValidator: ValidateFunction | undefined;

export function validateRecordSchema(record: unknown): ErrorObject[] {
  if (!recordValidator) {
    const schema = JSON.parse(readFileSync(schemaFile('dialogue.schema.json'), 'utf8')) as JsonSchema;
    recordValidator = ajv().compile(schema);
  }
  return recordValidator(record) ? [] : [...(recordValidator.errors ?? [])];
}

const byObject = new WeakMap<object, ValidateFunction>();
const byText = new Map<string, ValidateFunction>();

/** A validator for an operation's parameters schema; null when the schema itself cannot be compiled. */
export function parametersValidator(schema: JsonSchema): ValidateFunction | null {
  const cached = byObject.get(schema);
  if (cached) return cached;
  const text = JSON.stringify(schema);
  let validator = byText.get(text);
  if (!validator) {
    try {
      // The `$id`s a spec may carry would clash between compiles; they mean nothing here.
      validator = ajv().compile(JSON.parse(text.replace(/"\$id":/g, '"x-id":')) as JsonSchema);
    } catch {
      return null;
    }
    if (byText.size > 5000) byText.clear();
    byText.set(text, validator);
  }
  byObject.set(schema, validator);
  return validator;
}

export function describeErrors(errors: ErrorObject[], max = 3): string {
  return errors
    .slice(0, max)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`)
    .join('; ');
}
