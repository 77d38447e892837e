/**
 * Identifiers in the shape the spec gives them anywhere (QUALITY.md E): a refund's `orderId` takes the shape of
 * the `orderId` parameter that the order operations take (`^ord_[0-9]{8}$`, "ord_20481733"), so the user can use
 * the id a result shows. The spec's own pattern or example for an id, found on any operation of the same API,
 * goes to every result field of that id that gives neither.
 */
import type { JsonSchema, Operation } from '../specs/types.ts';
import type { ResultField } from './_result.ts';
import { identifierWords } from '../text/index.ts';
import { withNumericIds } from './_numeric-ids22.ts';

interface IdShape {
  pattern?: string;
  example?: string;
}

/** Keys that hold a list's items, not a kind of record (`data.id` is no `data_id`). */
const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|values?|objects?|nodes?|edges?)$/;

/** The id a field or parameter names, as `order_id`: `orderId`, `order_id`, `order.id`, `orders[].id`; undefined for other names. */
export function idKey(name: string, parent = ''): string | undefined {
  const words = identifierWords(name).map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  if (last !== 'id' && last !== 'uuid') return undefined;
  if (words.length > 1) return `${words.slice(0, -1).join('_')}_id`;
  const owner = identifierWords(parent).map((w) => w.toLowerCase());
  const noun = owner.join('_').replace(/ies$/, 'y').replace(/s$/, '');
  return noun && !CONTAINER.test(owner.join('_')) ? `${noun}_id` : undefined;
}

function isStringSchema(schema: JsonSchema): boolean {
  return schema.type === undefined || schema.type === 'string';
}

/** An example that is an identifier: no spaces, a digit or an underscore prefix, not a placeholder. */
const ID_EXAMPLE = /^(?=.*[\d_])[A-Za-z0-9_:.-]{3,64}$/;

/** By catalog, then by API slug: a graph read back from disk gives each operation its own copy of its API's info. */
const shapesByCatalog = new WeakMap<object, Map<string, Map<string, IdShape>>>();

/** Every id the API's operations give a pattern or an example for (first operation in id order wins), cached per API. */
function apiShapes(op: Operation, all: readonly { operation: Operation }[]): Map<string, IdShape> {
  let byApi = shapesByCatalog.get(all);
  if (!byApi) shapesByCatalog.set(all, (byApi = new Map()));
  let shapes = byApi.get(op.api.name);
  if (shapes) return shapes;
  shapes = new Map();
  const note = (key: string | undefined, schema: JsonSchema, example: unknown): void => {
    if (key === undefined || !isStringSchema(schema)) return;
    const pattern = typeof schema.pattern === 'string' ? schema.pattern : undefined;
    const sample = [example, schema.example].find((v): v is string => typeof v === 'string' && ID_EXAMPLE.test(v));
    if (pattern === undefined && sample === undefined) return;
    const had = shapes!.get(key) ?? {};
    shapes!.set(key, { ...(had.pattern ?? pattern ? { pattern: had.pattern ?? pattern } : {}), ...(had.example ?? sample ? { example: had.example ?? sample } : {}) });
  };
  for (const { operation: other } of all) {
    if (other.api.name !== op.api.name) continue;
    for (const p of other.inputs) if (p.in !== 'header' && p.in !== 'cookie') note(idKey(p.name) ?? pathParamKey(other.path, p.name), p.schema, p.example);
    for (const f of other.outputs) {
      const parts = f.path.replace(/\[\]/g, '').split('.');
      note(idKey(parts[parts.length - 1] ?? '', parts[parts.length - 2] ?? ''), f.schema, f.example);
    }
  }
  byApi.set(op.api.name, shapes);
  return shapes;
}

/** A bare `{id}` in a path is the id of the resource named before it: `/artists/{id}/albums` → `artist_id` (wave 22). */
function pathParamKey(path: string, name: string): string | undefined {
  if (name !== 'id') return undefined;
  const parts = path.split('/');
  const at = parts.indexOf(`{${name}}`);
  return at > 0 ? idKey('id', parts[at - 1] ?? '') : undefined;
}

/** The id key of the resource an operation's path names first (`/geomarks/copy` → `geomark_id`), if any. */
function resourceIdKey(path: string): string | undefined {
  const noun = path.split('/').find((part) => part !== '' && !part.startsWith('{') && !/^v\d+$|^api$/.test(part));
  return noun === undefined ? undefined : idKey('id', noun);
}

const shapedByOutputs = new WeakMap<readonly ResultField[], ResultField[]>();

/**
 * The result fields of `op`, where an id field with no pattern and no example of its own takes the pattern and
 * example the API gives that id elsewhere (cached per output list).
 */
export function withIdShapes(outputs: readonly ResultField[], op: Operation, all: readonly { operation: Operation }[]): readonly ResultField[] {
  const cached = shapedByOutputs.get(outputs);
  if (cached) return cached;
  const shapes = apiShapes(op, all);
  const shaped = shapes.size === 0
    ? [...outputs]
    : outputs.map((field) => {
        if (!isStringSchema(field.schema) || typeof field.schema.pattern === 'string' || field.example !== undefined || field.schema.example !== undefined) return field;
        const parts = field.path.replace(/\[\]/g, '').split('.');
        // A root `id` is the id of the operation's resource (`POST /geomarks/copy` → a geomark's "gm-…" id).
        const key = idKey(parts[parts.length - 1] ?? '', parts[parts.length - 2] ?? '') ?? (field.path === 'id' ? resourceIdKey(op.path) : undefined);
        const shape = key !== undefined ? shapes.get(key) : undefined;
        if (!shape) return field;
        const schema = shape.pattern !== undefined ? { ...field.schema, pattern: shape.pattern } : field.schema;
        return { ...field, schema, ...(shape.example !== undefined ? { example: shape.example } : {}) };
      });
  const numbered = withNumericIds(shaped, op, all);
  shapedByOutputs.set(outputs, numbered as ResultField[]);
  return numbered;
}
