/**
 * A scripture API's values are scripture (QUALITY.md E): a Bible search returned "Things Fall Apart" chapter 3
 * verse 9 with text "mountain bikes" (rapidapi #303). A verse record (a book, chapter and verse, and its text)
 * is one real verse, distinct within its list; a book of the Bible is one of its books; a search is a word
 * verses hold. Texts are of the King James Version (public domain).
 */
import type { Rng } from '../random/index.ts';

/** Words of an operation about scripture (the Bible, its verses, a psalm). */
export const SCRIPTURE = /\b(bibles?|verses?|scriptures?|gospels?|psalms?|kjv)\b/;

interface Verse { readonly book: string; readonly chapter: number; readonly verse: number; readonly text: string }
const VERSES: readonly Verse[] = [
  { book: 'Genesis', chapter: 1, verse: 1, text: 'In the beginning God created the heaven and the earth.' },
  { book: 'Genesis', chapter: 1, verse: 3, text: 'And God said, Let there be light: and there was light.' },
  { book: 'Psalms', chapter: 23, verse: 1, text: 'The LORD is my shepherd; I shall not want.' },
  { book: 'Psalms', chapter: 119, verse: 105, text: 'Thy word is a lamp unto my feet, and a light unto my path.' },
  { book: 'Proverbs', chapter: 3, verse: 5, text: 'Trust in the LORD with all thine heart; and lean not unto thine own understanding.' },
  { book: 'Ecclesiastes', chapter: 3, verse: 1, text: 'To every thing there is a season, and a time to every purpose under the heaven.' },
  { book: 'Isaiah', chapter: 40, verse: 31, text: 'But they that wait upon the LORD shall renew their strength; they shall mount up with wings as eagles.' },
  { book: 'Matthew', chapter: 5, verse: 9, text: 'Blessed are the peacemakers: for they shall be called the children of God.' },
  { book: 'Matthew', chapter: 5, verse: 14, text: 'Ye are the light of the world. A city that is set on an hill cannot be hid.' },
  { book: 'John', chapter: 1, verse: 5, text: 'And the light shineth in darkness; and the darkness comprehended it not.' },
  { book: 'John', chapter: 3, verse: 16, text: 'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.' },
  { book: 'John', chapter: 14, verse: 27, text: 'Peace I leave with you, my peace I give unto you: not as the world giveth, give I unto you.' },
  { book: 'Romans', chapter: 8, verse: 28, text: 'And we know that all things work together for good to them that love God.' },
  { book: '1 Corinthians', chapter: 13, verse: 4, text: 'Charity suffereth long, and is kind; charity envieth not; charity vaunteth not itself, is not puffed up.' },
  { book: '1 Corinthians', chapter: 13, verse: 13, text: 'And now abideth faith, hope, charity, these three; but the greatest of these is charity.' },
  { book: 'Hebrews', chapter: 11, verse: 1, text: 'Now faith is the substance of things hoped for, the evidence of things not seen.' },
  { book: '1 John', chapter: 4, verse: 8, text: 'He that loveth not knoweth not God; for God is love.' },
];
/** Words a person searches scripture for; each is in some verses above. */
const TERMS = ['light', 'love', 'peace', 'faith', 'shepherd', 'world'];
const BOOKS = [...new Set(VERSES.map((v) => v.book))];

export const scriptureTerm = (rng: Rng): string => rng.pick(TERMS);
export const scriptureBook = (rng: Rng): string => rng.pick(BOOKS);

const BOOK_KEY = /^(book|book_?name|book_?title)$/i;
const CHAPTER_KEY = /^(chapter|chapter_?number|chapter_?id)$/i;
const VERSE_KEY = /^(verse|verse_?number|verse_?id)$/i;
const TEXT_KEY = /^(text|verse_?text|content|body)$/i;

/**
 * Verse records of a result (a book, a chapter number, a verse number and a text) become real verses, distinct
 * within their list; a search term the call sent picks verses that hold it first. Kept values never change.
 */
export function agreeVerses(value: unknown, keep: ReadonlySet<string>, terms: readonly string[], depth = 0, used = new Set<Verse>()): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    const inList = new Set<Verse>();
    for (const item of value) agreeVerses(item, keep, terms, depth + 1, inList);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const key = (re: RegExp, type: string): string | undefined => keys.find((k) => re.test(k) && typeof record[k] === type);
  const book = key(BOOK_KEY, 'string');
  const chapter = key(CHAPTER_KEY, 'number');
  const verseKey = key(VERSE_KEY, 'number');
  const text = key(TEXT_KEY, 'string');
  if (chapter === undefined || verseKey === undefined || (book === undefined && text === undefined)) {
    for (const v of Object.values(record)) if (v && typeof v === 'object') agreeVerses(v, keep, terms, depth + 1);
    return;
  }
  const kept = (k: string | undefined): boolean => k !== undefined && keep.has(JSON.stringify(record[k]));
  // A verse the call named (its text searched for, its book asked) is that verse: the rest of the record follows it.
  const named = kept(text) ? VERSES.find((v) => v.text.toLowerCase() === (record[text!] as string).toLowerCase()) : undefined;
  // The searched verse listed twice is one verse: the second record is another verse.
  const twice = named !== undefined && used.has(named) && !kept(book) && !kept(chapter) && !kept(verseKey);
  if (!twice && (named !== undefined || kept(text) || kept(book) || kept(chapter) || kept(verseKey))) {
    if (named === undefined) return;
    used.add(named);
    if (book !== undefined && !kept(book)) record[book] = named.book;
    if (!kept(chapter)) record[chapter] = named.chapter;
    if (!kept(verseKey)) record[verseKey] = named.verse;
    versesTags(record, named, keep);
    return;
  }
  const free = VERSES.filter((v) => !used.has(v));
  const pool = free.length > 0 ? free : VERSES;
  const holding = pool.filter((v) => terms.some((t) => v.text.toLowerCase().includes(t.toLowerCase())));
  // Deterministic: the record's own drawn numbers choose among the verses (no random draw is added here).
  const from = holding.length > 0 ? holding : pool;
  const verse = from[Math.abs(Math.round((record[chapter] as number) * 31 + (record[verseKey] as number))) % from.length]!;
  used.add(verse);
  if (book !== undefined) record[book] = verse.book;
  record[chapter] = verse.chapter;
  record[verseKey] = verse.verse;
  if (text !== undefined) record[text] = verse.text;
  versesTags(record, verse, keep);
}

/** A verse's tags are the themes its words hold ("light", "love"), never topics of another world ("home cooking"). */
function versesTags(record: Record<string, unknown>, verse: Verse, keep: ReadonlySet<string>): void {
  const tags = record['tags'];
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every((t) => typeof t === 'string') || keep.has(JSON.stringify(tags))) return;
  const themes = TERMS.filter((t) => verse.text.toLowerCase().includes(t));
  record['tags'] = (themes.length > 0 ? themes : [verse.book.toLowerCase()]).slice(0, tags.length);
}

const SCRIPTURE_API = /(^|[^a-z])(bibles?|scriptures?|gospels?|quran|koran|torah)([^a-z]|$)/;
/**
 * " scripture" for an operation of a scripture API whose own words (summary, name, path) do not say so ("Search
 * Text" /search of bible_search: "Return all verses from the bible"), so its values are scripture's; else "".
 */
export function scriptureWord(o: { api: { name: string; title?: string }; description?: string }): string {
  return SCRIPTURE_API.test(`${o.api.name} ${o.api.title ?? ''} ${o.description ?? ''}`.toLowerCase()) ? ' scripture' : '';
}
