/**
 * A record's JSON text, byte-identical to `JSON.stringify(record)`, written faster: most of a record's text is the
 * definitions of its operations and listed candidates (60 % on the fixtures), and these are the catalog's own
 * operation objects, shared by every dialogue that uses them. Their text is kept per object (a WeakMap: a
 * catalog's entries go with it), so each is stringified once per run instead of once per dialogue.
 * Catalog operation records are never changed after loading (every dialogue shares them), so the kept text
 * stays true.
 */
import type { DialogueRecord } from '../plan/index.ts';

const operationJson = new WeakMap<object, string>();

/** The record's keys whose values map operation ids to catalog operation records. */
const OPERATION_MAPS: ReadonlySet<string> = new Set(['operations', 'candidates']);

export function recordJson(record: DialogueRecord): string {
  const fields: unknown = record;
  if (!isPlainObject(fields)) return JSON.stringify(record);
  return objectJson(fields, (key, value) => (OPERATION_MAPS.has(key) && isPlainObject(value) ? objectJson(value, cachedJson) : JSON.stringify(value)));
}

/** `JSON.stringify` of a plain object whose values are written by `valueJson` (undefined: left out, as JSON does). */
function objectJson(object: Record<string, unknown>, valueJson: (key: string, value: unknown) => string | undefined): string {
  let out = '';
  for (const key of Object.keys(object)) {
    const json = valueJson(key, object[key]);
    if (json === undefined) continue;
    out += `${out === '' ? '{' : ','}${JSON.stringify(key)}:${json}`;
  }
  return out === '' ? '{}' : `${out}}`;
}

function cachedJson(_key: string, value: unknown): string | undefined {
  if (!isPlainObject(value)) return JSON.stringify(value);
  let json = operationJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    operationJson.set(value, json);
  }
  return json;
}

/** An object JSON writes as its own keys: no `toJSON`, not an array or a boxed value. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
