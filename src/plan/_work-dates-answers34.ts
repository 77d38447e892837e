/**
 * A catalogue's dates of a work lie between its year and today (QUALITY.md E, wave 34; rapidapi 2026-216): a 1993
 * title was added to the catalogue (`title_date`) and last seen there (`latest_date`) after 1993 and before today,
 * never on 2026-12-12 nor after its own latest date. Only records with a release year; a date said to lie ahead
 * (a release, an expiry, an air date) is left alone. The day of the year is kept, the year moved; values the call
 * sent or a chain reads never change. No randomness.
 */
import { REFERENCE_DATE } from '../world/index.ts';

type Rec = Record<string, unknown>;

const YEAR_KEY = /^(year|release_?year|releaseYear)$/;
/** Dates a catalogue keeps of a work it holds: when it came in, when it was last seen or changed. */
const HELD = /^(title|latest|added|date_?added|added_?on|new|updated|last_?updated)_?date$|^date_?added$/i;
const DAY = /^(\d{4})(-\d\d-\d\d)(.*)$/;

function yearOf(record: Rec): number | undefined {
  const key = Object.keys(record).find((k) => YEAR_KEY.test(k));
  const v = key === undefined ? undefined : Number(record[key]);
  return v !== undefined && Number.isInteger(v) && v >= 1900 && v <= Number(REFERENCE_DATE.slice(0, 4)) ? v : undefined;
}

/** `date` moved by whole years into [from-01-01, today]. */
function within(date: string, from: number, to: string): string {
  const m = DAY.exec(date)!;
  let y = Number(m[1]);
  while (y > from && `${y}${m[2]}` > to) y--;
  if (y < from) y = from;
  const day = `${y}${m[2]}`;
  return day > to ? `${to}${m[3]}` : `${day}${m[3]}`;
}

/** A title came in a year or more ago: its later sightings (`latest_date`, shown by another call) follow it. */
const ADDED_BY = `${Number(REFERENCE_DATE.slice(0, 4)) - 1}${REFERENCE_DATE.slice(4)}`;
const ADDED = /^(title|added|date_?added|added_?on)/i;

export function workDatesHeld34(record: Rec, isKept: (v: unknown) => boolean): void {
  const year = yearOf(record);
  if (year === undefined) return;
  const keys = Object.keys(record).filter((k) => HELD.test(k) && typeof record[k] === 'string' && DAY.test(record[k] as string) && !isKept(record[k]));
  for (const k of keys) record[k] = within(record[k] as string, year, ADDED.test(k) && year < Number(ADDED_BY.slice(0, 4)) ? ADDED_BY : REFERENCE_DATE);
  // Added before last seen: a title is never last seen before it came in.
  const added = keys.find((k) => ADDED.test(k));
  const latest = keys.find((k) => /^(latest|updated|last)/i.test(k));
  if (added !== undefined && latest !== undefined && (record[added] as string) > (record[latest] as string)) [record[added], record[latest]] = [record[latest], record[added]];
}
