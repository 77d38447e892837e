/**
 * One field's value means what its name and record say (QUALITY.md E): a file a call asked for in a format
 * ("fileFormatExtension": "kmz") is returned in that format, never as "hence-aw.pdf"; a media record's `type`
 * names its kind (a playlist's type is "playlist"), never a stock word such as "basic" or "default"; an hour of
 * the day is a whole number from 0 to 23. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FIELD_INVARIANTS = ['file_format_mismatch', 'kind_type_mismatch', 'hour_of_day'] as const satisfies readonly InvariantId[];

/** Download formats a call asks for; "json" or "xml" only say how a reply is encoded. */
const FILE_FORMAT = /^(kml|kmz|gpkg|geojson|csv|tsv|shp|shpz|xlsx|xls|zip|gml|pdf|wkt|wkb|gpx|png|jpe?g|webp|gif|svg|ics|mp3|mp4|docx)$/i;
const FORMAT_KEY = /(format|extension|file_?type)$/i;
/** A file name: a stem and an extension of a known file type. */
const FILE_NAME = /^[\w][\w .-]{0,80}\.(kml|kmz|gpkg|geojson|csv|tsv|shp|shpz|xlsx|xls|zip|gml|pdf|wkt|wkb|gpx|png|jpe?g|webp|gif|svg|ics|mp3|mp4|docx|doc|txt)$/i;
/** Stock words that name no kind. */
const STOCK_TYPE = new Set(['basic', 'default', 'standard', 'custom', 'generic', 'other', 'normal']);
/** Record keys whose records, by the common object convention, carry their own kind as `type`. */
const MEDIA_KIND = /^(tracks?|albums?|playlists?|artists?|episodes?|shows?|audiobooks?|chapters?)$/;
const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|values?|objects?|nodes?|edges?)$/i;

const norm = (ext: string): string => ext.toLowerCase().replace(/^jpeg$/, 'jpg');

/** The format the call's arguments ask for, if any. */
function requested(args: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(args)) if (typeof value === 'string' && FORMAT_KEY.test(key) && FILE_FORMAT.test(value)) return norm(value);
  return undefined;
}

type Visit = (value: unknown, key: string, kinds: readonly string[]) => void;

/** Every value of a result with its key and the non-container keys above it, nearest last. */
function walk(value: unknown, key: string, kinds: readonly string[], visit: Visit, depth = 0): void {
  if (depth > 8) return;
  visit(value, key, kinds);
  const below = key && !CONTAINER.test(key) ? [...kinds, key] : kinds;
  if (Array.isArray(value)) for (const v of value) walk(v, key, kinds, visit, depth + 1);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k, below, visit, depth + 1);
}

export function checkFieldValues(record: DialogueRecord, add: Add): void {
  const asked = new Map<string, string | undefined>();
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; call?: { id?: string; operation: string; arguments?: Record<string, unknown> }; status?: string; result?: unknown; operation?: string; call_id?: string };
    if (t.speaker === 'assistant' && t.call) {
      asked.set(t.call.id ?? t.call.operation, requested(t.call.arguments ?? {}));
      hours(t.call.arguments ?? {}, (problem) => add('hour_of_day', i, `${t.call!.operation} call: ${problem}`));
    }
    if (t.speaker !== 'tool' || t.status !== 'ok') return;
    const format = asked.get(t.call_id ?? t.operation ?? '');
    const op = t.operation ?? 'tool';
    walk(t.result, '', [], (value, key, kinds) => {
      if (format && typeof value === 'string') {
        const file = FILE_NAME.exec(value);
        if (file && norm(file[1]!) !== format) add('file_format_mismatch', i, `${op} result: ${key} "${value}" is not a ${format} file, the format the call asked for`);
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const type = (value as Record<string, unknown>).type;
        const kind = key && !CONTAINER.test(key) ? key : kinds[kinds.length - 1];
        if (typeof type === 'string' && STOCK_TYPE.has(type.toLowerCase()) && kind !== undefined && MEDIA_KIND.test(kind)) add('kind_type_mismatch', i, `${op} result: a record of ${kind} has type "${type}", not its kind`);
      }
    });
    hours(t.result, (problem) => add('hour_of_day', i, `${op} result: ${problem}`));
  });
}

/** An `hour` that is a number is a whole hour of the day, 0-23. */
function hours(value: unknown, at: (problem: string) => void): void {
  walk(value, '', [], (v, key) => {
    if (/^(hour|hour_?of_?day)$/i.test(key) && typeof v === 'number' && (!Number.isInteger(v) || v < 0 || v > 23)) at(`${key} ${v} is no hour of the day`);
  });
}
