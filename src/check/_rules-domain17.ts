/**
 * Values that do not fit the record or the API they belong to, wave 17 (QUALITY.md E).
 * - `holiday_not_kept`: a holiday record that names its country (`countryCode: "KR"`) falls on a day that country
 *   keeps as a holiday (by `date-holidays`), never Easter Monday in South Korea.
 * - `review_text_twice`: two reviews of one list never share their text (two reviewers do not write the same
 *   sentence).
 * - `review_off_domain`: a review of a place (a restaurant, a hotel, a shop) does not read like an app's ("the
 *   interface feels dated", "keeps crashing since the last update").
 * - `verse_not_scripture`: a scripture API's verse (a book, a chapter and a verse number) is of a book of the
 *   Bible, never "Things Fall Apart" chapter 3 verse 9.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import Holidays from 'date-holidays';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const DOMAIN17_INVARIANTS = ['holiday_not_kept', 'review_text_twice', 'review_off_domain', 'verse_not_scripture'] as const satisfies readonly InvariantId[];

const snake = snakeKeyDashed;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const COUNTRY = /^(country_?code|country|country_?iso|iso_?code)$/;
const DATE = /^(date|holiday_?date|observed)$/;
/** A holiday record: its name beside a local name, a holiday type list or a `holiday` key. */
const HOLIDAY_MARK = /^(local_?name|types|holiday|holiday_?name|holiday_?type|fixed|global)$/;
let calendars: Map<string, InstanceType<typeof Holidays> | null> | undefined;
let countries: Readonly<Record<string, string>> | undefined;

function calendarOf(country: string): InstanceType<typeof Holidays> | null {
  calendars ??= new Map();
  let found = calendars.get(country);
  if (found === undefined) {
    countries ??= new Holidays().getCountries();
    found = countries[country] !== undefined ? new Holidays(country) : null;
    calendars.set(country, found);
  }
  return found;
}

/** Whether `country` keeps `day` as a holiday, remembered: the same few days recur in every holiday list. */
const keptDays = new Map<string, boolean>();
function keepsHoliday(calendar: InstanceType<typeof Holidays>, country: string, day: string): boolean {
  const key = `${country} ${day}`;
  let kept = keptDays.get(key);
  if (kept === undefined) {
    kept = calendar.isHoliday(`${day} 12:00:00`) !== false;
    if (keptDays.size >= 50_000) keptDays.clear();
    keptDays.set(key, kept);
  }
  return kept;
}

/** Why a holiday record's day is no holiday of its country, or undefined. */
function foreignHoliday(obj: Json): string | undefined {
  const keys = Object.keys(obj);
  if (!keys.some((k) => HOLIDAY_MARK.test(snake(k))) || typeof obj['name'] !== 'string') return undefined;
  const countryKey = keys.find((k) => COUNTRY.test(snake(k)) && typeof obj[k] === 'string' && /^[A-Za-z]{2}$/.test(obj[k] as string));
  const dateKey = keys.find((k) => DATE.test(snake(k)) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  if (countryKey === undefined || dateKey === undefined) return undefined;
  const country = (obj[countryKey] as string).toUpperCase();
  const calendar = calendarOf(country);
  if (calendar === null) return undefined;
  const day = (obj[dateKey] as string).slice(0, 10);
  if (keepsHoliday(calendar, country, day)) return undefined;
  return `"${obj['name'] as string}" on ${day} is no holiday ${country} keeps`;
}

const SCORE = /^(score|rating|stars|star_rating|review_rating|overall_rating)$/;
const TEXT = /^(text|body|content|comment|review|review_text|review_body)$/;
const reviewText = (obj: Json): string | undefined => {
  const keys = Object.keys(obj);
  if (!keys.some((k) => SCORE.test(snake(k)) && typeof obj[k] === 'number')) return undefined;
  const text = keys.find((k) => TEXT.test(snake(k)) && typeof obj[k] === 'string');
  return text === undefined ? undefined : (obj[text] as string);
};

/** Every list of records in a value (the root too), each once. */
function eachList(value: unknown, fn: (list: Json[]) => void, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    if (value.length > 1 && value.every(isRecord)) fn(value as Json[]);
    for (const v of value) eachList(v, fn, depth + 1);
    return;
  }
  for (const v of Object.values(value)) if (v && typeof v === 'object') eachList(v, fn, depth + 1);
}

