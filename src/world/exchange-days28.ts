/**
 * Days a US stock exchange trades (QUALITY.md E): a TSLA chart ended on July 4, 2025 and its reply quoted that
 * day's close, though the market was shut. The NYSE's full-day holidays, computed (a short fixed rule list, no
 * table to keep): New Year, Martin Luther King Jr. Day, Presidents' Day, Good Friday, Memorial Day, Juneteenth
 * (from 2022), Independence Day, Labor Day, Thanksgiving, Christmas; a Saturday holiday is kept on the Friday
 * before (but New Year's, which the exchange does not move into December), a Sunday one on the Monday after.
 */

const DAY_MS = 86_400_000;
/** Serial day 0 of a chart's `Dates` (the spreadsheet epoch). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The day of the month of the n-th `weekday` (0 = Sunday) of a month (n = -1: the last). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

/** Easter Sunday (month 0-based, day) by the anonymous Gregorian rule. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month - 1, day];
}

/** A fixed-date holiday moved to the day it is kept (Saturday → Friday, Sunday → Monday), as ms. */
function observed(year: number, month: number, day: number, backIntoFriday: boolean): number {
  const t = Date.UTC(year, month, day);
  const weekday = new Date(t).getUTCDay();
  if (weekday === 0) return t + DAY_MS;
  if (weekday === 6) return backIntoFriday ? t - DAY_MS : Number.NaN;
  return t;
}

const byYear = new Map<number, ReadonlySet<number>>();
/** The year's exchange holidays, as ms of their UTC midnights (kept per year). */
function holidays(year: number): ReadonlySet<number> {
  let set = byYear.get(year);
  if (set !== undefined) return set;
  const [em, ed] = easter(year);
  const days = [
    observed(year, 0, 1, false),
    Date.UTC(year, 0, nthWeekday(year, 0, 1, 3)),
    Date.UTC(year, 1, nthWeekday(year, 1, 1, 3)),
    Date.UTC(year, em, ed) - 2 * DAY_MS,
    Date.UTC(year, 4, nthWeekday(year, 4, 1, -1)),
    year >= 2022 ? observed(year, 5, 19, true) : Number.NaN,
    observed(year, 6, 4, true),
    Date.UTC(year, 8, nthWeekday(year, 8, 1, 1)),
    Date.UTC(year, 10, nthWeekday(year, 10, 4, 4)),
    observed(year, 11, 25, true),
  ];
  set = new Set(days.filter((d) => !Number.isNaN(d)));
  byYear.set(year, set);
  return set;
}

/** True when the UTC day of `ms` is a weekday the exchange is open. */
export function isExchangeDayMs(ms: number): boolean {
  const t = Math.floor(ms / DAY_MS) * DAY_MS;
  const d = new Date(t);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays(d.getUTCFullYear()).has(t);
}

/** True when the serial day (a chart's `Dates` entry, whole part) is a trading day. */
export const isExchangeSerial = (serial: number): boolean => isExchangeDayMs(SERIAL_EPOCH + Math.floor(serial) * DAY_MS);
