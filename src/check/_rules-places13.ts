/**
 * Facts of one record that agree (QUALITY.md E, places, tickets, weather, commerce): the tickets of one order
 * sit in one section; a price with tax is not below the same price without tax; what starts and ends on one
 * day ends after it starts; wind chill is not above the temperature; a record was not created after the last
 * thing it records happened; a full closure blocks the road; opening hours are on the quarter hour; a parcel's
 * scans are in order. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { memoized } from '../text/memo.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const PLACES13_INVARIANTS = ['order_sections', 'tax_price_order', 'end_before_start', 'chill_above_temperature', 'created_after_last', 'closure_unblocked', 'hours_off_quarter', 'tracking_order'] as const satisfies readonly InvariantId[];

const TICKETS = /^(tickets?|seats?|issued_?tickets|issuedTickets)$/i;
const ORDER_ID = /^(ticket_?order_?id|order_?id|hold_?id|purchase_?id|booking_?id|reservation_?id|confirmation_?(id|code|number))$/i;
const SECTION = /^(section|section_?(name|id|code))$/i;
const TAXED = /^(.*?)_?(ex|excl|excluding|inc|incl|including)_?tax$/i;
const START = /^(start|starts|begin|start_?(time|at)|begin_?time|starts_?at)$/i;
const END = /^(end|ends|finish|end_?(time|at)|finish_?time|ends_?at)$/i;
const CLOCK = /^(\d{2}):(\d{2})(:\d{2})?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CHILL = /^(wind_?chill|windChill|chill)$/i;
const TEMPERATURE = /^(temp|temperature|temp_?[cf]|temperature_?[cf]|air_?temp(erature)?)$/i;
const CREATED = /^(created|created_?at|createdAt|created_?on|date_?created|creation_?date)$/i;
const LAST = /^last_?[a-z]+_?(at|on|date|time)?$|^last[A-Z][a-zA-Z]*(At|On|Date|Time)?$/;
const BLOCKED = /^(is_?blocked|isBlocked|blocked)$/i;
const HOURS_KEY = /^(open|opens|close|closes|opens_?at|closes_?at|opensAt|closesAt|opening_?time|closing_?time|openingTime|closingTime)$/i;
// Kept per key: the same keys recur in every object of every result.
const snake = snakeKey;
const amount = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a key may take part in, one bit per rule's key: each object's keys are read once, not once per rule. */
const F_ORDER = 1;
const F_TAXED = 2;
const F_START = 4;
const F_END = 8;
const F_CHILL = 16;
const F_CREATED = 32;
const F_BLOCKED = 64;
const F_HOURS = 128;
const F_TRACKED = 256;
const keyFlags = memoized((k: string): number =>
  (ORDER_ID.test(k) ? F_ORDER : 0) | (TAXED.test(snake(k)) ? F_TAXED : 0) | (START.test(k) ? F_START : 0) | (END.test(k) ? F_END : 0) | (CHILL.test(k) ? F_CHILL : 0) |
  (CREATED.test(k) ? F_CREATED : 0) | (BLOCKED.test(k) ? F_BLOCKED : 0) | (HOURS_KEY.test(k) ? F_HOURS : 0) | (TRACKED.test(k) ? F_TRACKED : 0));

function flagsOf(obj: Record<string, unknown>): number {
  let flags = 0;
  for (const k in obj) if (Object.hasOwn(obj, k)) flags |= keyFlags(k);
  return flags;
}

/** A wind record inside: the only way chillAbove finds a chill when the object itself has none. */
const chillInside = (obj: Record<string, unknown>): boolean => Object.values(obj).some((v) => isRecord(v) && (flagsOf(v) & F_CHILL) !== 0);

