/**
 * A result answers the call's query and ids (QUALITY.md E): a get of several records by `ids` returns exactly those
 * records, in that number; a lookup by `modelId` whose result lists models returns that one model under the name an
 * earlier result gave it; a text search names what it finds after the query (the exact match, the others plausibly
 * related: "Bike Shop", "Cork Bike Shop"; a search for a person's name finds that person only); and the totals beside
 * a list fit it: never below the items shown, small for an exact-name search or for what one record holds (the genres
 * of one title), and equal to that record's own count (`total_tracks`) when an earlier result showed it.
 * One pass over the root and one wrapper level; lists the chain reads a value from (pinned) keep their items.
 */
import { argsInLinks } from './_arg-links25.ts';
import { agreeFilm } from './_films.ts';
import { datedWorks, flightOfQuery, sentYear } from './_dated-works18.ts';
import { sequelsAfterOriginal30 } from './_sequels-coherence30.ts';
import { appIdOfTitle30 } from './_names-coherence30.ts';
import type { Operation } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';
import { agreeBook } from './_works.ts';
import { citeSentParent, dropUnsentPlaces, echoSentTickers, namesOfTickers } from './_honour-echo.ts';
import { echoDescribedName34 } from './_described-name-discoa34.ts';
import { echoSentKinds } from './_honour-kind.ts';
import { honourTextHits } from './_honour-texts.ts';
import { nameTradeFind, tradeSearch } from './_trade-names22.ts';
import { realWorkTitle } from './_real-works22.ts';
import { appHitTitle } from './_app-hits23.ts';
import { worksOfMaker24 } from './_artist-search24.ts';
import { isSample34, songsOfSampledArtist34 } from './_artist-answers34.ts';
import { gameHit34, isGameStore34 } from './_game-store-answers34.ts';
import { childrenNameParent } from './_honour-parent.ts';
import { itemsFitCategory } from './_category-items24.ts';
import { nameOfDomain } from './_arg-shapes23.ts';
import { memoized } from '../text/memo.ts';
import { currentWorld, focusedPlace, knownPlaces, roleOfSkill25 } from '../world/index.ts';

type Json = Record<string, unknown>;

/** What the call asked by, as the planner knows it. */
export interface CallAsk {
  args: Readonly<Json>;
  operation: Pick<Operation, 'effect' | 'name'> & Partial<Pick<Operation, 'path' | 'inputs' | 'id' | 'summary' | 'description'>>;
  /** The text query of a search (`q`, `query`, `s` described as a title), if the call has one. */
  query?: string;
  /** The query of the search whose found item's id this call looks up: that record is named by it. */
  sourceQuery?: string;
  /** Scalar fields of the record looked up, as an earlier result showed it. */
  known: Readonly<Json>;
  /** Concrete paths the chain reads (`items[1].id`). */
  pinnedPaths: readonly string[];
  /** The user picks one of the listed records (their names stay apart). */
  picking: boolean;
}

const WRAPPER = /^(data|items|results|result|response|records|list|entries|content|payload|body|hits|docs|object)$/i;
const TOTAL = /^(total|total_?count|total_?results|total_?elements|total_?items|total_?hits|total_?records|total_?size|num_?found|hits_?total|estimated_?results|count)$/i;
const PAGING_WORD = /^(total|total_?count|total_?results|total_?elements|total_?items|total_?hits|total_?records|num_?found|count|limit|offset|skip|page|page_?size|per_?page|size|total_?pages|pages|page_?count|current_?page|number)$/i;
const TOTAL_PAGES = /^(total_?pages|pages|page_?count|num_?pages|last_?page|number_?of_?pages)$/i;
const PAGE_SIZE = /^(size|page_?size|per_?page|limit|max_?results|items_?per_?page|rows)$/i;
const BARE_ID = /^(id|_id|uuid)$/i;
const LABEL = /^(name|title|headline|label|display_?name|full_?name)$/i;
const ECHO_QUERY = /^(query|search_?text|search_?term|search_?query|keyword|keywords|q|term)$/i;
/** What a record gathers without bound: a total of them stays as drawn. */
const UNBOUNDED = /review|comment|rating|follower|subscriber|message|post|tweet|order|transaction|job|video|issue|log|histor|activit|notification|event|listing|product|offer|price|quote|stock|flight|market|news|article|story|stories|user|member/;
const PERSON_LIST = /^(users?|people|persons?|customers?|authors?|artists?|members?|players?|employees?|contacts?|candidates?|accounts?|profiles?|consumers?|athletes?|drivers?|actors?|creators?)$/;
const TIME_WORD = /(^|_)(time|date|datetime|timestamp|day|hour|minute|month|year|week|period|at|on)$/;
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const titled = (q: string): string => (/\p{Lu}/u.test(q) ? q : q.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()));
const singularWord = memoized((key: string): string => {
  const w = lastNameWord(key).split('_').pop() ?? '';
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
});

