/**
 * Names that follow the kind of record (QUALITY.md E, wave 18): a menu is a restaurant's only where food is spoken of;
 * an app's menu (an admin role's menu tree) holds its screens, never dishes (openapi #325). Also word banks moved out
 * of `_names.ts`.
 */
import { faker } from './_faker.ts';
import { scriptureWord } from './_scripture17.ts';
import { newsDomainWord } from './_headlines15.ts';
import { futuresWord } from './_market22.ts';
import { authzWord } from './_authz-stores22.ts';
import { ALL_DISHES } from './_dishes24.ts';
export { documentFileName } from './_service-names20.ts';

/** Words an operation's context gains from its API (a scripture API's " scripture", a financial news API's " financial"). */
export const domainWords = (o: Parameters<typeof scriptureWord>[0] & Parameters<typeof newsDomainWord>[0]): string => `${scriptureWord(o)}${newsDomainWord(o)}${futuresWord(o)}${authzWord(o)}`;

/** Words of food: a menu there is a restaurant's. */
export const FOOD_CONTEXT = /\b(restaurants?|foods?|dish(es)?|meals?|recipes?|cuisines?|dining|eat(s|ing)?|kitchens?|cafes?|pizz(a|as|eria)|burgers?|drinks?|takeaways?|deliver(y|ies)|diners?|bistros?)\b/;
/** Entries of an app's menu: screens of an admin app. */
export const APP_MENU_ENTRIES = ['Dashboard', 'System Management', 'User Management', 'Role Management', 'Menu Management', 'Department Management', 'Operation Logs', 'Settings', 'Reports', 'Notifications'];

/** Shaped like `NameKind` of `_names.ts` (kept apart so neither file imports the other). */
/** A real dish ("Lamb Tagine"), never faker's ingredient pairs ("Lettuce And Pecan Nut Stew"). */
export const dishName = (): string => faker.helpers.arrayElement(ALL_DISHES as string[]);
export const MENU_KINDS = [
  { noun: 'recipe', words: /\bmenus?\b/, needs: FOOD_CONTEXT, make: dishName, titled: true },
  { noun: 'menu entry', words: /\bmenus?\b/, make: (): string => faker.helpers.arrayElement(APP_MENU_ENTRIES), titled: true },
];
export const MINISTRIES = ['Ministry of Health', 'Ministry of Education and Child Care', 'Ministry of Finance', 'Ministry of Transportation and Infrastructure', 'Ministry of Environment and Climate Change Strategy', 'Ministry of Housing', 'Ministry of Jobs, Economic Development and Innovation', 'Ministry of Forests', 'Ministry of Agriculture and Food', 'Ministry of Public Safety and Solicitor General'];
export const QUESTIONS = ['Which planet is known as the Red Planet?', 'In which year did the Berlin Wall fall?', 'What is the capital of Canada?', 'Who painted the Mona Lisa?', 'What is the chemical symbol for gold?'];
export const VEHICLES = ['Toyota Corolla', 'Honda Civic', 'Ford F-150', 'Tesla Model 3', 'Volkswagen Golf', 'BMW 3 Series', 'Mazda CX-5', 'Hyundai Tucson', 'Kia Sportage', 'Subaru Outback', 'Nissan Leaf', 'Chevrolet Bolt', 'Toyota RAV4', 'Ford Mustang'];
export const DATASETS = ['sales-2024', 'customers', 'web-traffic', 'inventory', 'survey-results'];

/** Registration groups of ISBNs and the language their books are mostly in (978-0/1 English, 978-3 German, …). */
const ISBN_GROUPS: ReadonlyArray<readonly [string, string]> = [['9780', 'en'], ['9781', 'en'], ['9782', 'fr'], ['9783', 'de'], ['9784', 'ja'], ['97884', 'es'], ['97885', 'pt'], ['97888', 'it'], ['97890', 'nl'], ['97894', 'nl']];
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'French', de: 'German', ja: 'Japanese', es: 'Spanish', pt: 'Portuguese', it: 'Italian', nl: 'Dutch' };
const ISBN_KEY = /^(isbn|isbn_?13|isbn13)$/;
const BOOK_LANGUAGE_KEY = /^(language|lang|language_?code)$/;

