/**
 * Items of a list taken whole from the spec's recorded items: a futures list shows "Rough Rice" with its own
 * symbol "ZR", exchange "CBOT" and unit "hundredweights", never a made-up name beside another asset's symbol.
 * Each item takes a different recorded item; its leaves take that item's values where they have one. A list asked
 * for by place is the dialogue's world's (recorded hotels are in Nice, the user asked about Vancouver), and a
 * search's items answer the user's query, not the recorded one: no rows there.
 */
import type { Rng } from '../random/index.ts';
import type { JsonSchema } from '../specs/types.ts';
import { typeMatches } from './_mock.ts';
import { flatSchema, schemaType } from './_params.ts';
import { currentWorld, meaningOf } from '../world/index.ts';
import { isPlaceholderExample } from './_examples.ts';

/** Dates and times are settled by the result's own facts (upcoming, ordered), never copied from a recording. */
/** A result field as far as rows go (the shape of _result.ts's ResultField). */
interface ResultField {
  schema: JsonSchema;
  samples?: unknown[];
}

const DATED = /^\d{4}-\d{2}-\d{2}/;

/** Text a recording garbled ("CAMPANILE NICE - A?ROPORT"): never shown again. */
const GARBLED = /[A-Za-z]\?[A-Za-z]|\uFFFD/;

/** One recorded row index per item, different for each (undefined once the rows run out); undefined when nothing was recorded. */
export function rowOrder(leaves: readonly (ResultField | undefined)[], count: number, rng: Rng, sent: ReadonlyArray<readonly [ResultField | undefined, unknown]> = []): readonly number[] | undefined {
  let rows = 0;
  for (const leaf of leaves) if (leaf?.samples !== undefined && leaf.samples.length > rows) rows = leaf.samples.length;
  if (rows < 2) return undefined;
  let order = Array.from({ length: rows }, (_, i) => i);
  // A row recorded for another thing than the one asked for (a Civic's specs when a Chiron was asked, rapidapi #54)
  // would lend it its values under the asked name: only rows whose recorded identity is what was sent.
  const pins = sent.filter(([leaf, v]) => leaf?.samples !== undefined && (typeof v === 'string' || typeof v === 'number'));
  if (pins.length > 0) {
    order = order.filter((r) => pins.every(([leaf, v]) => { const got = leaf!.samples![r]; return got === undefined || got === null || String(got).toLowerCase() === String(v).toLowerCase(); }));
    if (order.length === 0) return undefined;
    rows = order.length;
  }
  for (let i = 0; i < Math.min(count, rows); i++) {
    const j = rng.int(i, rows - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, Math.min(count, rows));
}

/**
 * The recorded value of a leaf in row `row`, when it has one of the leaf's type; its currency too, but never a
 * place or a person, which are the dialogue's world's.
 */
export function rowValue(field: ResultField, row: number, name: string, parentKey: string, context: string): unknown {
  const value = field.samples?.[row];
  if (value === undefined || value === null || (typeof value === 'string' && (value === '' || DATED.test(value) || value.length > 120 || GARBLED.test(value) || isPlaceholderExample(value)))) return undefined;
  if (!typeMatches(value, schemaType(flatSchema(field.schema)))) return undefined;
  if (currentWorld() !== null && ![undefined, 'currency'].includes(meaningOf(name, parentKey, context))) return undefined;
  return value;
}