/** A list the result is about, with the object holding it, its key and path. */
interface Listed {
  holder: Json | null;
  key: string;
  path: string;
  items: unknown[];
}

/** The root list, the root's lists, and the lists of one wrapper below (`data.events`, `albums.items`). */
function listsOf(result: unknown): Listed[] {
  if (Array.isArray(result)) return [{ holder: null, key: '', path: '', items: result }];
  if (!isRecord(result)) return [];
  const out: Listed[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value)) out.push({ holder: result, key, path: key, items: value });
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (Array.isArray(v)) out.push({ holder: value, key: k, path: `${key}.${k}`, items: v });
  }
  return out;
}

const pinnedIn = (list: Listed, pinned: readonly string[]): boolean => pinned.some((p) => p === list.path || p.startsWith(`${list.path}[`));

/** Cut a list to its first `n` items (in place). */
function cut(list: Listed, n: number): void {
  if (list.items.length > n) list.items.splice(n);
}

/** The ids a call sends under `ids` (a comma list or an array), and the noun they name (`hotelIds` → hotel). */
function sentIds(args: Readonly<Json>): { ids: string[]; noun: string } | undefined {
  for (const [key, value] of Object.entries(args)) {
    const w = lastNameWord(key);
    if (w !== 'ids' && !w.endsWith('_ids')) continue;
    const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' || typeof value === 'number' ? String(value).split(',') : [];
    const clean = ids.map((s) => s.trim()).filter((s) => s !== '');
    if (clean.length > 0) return { ids: clean, noun: w.slice(0, -4).split('_').pop() ?? '' };
  }
  return undefined;
}

/** Records asked for by their ids come back with exactly those ids, one each, in the order sent. */
function honourIds(ask: CallAsk, lists: Listed[]): Listed | undefined {
  const sent = sentIds(ask.args);
  if (!sent) return undefined;
  const idKey = (item: unknown): string | undefined => (isRecord(item) ? Object.keys(item).find((k) => BARE_ID.test(k) || (sent.noun !== '' && lastNameWord(k) === `${sent.noun}_id`)) : undefined);
  // The list of records carrying ids, else the one list of names (`artists: ["Alok", …]`).
  const withIds = lists.filter((l) => l.items.length > 0 && l.items.every((item) => idKey(item) !== undefined));
  const list = withIds.length === 1 ? withIds[0]! : withIds.length === 0 && lists.length === 1 && !lists[0]!.items.some(isRecord) ? lists[0]! : undefined;
  if (!list) return undefined;
  if (pinnedIn(list, ask.pinnedPaths)) return undefined;
  cut(list, sent.ids.length);
  // One answer per id sent: a list of flags or values (`[false, true]` for three tracks) grows to the ids' count.
  if (list.items.length > 0 && !list.items.some((v) => v !== null && typeof v === 'object')) {
    for (let i = list.items.length; i < sent.ids.length; i++) list.items.push(list.items[i % list.items.length]);
  }
  list.items.forEach((item, i) => {
    const key = idKey(item);
    if (key === undefined || !isRecord(item)) return;
    item[key] = typeof item[key] === 'number' && /^\d+$/.test(sent.ids[i]!) ? Number(sent.ids[i]) : sent.ids[i];
  });
  return list;
}

/** `cars_get_models(modelId)` answering with `models[]`: the one model asked for, named as an earlier result named it. */
function honourOwnId(ask: CallAsk, lists: Listed[]): Listed | undefined {
  for (const [key, value] of Object.entries(ask.args)) {
    const m = /^(.+)_id$/.exec(lastNameWord(key));
    if (!m || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const noun = m[1]!.split('_').pop()!;
    const list = lists.find((l) => l.key !== '' && singularWord(l.key) === noun && l.items.some(isRecord));
    if (!list || pinnedIn(list, ask.pinnedPaths)) continue;
    cut(list, 1);
    const item = list.items[0];
    if (!isRecord(item)) return list;
    for (const k of Object.keys(item)) {
      if (BARE_ID.test(k)) item[k] = value;
      else if (LABEL.test(k)) {
        const name = ask.known[k] ?? Object.entries(ask.known).find(([kk]) => lastNameWord(kk) === `${noun}_${lastNameWord(k)}`)?.[1];
        if (typeof name === 'string' && name !== '') item[k] = name;
      }
    }
    return list;
  }
  return undefined;
}

/** `get-users-profile(user_id)` answering with one record: its own `id` is the user id asked for. */
function honourRootId(result: unknown, ask: CallAsk): void {
  if (!isRecord(result) || ask.pinnedPaths.some((p) => !p.includes('.') && !p.includes('['))) return;
  const idKey = Object.keys(result).find((k) => BARE_ID.test(k) && (typeof result[k] === 'string' || typeof result[k] === 'number'));
  if (idKey === undefined) return;
  // The record the path names (`/users/{user_id}`), else the one the name is about (`get_city_by_id(city_id)`).
  const inPath = /\{([^}]+)\}\/?$/.exec(ask.operation.path ?? '')?.[1];
  const words = lastNameWord(ask.operation.name).split('_');
  const head = (words.includes('by') ? words.slice(0, words.indexOf('by')) : words).filter((w) => !/^(get|list|fetch|find|search|show|retrieve|read|v\d+)$/.test(w));
  const noun = singularWord(head[head.length - 1] ?? '');
  for (const [key, value] of Object.entries(ask.args)) {
    const m = /^(.+)_id$/.exec(lastNameWord(key));
    if (!m || (typeof value !== 'string' && typeof value !== 'number') || (key !== inPath && m[1]!.split('_').pop() !== noun)) continue;
    if (!(key in result)) result[idKey] = typeof result[idKey] === typeof value ? value : String(value);
    return;
  }
}

