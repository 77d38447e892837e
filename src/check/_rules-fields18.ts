/**
 * Result fields that mean what their names and the request say, wave 18 (QUALITY.md E).
 * - `part_above_whole`: parts never exceed their whole: `unique_opens` never above `opens`, and of the messages
 *   `sent` no more bounced, were rejected or were opened than were sent.
 * - `count_below_list`: a count named after a list beside it (`total_reviews` beside `reviews`) is never below the
 *   items listed: three reviews shown are never "0 reviews".
 * - `binary_format_inline`: a result asked for in a binary file format (`fileFormatExtension: gpkg`, kmz, pdf, zip)
 *   is that file (its name, link or type), never inline fields such as a latitude and a longitude.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FIELDS18_INVARIANTS = ['part_above_whole', 'count_below_list', 'binary_format_inline'] as const satisfies readonly InvariantId[];

const snake = snakeKeyDashed;

const SENT = /^(sent|total_?sent|emails_?sent|messages_?sent)$/;
const OUTCOME = /^(hard_?bounces|soft_?bounces|bounces|bounced|rejects|rejected|complaints|unsubs|unsubscribes|opens|clicks|delivered|unique_?opens|unique_?clicks)$/;

function partsAbove(obj: Record<string, unknown>): string[] {
  const out: string[] = [];
  const keys = Object.keys(obj).filter((k) => typeof obj[k] === 'number');
  const sent = keys.find((k) => SENT.test(snake(k)));
  if (sent !== undefined) for (const k of keys) if (OUTCOME.test(snake(k)) && (obj[k] as number) > (obj[sent] as number)) out.push(`${k} ${String(obj[k])} exceeds ${sent} ${String(obj[sent])}`);
  for (const k of keys) {
    const m = /^(.*?)unique_(.+)$/.exec(snake(k));
    if (!m) continue;
    const total = keys.find((t) => snake(t) === `${m[1]}${m[2]}`);
    if (total !== undefined && (obj[k] as number) > (obj[total] as number)) out.push(`${k} ${String(obj[k])} exceeds ${total} ${String(obj[total])}`);
  }
  return out;
}

function countsBelow(obj: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [listKey, list] of Object.entries(obj)) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const l = snake(listKey);
    const one = l.endsWith('ies') ? `${l.slice(0, -3)}y` : l.endsWith('s') ? l.slice(0, -1) : l;
    const names = new Set([`total_${l}`, `${one}_count`, `${l}_count`, `num_${l}`, `number_of_${l}`]);
    for (const [k, v] of Object.entries(obj)) if (typeof v === 'number' && names.has(snake(k)) && v < list.length) out.push(`${k} ${v} is below the ${list.length} ${listKey} listed`);
  }
  return out;
}

const FORMAT_ARG = /^(file_?)?format(_?extension)?$|^(file_?)?extension$|^output_?format$|^export_?format$/;
const BINARY = /^(kmz|gpkg|shp|shpz|zip|pdf|xlsx|xls|docx|png|jpe?g|gif|tiff?|mp3|mp4|gz|fgb|mbtiles)$/i;
const FILE_KEY = /(^|_)(file|file_?name|filename|url|uri|link|href|content_?type|mime_?type|path|data|content|body|bytes|base64)$/;
const INLINE_KEY = /^(lat|latitude|lon|lng|longitude|center_?latitude|center_?longitude|easting|northing|min_?x|min_?y|max_?x|max_?y|width_?km|height_?km)$/;

export function checkFields18(record: DialogueRecord, add: Add): void {
  let binary: string | undefined;
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      const format = Object.entries(turn.call.arguments).find(([k, v]) => FORMAT_ARG.test(snake(k)) && typeof v === 'string' && BINARY.test(v));
      binary = format ? (format[1] as string) : undefined;
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      for (const problem of partsAbove(obj)) add('part_above_whole', i, `tool result: ${problem}`);
      for (const problem of countsBelow(obj)) add('count_below_list', i, `tool result: ${problem}`);
    });
    const top = turn.result;
    if (binary !== undefined && top !== null && typeof top === 'object' && !Array.isArray(top)) {
      const keys = Object.keys(top).map(snake);
      if (!keys.some((k) => FILE_KEY.test(k)) && keys.some((k) => INLINE_KEY.test(k))) add('binary_format_inline', i, `tool result: a ${binary} file was asked for, but the result holds inline ${keys.filter((k) => INLINE_KEY.test(k)).join(', ')}`);
    }
  });
}
