/**
 * A forecast list is a series (QUALITY.md E): its entries are consecutive hours (or days) from the day asked,
 * never 2026, 2025 and 2024 in one hourly list; the dates of one entry agree ("day" and "date" are one day).
 * Each value keeps its own form (ISO with its zone, a bare date, epoch seconds or milliseconds). Values a
 * chain reads (`fixed`) are kept.
 */

import { REFERENCE_DATE } from '../world/index.ts';
import { climateOfNewDays30 } from './_forecast-climate-sky30.ts';

const DATE_KEY = /^(date|day|dt|dt_?txt|datetime|date_?time|time|timestamp|valid_?date|valid_?time|forecast_?time|start_?time|observation_?time|time_?epoch|date_?epoch)$/i;
const LIST_KEY = /hour|daily|day|forecast|list|data|periods|series|items|timeline|intervals/i;
const HOURS = 3_600_000;

/** Dates every forecast list of a weather result consecutively from the asked day (or its first entry's). */
export function dateForecasts(result: unknown, echo: Record<string, unknown>, context: string, fixed: ReadonlySet<string>): void {
  const sent = sentDay(echo);
  // A forecast asked for no day starts today: never a forecast dated two years back.
  const asked = sent ?? (forecastFromToday(context, echo) ? REFERENCE_DATE : undefined);
  visitForecasts(result, '', 0, context, asked, fixed, echo);
}

/** One node of a weather result (a module function: a named closure per result costs more under tsx's keepNames). */
function visitForecasts(value: unknown, key: string, depth: number, context: string, asked: string | undefined, fixed: ReadonlySet<string>, echo: Record<string, unknown>): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    // One entry of a day asked (`days[]` of `dt` alone) is that day too.
    if ((value.length > 1 || (value.length === 1 && asked !== undefined)) && LIST_KEY.test(key)) {
      dateSeries(value, key, context, asked, fixed, echo);
      steadyTemperatures(value, fixed);
    }
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) visitForecasts(v, k, depth + 1, context, asked, fixed, echo);
}

const FORECAST = /forecast|future|upcoming|\bnext\b/i;
const HISTORY = /histor|\bpast\b|archive|hindcast/i;

const sentDay = (echo: Record<string, unknown>): string | undefined =>
  Object.entries(echo).find(([k, v]) => /^(date|dt|day|start_?date|from|valid_?date)$/i.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))?.[1] as string | undefined;

/** A forecast (not a history) asked for no day: it is of today and the days after. */
export function forecastFromToday(context: string, echo: Record<string, unknown>): boolean {
  return FORECAST.test(context) && !HISTORY.test(context) && sentDay(echo) === undefined;
}

/** A forecast record's own day before today is today, in its own form (its time of day kept); `fixed` keys stay. */
export function forecastToday(record: Record<string, unknown>, fixed: readonly string[]): void {
  const today = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
  for (const [k, v] of Object.entries(record)) {
    if (!DATE_KEY.test(k) || fixed.includes(k)) continue;
    const at = instantOf(v);
    if (at !== undefined && at < today) record[k] = inFormOf(v, today + (at % (24 * HOURS)));
  }
}

function instantOf(v: unknown): number | undefined {
  if (typeof v === 'number' && v > 1e9) return v > 1e11 ? v : v * 1000;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(v) ? v : `${v.replace(' ', 'T')}Z`);
    return Number.isFinite(t) ? t : undefined;
  }
  return undefined;
}

/** `instant` in the form of `was` (its zone suffix and precision kept). */
function inFormOf(was: unknown, instant: number): unknown {
  if (typeof was === 'number') return was > 1e11 ? instant : Math.round(instant / 1000);
  const s = was as string;
  const iso = new Date(instant).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return iso.slice(0, 10);
  const m = /^(\d{4}-\d{2}-\d{2})([T ])(\d{2}:\d{2})(:\d{2})?(\.\d+)?(.*)$/.exec(s);
  if (!m) return s;
  return `${iso.slice(0, 10)}${m[2]}${iso.slice(11, 16)}${m[4] !== undefined ? ':00' : ''}${m[5] !== undefined ? m[5].replace(/\d/g, '0') : ''}${m[6]}`;
}