/** The label key of a list's records: `name`, `title`, else a field named by the operation (`registrar` in list_registrar_prices). */
function labelKey(list: Listed, operation: string): string | undefined {
  const first = list.items.find(isRecord);
  if (!first) return undefined;
  // A label is a name, never a link, a date or a time (`time` of a time series named by the operation's words).
  const text = (k: string): boolean => typeof first[k] === 'string' && !/^https?:|^\d{4}-\d{2}-\d{2}|^\d{1,2}:\d{2}/.test(first[k] as string) && !TIME_WORD.test(lastNameWord(k));
  const words = new Set(lastNameWord(operation).split('_').map(singularWord));
  const own = `${singularWord(list.key)}_name`;
  return Object.keys(first).find((k) => text(k) && LABEL.test(k)) ?? Object.keys(first).find((k) => text(k) && (words.has(lastNameWord(k)) || lastNameWord(k) === own));
}

let citiesByCountry: Map<string, string[]> | undefined;
/** Cities of the country a search was sent (`country: VN`), else parts of the dialogue's city: where a business of the kind found is. */
function citiesFor(args: Readonly<Json>): readonly string[] {
  const code = Object.entries(args).find(([k, v]) => /^(country|country_code|market|gl)$/.test(lastNameWord(k)) && typeof v === 'string' && /^[A-Za-z]{2}$/.test(v))?.[1] as string | undefined;
  if (code !== undefined) {
    if (!citiesByCountry) {
      citiesByCountry = new Map();
      for (const p of knownPlaces()) citiesByCountry.set(p.countryCode, [...(citiesByCountry.get(p.countryCode) ?? []), p.city]);
    }
    const own = citiesByCountry.get(code.toUpperCase());
    if (own !== undefined) return own;
  }
  // Else the place the dialogue is about (a search near Bristol finds "North Bristol Pharmacy", never one in Sydney).
  const world = currentWorld();
  if (world === null) return knownPlaces().map((p) => p.city);
  const city = focusedPlace(world).city;
  return [city, `North ${city}`, `${city} Central`, `South ${city}`];
}

/** Subtitles a work's follow-up is given ("Jaws: The Return"); a word of another title is none ("Jaws: Hamlet"). */
const SUBTITLES = ['The Return', 'The Beginning', 'Reborn', 'Legacy', 'Revisited', 'The Final Chapter', 'Homecoming'];
/**
 * Another record found by the same query, if one can be named: a work's sequel or subtitle ("Jaws 2", "Jaws: The
 * Return"; in the year a search was filtered by, no numbered sequel, which comes years later), a song's other takes
 * ("Yesterday (Live)"), a business of that kind in a city of the country searched or of the dialogue's place ("Cork
 * Bike Shop"), a category's trade ("Running Shoes Store"); another company or venue is not made up. Never a word of
 * another record glued on ("Jaws: Leagues", "Tea Google").
 */
function variant(query: string, other: string, i: number, works: boolean, jobs = false, kind = '', dated = false, cities?: readonly string[]): string | undefined {
  const q = titled(query);
  if (jobs) return `${['Senior', 'Lead', 'Junior', 'Principal'][(i - 1) % 4]} ${q}`;
  if (works) return MUSIC.test(kind) ? `${q} (${TAKES[(i - 1) % TAKES.length]})` : i === 1 && !dated ? `${q} 2` : `${q}: ${SUBTITLES[(q.length + i) % SUBTITLES.length]!}`;
  if (/\p{Lu}/u.test(query)) return undefined;
  if (cities !== undefined) {
    // (The place is a city of the country searched, never a word of another name: "Noodle Outdoor Gear", "Tea Google".)
    const city = cities.length === 0 ? undefined : cities[(q.length + i) % cities.length]!;
    return city === undefined || q.includes(city) ? undefined : `${city} ${q}`;
  }
  if (!/\p{Lu}/u.test(other)) return undefined;
  const trade = TRADE_HEAD.test(query.trim());
  if (CATEGORY_LIST.test(kind)) return trade ? `${q} ${TRADE_SUFFIXES[(i - 1) % TRADE_SUFFIXES.length]}` : oneVariant(query, other);
  if (!trade) return oneVariant(query, other);
  const city = leadingCity(other);
  return city !== undefined && !q.includes(city) ? `${city} ${q}` : `${SHOP_QUALIFIERS[(i - 1 + q.length) % SHOP_QUALIFIERS.length]} ${q}`;
}

