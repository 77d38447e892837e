/**
 * Titles of creative works that never contradict who made them: songs and albums get invented titles (a
 * famous title with a random artist, "Take On Me by Rosemary Clooney", is false), and books are drawn as real
 * (title, author, year) triples, so a record holding a title and an author names the book's own author.
 */
import { faker } from './_faker.ts';
import { memoized } from '../text/memo.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const ADJECTIVES = ['Paper', 'Golden', 'Quiet', 'Electric', 'Silver', 'Velvet', 'Northern', 'Borrowed', 'Summer', 'Neon', 'Hollow', 'Restless', 'Slow', 'Distant', 'Broken', 'Midnight', 'Crimson', 'Wild', 'Faded', 'Burning', 'Endless', 'Hidden', 'Lonely', 'Blue', 'Secret', 'Falling', 'Wandering'];
const NOUNS = ['Lanterns', 'Rivers', 'Hearts', 'Skylines', 'Echoes', 'Tides', 'Signals', 'Roads', 'Windows', 'Horizons', 'Fires', 'Letters', 'Mornings', 'Harbours', 'Stars', 'Gardens', 'Mirrors', 'Streets', 'Dreams', 'Shadows', 'Waves', 'Bridges', 'Lights', 'Promises', 'Voices', 'Islands', 'Cities'];

/** An invented song title ("Paper Lanterns"): no real song, so no artist can be the wrong one. */
export const songTitle = (): string => `${pick(ADJECTIVES)} ${pick(NOUNS)}`;

/** An invented album title ("Northern Echoes", "The Harbours Sessions"). */
export const albumTitle = (): string => (faker.datatype.boolean() ? `${pick(ADJECTIVES)} ${pick(NOUNS)}` : `The ${pick(NOUNS)} Sessions`);

/** Real books with their real authors and first publication years. */
export const BOOKS: ReadonlyArray<{ title: string; author: string; year: number }> = [
  { title: 'Pride and Prejudice', author: 'Jane Austen', year: 1813 },
  { title: 'The Master and Margarita', author: 'Mikhail Bulgakov', year: 1967 },
  { title: 'Wuthering Heights', author: 'Emily Brontë', year: 1847 },
  { title: 'Little Women', author: 'Louisa May Alcott', year: 1868 },
  { title: 'The Golden Notebook', author: 'Doris Lessing', year: 1962 },
  { title: 'Native Son', author: 'Richard Wright', year: 1940 },
  { title: 'Robinson Crusoe', author: 'Daniel Defoe', year: 1719 },
  { title: 'The Catcher in the Rye', author: 'J. D. Salinger', year: 1951 },
  { title: 'Lucky Jim', author: 'Kingsley Amis', year: 1954 },
  { title: 'The Brothers Karamazov', author: 'Fyodor Dostoevsky', year: 1880 },
  { title: 'The Left Hand of Darkness', author: 'Ursula K. Le Guin', year: 1969 },
  { title: 'The Corrections', author: 'Jonathan Franzen', year: 2001 },
  { title: 'Vanity Fair', author: 'William Makepeace Thackeray', year: 1848 },
  { title: 'Things Fall Apart', author: 'Chinua Achebe', year: 1958 },
  { title: 'One Hundred Years of Solitude', author: 'Gabriel García Márquez', year: 1967 },
  { title: 'Beloved', author: 'Toni Morrison', year: 1987 },
  { title: 'Middlemarch', author: 'George Eliot', year: 1871 },
  { title: 'The Remains of the Day', author: 'Kazuo Ishiguro', year: 1989 },
  { title: 'Mrs Dalloway', author: 'Virginia Woolf', year: 1925 },
  { title: 'The Great Gatsby', author: 'F. Scott Fitzgerald', year: 1925 },
  { title: 'Frankenstein', author: 'Mary Shelley', year: 1818 },
  { title: 'Invisible Man', author: 'Ralph Ellison', year: 1952 },
  { title: 'Jane Eyre', author: 'Charlotte Brontë', year: 1847 },
  { title: 'The Heart Is a Lonely Hunter', author: 'Carson McCullers', year: 1940 },
];
const BY_TITLE = new Map(BOOKS.map((b) => [b.title, b]));
/** The years a real author published in, from their books here (first to last). */
const AUTHOR_YEARS = new Map<string, [number, number]>();
for (const b of BOOKS) {
  const span = AUTHOR_YEARS.get(b.author);
  AUTHOR_YEARS.set(b.author, span ? [Math.min(span[0], b.year), Math.max(span[1], b.year)] : [b.year, b.year]);
}

export const bookTitle = (): string => pick(BOOKS).title;

