/**
 * Mock values implausible for the world they describe, wave 16 (QUALITY.md E).
 * - `flags_per_id`: a list of plain values (flags, counts) answering a call that sent ids has one entry per id:
 *   three tracks checked are answered `[true, false, true]`, never `[false, true]` ("Of the 2 checked…").
 * - `delivery_estimate_far`: a shipment's estimated delivery is on or after its last scan's day and within a few
 *   weeks of it, never six months after the parcel was last seen nor before it.
 * - `tier_price_order`: offers of one list are priced in the order of their tiers: a VIP ticket never costs less
 *   than a standard or accessible one in the same list, first class never less than economy.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORLD16_INVARIANTS = ['flags_per_id', 'delivery_estimate_far', 'tier_price_order'] as const satisfies readonly InvariantId[];

const snake = snakeKeyDashed;

/** How many ids a call sent under `ids`/`<noun>_ids` (a comma list or an array), else undefined. */
function sentIdCount(args: Json): number | undefined {
  for (const [k, v] of Object.entries(args)) {
    const w = snake(k);
    if (w !== 'ids' && !w.endsWith('_ids')) continue;
    const ids = (Array.isArray(v) ? v.map(String) : typeof v === 'string' || typeof v === 'number' ? String(v).split(',') : []).filter((s) => s.trim() !== '');
    if (ids.length > 0) return ids.length;
  }
  return undefined;
}

const SHIPMENT = /(^|_)(tracking_?(number|no|num|id|code)|carrier|courier|shipment_?id|waybill)$/;
const ESTIMATE = /^(estimated_?(delivery|arrival)(_?(date|at|time))?|expected_?(delivery|arrival)(_?(date|at|time))?|delivery_?estimate)$/;
const SCANS = /(^|_)(events|tracking_?events|shipment_?events|checkpoints|scans|tracking_?history|history|activities)$/;
const SCAN_TIME = /^(at|date|time|timestamp|date_?time|datetime|occurred_?at|event_?(date|time)|scan_?(date|time))$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;
const DAY = 86_400_000;

/** Why a shipment's estimate is far from its last scan, or undefined. */
function farEstimate(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj);
  if (!keys.some((k) => SHIPMENT.test(snake(k)))) return undefined;
  const estimateKey = keys.find((k) => ESTIMATE.test(snake(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  const scansKey = keys.find((k) => SCANS.test(snake(k)) && Array.isArray(obj[k]) && (obj[k] as unknown[]).length > 0);
  if (estimateKey === undefined || scansKey === undefined) return undefined;
  const scans = obj[scansKey] as unknown[];
  if (!scans.every((s) => !!s && typeof s === 'object' && !Array.isArray(s))) return undefined;
  const first = scans[0] as Record<string, unknown>;
  const at = Object.keys(first).find((k) => SCAN_TIME.test(snake(k)));
  if (at === undefined) return undefined;
  const days = scans.map((s) => (s as Record<string, unknown>)[at]).filter((v): v is string => typeof v === 'string' && ISO.test(v)).map((v) => v.slice(0, 10)).sort();
  if (days.length !== scans.length) return undefined;
  const last = Date.parse(days[days.length - 1]!);
  const estimate = Date.parse((obj[estimateKey] as string).slice(0, 10));
  if (!Number.isFinite(last) || !Number.isFinite(estimate)) return undefined;
  if (estimate < last) return `${estimateKey} ${(obj[estimateKey] as string).slice(0, 10)} is before the last scan (${days[days.length - 1]})`;
  if (estimate - last > 30 * DAY) return `${estimateKey} ${(obj[estimateKey] as string).slice(0, 10)} is ${Math.round((estimate - last) / DAY)} days after the last scan (${days[days.length - 1]})`;
  return undefined;
}

const TOP_TIER = /^(vip|vvip|platinum|premium|first|first_?class)$/;
// A resale ticket is a standard seat sold again (wave 24, bundled #342: "vip, 41.99 USD" below "resale, 91.38").
const LOW_TIER = /^(standard|general|general_?admission|regular|adult|economy|economy_?class|basic|accessible|child|children|student|senior|concession|youth|resale|resold|secondary)$/;
const TIER = /^(ticket_?type|type|tier|category|class|seat_?class|fare_?class|cabin_?class|cabin|ticket_?class|ticket_?category|seat_?type)$/;
const PRICE = /^(price|amount|cost|fare|face_?value|price_?amount|unit_?price|total_?price)$/;

/** Why a list prices a top tier below a lower one, or undefined. */
function tierOutOfOrder(obj: Record<string, unknown>): string | undefined {
  for (const [key, list] of Object.entries(obj)) {
    if (!Array.isArray(list) || list.length < 2 || !list.every((e) => !!e && typeof e === 'object' && !Array.isArray(e))) continue;
    const items = list as Array<Record<string, unknown>>;
    const tier = Object.keys(items[0]!).find((k) => TIER.test(snake(k)));
    const price = Object.keys(items[0]!).find((k) => PRICE.test(snake(k)));
    if (tier === undefined || price === undefined) continue;
    const norm = (e: Record<string, unknown>): string => String(e[tier]).toLowerCase().replace(/[\s-]+/g, '_');
    const top = items.filter((e) => TOP_TIER.test(norm(e)) && typeof e[price] === 'number').map((e) => e[price] as number);
    const low = items.filter((e) => LOW_TIER.test(norm(e)) && typeof e[price] === 'number').map((e) => e[price] as number);
    if (top.length > 0 && low.length > 0 && Math.min(...top) < Math.max(...low)) return `${key}: a ${tier} ${items.find((e) => TOP_TIER.test(norm(e)))![tier]} costs ${Math.min(...top)}, less than a lower tier's ${Math.max(...low)}`;
  }
  return undefined;
}

export function checkWorld16(record: DialogueRecord, add: Add): void {
  const sent = new Map<string, number>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      const n = sentIdCount(turn.call.arguments);
      if (n !== undefined) sent.set(turn.call.id, n);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const n = sent.get(turn.call_id);
    const root = turn.result;
    if (n !== undefined && Array.isArray(root) && root.length > 0 && root.every((v) => v === null || typeof v !== 'object') && root.length !== n) {
      add('flags_per_id', i, `${turn.operation} was sent ${n} id(s) and answered with ${root.length} values`);
    }
    eachObject(root, (obj) => {
      const why = farEstimate(obj);
      if (why) add('delivery_estimate_far', i, `tool result: ${why}`);
      const tiers = tierOutOfOrder(obj);
      if (tiers) add('tier_price_order', i, `tool result: ${tiers}`);
    });
  });
}
