/** The checker's validators for records and call arguments (ajv profile `check`), cached (records reuse operation objects). */
import { readSchema, sharedAjv, type ErrorObject, type ValidateFunction } from '../schemas/index.ts';
import type { JsonSchema } from '../specs/types.ts';

const ajv = () => sharedAjv('check');

let recordValidator: ValidateFunction | undefined;
/** The record schema less its `operations` / `candidates` maps (checked per operation object below). */
let outerValidator: ValidateFunction | undefined;
let operationValidator: ValidateFunction | undefined;
/** Operation objects that passed: records of one run share them, so each is validated once. */
const validOperations = new WeakSet<object>();

function compileRecordValidators(): void {
  const schema = readSchema('dialogue.schema.json') as JsonSchema;
  recordValidator = ajv().compile(schema);
  const properties = schema.properties as Record<string, JsonSchema>;
  const { $id: _id, ...outer } = structuredClone(schema);
  const outerProperties = outer.properties as Record<string, JsonSchema>;
  outerProperties.operations = { type: 'object' };
  outerProperties.candidates = { type: 'object' };
  outerValidator = ajv().compile(outer);
  operationValidator = ajv().compile(structuredClone((properties.operations as { additionalProperties: JsonSchema }).additionalProperties));
}

/** Every value of an operations map passes the operation schema (each object checked once per process). */
function operationsValid(map: unknown): boolean {
  if (!map || typeof map !== 'object') return true; // the outer validator has already judged the map's type
  for (const key in map) {
    const op = (map as Record<string, unknown>)[key];
    if (op && typeof op === 'object' && validOperations.has(op)) continue;
    if (!operationValidator!(op)) return false;
    if (op && typeof op === 'object') validOperations.add(op);
  }
  return true;
}

/**
 * The record's schema errors. The common case (a valid record) is decided by the schema less its operation
 * maps plus one check per operation object; any failure is re-judged by the whole schema for its errors.
 */
export function validateRecordSchema(record: unknown): ErrorObject[] {
  if (!recordValidator) compileRecordValidators();
  const r = record as { operations?: unknown; candidates?: unknown } | null;
  if (outerValidator!(record) && operationsValid(r?.operations) && operationsValid(r?.candidates)) return [];
  return recordValidator!(record) ? [] : [...(recordValidator!.errors ?? [])];
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
