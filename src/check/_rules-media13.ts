/**
 * Media results that agree with what is known of them (QUALITY.md E). Reads only the dialogue record.
 * - `documented_range`: a number sent is inside the range its parameter's description documents ("from 0.0 to
 *   1.0", "between -60 and 0"); a track's audio features are on their known scales (danceability 0–1, loudness
 *   in negative decibels, mode 0 or 1), never danceability 47.54 or mode 399.
 * - `credits_repeat_cast`: a film's crew are not its cast again under new ids, and a character is a name, never a
 *   code ("CHR-83837").
 * - `ranks_beyond_top`: a top-N list ranks its items 1 to N with no gap (no rank 37 in a top 20).
 * - `media_length_unitless`: a video's or song's length reads as a length ("12:07", "4 min"), never a bare "15.73".
 * - `known_book_facts`: a well-known book is never credited to another well-known author nor listed under a subject it
 *   is not of ("Little Women" under science fiction).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { describedRange } from '../text/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MEDIA13_INVARIANTS = ['documented_range', 'credits_repeat_cast', 'ranks_beyond_top', 'media_length_unitless', 'known_book_facts'] as const satisfies readonly InvariantId[];

// Kept per key: the same keys recur in every object of every result.
const snake = snakeKey;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkMedia13(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const range = argumentOutOfRange(record, turn.call.operation, turn.call.arguments);
      if (range) add('documented_range', i, `call: ${range}`);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const top = topLimit(turn.operation);
    if (top !== undefined) {
      const ranks = ranksBeyond(turn.result, top);
      if (ranks) add('ranks_beyond_top', i, `tool result: ${ranks}`);
    }
    const media = MEDIA_OPERATION.test(snake(turn.operation));
    eachObject(turn.result, (obj) => {
      const feature = audioFeatureOffScale(obj);
      if (feature) add('documented_range', i, `tool result: ${feature}`);
      const credits = castAgain(obj);
      if (credits) add('credits_repeat_cast', i, `tool result: ${credits}`);
      const length = media ? unitlessLength(obj) : undefined;
      if (length) add('media_length_unitless', i, `tool result: ${length}`);
      const book = bookFacts(obj);
      if (book) add('known_book_facts', i, `tool result: ${book}`);
    });
  });
}

/** A number argument outside the range its parameter's description documents (when the schema sets no bounds). */
function argumentOutOfRange(record: DialogueRecord, operation: string, args: Record<string, unknown>): string | undefined {
  const properties = record.operations[operation]?.parameters.properties as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return undefined;
  for (const [name, value] of Object.entries(args)) {
    const schema = properties[name];
    if (typeof value !== 'number' || !schema || typeof schema.description !== 'string' || 'minimum' in schema || 'maximum' in schema) continue;
    const range = describedRange(schema.description);
    if (range && (value < range.min || value > range.max)) return `${name} ${value} is outside ${range.min}–${range.max}, the range its description documents`;
  }
  return undefined;
}

/** Spotify-style audio features and their documented scales. */
const AUDIO_SCALES: Readonly<Record<string, readonly [number, number]>> = {
  danceability: [0, 1], energy: [0, 1], speechiness: [0, 1], acousticness: [0, 1], instrumentalness: [0, 1], liveness: [0, 1], valence: [0, 1],
  loudness: [-60, 5], mode: [0, 1], key: [-1, 11], time_signature: [1, 12], tempo: [20, 300],
};
const FEATURE_SIGNS = ['danceability', 'energy', 'speechiness', 'acousticness', 'instrumentalness', 'valence'];

function audioFeatureOffScale(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj).map(snake);
  if (keys.filter((k) => FEATURE_SIGNS.includes(k)).length < 2) return undefined;
  for (const [key, value] of Object.entries(obj)) {
    const scale = AUDIO_SCALES[snake(key)];
    if (!scale || typeof value !== 'number') continue;
    if (value < scale[0] || value > scale[1]) return `audio feature ${key} ${value} is off its scale (${scale[0]} to ${scale[1]})`;
    if (snake(key) === 'mode' && !Number.isInteger(value)) return `mode ${value} is neither 0 (minor) nor 1 (major)`;
  }
  return undefined;
}

const CAST = /^(cast|actors|cast_members|starring)$/;
const CREW = /^(crew|crew_members|filmmakers)$/;
const NAME = /^(name|full_name|display_name)$/;
const CHARACTER = /^(character|character_name)$/;

/** A film record whose crew are its cast again (two or more of the same names), or whose characters are codes. */
function castAgain(obj: Record<string, unknown>): string | undefined {
  const castKey = Object.keys(obj).find((k) => CAST.test(snake(k)) && Array.isArray(obj[k]));
  if (castKey === undefined) return undefined;
  const cast = (obj[castKey] as unknown[]).filter(isRecord);
  for (const member of cast) {
    for (const [k, v] of Object.entries(member)) if (CHARACTER.test(snake(k)) && typeof v === 'string' && /\d/.test(v) && !/\p{Ll}/u.test(v)) return `the character "${v}" is a code, not a name`;
  }
  const crewKey = Object.keys(obj).find((k) => CREW.test(snake(k)) && Array.isArray(obj[k]));
  if (crewKey === undefined) return undefined;
  const nameOf = (r: Record<string, unknown>): string | undefined => {
    const k = Object.keys(r).find((key) => NAME.test(snake(key)) && typeof r[key] === 'string');
    return k === undefined ? undefined : (r[k] as string);
  };
  const castNames = new Set(cast.map(nameOf).filter((n): n is string => n !== undefined));
  const shared = (obj[crewKey] as unknown[]).filter(isRecord).map(nameOf).filter((n): n is string => n !== undefined && castNames.has(n));
  return shared.length >= 2 && shared.length >= castNames.size * 0.6 ? `the crew (${shared.join(', ')}) are the cast again` : undefined;
}

