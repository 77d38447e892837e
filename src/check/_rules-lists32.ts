/**
 * Items of one list that make sense together, wave 32 (QUALITY.md E).
 * - `parts_release_order`: the numbered parts of one whole (a book's chapters, a show's episodes, each with its
 *   `<part>_number` and a release date) come out in their numbering: chapter 1 is never released after chapter 3.
 *   Items of different wholes (chapters whose `audiobook` differs) are exempt.
 * - `flag_against_dates`: a record's flag about time agrees with its own dates and today: `future: true` never
 *   beside a start date of last year, `expired: false` never beside an end already past.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { REFERENCE_DATE } from '../world/index.ts';

type Json = Record<string, unknown>;
type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LISTS32_INVARIANTS = ['parts_release_order', 'flag_against_dates'] as const satisfies readonly InvariantId[];

const PART = /^(chapter|episode|part|volume|lesson)_?(number|no|num)$/i;
const WHOLE = /^(audiobook|album|show|series|book|season|podcast|course|work)(_?(id|name|title))?$/i;
const RELEASE = /^(release_?date|air_?date|publish(ed)?_?(date|at))$/i;
const ISO = /^\d{4}-\d{2}-\d{2}/;
const FUTURE = /^(is_?)?(future|upcoming)$/i;
const EXPIRED = /^(is_?)?(expired|ended)$/i;
const START = /^(start|starts|start_?timestamp|start_?date|start_?time|starts_?at)$/i;
const END = /^(end|ends|end_?timestamp|end_?date|end_?time|ends_?at|expires_?at|expiry_?date|expiration_?date)$/i;
const NOW = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const flagOf = (v: unknown): boolean | undefined => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined);
const identity = (v: unknown): string => JSON.stringify(isRecord(v) ? v.id ?? v.uri ?? v.name ?? v.title : v);

export function checkLists32(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
    let parts = false;
    let flags = false;
    eachObject(turn.result, (obj) => {
      for (const [key, value] of Object.entries(obj)) {
        if (!parts && Array.isArray(value) && value.length >= 2) {
          const why = releasedOutOfOrder(value);
          if (why) {
            parts = true;
            add('parts_release_order', at, `tool result: numbered parts released against their numbering: ${why}`);
          }
        }
        if (!flags && (FUTURE.test(key) || EXPIRED.test(key))) {
          const why = flagAgainstDates(obj, key);
          if (why) {
            flags = true;
            add('flag_against_dates', at, `tool result: ${why}`);
          }
        }
      }
    });
  });
}

/** Why the parts of one whole in `list` were released out of their numbering, or undefined. */
function releasedOutOfOrder(list: unknown[]): string | undefined {
  if (!isRecord(list[0])) return undefined;
  const head = list[0];
  const part = Object.keys(head).find((k) => PART.test(k) && Number.isInteger(head[k]));
  const release = Object.keys(head).find((k) => RELEASE.test(k) && typeof head[k] === 'string');
  if (part === undefined || release === undefined || !list.every((x) => isRecord(x) && Number.isInteger(x[part]) && typeof x[release] === 'string' && ISO.test(x[release] as string))) return undefined;
  const items = list as Json[];
  for (const key of Object.keys(head)) if (WHOLE.test(key) && items.some((x) => identity(x[key]) !== identity(head[key]))) return undefined;
  const byNumber = [...items].sort((a, b) => (a[part] as number) - (b[part] as number));
  for (let i = 1; i < byNumber.length; i++) {
    const [a, b] = [byNumber[i - 1]!, byNumber[i]!];
    if ((a[release] as string).slice(0, 10) > (b[release] as string).slice(0, 10)) return `${part} ${String(a[part])} on ${String(a[release])}, ${part} ${String(b[part])} on ${String(b[release])}`;
  }
  return undefined;
}

/** Why a future or expired flag contradicts the record's own date, or undefined. */
function flagAgainstDates(obj: Json, key: string): string | undefined {
  const flag = flagOf(obj[key]);
  if (flag === undefined) return undefined;
  const dateKey = Object.keys(obj).find((k) => (FUTURE.test(key) ? START : END).test(k) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  if (dateKey === undefined) return undefined;
  const t = Date.parse(obj[dateKey] as string);
  // A day's width either side of now is left alone: "today" may lie on either side.
  if (!Number.isFinite(t) || Math.abs(t - NOW) < 86_400_000) return undefined;
  const truth = FUTURE.test(key) ? t > NOW : t < NOW;
  return truth === flag ? undefined : `${key} is ${String(obj[key])} beside ${dateKey} ${String(obj[dateKey])} (today is ${REFERENCE_DATE})`;
}