export function checkPlaces13(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      // Each rule needs a key of its own kind: a rule whose key is absent would find nothing.
      const f = flagsOf(obj);
      for (const [rule, found] of [
        ['order_sections', f & F_ORDER ? orderSections(obj) : undefined],
        ['tax_price_order', f & F_TAXED ? taxOrder(obj) : undefined],
        ['end_before_start', (f & (F_START | F_END)) === (F_START | F_END) ? endBeforeStart(obj) : undefined],
        ['chill_above_temperature', f & F_CHILL || chillInside(obj) ? chillAbove(obj) : undefined],
        ['created_after_last', f & F_CREATED ? createdAfterLast(obj) : undefined],
        ['closure_unblocked', f & F_BLOCKED ? closureUnblocked(obj) : undefined],
        ['hours_off_quarter', f & F_HOURS ? hoursOffQuarter(obj) : undefined],
        ['tracking_order', f & F_TRACKED ? trackingOrder(obj) : undefined],
      ] as const) if (found) add(rule, i, `tool result: ${found}`);
    });
  });
}

/** One order or hold (it has an order id) whose tickets sit in different sections. */
function orderSections(obj: Record<string, unknown>): string | undefined {
  if (!Object.keys(obj).some((k) => ORDER_ID.test(k))) return undefined;
  for (const [key, list] of Object.entries(obj)) {
    if (!TICKETS.test(key) || !Array.isArray(list) || list.length < 2 || !list.every(isRecord)) continue;
    const sectionKey = Object.keys(list[0]!).find((k) => SECTION.test(k));
    if (sectionKey === undefined) continue;
    const sections = new Set(list.map((t) => t[sectionKey]).filter((s) => typeof s === 'string'));
    if (sections.size > 1) return `one order's ${key} sit in different sections (${[...sections].join(', ')}), though they come from one offer`;
  }
  return undefined;
}

/** `price_inc_tax` below `price_ex_tax`, or more than half again above it (one amount with and without its tax). */
function taxOrder(obj: Record<string, unknown>): string | undefined {
  const stems = new Map<string, { ex?: [string, number]; inc?: [string, number] }>();
  for (const [k, v] of Object.entries(obj)) {
    const m = TAXED.exec(snake(k));
    const n = amount(v);
    if (!m || n === undefined) continue;
    const entry = stems.get(m[1]!) ?? {};
    if (/^ex/.test(m[2]!)) entry.ex = [k, n];
    else entry.inc = [k, n];
    stems.set(m[1]!, entry);
  }
  for (const { ex, inc } of stems.values()) {
    if (!ex || !inc) continue;
    if (inc[1] < ex[1] - 0.005) return `${inc[0]} ${inc[1]} is below ${ex[0]} ${ex[1]}`;
    // No sales tax is half the price: 54.00 with tax for 8.98 without is two prices, not one.
    if (ex[1] > 0 && inc[1] > ex[1] * 1.5 + 1) return `${inc[0]} ${inc[1]} is far above ${ex[0]} ${ex[1]} (a tax of ${Math.round((inc[1] / ex[1] - 1) * 100)} %)`;
  }
  return undefined;
}

/** A start and an end of one day (clock times, or date-times on one date) with the end before the start; an end before 06:00 may be after midnight. */
function endBeforeStart(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj);
  const s = keys.find((k) => START.test(k) && typeof obj[k] === 'string');
  const e = keys.find((k) => END.test(k) && typeof obj[k] === 'string');
  if (s === undefined || e === undefined) return undefined;
  const a = obj[s] as string;
  const b = obj[e] as string;
  const ca = CLOCK.exec(a);
  const cb = CLOCK.exec(b);
  if (ca && cb && b < a && Number(cb[1]) >= 6) return `${e} ${b} comes before ${s} ${a} on the same day`;
  if (ISO_TIME.test(a) && ISO_TIME.test(b) && a.slice(0, 10) === b.slice(0, 10) && b.slice(11, 19) < a.slice(11, 19)) return `${e} ${b} comes before ${s} ${a}`;
  return undefined;
}

