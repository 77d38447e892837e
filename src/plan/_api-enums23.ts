/**
 * A read's field that its schema leaves open takes the values the API's own inputs of that name allow (QUALITY.md
 * E, wave 23): a refund's `reason` is one of those `createRefund` accepts (damaged, wrong_item, …), never "arrived
 * late"; a company's `industry` one of the industries `searchCompanies` filters by, never "Consumer Goods".
 */
import type { Operation } from '../specs/types.ts';
import type { ResultField } from './_result.ts';
import { documentsOwnValues26 } from './_documented26.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

/** Filter members that say "no filter", and catch-alls nobody reads out ("the reason is other"). */
const CATCH_ALL = /^(all|any|none|\*|everything|both|other|others|unknown)$/i;
/** Fields whose values are the record's own, whatever an input allows (ids, names, free text, dates, amounts). */
const NOT_CHOICE = /(^|_)(id|ids|name|title|description|text|note|notes|query|q|url|email|date|time|amount|price|sort|order|limit|page|offset|fields|format|lang|language|currency|country)$/;
const snake = snakeKey;

const byCatalog = new WeakMap<readonly unknown[], Map<string, Map<string, string[]>>>();

/** The enum of each input name of an API, a write's (create, update) before a read's filter; cached per API. */
function apiEnums(op: Operation, all: readonly { operation: Operation }[]): Map<string, string[]> {
  let byApi = byCatalog.get(all);
  if (!byApi) byCatalog.set(all, (byApi = new Map()));
  let enums = byApi.get(op.api.name);
  if (enums) return enums;
  enums = new Map();
  const writesFirst = all.filter(({ operation: o }) => o.api.name === op.api.name).sort((a, b) => Number(a.operation.method === 'GET') - Number(b.operation.method === 'GET'));
  for (const { operation: other } of writesFirst) {
    for (const p of other.inputs) {
      const listed = p.enum ?? (p.schema as { enum?: unknown[] }).enum;
      if (!Array.isArray(listed) || enums.has(p.name) || NOT_CHOICE.test(snake(p.name))) continue;
      const values = listed.filter((v): v is string => typeof v === 'string' && v !== '' && !CATCH_ALL.test(v));
      if (values.length >= 2 && listed.every((v) => v === null || typeof v === 'string')) enums.set(p.name, values);
    }
  }
  byApi.set(op.api.name, enums);
  return enums;
}

const shaped = new WeakMap<readonly ResultField[], readonly ResultField[]>();

/** The result fields of `op`, a free string field taking the enum of the API's input of its name (cached per list). */
export function withApiEnums(outputs: readonly ResultField[], op: Operation, all: readonly { operation: Operation }[]): readonly ResultField[] {
  const cached = shaped.get(outputs);
  if (cached) return cached;
  const enums = apiEnums(op, all);
  const out = enums.size === 0
    ? outputs
    : outputs.map((field) => {
        const schema = field.schema as { type?: unknown; enum?: unknown; format?: unknown; pattern?: unknown };
        if (schema.type !== 'string' || schema.enum !== undefined || schema.format !== undefined || schema.pattern !== undefined) return field;
        const leaf = field.path.replace(/\[\]/g, '').split('.').pop() ?? '';
        const values = enums.get(leaf);
        if (values === undefined) return field;
        // A field whose own description gives its values (`The object type: "track"`, "`C` = the copyright, `P` = …") keeps them (wave 26).
        if (documentsOwnValues26(field.description ?? (schema as { description?: unknown }).description, leaf)) return field;
        // An example the inputs do not allow would be read out as it is: it goes with the open schema.
        const { example, ...rest } = field;
        const kept = typeof example === 'string' && values.includes(example) ? { example } : {};
        const { example: schemaExample, ...schemaRest } = field.schema as Record<string, unknown>;
        return { ...rest, ...kept, schema: { ...schemaRest, ...(typeof schemaExample === 'string' && values.includes(schemaExample) ? { example: schemaExample } : {}), enum: [...values] } } as ResultField;
      });
  shaped.set(outputs, out);
  return out;
}