/** The language an ISBN's registration group says its edition is in, if the group is one we know. */
export function isbnLanguage(isbn: string): string | undefined {
  const digits = isbn.replace(/[^0-9]/g, '');
  if (digits.length !== 13) return undefined;
  return ISBN_GROUPS.find(([prefix]) => digits.startsWith(prefix))?.[1];
}

/**
 * An edition's language agrees with its ISBN (bundled #47: a 978-0-441 Ace edition of an English novel came back
 * Dutch): a two-letter code stays a code, a language's name stays a name. Values the call sent are kept.
 */
export function agreeIsbnLanguage(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const isbnKey = Object.keys(record).find((k) => ISBN_KEY.test(words(k)) && typeof record[k] === 'string');
  const language = isbnKey === undefined ? undefined : isbnLanguage(record[isbnKey] as string);
  if (language === undefined) return;
  for (const key of keys) {
    const value = record[key];
    if (!BOOK_LANGUAGE_KEY.test(words(key)) || typeof value !== 'string') continue;
    record[key] = /^[a-z]{2}$/i.test(value) ? language : /^[a-z]{3}$/i.test(value) ? value : LANGUAGE_NAMES[language] ?? value;
  }
}

const PERFORMER_LIST = /^(performers|artists|lineup|line_?up|acts|headliners|attractions)$/;
/** Words of an event's own name ("Summer Jazz Festival", "Live at the Hall"): such a name is no performer's. */
// "the" and "and" are no event's words: "Kai Hart & the Hearts", "The Lights" and "Simon and Garfunkel" are acts
// (bundled #228 listed three others); "Lisbon K-Pop Week" is no act (bundled #149 listed it as its own performer).
const EVENT_WORDS = /\b(festival|festivals|fest|tour|live|concert|night|nights|show|gala|presents|series|weekend|week|weeks|days|party|session|sessions|evening|matinee|celebration|tribute|vs|at|of|in|with|championship|cup|open|expo|fair|fairs|carnival|parade|market|conference|summit|derby|classic|final|finals|marathon|race|premiere|screening|exhibition|workshop|meetup)\b|:/i;

/** Fields only a recorded work has (a track's number and length, an album's type and track count, a release date). */
const WORK_FIELD = /^(track_number|disc_number|duration_ms|album_type|album_group|total_tracks|track_count|release_date|isrc|explicit|preview_url|is_playable|copyrights)$/;
const WORK_TYPE = /^(track|album|single|ep|compilation|episode|show|audiobook|chapter|song|playlist)$/i;

/**
 * An event named only by a performer (a search for "Ada Rowe" found the event "Ada Rowe") has that performer first
 * among its performers (bundled #54 listed three others).
 */
export function headlinerOfNamedEvent(record: Record<string, unknown>, words: (key: string) => string): void {
  const name = record['name'];
  if (typeof name !== 'string' || name.length < 3 || EVENT_WORDS.test(name) || /\d/.test(name)) return;
  // A work (a track, an album, an episode) is no event: its title is never its artist's name (openapi #264, wave 26).
  if (Object.keys(record).some((k) => WORK_FIELD.test(words(k))) || (typeof record['type'] === 'string' && WORK_TYPE.test(record['type']))) return;
  const listKey = Object.keys(record).find((k) => PERFORMER_LIST.test(words(k)) && Array.isArray(record[k]));
  const list = listKey === undefined ? undefined : (record[listKey] as unknown[]);
  const first = list?.[0];
  if (!first || typeof first !== 'object' || Array.isArray(first) || typeof (first as Record<string, unknown>)['name'] !== 'string') return;
  const lower = name.toLowerCase();
  if (list!.some((p) => p && typeof p === 'object' && typeof (p as Record<string, unknown>)['name'] === 'string' && lower.includes(((p as Record<string, unknown>)['name'] as string).toLowerCase()))) return;
  (first as Record<string, unknown>)['name'] = name;
}