/** Wind chill above the temperature, in one record or in a wind record beside the condition's temperature. */
function chillAbove(obj: Record<string, unknown>): string | undefined {
  const temperatureIn = (o: Record<string, unknown>): number | undefined => Object.entries(o).find(([k, v]) => TEMPERATURE.test(k) && typeof v === 'number')?.[1] as number | undefined;
  const chillIn = (o: Record<string, unknown>): number | undefined => Object.entries(o).find(([k, v]) => CHILL.test(k) && typeof v === 'number')?.[1] as number | undefined;
  let chill = chillIn(obj);
  let temperature = temperatureIn(obj);
  if (chill === undefined) {
    const wind = Object.values(obj).find((v) => isRecord(v) && chillIn(v) !== undefined) as Record<string, unknown> | undefined;
    if (!wind) return undefined;
    chill = chillIn(wind);
    for (const v of Object.values(obj)) if (temperature === undefined && isRecord(v) && v !== wind) temperature = temperatureIn(v);
  }
  return chill !== undefined && temperature !== undefined && chill > temperature ? `wind chill ${chill} is above the temperature ${temperature}` : undefined;
}

/** A record created after the last thing it records happened (created today, last sent two years ago). */
function createdAfterLast(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj);
  const c = keys.find((k) => CREATED.test(k) && typeof obj[k] === 'string' && ISO_TIME.test(obj[k] as string));
  if (c === undefined) return undefined;
  const created = Date.parse(obj[c] as string);
  for (const k of keys) {
    const v = obj[k];
    if (k === c || !LAST.test(k) || /expir|next|due|until/i.test(k) || typeof v !== 'string' || !ISO_TIME.test(v)) continue;
    if (Date.parse(v) < created - 86_400_000) return `${c} ${obj[c] as string} is after ${k} ${v}`;
  }
  return undefined;
}

/** A full closure (titled so: a CLOSURE item may be a lane closure) whose `isBlocked` says the road is open. */
function closureUnblocked(obj: Record<string, unknown>): string | undefined {
  const key = Object.keys(obj).find((k) => BLOCKED.test(k) && (obj[k] === false || obj[k] === 'false'));
  if (key === undefined) return undefined;
  const title = [obj.title, obj.name, obj.subject].filter((v) => typeof v === 'string').join(' ');
  return /\b(full(y)? clos(ure|ed)|road closed|closed in both directions)\b/i.test(title) && !/lane|partial/i.test(title) ? `"${title}" is a full closure, yet ${key} is false` : undefined;
}

/** Opening or closing times off the quarter hour ("11:47", "23:58"): places keep round hours. */
function hoursOffQuarter(obj: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (!HOURS_KEY.test(k) || typeof v !== 'string') continue;
    const m = CLOCK.exec(v);
    if (m && Number(m[2]) % 15 !== 0) return `${k} ${v} is off the quarter hour`;
  }
  return undefined;
}

const TRACKED = /^(tracking_?number|trackingNumber|tracking_?id|trackingId|shipment_?id|shipmentId|carrier|waybill|awb)$/i;
const HISTORY = /^(events|tracking_?events|trackingEvents|history|checkpoints|scans|tracking_?history|trackingHistory)$/i;
const SCAN_TIME = /^(at|timestamp|time|date|datetime|date_?time|occurred_?at|occurredAt|event_?time|eventTime)$/i;

/** A parcel's scans listed neither oldest first nor newest first (July 2025, September 2026, February 2026). */
function trackingOrder(obj: Record<string, unknown>): string | undefined {
  if (!Object.keys(obj).some((k) => TRACKED.test(k))) return undefined;
  for (const [key, list] of Object.entries(obj)) {
    if (!HISTORY.test(key) || !Array.isArray(list) || list.length < 3 || !list.every(isRecord)) continue;
    const at = Object.keys(list[0]!).find((k) => SCAN_TIME.test(k));
    if (at === undefined) continue;
    const times = list.map((e) => (typeof e[at] === 'string' && ISO_TIME.test(e[at] as string) ? Date.parse(e[at] as string) : Number.NaN));
    if (times.some(Number.isNaN)) continue;
    const up = times.every((t, i) => i === 0 || t >= times[i - 1]!);
    const down = times.every((t, i) => i === 0 || t <= times[i - 1]!);
    if (!up && !down) return `the ${key} of one parcel are out of order (${list.map((e) => String(e[at]).slice(0, 10)).join(', ')})`;
  }
  return undefined;
}