/** A kind of shop or trade searched for ("pharmacy", "bike shop", "running shoes"): its other finds are named as shops are. */
const TRADE_HEAD = /\b(shops?|stores?|bakery|bakeries|bars?|cafes?|café|restaurants?|pharmacy|pharmacies|florists?|tailors?|barbers?|salons?|deli|kitchen|bistro|grill|diner|gyms?|clinics?|dentists?|garages?|opticians?|hardware|roasters|markets?|supplies|spa|pubs?|shoes|bikes|bicycles|furniture|groceries|grocery|plumbers?|electricians?|mechanics?|laundry|bookshops?)$/i;

let cityNames: Set<string> | undefined;
/** The well-known city another record's name starts with ("Cork" of "Cork Tailors", "San Jose" of "San Jose Bakery"). */
function leadingCity(other: string): string | undefined {
  cityNames ??= new Set(knownPlaces().map((p) => p.city));
  const words = other.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    if (cityNames.has(lead)) return lead;
  }
  return undefined;
}

/** One record found by a query names it with another record's word: "Design Podcasts" for "podcasts". */
function oneVariant(query: string, other: string): string | undefined {
  const q = titled(query);
  const word = other.split(/\s+/).find((w) => /^\p{Lu}\p{L}{2,}$/u.test(w) && !q.includes(w) && !/^(The|And|Of)$/.test(w));
  return /\p{Lu}/u.test(query) || word === undefined ? undefined : `${word} ${q}`;
}

const MUSIC = /album|track|song|single|recording/;
const TAKES = ['Live', 'Remastered', 'Acoustic', 'Radio Edit'];
const CATEGORY_LIST = /categor|genre|section|department|industr|sector/;
const TRADE_SUFFIXES = ['Store', 'Supplier', 'Wholesaler', 'Repair', 'Rental'];
const SHOP_QUALIFIERS = ['Corner', 'Central', 'Family', 'City', 'Village', 'Riverside', 'Main Street', 'Old Town'];

/** Collections of makers, named by the first word of a product's name ("Ford" of "Ford Mustang"). */
const BRAND = /^(brand|make|manufacturer|maker|vendor|marque)$/;
/** Lists of jobs, whose other matches are the same role at another level ("Senior Data Analyst"). */
const JOBS = /(^|_)(jobs?|positions?|vacanc\w*|openings?|postings?)(_|$)/;
/** Lists of categories and tags: another one is no business of that kind elsewhere. */
const TAXONOMY = /^(categor(y|ie)|tag|genre|topic|label|keyword|subject|industr(y|ie)|sector|theme)$/;
/** Lists of works, whose other matches are sequels and subtitles. */
const WORKS = /movie|film|show|title|book|work|album|track|song|episode|series|game|app|podcast|playlist|chapter|audiobook|video|doc/;

