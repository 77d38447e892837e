/**
 * Titles of creative works that never contradict who made them: songs and albums get invented titles (a
 * famous title with a random artist, "Take On Me by Rosemary Clooney", is false), and books are drawn as real
 * (title, author, year) triples, so a record holding a title and an author names the book's own author.
 */
import { faker } from './_faker.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { isOwnWork, otherWorkOf } from './_author-works20.ts';
export { jobTitle26 } from './_jobs26.ts'; // a real job title, beside the other invented works' names

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const ADJECTIVES = ['Paper', 'Golden', 'Quiet', 'Electric', 'Silver', 'Velvet', 'Northern', 'Borrowed', 'Summer', 'Neon', 'Hollow', 'Restless', 'Slow', 'Distant', 'Broken', 'Midnight', 'Crimson', 'Wild', 'Faded', 'Burning', 'Endless', 'Hidden', 'Lonely', 'Blue', 'Secret', 'Falling', 'Wandering'];
const NOUNS = ['Lanterns', 'Rivers', 'Hearts', 'Skylines', 'Echoes', 'Tides', 'Signals', 'Roads', 'Windows', 'Horizons', 'Fires', 'Letters', 'Mornings', 'Harbours', 'Stars', 'Gardens', 'Mirrors', 'Streets', 'Dreams', 'Shadows', 'Waves', 'Bridges', 'Lights', 'Promises', 'Voices', 'Islands', 'Cities'];

/** An invented song title ("Paper Lanterns"): no real song, so no artist can be the wrong one. */
export const songTitle = (): string => `${pick(ADJECTIVES)} ${pick(NOUNS)}`;

/** An invented album title ("Northern Echoes", "The Harbours Sessions"). */
export const albumTitle = (): string => (faker.datatype.boolean() ? `${pick(ADJECTIVES)} ${pick(NOUNS)}` : `The ${pick(NOUNS)} Sessions`);

export const STAGE_FIRST = ['Mara', 'Jonah', 'Lior', 'Ada', 'Remy', 'Isla', 'Theo', 'Nico', 'Juno', 'Cass', 'Elio', 'Wren', 'Sol', 'Ines', 'Kai', 'Lena', 'Rafa', 'Noor', 'Otis', 'Yara'];
export const STAGE_LAST = ['Vale', 'Hart', 'Rowe', 'Quinn', 'Marlow', 'Sayer', 'Lark', 'Fenn', 'Reyes', 'Oduya', 'Lindqvist', 'Moreau', 'Kaur', 'Tanaka', 'Okafor', 'Brandt', 'Castell', 'Ivers'];

/**
 * An invented artist ("Isla Marlow", "The Lanterns", "Theo Quinn & the Tides"): a real one ("Pet Shop Boys")
 * would carry genres, tracks and fellow artists that contradict what the world knows of them.
 */
export function artistName(): string {
  const kind = faker.number.int({ min: 0, max: 7 });
  if (kind <= 4) return `${pick(STAGE_FIRST)} ${pick(STAGE_LAST)}`;
  return kind <= 6 ? `The ${pick(NOUNS)}` : `${pick(STAGE_FIRST)} ${pick(STAGE_LAST)} & the ${pick(NOUNS)}`;
}

