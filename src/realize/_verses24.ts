/**
 * Verses are said by their reference and words (QUALITY.md F), wave 24: a verse search is for the reference, so the
 * reply names "Psalms 23:1" with its text, never "the chapter is 23, the verse is 1 and the book name is Psalms" nor
 * the texts without where they stand. A list of verse records (a book, a chapter and a verse number, a text) only.
 */
type Json = Record<string, unknown>;

const BOOK = /^(book|book_?name|book_?title)$/i;
const CHAPTER = /^(chapter|chapter_?number)$/i;
const VERSE = /^(verse|verse_?number)$/i;
const TEXT = /^(text|verse_?text|content|body)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The verse records of a result: the root list, or one list of the root object. */
function verseList(result: unknown): Json[] | undefined {
  const list = Array.isArray(result) ? result : isRecord(result) ? Object.values(result).find((v) => Array.isArray(v) && v.length > 0) : undefined;
  if (!Array.isArray(list) || list.length === 0 || list.length > 5 || !list.every(isRecord)) return undefined;
  const keys = Object.keys(list[0] as Json);
  return keys.some((k) => BOOK.test(k)) && keys.some((k) => CHAPTER.test(k)) && keys.some((k) => VERSE.test(k)) ? (list as Json[]) : undefined;
}

/** "Psalms 23:1" of a verse record, and its text. */
export function verseReference(record: Json): { ref: string; text?: string } | undefined {
  const get = (re: RegExp): unknown => record[Object.keys(record).find((k) => re.test(k)) ?? ''];
  const book = get(BOOK), chapter = get(CHAPTER), verse = get(VERSE), text = get(TEXT);
  if (typeof book !== 'string' || (typeof chapter !== 'number' && typeof chapter !== 'string') || (typeof verse !== 'number' && typeof verse !== 'string')) return undefined;
  return { ref: `${book} ${chapter}:${verse}`, ...(typeof text === 'string' && text.length <= 200 ? { text: text.trim() } : {}) };
}

/** The reply for a list of verses (see the file comment), or undefined when the result holds none. */
export function verseSummary24(result: unknown): string | undefined {
  const verses = verseList(result)?.map(verseReference);
  if (verses === undefined || verses.some((v) => v === undefined)) return undefined;
  const told = (verses as Array<{ ref: string; text?: string }>).map((v) => (v.text ? `${v.ref}, “${v.text.replace(/[.;,:]$/, '')}”` : v.ref));
  if (told.length === 1) return `I found one verse: ${told[0]}.`;
  return `I found ${told.length} verses: ${told.slice(0, -1).join('; ')}; and ${told[told.length - 1]}.`;
}