/** The records a text search finds are named by its query (see the file comment). Returns the lists it cut. */
function honourQuery(ask: CallAsk, result: unknown, lists: Listed[]): Listed[] {
  const sent = ask.query?.trim() ?? '';
  const q = nameOfDomain(sent) ?? sent; // a search by a business's domain finds it by its name, never "Tidewaterseafood.Com"
  if (q.length < 2 || q.length > 80 || /[{}[\]<>*]/.test(q)) return [];
  const lower = q.toLowerCase();
  if (isRecord(result)) {
    // The query said back (`searchText`) is the query sent.
    for (const [k, v] of Object.entries(result)) if (ECHO_QUERY.test(k) && typeof v === 'string' && v !== sent && !Object.values(ask.args).includes(v)) result[k] = sent;
    // One record found (`{id, name}`): it is named by the query ("Design Podcasts" for "podcasts"), not the query alone.
    const label = Object.keys(result).find((k) => LABEL.test(k) && typeof result[k] === 'string');
    if (label !== undefined && lists.length === 0 && !String(result[label]).toLowerCase().includes(lower)) result[label] = oneVariant(q, String(result[label])) ?? titled(q);
  }
  const cutLists: Listed[] = [];
  const labelled = lists.filter((l) => labelKey(l, ask.operation.name) !== undefined);
  if (!ask.picking) honourTextHits(lists.filter((l) => !labelled.includes(l)), q, lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3), (l) => pinnedIn(l as Listed, ask.pinnedPaths));
  // Of several collections none names a word of the query ("Ford Mustang" → makes, models, brands all Porsche):
  // each names it, a brand or make by the query's first word ("Ford"), anything else by the query.
  const qWords = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  const unnamed = labelled.length > 1 && qWords.length > 0 && !labelled.some((l) => {
    const k = labelKey(l, ask.operation.name)!;
    return l.items.some((r) => isRecord(r) && typeof r[k] === 'string' && qWords.some((w) => (r[k] as string).toLowerCase().includes(w)));
  });
  for (const list of labelled) {
    const key = labelKey(list, ask.operation.name)!;
    if (ask.picking || (pinnedIn(list, ask.pinnedPaths) && list.items.length > 1)) continue;
    if (!pinnedIn(list, ask.pinnedPaths) && worksOfMaker24(list.items, key, q)) continue; // "eminem" finds Eminem's tracks
    if (!pinnedIn(list, ask.pinnedPaths) && songsOfSampledArtist34(list.items, key, q, isSample34(ask.operation.inputs, sent))) continue;
    const records = list.items.filter(isRecord);
    const labels = records.map((r) => (typeof r[key] === 'string' ? (r[key] as string) : ''));
    let found = labels.findIndex((l) => l.toLowerCase().includes(lower));
    if (found < 0) {
      // Of several collections (models, makes, brands), the query names only those already about it.
      if (records.length === 0 || (labelled.length > 1 && !unnamed)) continue;
      const brand = labelled.length > 1 && BRAND.test(singularWord(list.key)) && q.includes(' ');
      records[0]![key] = brand ? titled(q.split(' ')[0]!) : (realWorkTitle(q) ?? appHitTitle(records[0]!, titled(q), q) ?? titled(q));
      for (const k of Object.keys(records[0]!)) if (ECHO_QUERY.test(k) || lastNameWord(k) === 'search_value') records[0]![k] = sent;
      appIdOfTitle30(records[0]!, []); // "Note Nest" found is com.champlin.notenest, never com.champlin.scanner
      found = 0;
    }
    // A real work found by its title is named as it is ("The Left Hand of Darkness"), however the query was cased.
    const real = realWorkTitle(q);
    if (real !== undefined && String(records[found]![key]).toLowerCase() === lower) records[found]![key] = real;
    if (!pinnedIn(list, ask.pinnedPaths)) flightOfQuery(records[found]!, q, lastNameWord);
    // A real book found by its title names its own author and year ("Little Women" is Alcott's, 1868).
    agreeBook(records[found]!, Object.keys(records[found]!), lastNameWord, true);
    // A real film found by its title, and the titles made from it, keep its year and language (a sequel after it).
    for (const record of records) agreeFilm(record, Object.keys(record), lastNameWord);
    // A person searched for by name is that one person, not others with other names.
    const people = PERSON_LIST.test(lastNameWord(list.key)) || lastNameWord(ask.operation.name).split('_').some((w) => PERSON_LIST.test(w)) || Object.keys(records[0]!).some((k) => /^(email|first_?name|last_?name|username|birth_?date)$/i.test(k));
    // A place searched for by its full name ("Cape Town") is that place, not other cities of the region.
    // (A place record: named, with coordinates and its region or country; a job with coordinates is no place.)
    const keys = Object.keys(records[0]!);
    const place = key === 'name' && /\p{Lu}/u.test(q) && String(records[found]![key]).toLowerCase() === lower && keys.some((k) => /^(lat|latitude)$/i.test(k)) && keys.some((k) => /^(region|country|country_?code|state)$/i.test(k));
    if ((people && (PERSON_NAME.test(q) || String(records[found]![key]).toLowerCase() === lower)) || place) {
      if (records.length > 1 && !pinnedIn(list, ask.pinnedPaths)) {
        const keep = list.items[list.items.indexOf(records[found]!)];
        list.items.splice(0, list.items.length, keep);
        cutLists.push(list);
      }
      continue;
    }
    // Of several collections (models, makes, brands), the others are not renamed after the query.
    if (labelled.length > 1) continue;
    const works = WORKS.test(`${lastNameWord(list.key)} ${lastNameWord(ask.operation.name)}`);
    const dated = works && Object.entries(ask.args).some(([k, v]) => /(^|_)(y|year)$/.test(lastNameWord(k)) && /^(1[89]|20)\d\d$/.test(String(v)));
    const jobs = JOBS.test(`${lastNameWord(list.key)}_${lastNameWord(ask.operation.name)}`) && key === 'title';
    // A skill searched for ("React") finds jobs in it ("React Developer"), never a job called by the skill alone.
    const role = jobs ? roleOfSkill25(q) : undefined;
    const jq = role !== undefined ? `${titled(q)} ${role}` : q;
    if (role !== undefined && !pinnedIn(list, ask.pinnedPaths) && String(records[found]![key]).toLowerCase() === lower) records[found]![key] = jq;
    // A proper name searched for ("Beatty GmbH") finds that one and those named after it, not "Welch Holdings";
    // a search of categories or tags finds those that name the query, never the query glued onto others ("Technology Google").
    if (!works && !jobs && (/\p{Lu}/u.test(q) || TAXONOMY.test(singularWord(list.key))) && String(records[found]![key]).toLowerCase() === lower && !pinnedIn(list, ask.pinnedPaths)) {
      const keep = list.items.filter((item) => !isRecord(item) || (typeof item[key] === 'string' && (item[key] as string).toLowerCase().includes(lower)));
      if (keep.length < list.items.length) {
        list.items.splice(0, list.items.length, ...keep);
        cutLists.push(list);
      }
      continue;
    }
    // A real work searched for is that work alone: no made-up sequels of it ("Frankenstein 2" by Daniel Defoe).
    if (works && real !== undefined && String(records[found]![key]) === real && !pinnedIn(list, ask.pinnedPaths)) {
      const year = dated ? sentYear(ask.args, lastNameWord) : undefined;
      if (year !== undefined) datedWorks([records[found]!], key, q, year, lastNameWord);
      if (list.items.length > 1) {
        list.items.splice(0, list.items.length, list.items[list.items.indexOf(records[found]!)]);
        cutLists.push(list);
      }
      continue;
    }
    // In a year search the works found are of that year: never the exact title of another year ("Jaws", 1975, for 2019).
    const year = dated && !pinnedIn(list, ask.pinnedPaths) ? sentYear(ask.args, lastNameWord) : undefined;
    if (year !== undefined) datedWorks(records, key, q, year, lastNameWord);
    // A title searched within one year finds that work: its follow-ups come years later, never months (rd34 X2 11).
    if (works && year !== undefined && list.items.length > 1 && records[found] !== undefined) {
      list.items.splice(0, list.items.length, records[found]!);
      cutLists.push(list);
      continue;
    }
    // Businesses and places are told apart by where they are; other things (podcasts, shoes) by a word of their own.
    const local = !works && !jobs && (/^(unit|business|place|location|store|shop|venue|restaurant|branch|outlet|office)$/.test(singularWord(list.key)) || Object.keys(records[0]!).some((k) => /^(address|place_id|lat|latitude)$/.test(lastNameWord(k))));
    const cities = local ? citiesFor(ask.args) : undefined;
    // The one a trade search found is a business of that trade, never named the bare trade ("Bakery").
    if (local && tradeSearch(q, TRADE_HEAD)) nameTradeFind(records[found]!, key, titled(q), labels, found, cities, ask.pinnedPaths);
    const used = new Set(labels);
    const game = !jobs && isGameStore34(ask.operation); // a game store's other hits are games ("Racing Legends")
    // A business of that kind in a city already named (a country of one known city) is not made up twice: it goes.
    const twins: unknown[] = [];
    records.forEach((r, i) => {
      if (i === found || typeof r[key] !== 'string' || (r[key] as string).toLowerCase().includes(lower)) return;
      const other = game ? gameHit34(titled(jq), i) : variant(jq, r[key] as string, i, works, jobs, `${lastNameWord(list.key)} ${lastNameWord(ask.operation.name)}`, dated, cities);
      if (other === undefined) return;
      if (!used.has(other)) {
        r[key] = other;
        used.add(other);
      } else if (cities !== undefined && cities.length > 0) twins.push(r);
    });
    // A follow-up ("Jaws: The Return") comes out after the work it follows.
    if (works && !MUSIC.test(`${lastNameWord(list.key)} ${lastNameWord(ask.operation.name)}`)) sequelsAfterOriginal30(records, key, found, lastNameWord, year);
    if (twins.length > 0) {
      list.items.splice(0, list.items.length, ...list.items.filter((item) => !twins.includes(item)));
      cutLists.push(list);
    }
  }
  return cutLists;
}