/** Real books with their real authors, first publication years, a one-line summary and their subjects. */
export const BOOKS: ReadonlyArray<{ title: string; author: string; year: number; about: string; subjects: readonly string[] }> = [
  { title: 'Pride and Prejudice', author: 'Jane Austen', year: 1813, about: 'The proud Mr Darcy and the quick-witted Elizabeth Bennet misjudge each other in Regency England.', subjects: ['Romance', 'Classics', 'Fiction'] },
  { title: 'The Master and Margarita', author: 'Mikhail Bulgakov', year: 1967, about: 'The Devil visits Soviet Moscow while a writer and his lover are caught up in his games.', subjects: ['Fantasy', 'Satire', 'Classics'] },
  { title: 'Wuthering Heights', author: 'Emily Brontë', year: 1847, about: 'The doomed passion of Heathcliff and Catherine Earnshaw on the Yorkshire moors.', subjects: ['Romance', 'Gothic fiction', 'Classics'] },
  { title: 'Little Women', author: 'Louisa May Alcott', year: 1868, about: 'The four March sisters grow up in New England while their father is away at the Civil War.', subjects: ['Coming of age', 'Family', 'Classics'] },
  { title: 'The Golden Notebook', author: 'Doris Lessing', year: 1962, about: 'A writer keeps four notebooks of her life in 1950s London and tries to bring them together in a fifth.', subjects: ['Literary fiction', 'Feminism', 'Fiction'] },
  { title: 'Native Son', author: 'Richard Wright', year: 1940, about: 'A young Black man in 1930s Chicago is driven to a killing and tried by a society that made him.', subjects: ['Literary fiction', 'Crime', 'Classics'] },
  { title: 'Robinson Crusoe', author: 'Daniel Defoe', year: 1719, about: 'A castaway survives for years on a remote island after a shipwreck.', subjects: ['Adventure', 'Classics', 'Fiction'] },
  { title: 'The Catcher in the Rye', author: 'J. D. Salinger', year: 1951, about: 'Expelled from school, Holden Caulfield spends three days wandering New York City.', subjects: ['Coming of age', 'Classics', 'Fiction'] },
  { title: 'Lucky Jim', author: 'Kingsley Amis', year: 1954, about: 'A hapless junior lecturer at a provincial university tries to keep his job.', subjects: ['Comedy', 'Satire', 'Fiction'] },
  { title: 'The Brothers Karamazov', author: 'Fyodor Dostoevsky', year: 1880, about: 'Three brothers and the murder of their father test faith, doubt and guilt.', subjects: ['Philosophy', 'Classics', 'Crime'] },
  { title: 'The Left Hand of Darkness', author: 'Ursula K. Le Guin', year: 1969, about: 'An envoy to an icy planet whose people have no fixed sex must win the trust of its rulers.', subjects: ['Science fiction', 'Classics', 'Fiction'] },
  { title: 'The Corrections', author: 'Jonathan Franzen', year: 2001, about: 'An ageing Midwestern couple want their three grown children home for one last Christmas.', subjects: ['Literary fiction', 'Family', 'Fiction'] },
  { title: 'Vanity Fair', author: 'William Makepeace Thackeray', year: 1848, about: 'The ambitious Becky Sharp climbs English society during the Napoleonic Wars.', subjects: ['Satire', 'Classics', 'Historical fiction'] },
  { title: 'Things Fall Apart', author: 'Chinua Achebe', year: 1958, about: 'An Igbo leader watches his village change as colonial rule and missionaries arrive.', subjects: ['Historical fiction', 'Classics', 'Fiction'] },
  { title: 'One Hundred Years of Solitude', author: 'Gabriel García Márquez', year: 1967, about: 'Seven generations of the Buendía family live through the rise and fall of the town of Macondo.', subjects: ['Magical realism', 'Classics', 'Family'] },
  { title: 'Beloved', author: 'Toni Morrison', year: 1987, about: 'A woman who escaped slavery is haunted by the ghost of her daughter in post-war Ohio.', subjects: ['Historical fiction', 'Ghost stories', 'Classics'] },
  { title: 'Middlemarch', author: 'George Eliot', year: 1871, about: 'The lives and marriages of the people of an English provincial town around 1830.', subjects: ['Classics', 'Historical fiction', 'Fiction'] },
  { title: 'The Remains of the Day', author: 'Kazuo Ishiguro', year: 1989, about: 'An English butler looks back on his years of service on a motoring trip in 1956.', subjects: ['Literary fiction', 'Historical fiction', 'Fiction'] },
  { title: 'Mrs Dalloway', author: 'Virginia Woolf', year: 1925, about: 'A London society hostess prepares for a party on one June day after the First World War.', subjects: ['Literary fiction', 'Classics', 'Modernism'] },
  { title: 'The Great Gatsby', author: 'F. Scott Fitzgerald', year: 1925, about: 'The mysterious millionaire Jay Gatsby pursues the lost love of his youth on Long Island.', subjects: ['Classics', 'Literary fiction', 'Romance'] },
  { title: 'Frankenstein', author: 'Mary Shelley', year: 1818, about: 'A young scientist creates a living being and is destroyed by what he has made.', subjects: ['Science fiction', 'Horror', 'Gothic fiction'] },
  { title: 'Invisible Man', author: 'Ralph Ellison', year: 1952, about: 'A nameless Black narrator tells of his journey from the South to Harlem and a society that refuses to see him.', subjects: ['Literary fiction', 'Classics', 'Politics'] },
  { title: 'Jane Eyre', author: 'Charlotte Brontë', year: 1847, about: 'An orphaned governess falls in love with her employer, Mr Rochester, who hides a secret.', subjects: ['Romance', 'Gothic fiction', 'Classics'] },
  { title: 'The Heart Is a Lonely Hunter', author: 'Carson McCullers', year: 1940, about: 'A deaf man becomes the confidant of the lonely people of a Georgia mill town.', subjects: ['Literary fiction', 'Southern Gothic', 'Classics'] },
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

const BOOK_ABOUT_KEY = /^(description|overview|summary|synopsis|plot|about|blurb)$/;
const BOOK_SUBJECT_KEY = /^(subjects|subject|genres|genre|categories)$/;
const SUBJECT_ASKED = /^(subject|subject_key|subject_name|genre|category)$/;
const WORKS_LIST = /^(works|books|docs|entries|items|results|titles)$/;
const spaced = (text: string): string => text.toLowerCase().replace(/[_-]+/g, ' ').trim();

/**
 * The works listed under a subject (`{subjectKey: "science_fiction", works: [...]}`) are of that subject: a
 * real book of another subject ("Little Women") gives way to a real book of it, with its author and year, or to
 * an invented title by an invented author where no book here is of it.
 */
export function worksOfSubject(record: Record<string, unknown>, words: (key: string) => string): void {
  const subjectKey = Object.keys(record).find((k) => SUBJECT_ASKED.test(words(k)) && typeof record[k] === 'string');
  const listKey = Object.keys(record).find((k) => WORKS_LIST.test(words(k)) && Array.isArray(record[k]));
  if (subjectKey === undefined || listKey === undefined) return;
  const subject = spaced(record[subjectKey] as string);
  if (subject.length < 3) return;
  // A book of "Fiction" is no book of "science fiction": only a subject of several words is looked for inside the one asked.
  const ofSubject = (b: (typeof BOOKS)[number]): boolean => b.subjects.some((x) => spaced(x).includes(subject) || (spaced(x).includes(' ') && subject.includes(spaced(x))));
  const fitting = BOOKS.filter(ofSubject);
  const used = new Set<string>();
  for (const item of record[listKey] as unknown[]) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const work = item as Record<string, unknown>;
    const titleKey = Object.keys(work).find((k) => TITLE_KEY.test(words(k)) && typeof work[k] === 'string' && BY_TITLE.has(work[k] as string));
    if (titleKey === undefined || ofSubject(BY_TITLE.get(work[titleKey] as string)!)) continue;
    const other = fitting.find((b) => !used.has(b.title) && !(record[listKey] as unknown[]).some((i) => i && typeof i === 'object' && Object.values(i).includes(b.title)));
    if (other !== undefined) used.add(other.title);
    work[titleKey] = other?.title ?? `The ${pick(ADJECTIVES)} ${pick(NOUNS)}`;
    const author = other?.author ?? faker.person.fullName();
    for (const [k, v] of Object.entries(work)) {
      if (!AUTHOR_KEY.test(words(k))) continue;
      if (typeof v === 'string') work[k] = author;
      else if (Array.isArray(v) && v.length > 0 && v[0] && typeof v[0] === 'object') work[k] = [{ ...(v[0] as object), name: author }];
      else if (Array.isArray(v) && v.length > 0) work[k] = [author];
    }
    if (other !== undefined) for (const k of Object.keys(work)) if (BOOK_YEAR_KEY.test(words(k)) && typeof work[k] === 'number') work[k] = other.year;
  }
}

