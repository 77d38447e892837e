/**
 * Market data a trader would believe (QUALITY.md E), wave 28. Reads only the dialogue record and the world's
 * exchange calendar and symbol levels.
 * `chart_closed_day`: a daily chart of a US-listed symbol has no day the exchange was shut (a weekend, July 4,
 * Thanksgiving, Good Friday…): never a close "on July 4, 2025".
 * `bar_range_wide`: one day's bar of a chart stays within a day's move: its high and low (as its series' min and
 * max days tell them) are not more than 20 % apart (never a high of 417.76 and a low of 266.58 on one day).
 * `markets_volume_apart`: one asset's markets (rows of an exchange and a price) trade volumes within two orders
 * of magnitude of each other (never $562,550 on one exchange beside $80 million on two others).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { isExchangeSerial, marketLevel } from '../world/index.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const COINS28_INVARIANTS = ['chart_closed_day', 'bar_range_wide', 'markets_volume_apart'] as const satisfies readonly InvariantId[];

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const isSerial = (x: unknown): x is number => typeof x === 'number' && x > 20_000 && x < 80_000;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const dayOf = (serial: number): string => new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
const EXCHANGE = /^(exchange|exchange_?name|exchange_?id|market_?name|venue)$/i;
const PRICE = /^(price|price_?usd|last|last_?price|price_?quote)$/i;
const VOLUME = /^(volume|volume_?usd|volume_?24h?|volume24h?_?usd|vol|vol_?24h)$/i;
const WHAT = /^(pair|symbol|base|quote_?currency|base_?currency|asset|coin|currency|market_?pair|ticker)$/i;

/** A chart's problems with closed days and one day's range, as messages. */
function chartProblems(chart: Json, symbol: unknown): Array<[InvariantId, string]> {
  const out: Array<[InvariantId, string]> = [];
  const dates = chart.Dates ?? chart.dates;
  const serials = Array.isArray(dates) ? dates.filter(isSerial) : [];
  // Daily or sparser charts only: an intraday chart's points are times of one day.
  if (serials.length < 2 || serials[1]! - serials[0]! < 0.9) return out;
  const level = marketLevel(symbol);
  const listed = level !== undefined && level.kind !== 'coin' && level.kind !== 'future';
  const days = new Map<number, { high?: number; low?: number }>();
  for (const e of (chart.Elements ?? chart.elements) as unknown[]) {
    const ds = isRecord(e) ? e.DataSeries : undefined;
    if (!isRecord(ds)) continue;
    for (const [name, s] of Object.entries(ds)) {
      if (!isRecord(s)) continue;
      const side = /^high$/i.test(name) ? 'high' : /^low$/i.test(name) ? 'low' : undefined;
      for (const [dateKey, valueKey] of [['minDate', 'min'], ['maxDate', 'max']] as const) {
        const d = s[dateKey];
        const v = s[valueKey];
        if (!isSerial(d)) continue;
        if (listed) serials.push(d);
        if (side !== undefined && typeof v === 'number' && v > 0) {
          const day = days.get(Math.floor(d)) ?? {};
          day[side] = v;
          days.set(Math.floor(d), day);
        }
      }
    }
  }
  if (listed) {
    const shut = serials.find((d) => !isExchangeSerial(d));
    if (shut !== undefined) out.push(['chart_closed_day', `a chart of ${String(symbol)} has a day the exchange was shut, ${dayOf(shut)}`]);
  }
  for (const [d, { high, low }] of days) {
    if (high !== undefined && low !== undefined && high / low > 1.2) {
      out.push(['bar_range_wide', `on ${dayOf(d)} the chart's high ${high} and low ${low} are ${Math.round((high / low - 1) * 100)} % apart`]);
      break;
    }
  }
  return out;
}

/** One asset's markets with volumes more than a hundred times apart, as a message. */
function volumesApart(obj: Json): string | undefined {
  for (const list of Object.values(obj)) {
    if (!Array.isArray(list) || list.length < 2 || !list.every(isRecord)) continue;
    const rows = list as Json[];
    const first = rows[0]!;
    const keys = Object.keys(first);
    const ex = keys.find((k) => EXCHANGE.test(k));
    const pr = keys.find((k) => PRICE.test(k));
    const vol = keys.find((k) => VOLUME.test(k));
    if (ex === undefined || pr === undefined || vol === undefined || !rows.every((r) => typeof r[vol] === 'number' && (r[vol] as number) > 0)) continue;
    if (keys.some((k) => WHAT.test(k) && rows.some((r) => r[k] !== first[k]))) continue;
    const volumes = rows.map((r) => r[vol] as number);
    if (Math.max(...volumes) / Math.min(...volumes) > 100) return `one asset's markets trade ${Math.min(...volumes)} and ${Math.max(...volumes)} in volume`;
  }
  return undefined;
}

export function checkCoins28(record: DialogueRecord, add: Add): void {
  const symbolOf = new Map<string, unknown>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const args = (turn.call.arguments ?? {}) as Json;
      symbolOf.set(turn.call.id, Object.entries(args).find(([k]) => /^(symbol|ticker|stock)$/i.test(k))?.[1]);
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const seen = new Set<InvariantId>();
    eachObject(turn.result, (obj) => {
      const found: Array<[InvariantId, string | undefined]> = [];
      if (Array.isArray(obj.Elements ?? obj.elements) && Array.isArray(obj.Dates ?? obj.dates)) {
        const elements = (obj.Elements ?? obj.elements) as unknown[];
        const own = elements.map((e) => (isRecord(e) ? e.Symbol ?? e.symbol : undefined)).find((s) => typeof s === 'string');
        found.push(...chartProblems(obj, own ?? symbolOf.get(turn.call_id)));
      }
      found.push(['markets_volume_apart', volumesApart(obj)]);
      for (const [id, message] of found) {
        if (message === undefined || seen.has(id)) continue;
        seen.add(id);
        add(id, at, `tool result: ${message}`);
      }
    });
  });
}