/** A count field of the record looked up that counts this list (`total_tracks` for an album's tracks). */
function knownCount(ask: CallAsk, list: Listed): number | undefined {
  const nouns = new Set([singularWord(list.key), ...lastNameWord(ask.operation.name).split('_').map((w) => singularWord(w))]);
  for (const [k, v] of Object.entries(ask.known)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) continue;
    const m = /^(?:total_|num_|number_of_)([a-z]+)$|^([a-z]+)_(?:count|total)$/.exec(lastNameWord(k));
    const noun = m ? singularWord(m[1] ?? m[2] ?? '') : undefined;
    if (noun !== undefined && nouns.has(noun)) return v;
  }
  return undefined;
}

/** The count fields describing `list`: in its holder, and in a paging block beside it (`object: {limit, offset, total}`). */
function countHolders(list: Listed): Json[] {
  if (!list.holder) return [];
  const out: Json[] = [list.holder];
  for (const value of Object.values(list.holder)) {
    if (!isRecord(value)) continue;
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => PAGING_WORD.test(k)) && keys.some((k) => TOTAL.test(k))) out.push(value);
  }
  return out;
}

const LIMIT_ARG = /^(limit|page_?size|per_?page|size|max_?results|count|num|rows|max)$/i;
/** The page size the call sent (`limit: 25`), if any. */
function sentLimit(args: Readonly<Json>): number | undefined {
  for (const [k, v] of Object.entries(args)) if (LIMIT_ARG.test(lastNameWord(k))) if (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))) return Number(v);
  return undefined;
}

