/** The checker's validators for records and call arguments (ajv profile `check`), cached (records reuse operation objects). */
import { readSchema, sharedAjv, type ErrorObject, type ValidateFunction } from '../schemas/index.ts';
import type { JsonSchema } from '../specs/types.ts';

const ajv = () => sharedAjv('check');

let recordValidator: ValidateFunction | undefined;

export function validateRecordSchema(record: unknown): ErrorObject[] {
  if (!recordValidator) {
    const schema = readSchema('dialogue.schema.json') as JsonSchema;
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
