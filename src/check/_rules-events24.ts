/**
 * Replies about dated, placed things and lists of look-alike items (QUALITY.md F/J), wave 24. Reads only the
 * dialogue record.
 * - `detail_when_unsaid`: the reply to a read of one record with a start date and a venue (or, for an event-like
 *   operation, a location) says when and where: never the name, status and price of a concert without its date
 *   and venue (bundled #9, #54 of the reading of 2026-12-07h).
 * - `listed_items_alike`: items of a short list that the reply reads out alike in their words ("standard, 337.5
 *   SGD; standard, 349.65 SGD") are told apart by a field the result holds (their areas E3 and B24), when one does.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const EVENTS24_INVARIANTS = ['detail_when_unsaid', 'listed_items_alike'] as const satisfies readonly InvariantId[];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = snakeKey;

const START_KEY = /^((starts?|begins?|start|begin)(_(at|on|date|time|date_?time|datetime|utc|local|local_?date_?time))?|(start|event|local)_(date|date_?time|datetime)|event_?(time|start))$/;
const VENUE_KEY = /^(venue|venue_?name|arena|stadium|theatre|theater)$/;
const LOCATION_KEY = /^(location|location_?name|place|place_?name|site)$/;
const EVENT_OP = /\b(events?|concerts?|gigs?|festivals?|shows?|matches|match|fixtures?|games?|performances?|screenings?|showtimes?|meetups?|conferences?|workshops?|classes|sessions?|races?|fights?|bouts?)\b/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The words a place can be said by: its name, its city, or the string itself. */
function placeWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!isObj(value)) return [];
  const address = isObj(value['address']) ? value['address'] : {};
  return Object.entries({ ...address, ...value }).filter(([k, v]) => typeof v === 'string' && /^(name|title|city|town|locality|venue_?name)$/.test(snake(k))).map(([, v]) => v as string);
}

/** Whether `reply` says the day of `iso` ("December 7, 2026", "7 December", "2026-12-07"). */
function saysDay(reply: string, iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return true;
  const month = MONTHS[Number(m[2]) - 1] ?? '';
  const day = String(Number(m[3]));
  return reply.includes(m[0]) || new RegExp(`\\b${month} ${day}\\b|\\b${day} ${month}\\b`).test(reply);
}

function whenUnsaid(result: unknown, reply: string, eventLike: boolean): string | undefined {
  if (!isObj(result)) return undefined;
  const keys = Object.keys(result);
  // Cheap bail-out first: a record with no venue or location key is no dated place.
  const placeKey = keys.find((k) => VENUE_KEY.test(snake(k))) ?? (eventLike ? keys.find((k) => LOCATION_KEY.test(snake(k))) : undefined);
  if (placeKey === undefined) return undefined;
  const startKey = keys.find((k) => START_KEY.test(snake(k)) && typeof result[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(result[k] as string));
  if (startKey === undefined) return undefined;
  const words = placeWords(result[placeKey]).filter((w) => w.trim().length > 1);
  if (words.length === 0) return undefined;
  const missing = [saysDay(reply, result[startKey] as string) ? '' : `its ${startKey} (${result[startKey]})`, words.some((w) => reply.includes(w)) ? '' : `its ${placeKey} (${words.join(', ')})`].filter(Boolean);
  return missing.length > 0 ? `the reply leaves out ${missing.join(' and ')}` : undefined;
}

const ID_KEY = /(^|_)(id|ids|uuid|guid|key|token|href|url|uri|link|code)$/;
const said = (reply: string, value: string): boolean => reply.includes(value) || reply.toLowerCase().includes(value.toLowerCase().replace(/_/g, ' '));

/** Two items the reply reads out alike though a short word field of the result tells them apart. */
function itemsAlike(result: unknown, reply: string): string | undefined {
  const lists = isObj(result) ? Object.values(result).filter(Array.isArray) : Array.isArray(result) ? [result] : [];
  for (const list of lists) {
    if (list.length < 2 || list.length > 5 || !list.every(isObj)) continue;
    const items = list as Obj[];
    // Items listed one by one: each says a number of its own (its price) in the reply, never a shared flag (1).
    const numbers = Object.keys(items[0]!).filter((k) => items.every((e) => typeof e[k] === 'number' && String(e[k]).length >= 2) && new Set(items.map((e) => e[k])).size === items.length);
    if (!numbers.some((k) => items.every((e) => new RegExp(`(^|[^\\d.])${String(e[k]).replace('.', '\\.')}(?![\\d])`).test(reply)))) continue;
    const words = Object.keys(items[0]!).filter((k) => !ID_KEY.test(snake(k)) && items.every((e) => typeof e[k] === 'string' && (e[k] as string).length <= 40 && !/^\d{4}-\d{2}-\d{2}|^https?:/.test(e[k] as string)));
    const told = words.filter((k) => items.some((e) => said(reply, e[k] as string)));
    const untold = words.filter((k) => !told.includes(k) && items.every((e) => !said(reply, e[k] as string)));
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (!told.every((k) => a[k] === b[k])) continue;
        const apart = untold.find((k) => a[k] !== b[k]);
        if (apart !== undefined) return `items ${i + 1} and ${j + 1} read alike (${told.map((k) => `${k} ${String(a[k])}`).join(', ') || 'no word field said'}); their ${apart} (${String(a[apart])}, ${String(b[apart])}) is unsaid`;
      }
    }
  }
  return undefined;
}

export function checkEvents24(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  for (let at = 1; at < turns.length; at++) {
    const turn = turns[at]!;
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || typeof turn.text !== 'string' || turn.error) continue;
    const tool = turns[at - 1];
    if (tool?.speaker !== 'tool' || tool.status !== 'ok' || !tool.result || typeof tool.result !== 'object') continue;
    const op = record.operations[tool.operation];
    if (op === undefined || effectOf(op, tool.operation) !== 'read') continue;
    const when = whenUnsaid(tool.result, turn.text, EVENT_OP.test(`${op.path} ${op.name} ${op.description.split(/(?<=[.!?])\s/)[0] ?? ''}`));
    if (when) add('detail_when_unsaid', at, when);
    const alike = itemsAlike(tool.result, turn.text);
    if (alike) add('listed_items_alike', at, alike);
  }
}
