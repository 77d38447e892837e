/**
 * Spreadsheet serial dates agree with the call (QUALITY.md E): an Excel-backed API (a chart's `Dates`, a
 * series' `minDate`) sends days as serials (45100.6042 = 2023-06-23 14:30). Every serial in one result lies in
 * the window the call asked for (its start and end dates, else the week up to its one date, else the month
 * up to the reference date), keeping its time of day, and a list of dates runs forward. Never a serial of
 * 2071 beside one of 2023 for a chart asked for April 2020.
 */
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const DATE_KEY = /(^|_)(dates?|days?|time|times|timestamps?|datetime)$/;
const SERIAL_LO = 20000;
const SERIAL_HI = 80000;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;
const serialOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;
const snake = snakeKey;
const isSerial = (v: unknown): v is number => typeof v === 'number' && v >= SERIAL_LO && v <= SERIAL_HI;

/** The days (as serials) the call's date arguments span. */
function windowOf(args: Record<string, unknown>): [number, number] {
  const days: number[] = [];
  for (const v of Object.values(args)) {
    const m = typeof v === 'string' ? ISO_DAY.exec(v) : null;
    if (m && !Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) days.push(serialOf(m[1]!));
  }
  if (days.length >= 2) return [Math.min(...days), Math.max(...days)];
  if (days.length === 1) return [days[0]! - 6, days[0]!];
  const reference = serialOf(REFERENCE_DATE);
  return [reference - 29, reference];
}

/**
 * A fitter for one call: moves the serial dates among one object's own fields into the call's window (see the
 * file comment); `agreeRecord` calls it on each object of the result it already walks. `pinned`: paths the chain reads.
 */
export function serialDateFitter(args: Record<string, unknown>, pinned: ReadonlySet<string>): (obj: Record<string, unknown>, path: string) => void {
  let window: [number, number] | undefined;
  const fit = (v: number): number => {
    window ??= windowOf(args);
    const [lo, hi] = window;
    const day = Math.floor(v);
    if (day >= lo && day <= hi) return v;
    return Number((lo + (day % (hi - lo + 1)) + (v - day)).toFixed(4));
  };
  return (obj, path) => {
    for (const key in obj) {
      const value = obj[key];
      if (typeof value === 'number') {
        if (isSerial(value) && DATE_KEY.test(snake(key)) && !pinned.has(path === '' ? key : `${path}.${key}`)) obj[key] = fit(value);
      } else if (Array.isArray(value) && value.length > 0 && isSerial(value[0]) && value.every(isSerial) && DATE_KEY.test(snake(key))) {
        const here = path === '' ? key : `${path}.${key}`;
        if (![...pinned].some((p) => p.startsWith(here))) obj[key] = value.map(fit).sort((a, b) => a - b);
      }
    }
    orderMinMax(obj, path, pinned);
  };
}

/** `minDate`/`maxDate` serials read as a range: the earlier one is the min (a checker reads them so). */
function orderMinMax(obj: Record<string, unknown>, path: string, pinned: ReadonlySet<string>): void {
  for (const key in obj) {
    const low = obj[key];
    if (!isSerial(low) || !/^min/i.test(key)) continue;
    const partner = key.replace(/^min/, 'max').replace(/^Min/, 'Max').replace(/^MIN/, 'MAX');
    const high = obj[partner];
    const at = (k: string): string => (path === '' ? k : `${path}.${k}`);
    if (!isSerial(high) || low <= high || pinned.has(at(key)) || pinned.has(at(partner))) continue;
    obj[key] = high;
    obj[partner] = low;
  }
}