function dateSeries(items: unknown[], key: string, context: string, asked: string | undefined, fixed: ReadonlySet<string>, echo: Record<string, unknown>): void {
  const records = items.filter((it): it is Record<string, unknown> => !!it && typeof it === 'object' && !Array.isArray(it));
  if (records.length !== items.length) return;
  const dateKeys = Object.keys(records[0]!).filter((k) => DATE_KEY.test(k) && instantOf(records[0]![k]) !== undefined);
  if (dateKeys.length === 0) return;
  if (records.some((r) => dateKeys.some((k) => fixed.has(JSON.stringify(r[k]))))) return;
  const hourly = /hour/i.test(`${key} ${context}`) && !/daily|\bday/i.test(key);
  const step = hourly ? (/\b3 ?-?hour|three.hour/i.test(context) ? 3 : 1) * HOURS : 24 * HOURS;
  const first = instantOf(records[0]![dateKeys[0]!])!;
  const day = asked !== undefined ? Date.parse(`${asked.slice(0, 10)}T00:00:00Z`) : Math.floor(first / (24 * HOURS)) * 24 * HOURS;
  const start = hourly ? day + Math.floor((first % (24 * HOURS)) / HOURS) * HOURS : day;
  const before = records.map((record) => instantOf(record[dateKeys[0]!]));
  records.forEach((record, i) => {
    for (const k of dateKeys) if (k in record) record[k] = inFormOf(record[k], start + i * step);
  });
  // Temperatures drawn for the entry's old day move to the climate of its new one (no 10 °C in a Sydney December).
  climateOfNewDays30(records, before, records.map((_, i) => start + i * step), echo, fixed);
}

const TEMP = /^(temp|temperature|avg_?temp(_?[cf])?|avgtemp_?[cf]|max_?temp(_?[cf])?|maxtemp_?[cf]|min_?temp(_?[cf])?|mintemp_?[cf]|high|low|temp_?(max|min|[cf]))$/i;

const recordOf = (it: unknown): Record<string, unknown> | undefined => (it && typeof it === 'object' && !Array.isArray(it) ? (it as Record<string, unknown>) : undefined);

/**
 * One place's days follow each other: a day is at most a few degrees warmer or colder than the day before (never
 * 2.3, then 9.5, then 22.7), its low never above its high. Looks at each entry and its `day` object.
 */
function steadyTemperatures(items: unknown[], fixed: ReadonlySet<string>): void {
  for (const level of [(r: Record<string, unknown>) => r, (r: Record<string, unknown>) => recordOf(r.day)]) {
    const records = items.map((it) => { const r = recordOf(it); return r ? level(r) : undefined; });
    const first = records[0];
    if (!first || records.some((r) => r === undefined)) continue;
    const keys = Object.keys(first).filter((k) => TEMP.test(k) && typeof first[k] === 'number');
    for (const k of keys) {
      const step = /_?f$/i.test(k) && !/^(temp|low|high)$/i.test(k) ? 7 : 4;
      for (let i = 1; i < records.length; i++) {
        const prev = records[i - 1]![k];
        const v = records[i]![k];
        if (typeof prev !== 'number' || typeof v !== 'number' || fixed.has(JSON.stringify(v)) || Math.abs(v - prev) <= step) continue;
        const moved = prev + Math.sign(v - prev) * ((Math.abs(v - prev) % step) + 0.5);
        records[i]![k] = Number.isInteger(v) ? Math.round(moved) : Math.round(moved * 10) / 10;
      }
    }
    for (const r of records) {
      const low = Object.keys(r!).find((k) => /^(min_?temp(_?[cf])?|mintemp_?[cf]|low|temp_?min)$/i.test(k) && typeof r![k] === 'number');
      const high = Object.keys(r!).find((k) => /^(max_?temp(_?[cf])?|maxtemp_?[cf]|high|temp_?max)$/i.test(k) && typeof r![k] === 'number');
      if (low !== undefined && high !== undefined && (r![low] as number) > (r![high] as number)) [r![low], r![high]] = [r![high], r![low]];
    }
  }
}