/** Filters by a proper name (`city: "Edinburgh"`, `lastName: "Dubois"`): a search that finds few. */
const NAME_FILTER = /^(name|title|city|town|city_name|last_name|first_name|surname|family_name|full_name|username|company_name|airport_name|station_name)$/;
/** The call filtered the list by a proper name its items hold: those are the matches, never 1 of 1593 airports in Edinburgh. */
function byName(args: Readonly<Json>, list: Listed): boolean {
  const first = list.items.find(isRecord);
  if (!first) return false;
  return Object.entries(args).some(([k, v]) => typeof v === 'string' && v.length >= 3 && /^\p{Lu}\p{Ll}/u.test(v) && NAME_FILTER.test(lastNameWord(k)) && Object.values(first).includes(v));
}

/** Totals that fit the list (see the file comment). `exact`: the list holds every match there is. */
function fitTotals(ask: CallAsk, list: Listed, exact: boolean): void {
  const n = list.items.length;
  const bySearch = ask.query !== undefined && /\p{Lu}/u.test(ask.query);
  const named = byName(ask.args, list);
  const ownRecord = ask.query === undefined && ask.operation.effect === 'read' && Object.keys(ask.args).some((k) => /(^|_)id$/.test(lastNameWord(k)));
  const count = ownRecord ? knownCount(ask, list) : undefined;
  const bounded = ownRecord && !UNBOUNDED.test(`${lastNameWord(list.key)} ${lastNameWord(ask.operation.name)}`);
  for (const holder of countHolders(list)) {
    const totalKey = Object.keys(holder).find((k) => TOTAL.test(k) && typeof holder[k] === 'number' && !(k in ask.args));
    if (totalKey === undefined) continue;
    const t = holder[totalKey] as number;
    let fit = t < n ? n : t;
    // A page not full holds every match there is (past the offset): 3 of "limit 25" are all, never "27 in all".
    const sizeKey = Object.keys(holder).find((k) => PAGE_SIZE.test(k) && typeof holder[k] === 'number');
    const pageSize = sizeKey !== undefined ? (holder[sizeKey] as number) : sentLimit(ask.args);
    if (exact || named || (pageSize !== undefined && n < pageSize && t > n)) fit = n;
    else if (count !== undefined && count >= n) fit = count;
    else if (bySearch && t > n + 5) fit = n + (t % 4);
    else if (bounded && t > n + 24) fit = n + (t % 25);
    // The items shown are the first page: nothing was skipped past a total that small.
    const offset = Object.keys(holder).find((k) => /^(offset|skip|start)$/i.test(k) && typeof holder[k] === 'number');
    if (offset !== undefined && ((holder[offset] as number) + n > fit || fit < t)) holder[offset] = 0;
    if (fit === t) continue;
    holder[totalKey] = fit;
    const pages = Object.keys(holder).find((k) => TOTAL_PAGES.test(k) && typeof holder[k] === 'number');
    const size = Object.keys(holder).find((k) => PAGE_SIZE.test(k) && typeof holder[k] === 'number');
    if (pages !== undefined) holder[pages] = Math.max(1, Math.ceil(fit / Math.max(1, size !== undefined ? (holder[size] as number) : n || 1)));
  }
}

const EDITIONS = /^(edition|printing|translation|copy|copie)$/;
/**
 * The editions of one work (`listWorkEditions(workId)`) are that work under its own title, as an earlier result
 * named it: "Little Women" has no edition called "Middlemarch".
 */
function honourEditions(ask: CallAsk, lists: Listed[]): void {
  const title = ask.known.title ?? Object.entries(ask.known).find(([k]) => /_title$/.test(lastNameWord(k)))?.[1];
  if (typeof title !== 'string' || title === '') return;
  const sent = new Set(Object.values(ask.args).filter((v) => typeof v === 'string' || typeof v === 'number').map(String));
  for (const list of lists) {
    if (!EDITIONS.test(singularWord(list.key)) && !/(^|_)editions?(_|$)/.test(lastNameWord(ask.operation.name))) continue;
    for (const item of list.items) {
      if (!isRecord(item) || typeof item.title !== 'string') continue;
      // Only an edition that says whose it is (its `workId` is the one sent).
      if (Object.entries(item).some(([k, v]) => /_id$/.test(lastNameWord(k)) && sent.has(String(v)))) item.title = title;
    }
  }
}

/**
 * A record looked up by the id a search found is the one searched for ("Things Fall Apart" finds an audiobook whose
 * id fetches "Things Fall Apart", not "The Remains of the Day"): its name carries the search's words.
 */
