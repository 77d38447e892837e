/**
 * A person's record fits who they are (QUALITY.md E, disc openapi #196 and bundled #386 of the m30 reading): a film
 * critic's bio says they review films, never "has worked in marine biology for 21 years"; a sort name is the name,
 * filed by surname ("Walsh, Jonas"), never a file name; a famous artist has a famous artist's following, never 489
 * followers. The stock bio keeps its city and years. No randomness.
 */
import { knownArtistGenres } from './_genres.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

/** The stock bio `describe` writes for a person of no known kind. */
const STOCK_BIO = /^(?:(.+?) lives|Lives) in (.+?) and has worked in [a-z ]+ for (\d+) years\.$/;
const BIO = /^(bio|biography|about_me|about|description|summary)$/;

type Role = readonly [RegExp, (who: string | undefined, place: string, years: string) => string];
/** Roles an operation names, with the bio such a person has. */
const ROLES: readonly Role[] = [
  [/\b(critics?|reviewers?)\b.*\b(movies?|films?|cinema)\b|\b(movies?|films?|cinema)\b.*\b(critics?|reviewers?)\b/, (who, place, years) => `${who ?? 'A film critic'}${who ? ' is a film critic' : ''} based in ${place} who has reviewed films for ${years} years.`],
  [/\b(critics?)\b.*\b(books?|novels?)\b|\b(books?|novels?)\b.*\b(critics?)\b/, (who, place, years) => `${who ?? 'A book critic'}${who ? ' is a book critic' : ''} based in ${place} who has reviewed books for ${years} years.`],
  [/\b(critics?)\b.*\b(restaurants?|food|dining)\b|\b(restaurants?|food|dining)\b.*\b(critics?)\b/, (who, place, years) => `${who ?? 'A food critic'}${who ? ' is a food critic' : ''} based in ${place} who has reviewed restaurants for ${years} years.`],
  [/\b(journalists?|reporters?|correspondents?|columnists?|bylines?)\b/, (who, place, years) => `${who ?? 'A journalist'}${who ? ' is a journalist' : ''} based in ${place} who has reported for ${years} years.`],
  [/\b(chefs?|cooks?)\b/, (who, place, years) => `${who ?? 'A chef'}${who ? ' is a chef' : ''} based in ${place} who has cooked professionally for ${years} years.`],
  [/\b(politicians?|senators?|legislators?|members? of parliament|councillors?|mayors?)\b/, (who, place, years) => `${who ?? 'A politician'}${who ? ' is a politician' : ''} from ${place} who has served in public office for ${years} years.`],
  [/\b(teachers?|instructors?|tutors?|lecturers?)\b/, (who, place, years) => `${who ?? 'A teacher'}${who ? ' is a teacher' : ''} based in ${place} who has taught for ${years} years.`],
];

/** The role an operation's words name, computed once per call (`context`: its name, path and summary). */
export function roleOf30(context: string): Role[1] | undefined {
  const text = context.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_/.-]+/g, ' ').toLowerCase();
  return ROLES.find(([re]) => re.test(text))?.[1];
}

/** A stock bio of a person of a known role says that role (its city and years kept). */
export function bioOfRole30(obj: Json, role: Role[1] | undefined, pinned: ReadonlySet<string>): void {
  if (role === undefined) return;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v !== 'string' || !BIO.test(snakeKey(k))) continue;
    const m = STOCK_BIO.exec(v);
    if (m === null || pinned.has(JSON.stringify(v))) continue;
    obj[k] = role(m[1], m[2]!, m[3]!);
  }
}

const SORT_NAME = /^(sort_?name|sortable_?name|name_?sort|sort_?as)$/;
const SHOWN_NAME = /^(display_?name|name|full_?name)$/;
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;

/** A sort name is the record's own name, a person's filed by surname ("Walsh, Jonas"). */
export function sortNameOfName30(obj: Json, pinned: ReadonlySet<string>): void {
  let sortKey: string | undefined;
  for (const k in obj) if (typeof obj[k] === 'string' && SORT_NAME.test(snakeKey(k))) sortKey = k;
  if (sortKey === undefined || pinned.has(JSON.stringify(obj[sortKey]))) return;
  const nameKey = Object.keys(obj).find((k) => k !== sortKey && typeof obj[k] === 'string' && SHOWN_NAME.test(snakeKey(k)));
  if (nameKey === undefined) return;
  const name = (obj[nameKey] as string).trim();
  const sort = obj[sortKey] as string;
  if (name.length === 0 || name.split(/\s+/).some((w) => w.length > 2 && sort.toLowerCase().includes(w.toLowerCase()))) return;
  if (!PERSON_NAME.test(name)) {
    obj[sortKey] = name;
    return;
  }
  const words = name.split(' ');
  obj[sortKey] = `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`;
}

const FOLLOWERS = /^(followers|follower_count|followers_count|fans|fan_count|nb_fan|listeners|monthly_listeners)$/;
const ARTIST_NAME = /^(name|artist|artist_name)$/;

/** A well-known artist (one whose genres are known) has hundreds of thousands of followers at least. */
export function famousFollowers30(obj: Json, keep: ReadonlySet<string>): void {
  let key: string | undefined;
  for (const k in obj) if (typeof obj[k] === 'number' && FOLLOWERS.test(snakeKey(k))) key = k;
  if (key === undefined) return;
  const value = obj[key] as number;
  if (value >= 100_000 || value < 0 || keep.has(JSON.stringify(value))) return;
  const nameKey = Object.keys(obj).find((k) => ARTIST_NAME.test(snakeKey(k)) && typeof obj[k] === 'string');
  if (nameKey === undefined || knownArtistGenres(obj[nameKey] as string) === undefined) return;
  // The drawn count's digits pick a place between 250 thousand and 4.5 million.
  obj[key] = 250_000 + (Math.round(value * 7919) % 4_250) * 1000 + (value % 1000);
}
