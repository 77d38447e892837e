/**
 * A country's holidays are its own (QUALITY.md E): South Korea's next public holidays are not Easter Monday and
 * Ascension Day. A holiday record that names its country (`countryCode: "KR"`) takes a public holiday of that
 * country from `date-holidays` (a well-kept table of about 200 countries' rules, lunar calendars included, so
 * Chuseok and Korean New Year fall on their real days), on or after the day drawn; a list of them runs in date
 * order with no holiday twice. Names the mock drew from a world-wide pool (HOLIDAY_NAMES) are the only ones
 * replaced; the call's own values (`keep`) never change.
 */
import Holidays from 'date-holidays';
import { HOLIDAY_NAMES } from './_holidays.ts';

type Json = Record<string, unknown>;
interface CountryHoliday { readonly date: string; readonly name: string; readonly localName: string; readonly fixed: boolean }

const DRAWN = new Set(HOLIDAY_NAMES);
const COUNTRY_KEY = /^(country_?code|country|country_?iso|iso_?code|country_?iso_?code)$/i;
const byCountryYear = new Map<string, readonly CountryHoliday[]>();
const countries = new Map<string, { calendar: InstanceType<typeof Holidays>; language: string } | null>();
let known: Readonly<Record<string, string>> | undefined;

/** The public holidays of a country in a year, in date order (substitute days left out); [] for a country not known. */
export function publicHolidays(country: string, year: number): readonly CountryHoliday[] {
  const key = `${country}:${year}`;
  let found = byCountryYear.get(key);
  if (found !== undefined) return found;
  let calendar = countries.get(country);
  if (calendar === undefined) {
    known ??= new Holidays().getCountries();
    const made = known[country] !== undefined ? new Holidays(country) : undefined;
    // The country's own language is read once: a call in English puts English first in getLanguages().
    calendar = made !== undefined ? { calendar: made, language: made.getLanguages()[0] ?? 'en' } : null;
    countries.set(country, calendar);
  }
  if (calendar === null) found = [];
  else {
    const local = calendar.calendar.getHolidays(year, calendar.language);
    const english = calendar.calendar.getHolidays(year, 'en');
    const localName = new Map(local.map((h) => [`${h.date} ${h.rule}`, h.name]));
    found = english.flatMap((h) => (h.type !== 'public' || /substitut/i.test(h.rule) ? [] : [{ date: h.date.slice(0, 10), name: h.name, localName: localName.get(`${h.date} ${h.rule}`) ?? h.name, fixed: /^\d\d-\d\d$/.test(h.rule) }]));
  }
  byCountryYear.set(key, found);
  return found;
}

/** The first public holiday of `country` on or after `day` (this year or the next), or undefined. */
function holidayFrom(country: string, day: string): CountryHoliday | undefined {
  const year = Number(day.slice(0, 4));
  return publicHolidays(country, year).find((h) => h.date >= day) ?? publicHolidays(country, year + 1)[0];
}

const NAME = /^name$/i;
const LOCAL = /^local_?name$/i;
const DATE = /^(date|holiday_?date|observed)$/i;

function countryOf(record: Json): string | undefined {
  for (const [k, v] of Object.entries(record)) if (COUNTRY_KEY.test(k) && typeof v === 'string' && /^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  return undefined;
}

/** A record holding a world-pool holiday name, a date and its country; its keys for name, date and country. */
function holidayRecord(value: unknown): { record: Json; nameKey: string; dateKey: string; country: string } | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Json;
  const keys = Object.keys(record);
  const nameKey = keys.find((k) => NAME.test(k) && typeof record[k] === 'string' && DRAWN.has(record[k] as string));
  const dateKey = keys.find((k) => DATE.test(k) && typeof record[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(record[k] as string));
  const country = countryOf(record);
  return nameKey !== undefined && dateKey !== undefined && country !== undefined ? { record, nameKey, dateKey, country } : undefined;
}

/**
 * Holiday records of a list (or one record) become their country's public holidays: the first on or after its
 * drawn day, each next one the holiday after the one before, so a list reads as the next holidays in order.
 */
export function ownCountryHolidays(items: readonly unknown[], keep: ReadonlySet<string>): void {
  let after = '';
  for (const item of items) {
    const found = holidayRecord(item);
    if (found === undefined) continue;
    const { record, nameKey, dateKey, country } = found;
    const kept = (k: string): boolean => keep.has(JSON.stringify(record[k]));
    if (kept(nameKey) || kept(dateKey)) continue;
    const drawn = (record[dateKey] as string).slice(0, 10);
    // The first on or after its drawn day, the rest the holidays that follow it (a list reads as the next ones, none left out).
    const from = after !== '' ? after : drawn;
    const holiday = holidayFrom(country, from);
    if (holiday === undefined) continue;
    after = nextDay(holiday.date);
    record[nameKey] = holiday.name;
    record[dateKey] = holiday.date + (record[dateKey] as string).slice(10);
    for (const k of Object.keys(record)) {
      if (kept(k)) continue;
      if (LOCAL.test(k) && typeof record[k] === 'string') record[k] = holiday.localName;
      else if (k === 'fixed' && typeof record[k] === 'boolean') record[k] = holiday.fixed;
      else if (k === 'global' && typeof record[k] === 'boolean') record[k] = true;
      // A national holiday is kept in every county: Nager lists no counties for it (and "Seoul" is no county code).
      else if (k === 'counties' && Array.isArray(record[k])) delete record[k];
      // A founding year drawn at random (Children's Day "launched" 1992) is no fact; Nager leaves it null.
      else if (/^launch_?year$/i.test(k) && typeof record[k] === 'number') delete record[k];
      // A public holiday's types say so first (not "Observance" alone).
      else if (k === 'types' && Array.isArray(record[k]) && (record[k] as unknown[]).every((t) => typeof t === 'string' && /^(public|bank|school|authorities|optional|observance)$/i.test(t))) record[k] = ['Public'];
    }
  }
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