function honourSourceQuery(result: unknown, ask: CallAsk, byIds: Listed | undefined): void {
  const q = ask.sourceQuery?.trim() ?? '';
  if (ask.query !== undefined || q.length < 2 || q.length > 80 || /[{}[\]<>*]/.test(q)) return;
  const record = byIds ? (byIds.items.length === 1 && isRecord(byIds.items[0]) ? byIds.items[0] : undefined) : isRecord(result) ? result : undefined;
  if (!record || (byIds && pinnedIn(byIds, ask.pinnedPaths))) return;
  const key = Object.keys(record).find((k) => LABEL.test(k) && typeof record[k] === 'string');
  if (key === undefined || (!byIds && ask.pinnedPaths.includes(key))) return;
  // The name an earlier result showed it under, else the query whole ("The Stars Sessions" shares a word with
  // "The Gardens Sessions", not the title).
  // (A lower-case query may be a prefix or a keyword, "pors" for a Porsche: only a name typed as a name is the record's.)
  if (!/\p{Lu}/u.test(q)) return;
  const shown = Object.entries(ask.known).find(([k, v]) => (LABEL.test(k) || /_(name|title)$/.test(lastNameWord(k))) && typeof v === 'string' && v !== '')?.[1] as string | undefined;
  const before = record[key] as string;
  if (shown !== undefined || before.toLowerCase().includes(q.toLowerCase())) return;
  record[key] = titled(q);
  // Its texts that spoke of it by the old name ("In this episode: the history of coffee") speak of it by the new one.
  const old = before.toLowerCase();
  if (old.length >= 4) {
    for (const k of Object.keys(record)) {
      const text = record[k];
      if (k === key || typeof text !== 'string' || text.length <= before.length) continue;
      const at = text.toLowerCase().indexOf(old);
      if (at >= 0) record[k] = `${text.slice(0, at)}${at === 0 ? titled(q) : q}${text.slice(at + old.length)}`;
    }
  }
  // A real book or film of that title keeps its own author, year and language.
  agreeBook(record, Object.keys(record), lastNameWord, true);
  agreeFilm(record, Object.keys(record), lastNameWord);
}

const HTML_TWIN = /^html_?(.+)$|^(.+?)_?html$/i;
/** A text and its HTML form say one thing: `html_description` is the `description`, not another story. */
function htmlTwins(record: Json): void {
  for (const key of Object.keys(record)) {
    const m = HTML_TWIN.exec(key);
    const plain = m ? Object.keys(record).find((k) => k !== key && k.toLowerCase() === (m[1] ?? m[2] ?? '').replace(/^_/, '').toLowerCase()) : undefined;
    if (plain !== undefined && typeof record[plain] === 'string' && typeof record[key] === 'string') record[key] = record[plain];
  }
}

/** Make the result answer the call's ids and query, and its totals fit its lists (see the file comment). */
export function honourQueryAndIds(result: unknown, ask: CallAsk): void {
  if (ask.operation.effect !== 'read') return;
  const lists = listsOf(result).filter((l) => !WRAPPER.test(l.key) || l.items.length > 0);
  const cutLists = new Set<Listed>();
  honourRootId(result, ask);
  const byIds = honourIds(ask, lists) ?? honourOwnId(ask, lists);
  if (byIds) cutLists.add(byIds);
  honourSourceQuery(result, ask, byIds);
  argsInLinks(result, ask.args);
  echoSentKinds(result, ask.args, ask.pinnedPaths);
  echoSentTickers(result, ask.args, ask.operation.name, ask.pinnedPaths);
  echoDescribedName34(result, ask.args, ask.operation.path, ask.pinnedPaths);
  namesOfTickers(result, ask.pinnedPaths);
  citeSentParent(result, ask.args);
  dropUnsentPlaces(result, ask.args);
  if (isRecord(result)) htmlTwins(result);
  for (const list of lists) for (const item of list.items) if (isRecord(item)) htmlTwins(item);
  const parentName = Object.entries(ask.known).find(([k, v]) => LABEL.test(k) && typeof v === 'string')?.[1] as string | undefined;
  childrenNameParent(lists, ask.operation.path, ask.args, parentName ?? (ask.sourceQuery !== undefined ? titled(ask.sourceQuery.trim()) : undefined), ask.pinnedPaths);
  itemsFitCategory(lists, ask.operation.path, ask.args, parentName, ask.pinnedPaths);
  for (const l of honourQuery(ask, result, lists)) cutLists.add(l);
  honourEditions(ask, lists);
  // A page never shows more items than the call's limit let it.
  const limit = sentLimit(ask.args);
  if (limit !== undefined && limit >= 1) for (const list of lists) if (list.items.length > limit && !pinnedIn(list, ask.pinnedPaths)) cut(list, limit);
  for (const list of lists) if (list.items.length > 0 || cutLists.has(list)) fitTotals(ask, list, cutLists.has(list));
}
