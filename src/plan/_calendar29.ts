/**
 * Calendar facts are true of the world (QUALITY.md E): a country's long weekends of a year are built from its
 * public holidays (`date-holidays`, via _holidays17.ts), never drawn days (Norway's 2025 long weekends are Easter,
 * May 1, Ascension, Whitsun and Christmas, not "January 24–26"). A long weekend holds a public holiday next to a
 * weekend: a Monday or Friday holiday makes three days, a Tuesday or Thursday one four with a bridge day, and
 * holidays that touch (Good Friday and Easter Monday) make one span. The call's own values (`keep`) never change.
 */
import { publicHolidays } from './_holidays17.ts';

type Json = Record<string, unknown>;
interface Span { start: number; end: number; bridge: boolean }

const COUNTRY = /^(country_?code|country|country_?iso|iso_?code)$/i;
const START = /^(start_?date|start|from|from_?date)$/i;
const END = /^(end_?date|end|to|to_?date)$/i;
const COUNT = /^(day_?count|days|length|number_?of_?days)$/i;
const BRIDGE = /^(need_?bridge_?day|needs_?bridge_?day|bridge_?day|bridge)$/i;
const DAY = 86_400_000;

const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The long weekends of a country's year, in date order ([] for a country `date-holidays` does not know). */
export function longWeekends(country: string, year: number): readonly Span[] {
  const spans: Span[] = [];
  for (const h of publicHolidays(country, year)) {
    const day = dayOf(h.date), weekday = new Date(day).getUTCDay();
    // Monday: Sat–Mon; Friday: Fri–Sun; Tuesday: Sat–Tue bridged by Monday; Thursday: Thu–Sun bridged by Friday.
    const span = weekday === 1 ? { start: day - 2 * DAY, end: day, bridge: false }
      : weekday === 5 ? { start: day, end: day + 2 * DAY, bridge: false }
      : weekday === 2 ? { start: day - 3 * DAY, end: day, bridge: true }
      : weekday === 4 ? { start: day, end: day + 3 * DAY, bridge: true }
      : undefined;
    if (span !== undefined) spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end + DAY) {
      last.end = Math.max(last.end, s.end);
    } else merged.push({ ...s });
  }
  const days = new Set(publicHolidays(country, year).map((h) => h.date));
  // A span needs a bridge day only where one of its weekdays is neither a holiday nor a weekend day.
  for (const s of merged) {
    s.bridge = false;
    for (let d = s.start; d <= s.end; d += DAY) if (![0, 6].includes(new Date(d).getUTCDay()) && !days.has(isoOf(d))) s.bridge = true;
  }
  return merged.filter((s) => new Date(s.start).getUTCFullYear() === year || new Date(s.end).getUTCFullYear() === year);
}

interface Keys { start: string; end: string; count?: string; bridge?: string }

function weekendKeys(item: unknown): Keys | undefined {
  if (!isRecord(item)) return undefined;
  const keys = Object.keys(item);
  const start = keys.find((k) => START.test(k) && typeof item[k] === 'string' && /^\d{4}-\d\d-\d\d/.test(item[k] as string));
  const end = keys.find((k) => END.test(k) && typeof item[k] === 'string' && /^\d{4}-\d\d-\d\d/.test(item[k] as string));
  if (start === undefined || end === undefined) return undefined;
  const count = keys.find((k) => COUNT.test(k) && typeof item[k] === 'number');
  const bridge = keys.find((k) => BRIDGE.test(k) && typeof item[k] === 'boolean');
  return { start, end, ...(count !== undefined ? { count } : {}), ...(bridge !== undefined ? { bridge } : {}) };
}

/** The list of long weekends in a result: the result itself or a list under its top record. */
function weekendList(result: unknown): unknown[] | undefined {
  const lists = Array.isArray(result) ? [result] : isRecord(result) ? Object.values(result).filter(Array.isArray) : [];
  return lists.find((l) => l.length > 0 && l.every((item) => weekendKeys(item) !== undefined));
}

/**
 * A long-weekend call (its operation or path says "long weekend") that names a country answers that country's
 * real long weekends of the year asked (or of the year its drawn days fall in), each record in the drawn shape.
 */
export function settleLongWeekends29(result: unknown, args: Readonly<Json>, about: string, keep: ReadonlySet<string>): void {
  if (!/long ?weekend/i.test(about.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '))) return;
  const list = weekendList(result);
  if (list === undefined) return;
  const country = Object.entries(args).find(([k, v]) => COUNTRY.test(k) && typeof v === 'string' && /^[A-Za-z]{2}$/.test(v))?.[1] as string | undefined;
  if (country === undefined) return;
  const first = list[0] as Json, keys = weekendKeys(first)!;
  if (list.some((item) => Object.values(item as Json).some((v) => typeof v === 'string' && keep.has(JSON.stringify(v))))) return;
  const asked = Object.entries(args).find(([k, v]) => /^year$/i.test(k) && /^\d{4}$/.test(String(v)))?.[1];
  const year = asked !== undefined ? Number(asked) : Number((first[keys.start] as string).slice(0, 4));
  const spans = longWeekends(country.toUpperCase(), year);
  if (spans.length === 0) return;
  const tail = (first[keys.start] as string).slice(10), endTail = (first[keys.end] as string).slice(10);
  const made = spans.map((s) => {
    const record: Json = { ...first };
    record[keys.start] = isoOf(s.start) + tail;
    record[keys.end] = isoOf(s.end) + endTail;
    if (keys.count !== undefined) record[keys.count] = Math.round((s.end - s.start) / DAY) + 1;
    if (keys.bridge !== undefined) record[keys.bridge] = s.bridge;
    return record;
  });
  list.splice(0, list.length, ...made);
}