/** What an operation's reviews are of, by its own words: a place, or undefined (apps, products and works are not judged). */
const PLACE_OP = /\b(places?|restaurants?|hotels?|venues?|cafes?|bars?|attractions?|shops?|stores?|yelp|tripadvisor)\b/i;
const SOFTWARE_OP = /\b(apps?|applications?|software|extensions?|plugins?|games?)\b/i;
/** Words only software is reviewed with. */
const SOFTWARE_TALK = /\b(interface|the last update|sync|crash\w*|bugs?|install\w*|log ?in|ads get in the way)\b/i;

const BIBLE_BOOKS = new Set(['genesis', 'exodus', 'leviticus', 'numbers', 'deuteronomy', 'joshua', 'judges', 'ruth', '1 samuel', '2 samuel', '1 kings', '2 kings', '1 chronicles', '2 chronicles', 'ezra', 'nehemiah', 'esther', 'job', 'psalms', 'psalm', 'proverbs', 'ecclesiastes', 'song of solomon', 'song of songs', 'isaiah', 'jeremiah', 'lamentations', 'ezekiel', 'daniel', 'hosea', 'joel', 'amos', 'obadiah', 'jonah', 'micah', 'nahum', 'habakkuk', 'zephaniah', 'haggai', 'zechariah', 'malachi', 'matthew', 'mark', 'luke', 'john', 'acts', 'romans', '1 corinthians', '2 corinthians', 'galatians', 'ephesians', 'philippians', 'colossians', '1 thessalonians', '2 thessalonians', '1 timothy', '2 timothy', 'titus', 'philemon', 'hebrews', 'james', '1 peter', '2 peter', '1 john', '2 john', '3 john', 'jude', 'revelation', 'tobit', 'judith', 'wisdom', 'sirach', 'baruch', '1 maccabees', '2 maccabees']);
const SCRIPTURE_OP = /\b(bibles?|verses?|scriptures?|gospels?|kjv)\b/i;
const BOOK_KEY = /^(book|book_name|book_title)$/;
const CHAPTER_KEY = /^(chapter|chapter_number)$/;
const VERSE_KEY = /^(verse|verse_number)$/;

/** Why a verse record of a scripture API is of no book of the Bible, or undefined. */
function verseOutsideScripture(obj: Json): string | undefined {
  const keys = Object.keys(obj);
  if (!keys.some((k) => CHAPTER_KEY.test(snake(k))) || !keys.some((k) => VERSE_KEY.test(snake(k)))) return undefined;
  const book = keys.find((k) => BOOK_KEY.test(snake(k)) && typeof obj[k] === 'string');
  if (book === undefined) return undefined;
  const name = (obj[book] as string).trim().toLowerCase().replace(/^(i{1,3})\s/, (m) => `${m.trim().length} `);
  return BIBLE_BOOKS.has(name) ? undefined : `verse of "${obj[book] as string}", no book of the Bible`;
}

export function checkDomain17(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = record.operations[turn.operation];
    const words = op ? `${op.name} ${op.description} ${op.path}` : turn.operation;
    const placeReviews = PLACE_OP.test(words) && !SOFTWARE_OP.test(words);
    const scripture = SCRIPTURE_OP.test(words);
    eachObject(turn.result, (obj) => {
      const holiday = foreignHoliday(obj);
      if (holiday) add('holiday_not_kept', i, `tool result: ${holiday}`);
      const text = placeReviews ? reviewText(obj) : undefined;
      if (text !== undefined && SOFTWARE_TALK.test(text)) add('review_off_domain', i, `tool result: a review of a place reads like an app's: "${text}"`);
      const verse = scripture ? verseOutsideScripture(obj) : undefined;
      if (verse) add('verse_not_scripture', i, `tool result: ${verse}`);
    });
    eachList(turn.result, (list) => {
      const seen = new Set<string>();
      for (const item of list) {
        const text = reviewText(item);
        if (text === undefined || text.length < 12) continue;
        if (seen.has(text)) {
          add('review_text_twice', i, `tool result: two reviews of one list say "${text}"`);
          return;
        }
        seen.add(text);
      }
    });
  });
}