/** "top_20_by_monthly_listeners", "getTop10Songs" → 20, 10. */
function topLimit(operation: string): number | undefined {
  const m = /(?:^|[._])top_?(\d{1,3})(?:_|$)/.exec(snake(operation));
  return m ? Number(m[1]) : undefined;
}

const RANK = /^(rank|ranking|position|chart_position)$/;

/** A rank above the list's N, in a top-N list. */
function ranksBeyond(result: unknown, top: number): string | undefined {
  let found: string | undefined;
  eachObject(result, (obj) => {
    for (const [k, v] of Object.entries(obj)) if (found === undefined && RANK.test(snake(k)) && typeof v === 'number' && v > top) found = `${k} ${v} in a top ${top}`;
  });
  return found;
}

const MEDIA_OPERATION = /(video|youtube|clip|track|song|episode|podcast|music|channel|playlist)/;
const LENGTH = /^(length|length_text|duration_text|video_length|track_length|song_length)$/;

function unitlessLength(obj: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(obj)) if (LENGTH.test(snake(k)) && typeof v === 'string' && /^\d+\.\d+$/.test(v.trim())) return `${k} "${v}" has no unit and is no time (m:ss)`;
  return undefined;
}

/** Well-known books, their authors and what they are not (kept apart from the generator's own table). */
const KNOWN_BOOKS: ReadonlyMap<string, { author: string; not: RegExp }> = new Map(Object.entries({
  'little women': { author: 'Louisa May Alcott', not: /science|fantasy|horror|thriller|crime|mystery/ },
  'pride and prejudice': { author: 'Jane Austen', not: /science|fantasy|horror|thriller|western/ },
  'the brothers karamazov': { author: 'Fyodor Dostoevsky', not: /science|fantasy|western|romance|comedy/ },
  'one hundred years of solitude': { author: 'Gabriel García Márquez', not: /science|western|thriller|horror/ },
  'invisible man': { author: 'Ralph Ellison', not: /science|western|horror|comedy|fantasy/ },
  'frankenstein': { author: 'Mary Shelley', not: /romance|western|comedy/ },
  'the great gatsby': { author: 'F. Scott Fitzgerald', not: /science|fantasy|horror|western/ },
  'jane eyre': { author: 'Charlotte Brontë', not: /science|western|comedy/ },
  'wuthering heights': { author: 'Emily Brontë', not: /science|western|comedy/ },
  'beloved': { author: 'Toni Morrison', not: /science|western|comedy/ },
  'middlemarch': { author: 'George Eliot', not: /science|fantasy|horror|western/ },
  'the catcher in the rye': { author: 'J. D. Salinger', not: /science|fantasy|horror|western/ },
}));
const KNOWN_AUTHORS = new Set([...KNOWN_BOOKS.values()].map((b) => b.author));
const TITLE = /^(title|book_title|work_title)$/;
const SUBJECT = /^(subject|subject_key|subject_name|genre)$/;
const AUTHOR = /^(author|author_name|authors|writer)$/;
const SUBJECTS = /^(subjects|genres)$/;

function authorsOf(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map((a) => (typeof a === 'string' ? a : isRecord(a) && typeof a.name === 'string' ? a.name : undefined)).filter((a): a is string => a !== undefined);
}

function bookFacts(obj: Record<string, unknown>): string | undefined {
  const titleKey = Object.keys(obj).find((k) => TITLE.test(snake(k)) && typeof obj[k] === 'string' && KNOWN_BOOKS.has((obj[k] as string).toLowerCase()));
  if (titleKey !== undefined) {
    const title = obj[titleKey] as string;
    const book = KNOWN_BOOKS.get(title.toLowerCase())!;
    for (const [k, v] of Object.entries(obj)) {
      if (AUTHOR.test(snake(k))) {
        const other = authorsOf(v).find((a) => a !== book.author && KNOWN_AUTHORS.has(a));
        if (other) return `"${title}" is credited to ${other}`;
      }
      if (SUBJECTS.test(snake(k)) && Array.isArray(v)) {
        const off = v.find((s) => typeof s === 'string' && book.not.test(s.toLowerCase()));
        if (off) return `"${title}" is listed as ${off as string}`;
      }
    }
  }
  // A list of works under one subject holds no known book that is not of it.
  const subjectKey = Object.keys(obj).find((k) => SUBJECT.test(snake(k)) && typeof obj[k] === 'string');
  if (subjectKey === undefined) return undefined;
  const subject = (obj[subjectKey] as string).toLowerCase().replace(/[_-]+/g, ' ');
  for (const list of Object.values(obj)) {
    if (!Array.isArray(list)) continue;
    for (const item of list.filter(isRecord)) {
      const key = Object.keys(item).find((k) => TITLE.test(snake(k)) && typeof item[k] === 'string' && KNOWN_BOOKS.has((item[k] as string).toLowerCase()));
      if (key !== undefined && KNOWN_BOOKS.get((item[key] as string).toLowerCase())!.not.test(subject)) return `"${item[key] as string}" is listed under the subject ${obj[subjectKey] as string}`;
    }
  }
  return undefined;
}