/** A subject's key is its name in the key's form ("Science Fiction" → "science_fiction"), never "hobnx". */
export function subjectKeyOfName(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const keyKey = keys.find((k) => /^subject_(key|id|slug)$/.test(words(k)) && typeof record[k] === 'string');
  const nameKey = Object.keys(record).find((k) => /^(name|subject_name|title)$/.test(words(k)) && typeof record[k] === 'string');
  if (keyKey === undefined || nameKey === undefined || !/^[A-Z][A-Za-z' -]+$/.test(record[nameKey] as string)) return;
  record[keyKey] = (record[nameKey] as string).toLowerCase().replace(/['-]/g, '').replace(/\s+/g, '_');
}

const TOP_WORK_KEY = /^(top_work|best_known_work|notable_work|famous_work)$/;

/**
 * A book record names its own author (and year); an author's own top work is an invented title, since the
 * author is invented too. `words` gives a key's snake-case words; `adaptation`: the title is final (named by the
 * search), so a film or show of a known book's title tells the book's story.
 */
export function agreeBook(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string, adaptation = false): void {
  for (const key of keys) if (TOP_WORK_KEY.test(words(key)) && typeof record[key] === 'string' && BY_TITLE.has(record[key] as string)) record[key] = `The ${pick(ADJECTIVES)} ${pick(NOUNS)}`;
  const titleKey = Object.keys(record).find((k) => TITLE_KEY.test(words(k)) && typeof record[k] === 'string' && BY_TITLE.has(record[k] as string));
  if (titleKey === undefined) return;
  const book = BY_TITLE.get(record[titleKey] as string)!;
  // A book's own record (an author or a year beside the title) tells its own story under its own subjects.
  const bookRecord = Object.keys(record).some((k) => AUTHOR_KEY.test(words(k)) || BOOK_YEAR_KEY.test(words(k)) || BOOK_SUBJECT_KEY.test(words(k)));
  for (const key of keys) {
    const w = words(key);
    const value = record[key];
    // A film or show named for a known book (an adaptation) tells the book's story, never an unrelated plot.
    if (BOOK_ABOUT_KEY.test(w) && typeof value === 'string' && (bookRecord || (adaptation && key !== titleKey))) record[key] = book.about;
    if (bookRecord && BOOK_SUBJECT_KEY.test(w)) {
      if (typeof value === 'string') record[key] = book.subjects[0];
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) record[key] = book.subjects.slice(0, Math.max(1, Math.min(value.length, book.subjects.length)));
    }
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
const snake = snakeKey;

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
  realWorksOnly(items);
  for (const item of items) if (item && typeof item === 'object' && !Array.isArray(item)) withinAuthorsLife(item as Record<string, unknown>);
}

/** The works listed under a real author are theirs: an invented title under F. Scott Fitzgerald becomes one of his own books. */
function realWorksOnly(items: readonly unknown[]): void {
  const records = items.filter((i): i is Record<string, unknown> => !!i && typeof i === 'object' && !Array.isArray(i));
  const titleOf = (r: Record<string, unknown>): string | undefined => Object.keys(r).find((k) => TITLE_KEY.test(snake(k)) && typeof r[k] === 'string');
  const taken = new Set(records.map((r) => r[titleOf(r) ?? ''] as string));
  for (const record of records) {
    const author = realAuthorOf(record);
    const titleKey = titleOf(record);
    if (author === undefined || titleKey === undefined) continue;
    const title = record[titleKey] as string;
    if (BY_TITLE.get(title)?.author === author || isOwnWork(author, title)) continue;
    const work = otherWorkOf(author, taken);
    if (work === undefined) continue;
    taken.add(work.title);
    record[titleKey] = work.title;
    for (const k of Object.keys(record)) if (BOOK_YEAR_KEY.test(snake(k)) && typeof record[k] === 'number') record[k] = work.year;
  }
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
  if (author === undefined || Object.entries(record).some(([k, v]) => TITLE_KEY.test(snake(k)) && typeof v === 'string' && isOwnWork(author, v))) return;
  const [from, to] = AUTHOR_YEARS.get(author)!;
  for (const [k, v] of Object.entries(record)) {
    if (!BOOK_YEAR_KEY.test(snake(k)) || typeof v !== 'number' || (v >= from - 10 && v <= to + 10)) continue;
    record[k] = from - 10 + faker.number.int({ min: 0, max: to - from + 20 });
  }
}
