/**
 * Opening hours as a place keeps them: real clock times (a pattern like `^[0-2][0-9]:[0-5][0-9]$` also allows
 * 27:05), opening before closing, and one row per day of the week in the week's order.
 */
import { faker } from './_faker.ts';
import { lastNameWord } from './_params.ts';

const OPENS = /^(opens?|open_?(at|time|from)|opening(_?time)?)$/;
const CLOSES = /^(closes?|close_?(at|time)|closing(_?time)?)$/;
const DAY = /^(day|weekday|day_?of_?week|dow)$/;
const CLOCK = /^(\d{1,2}):(\d{2})(:\d{2})?$/;

/** The keys of a record's opening and closing times, when both hold clock times. */
function timeKeys(record: Record<string, unknown>): [string, string] | undefined {
  let opens: string | undefined;
  let closes: string | undefined;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !CLOCK.test(value)) continue;
    const word = lastNameWord(key).replace(/_/g, '');
    if (!opens && OPENS.test(word)) opens = key;
    else if (!closes && CLOSES.test(word)) closes = key;
  }
  return opens && closes ? [opens, closes] : undefined;
}

const clock = (minutes: number, seconds: boolean): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}${seconds ? ':00' : ''}`;
const minutesOf = (value: string): number => {
  const m = CLOCK.exec(value)!;
  return Number(m[1]) * 60 + Number(m[2]);
};

/** A record with an opening and a closing time: both valid, a working day apart (06:00–11:00 to 16:00–23:30 when drawn again). */
export function settleOpeningTimes(record: Record<string, unknown>, fixed: readonly string[]): void {
  const keys = timeKeys(record);
  if (!keys || keys.some((k) => fixed.includes(k))) return;
  const [o, c] = keys;
  const opens = minutesOf(record[o] as string);
  const closes = minutesOf(record[c] as string);
  const seconds = (record[o] as string).length > 5;
  // A place opens between 05:00 and noon and stays open at least four hours, on the half hour (never 11:47–23:58).
  if (opens >= 5 * 60 && opens <= 12 * 60 && closes < 24 * 60 && closes - opens >= 4 * 60) {
    if (opens % 30 === 0 && closes % 30 === 0) return;
    record[o] = clock(opens - (opens % 30), seconds);
    record[c] = clock(closes - (closes % 30), seconds);
    return;
  }
  const open = faker.number.int({ min: 12, max: 22 }) * 30; // 06:00–11:00
  const close = faker.number.int({ min: 32, max: 47 }) * 30; // 16:00–23:30
  record[o] = clock(open, seconds);
  record[c] = clock(close, seconds);
}

const WEEK_STYLES: readonly (readonly string[])[] = [
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'],
];

/**
 * Rows of opening hours (`[{day, opens, closes}]`): each day once, in the week's order, written as the rows
 * wrote them ("wed", "Wednesday", "WED").
 */
export function oneRowPerDay(items: unknown[], chosen: number): void {
  if (items.length < 2 || items.length > 7 || chosen >= 0) return;
  if (items.every((item) => typeof item === 'string' && SCHEDULE_LINE.test(item))) return oneWeek(items);
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  const dayKey = Object.keys(first).find((k) => DAY.test(lastNameWord(k).replace(/_/g, '')) && typeof (first as Record<string, unknown>)[k] === 'string');
  if (!dayKey || !timeKeys(first as Record<string, unknown>)) return;
  const days = items.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[dayKey] : undefined));
  if (!days.every((d): d is string => typeof d === 'string')) return;
  const style = WEEK_STYLES.find((week) => days.every((d) => week.includes(d.toLowerCase())));
  if (!style || new Set(days.map((d) => d.toLowerCase())).size === days.length && isOrdered(days, style)) return;
  const upper = days[0] === days[0]!.toUpperCase();
  const capital = !upper && /^[A-Z]/.test(days[0]!);
  const start = items.length >= 7 ? 0 : faker.number.int({ min: 0, max: 7 - items.length });
  items.forEach((item, i) => {
    const day = style[(start + i) % 7]!;
    (item as Record<string, unknown>)[dayKey] = upper ? day.toUpperCase() : capital ? day[0]!.toUpperCase() + day.slice(1) : day;
  });
}

function isOrdered(days: readonly string[], style: readonly string[]): boolean {
  return days.every((d, i) => i === 0 || style.indexOf(d.toLowerCase()) > style.indexOf(days[i - 1]!.toLowerCase()));
}

/** A line of a weekly schedule written as text ("Mon-Fri 09:00-18:00"). */
const SCHEDULE_LINE = /^(mon|tue|wed|thu|fri|sat|sun|daily)[a-z]*\b.*\d\d:\d\d/i;
/** Weeks written as lines, each day in one line only. */
const WEEKS: readonly (readonly string[])[] = [
  ['Mon-Fri 09:00-18:00', 'Sat 10:00-16:00', 'Sun closed'],
  ['Mon-Sat 10:00-20:00', 'Sun 11:00-17:00'],
  ['Mon-Thu 08:00-22:00', 'Fri-Sat 08:00-23:30', 'Sun 09:00-21:00'],
  ['Tue-Sun 12:00-23:00', 'Mon closed'],
];

/** Lines of a weekly schedule drawn one by one overlap ("Mon-Sat …", "Mon …"): they become one week's lines. */
function oneWeek(items: unknown[]): void {
  const fits = WEEKS.filter((w) => w.length >= items.length);
  if (fits.length === 0 || fits.some((w) => items.every((item, i) => item === w[i]))) return;
  const week = faker.helpers.arrayElement(fits as string[][]);
  items.forEach((_, i) => {
    items[i] = week[i]!;
  });
}
