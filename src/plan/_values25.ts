/**
 * Values that mean what their field says (QUALITY.md E), settled once a result is built:
 * - a setting's value fits its key: a timeout is a number of seconds, a `max_*` a count, an `enabled` a flag, a
 *   `*_url` an address; never an id drawn for the word "value" ("STT-83886");
 * - a record the call has just created carries the name it was created under (`create-pool` with `pool: X`
 *   answers `name: X`), and holds none of the child records (its IPs, members) that were never sent;
 * - a part of a multi-part geometry is a single geometry ("Polygon", not "MultiPolygon").
 */
import { withDefaultRadius30 } from './_radius-travel30.ts';
import type { Operation } from '../specs/types.ts';
import { resourceOf } from './_content.ts';
import { lastNameWord } from './_params.ts';
import { fitPlaces25 } from './_places25.ts';
import { settleCreated29 } from './_creates29.ts';

/** A record's key field and a dotted or snake-case key in it. */
const KEY_FIELD = /^(key|property|setting|setting_key|property_key|name)$/;
const DOTTED = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/i;
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

/** A number from a key, stable: the same key always gets the same value. */
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** What a setting named `key` holds, by its last word; undefined when its name says nothing of it. */
export function settingValue(key: string): string | number | boolean | undefined {
  const last = key.split('.').pop()!.toLowerCase();
  const h = hashOf(key);
  if (/(^|_)(timeout|ttl|interval|delay|duration|seconds|expiry|expiration)($|_)/.test(last)) return [30, 60, 120, 300, 600][h % 5]!;
  if (/(^|_)(max|min|limit|count|size|items|length|retries|threshold)($|_)/.test(last)) return [10, 20, 25, 50, 100, 200][h % 6]!;
  if (/(^|_)(enabled|disabled|active|allowed|visible)$|^(is|allow|show|use|enable|disable|has)_/.test(last)) return h % 3 !== 0;
  if (/(^|_)(url|uri|endpoint|link|href)$/.test(last)) return `https://${['app', 'status', 'help', 'hooks'][h % 4]}.example.com/${last.replace(/_?(url|uri|endpoint|link|href)$/, '').replace(/_/g, '-') || 'home'}`;
  if (/(^|_)theme$/.test(last)) return ['dark', 'light', 'system'][h % 3]!;
  if (/(^|_)(language|locale|lang)$/.test(last)) return ['en', 'en-US', 'de', 'fr'][h % 4]!;
  if (/(^|_)layout$/.test(last)) return ['compact', 'comfortable', 'wide'][h % 3]!;
  return undefined;
}

/** A `{key, value}` record's value that fits its key, of the value's own type (a string stays a string). */
function fitSetting(record: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  if (!('value' in record) || pinned.has(JSON.stringify(record.value))) return;
  const keyField = Object.keys(record).find((k) => KEY_FIELD.test(lastNameWord(k)) && typeof record[k] === 'string');
  if (keyField === undefined) return;
  const key = record[keyField] as string;
  if (!(DOTTED.test(key) || (keyField !== 'name' && SNAKE.test(key)))) return;
  const fit = settingValue(key);
  const old = record.value;
  if (fit === undefined || old === null || typeof old === 'object') return;
  if (typeof old === 'string') record.value = String(fit);
  else if (typeof old === typeof fit) record.value = fit;
}

function walk(value: unknown, visit: (record: Record<string, unknown>) => void, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  visit(record);
  for (const child of Object.values(record)) if (child !== null && typeof child === 'object') walk(child, visit, depth + 1);
}

const CREATE_VERB = /^(create|add|new|make|register|insert|post)$/;
const WRAPPER = /^(data|result|item|record|object|response)$/;
/** Child records: items that are records of their own (they have an id, an address or a date they were made). */
const CHILD_SIGN = /^(id|[a-z_]*_id|ip|uuid|created_at|created|date_created|email)$/;

/** The record a create call returns: the result itself or its one wrapper. */
function createdRecord(result: unknown): Record<string, unknown> | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const root = result as Record<string, unknown>;
  const wrapper = Object.keys(root).find((k) => WRAPPER.test(k) && root[k] !== null && typeof root[k] === 'object' && !Array.isArray(root[k]));
  return wrapper === undefined ? root : (root[wrapper] as Record<string, unknown>);
}

/** The created record's name is the one sent under the resource's noun (`pool`, `pool_name`, `poolName`). */
function echoName(record: Record<string, unknown>, args: Record<string, unknown>, operation: Operation, pinned: ReadonlySet<string>): void {
  if (typeof record.name !== 'string' || pinned.has(JSON.stringify(record.name)) || 'name' in args) return;
  const nouns = new Set<string>();
  const { noun } = resourceOf(operation);
  if (noun) nouns.add(noun.toLowerCase());
  const words = operation.path.toLowerCase().replace(/\.json$/, '').split(/[\/_.-]+/).filter((w) => w !== '' && !w.startsWith('{'));
  const verbAt = words.findIndex((w) => CREATE_VERB.test(w));
  if (verbAt >= 0 && words[verbAt + 1] !== undefined) nouns.add(words[verbAt + 1]!);
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string' || value === '' || key in record) continue;
    const w = lastNameWord(key);
    const stem = w.replace(/_name$/, '');
    if (nouns.has(stem) && (w === stem || w === `${stem}_name`)) {
      record.name = value;
      return;
    }
  }
}

/** A new record holds none of the child records it was not created with. */
function noChildrenYet(record: Record<string, unknown>, args: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  if (Object.values(args).some((v) => Array.isArray(v) || (v !== null && typeof v === 'object'))) return;
  for (const [key, value] of Object.entries(record)) {
    if (!Array.isArray(value) || value.length === 0 || key in args) continue;
    const records = value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).some((k) => CHILD_SIGN.test(lastNameWord(k))));
    if (records && !value.some((item) => Object.values(item as object).some((v) => pinned.has(JSON.stringify(v))))) record[key] = [];
  }
}

const GEOMETRY_TYPE = /^(geometry_?type|geometryType|type)$/;

/** A part of a multi-part geometry is a single one: a part's type is "Polygon", never "MultiPolygon". */
function singleParts(record: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  for (const [key, parts] of Object.entries(record)) {
    if (!/^(parts|geometries|members)$/i.test(key) || !Array.isArray(parts)) continue;
    for (const part of parts) {
      if (part === null || typeof part !== 'object' || Array.isArray(part)) continue;
      for (const [k, v] of Object.entries(part)) if (GEOMETRY_TYPE.test(k) && typeof v === 'string' && /^Multi[A-Z]/.test(v) && !pinned.has(JSON.stringify(v))) (part as Record<string, unknown>)[k] = v.slice(5);
    }
  }
}

export function fitValues25(result: unknown, args: Record<string, unknown>, operation: Operation, created: boolean, pinned: ReadonlySet<string>): void {
  walk(result, (record) => { fitSetting(record, pinned); singleParts(record, pinned); });
  fitPlaces25(result, withDefaultRadius30(args, operation), pinned); // no radius sent: the spec's default one
  if (!created) return;
  const record = createdRecord(result);
  if (record === undefined) return;
  echoName(record, args, operation, pinned);
  noChildrenYet(record, args, pinned);
  settleCreated29(record, args, operation, pinned); // sent values as sent, no money yet, empty unsent fields (_creates29.ts)
}
