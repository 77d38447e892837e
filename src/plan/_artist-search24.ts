/**
 * A search whose query names a performer or an author finds their works (QUALITY.md E): "eminem" on a track search
 * finds Eminem's tracks ("Lose Yourself", artist Eminem), never tracks titled "Eminem", "Eminem (Live)" by other
 * artists. Applies to lists whose records name who made them (`artist`, `author`); the works are real, with their years.
 */
import { AUTHOR_WORKS, PERFORMER_SONGS, performerOf } from '../world/index.ts';
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;

/** Who made a record: its performer or author, by name. */
const MAKER = /^(artist|artist_?name|author|author_?name|singer|performer|band|creator)$/;
/** A record's date or year, moved to the work's year. */
const DATED = /(^|_)(release_?date|released|date|year|published|publish_?date|first_?published|publication_?date)$/;

let authorsByLower: Map<string, string> | undefined;
const authorOf = (q: string): string | undefined => {
  authorsByLower ??= new Map(Object.keys(AUTHOR_WORKS).map((a) => [a.toLowerCase(), a]));
  return authorsByLower.get(q.trim().toLowerCase());
};

/**
 * Names the records of a list after the maker the query names (see the file comment); `label` is the records'
 * title key. Returns false, changing nothing, when the query names no known maker or the records name no maker.
 */
export function worksOfMaker24(items: unknown[], label: string, query: string): boolean {
  const first = items[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return false;
  const maker = Object.keys(first).find((k) => k !== label && MAKER.test(lastNameWord(k)) && typeof (first as Json)[k] === 'string');
  if (maker === undefined) return false;
  const performer = performerOf(query);
  const author = performer === undefined ? authorOf(query) : undefined;
  const works = performer !== undefined ? PERFORMER_SONGS[performer] : author !== undefined ? AUTHOR_WORKS[author] : undefined;
  if (works === undefined) return false;
  if (items.length > works.length) items.splice(works.length);
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const record = item as Json;
    const [title, year] = works[i]!;
    record[maker] = performer ?? author;
    record[label] = title;
    for (const key of Object.keys(record)) {
      if (!DATED.test(lastNameWord(key))) continue;
      const v = record[key];
      if (typeof v === 'number' && v >= 1000 && v <= 2100) record[key] = year;
      // A real work's day is not known here: its year alone, never a made-up day ("Mockingbird", June 20, 2004) (wave 35).
      else if (typeof v === 'string' && /^\d{4}(?=-|$)/.test(v)) record[key] = String(year);
    }
    for (const key of Object.keys(record)) if (/(^|_)date_precision$/.test(lastNameWord(key))) record[key] = 'year';
  });
  return true;
}