const AUTHOR_KEY = /^(author|author_name|authors|author_names|writer|by)$/;
const BOOK_YEAR_KEY = /^(first_publish_year|publish_year|publication_year|year_published|first_published)$/;
const TITLE_KEY = /^(title|name|book_title|work_title)$/;

const TOP_WORK_KEY = /^(top_work|best_known_work|notable_work|famous_work)$/;

/**
 * A book record names its own author (and year); an author's own top work is an invented title, since the
 * author is invented too. `words` gives a key's snake-case words.
 */
export function agreeBook(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  for (const key of keys) if (TOP_WORK_KEY.test(words(key)) && typeof record[key] === 'string' && BY_TITLE.has(record[key] as string)) record[key] = `The ${pick(ADJECTIVES)} ${pick(NOUNS)}`;
  const titleKey = Object.keys(record).find((k) => TITLE_KEY.test(words(k)) && typeof record[k] === 'string' && BY_TITLE.has(record[k] as string));
  if (titleKey === undefined) return;
  const book = BY_TITLE.get(record[titleKey] as string)!;
  for (const key of keys) {
    const w = words(key);
    const value = record[key];
    if (BOOK_YEAR_KEY.test(w) && typeof value === 'number') record[key] = book.year;
    if (!AUTHOR_KEY.test(w)) continue;
    if (typeof value === 'string') record[key] = book.author;
    else if (Array.isArray(value) && value.length > 0) {
      const first = value[0];
      if (typeof first === 'string') record[key] = [book.author];
      else if (first !== null && typeof first === 'object' && typeof (first as Record<string, unknown>).name === 'string') record[key] = [{ ...(first as object), name: book.author }];
    }
  }
}

const ID_WORDS = /^(id|key|[a-z]+_id|[a-z]+_key)$/;
const PERSON_NAME_KEY = /^(name|display_name|full_name)$/;
const snake = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());

/** The id and name keys of a small record that names someone (`{authorId, name}`), or undefined. */
function idAndName(value: unknown): [string, string] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > 4) return undefined;
  const id = keys.find((k) => ID_WORDS.test(snake(k)) && typeof (value as Record<string, unknown>)[k] === 'string');
  const name = keys.find((k) => PERSON_NAME_KEY.test(snake(k)) && typeof (value as Record<string, unknown>)[k] === 'string');
  return id !== undefined && name !== undefined ? [id, name] : undefined;
}

/**
 * One id, one name across a list's items: the works of one author (each with `authors: [{authorId: "OL27A",
 * name}]`) name that author once, not three ways; a real book among them then gets an invented title, since its
 * real author is someone else. Only small nested records (an author, an artist), never the items themselves.
 */
export function oneNamePerId(items: readonly unknown[]): void {
  if (items.length < 2) return;
  const names = new Map<string, string>();
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const record = item as Record<string, unknown>;
    for (const value of Object.values(record)) {
      for (const person of Array.isArray(value) ? value : [value]) {
        const keys = idAndName(person);
        if (keys === undefined) continue;
        const p = person as Record<string, string>;
        const first = names.get(p[keys[0]]!);
        if (first === undefined) names.set(p[keys[0]]!, p[keys[1]]!);
        else if (first !== p[keys[1]]) {
          p[keys[1]] = first;
          for (const [k, v] of Object.entries(record)) if (TITLE_KEY.test(snake(k)) && typeof v === 'string' && BY_TITLE.has(v) && BY_TITLE.get(v)!.author !== first) record[k] = `The ${pick(ADJECTIVES)} ${pick(NOUNS)}`;
        }
      }
    }
  }
  for (const item of items) if (item && typeof item === 'object' && !Array.isArray(item)) withinAuthorsLife(item as Record<string, unknown>);
}

/** The real author a work record names (`author: "Jane Austen"`, `authors: [{name}]`), if one is known. */
function realAuthorOf(record: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(record)) {
    if (!AUTHOR_KEY.test(snake(k))) continue;
    for (const a of Array.isArray(v) ? v : [v]) {
      const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : undefined;
      if (typeof name === 'string' && AUTHOR_YEARS.has(name)) return name;
    }
  }
  return undefined;
}

/**
 * A work of a real author is dated within their writing life: no Charlotte Brontë novel of 1951. An invented
 * title of theirs falls within ten years of the books known here.
 */
export function withinAuthorsLife(record: Record<string, unknown>): void {
  const author = realAuthorOf(record);
  if (author === undefined) return;
  const [from, to] = AUTHOR_YEARS.get(author)!;
  for (const [k, v] of Object.entries(record)) {
    if (!BOOK_YEAR_KEY.test(snake(k)) || typeof v !== 'number' || (v >= from - 10 && v <= to + 10)) continue;
    record[k] = from - 10 + faker.number.int({ min: 0, max: to - from + 20 });
  }
}
