/**
 * Names that fit the record they name (QUALITY.md E), wave 28, settled once a result is otherwise final:
 * - an entity's secondary name (`displayAdditionalName`, `alias`) is a variant of its own name ("Health" for the
 *   Ministry of Health), never a sibling's name;
 * - a venue (a golf course) stands in one city across the items of a result, and an event named only for a city
 *   (a tournament "Seattle") is named as an event ("Seattle Open");
 * - a list keyed by its kind (`sports`) holds things of that kind, even where the query (a city) was echoed into it;
 * - a profile looked up by a readable handle ("nocopyrightsounds") has that username and a name made from it;
 * - a company's trade word agrees with its industry ("Silva Media" is no manufacturer).
 * No randomness; values the chain reads (`kept`, as JSON) stay.
 */
import { shareParentFields35 } from './_siblings-oar35.ts';
import { fitGroupSearch35 } from './_group-search-oar35.ts';
import type { Operation } from '../specs/types.ts';
import { knownPlaces } from '../world/index.ts';
import { KIND_VALUES, notOfKind } from './_fit-places21.ts';
import { industryForName, nameForIndustry } from './_trade-words28.ts';
import { gluedWords, isKnownWord } from '../text/segment.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const OWN_NAME = /^(name|title|display_?name|displayName|full_?name)$/;
const ALT_NAME = /^((display_?)?(additional|alt|alternate|alternative|other|secondary)_?name|displayAdditionalName|alias|aka)$/i;
const BODY = /^(Ministry|Department|Office|Agency|Bureau|Board|Division|Secretariat|Commission) (?:of|for) (?:the )?(.+)$/;

/** A variant of a name: a ministry's portfolio ("Health"), else its initials ("SMG"), else the name itself. */
export function nameVariant(name: string): string {
  const body = BODY.exec(name);
  if (body) return body[2]!;
  const capitals = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitals.length >= 2 ? capitals.map((w) => w[0]).join('') : name;
}

/** Records of one list whose secondary name is another's name, or another of their kind ("Ministry of …"), take a variant of their own. */
function altNames(list: readonly unknown[], kept: ReadonlySet<string>): void {
  const records = list.filter(isRecord);
  if (records.length === 0) return;
  const ownKey = Object.keys(records[0]!).find((k) => OWN_NAME.test(k) && typeof records[0]![k] === 'string');
  const altKey = Object.keys(records[0]!).find((k) => ALT_NAME.test(k));
  if (ownKey === undefined || altKey === undefined) return;
  const names = new Set(records.map((r) => r[ownKey]).filter((n): n is string => typeof n === 'string'));
  for (const r of records) {
    const own = r[ownKey];
    const alt = r[altKey];
    if (typeof own !== 'string' || typeof alt !== 'string' || alt === own || kept.has(JSON.stringify(alt))) continue;
    const sameKind = own.split(' ')[0] === alt.split(' ')[0] && BODY.test(own) && BODY.test(alt);
    if (names.has(alt) || sameKind) r[altKey] = nameVariant(own);
  }
}

const VENUE_NAME = /^(course_?name|courseName|venue_?name|venueName|stadium|stadium_?name|arena|venue)$/;
const LOCATION = /^(location|address|place)$/;
const VENUE_ID = /^(course_?id|courseId|venue_?id|venueId|stadium_?id|stadiumId|arena_?id)$/;

/** What a venue is called after its city, by the key that names it ("Kuala Lumpur Golf Club" for a `courseName`), one name not yet taken. */
function venueAfter(city: string, key: string, golf: boolean, taken: ReadonlyMap<string, string>): string {
  const kinds = /course/i.test(key) ? (golf ? ['Golf Club', 'Country Club', 'Golf Links'] : ['Course', 'Park']) : /stadium/i.test(key) ? ['Stadium', 'Arena'] : /arena/i.test(key) ? ['Arena', 'Hall'] : ['Hall', 'Arena'];
  return kinds.map((k) => `${city} ${k}`).find((n) => !taken.has(n)) ?? `${city} ${kinds[0]}`;
}

/**
 * A venue stands in one place: the same name (courseId 1, "Rich Harvest Farms") met again in another city is another
 * venue there, named after that city, so no course lies in Seattle, Austin and Denver at once.
 */
function venuesStayPut(result: unknown, kept: ReadonlySet<string>, golf: boolean): void {
  const where = new Map<string, string>();
  // The renamed venue is another venue: its own id, past the highest one the result holds (one id, one name).
  let top = 0;
  const ids: Json[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 7 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const record = node as Json;
    const nameKey = Object.keys(record).find((k) => VENUE_NAME.test(k) && typeof record[k] === 'string');
    const loc = Object.entries(record).find(([k, v]) => LOCATION.test(k) && isRecord(v))?.[1] as Json | undefined;
    const city = loc?.city;
    const idKey = Object.keys(record).find((k) => VENUE_ID.test(k));
    const id = idKey !== undefined ? record[idKey] : undefined;
    if (idKey !== undefined && /^\d{1,9}$/.test(String(id))) top = Math.max(top, Number(id));
    if (nameKey !== undefined && typeof city === 'string' && city !== '') {
      const name = record[nameKey] as string;
      const first = where.get(name);
      if (first === undefined) where.set(name, city);
      else if (first !== city && !kept.has(JSON.stringify(name)) && (idKey === undefined || (/^\d{1,9}$/.test(String(id)) && !kept.has(JSON.stringify(id))))) {
        const renamed = venueAfter(city, nameKey, golf, where);
        record[nameKey] = renamed;
        where.set(renamed, city);
        if (idKey !== undefined) ids.push(record);
      }
    }
    for (const v of Object.values(record)) if (v !== null && typeof v === 'object') walk(v, depth + 1);
  };
  walk(result, 0);
  for (const record of ids) {
    const idKey = Object.keys(record).find((k) => VENUE_ID.test(k))!;
    top += 1;
    record[idKey] = typeof record[idKey] === 'number' ? top : String(top);
  }
}

/** The city a record's venue lies in (`courses[0].location.city`), not the record's own. */
function venueCity(record: Json): string | undefined {
  for (const v of Object.values(record)) {
    const first = Array.isArray(v) ? v.find(isRecord) : isRecord(v) ? v : undefined;
    if (first === undefined) continue;
    const loc = Object.values(first).find((x) => isRecord(x) && typeof x.city === 'string') as Json | undefined;
    const city = loc?.city ?? first.city;
    if (typeof city === 'string' && /^\p{Lu}[\p{L} .'-]+$/u.test(city)) return city;
  }
  return undefined;
}

const EVENT_KEY = /tourn|event|course|venue|purse|fixture|round|competition|winner/i;
const GOLF = /\bgolf|pga|liv\b|tournament/i;
const SUFFIXES = ['Open', 'Classic', 'Championship', 'Invitational'];
let cities: ReadonlySet<string> | undefined;
const cityNames = (): ReadonlySet<string> => (cities ??= new Set([...knownPlaces().map((p) => p.city), ...EXTRA_CITIES]));
const EXTRA_CITIES = ['London', 'New York', 'Paris', 'Tokyo', 'Los Angeles', 'San Francisco', 'Rome', 'Madrid', 'Dubai', 'Singapore', 'Portland', 'Boston', 'Dallas', 'Houston', 'Miami', 'Atlanta', 'Denver', 'Phoenix', 'Austin', 'Las Vegas', 'Chicago', 'Seattle', 'Bangkok', 'Jeddah', 'Bedminster', 'Tulsa', 'Adelaide', 'Mayakoba', 'Sotogrande', 'Hong Kong'];

/** Events of a list named only for a city are named as events: "<city> Open", one suffix each. */
function eventNames(list: readonly unknown[], kept: ReadonlySet<string>, golf: boolean): void {
  const used = new Set(list.filter(isRecord).map((r) => r.name));
  list.forEach((r, i) => {
    if (!isRecord(r) || typeof r.name !== 'string' || !cityNames().has(r.name) || kept.has(JSON.stringify(r.name))) return;
    if (!Object.keys(r).some((k) => EVENT_KEY.test(k))) return;
    const city = venueCity(r) ?? r.name;
    const suffixes = golf ? SUFFIXES : ['Open', 'Classic', 'Cup', 'Championship'];
    for (let j = 0; j < suffixes.length; j++) {
      const name = `${city} ${suffixes[(i + j) % suffixes.length]}`;
      if (used.has(name)) continue;
      used.add(name);
      r.name = name;
      return;
    }
  });
}

/** Lists keyed by a kind hold things of that kind: a city there (the query echoed) becomes one of the kind. */
function kindItems(key: string, list: unknown[], kept: ReadonlySet<string>): void {
  const kind = KIND_VALUES.find(([re]) => re.test(key));
  if (kind === undefined) return;
  const used = new Set(list.map((item) => (isRecord(item) ? item.name : item)));
  list.forEach((item, i) => {
    const nameKey = isRecord(item) ? Object.keys(item).find((n) => /^(name|title|label)$/i.test(n) && typeof item[n] === 'string') : undefined;
    const value = nameKey !== undefined ? (item as Json)[nameKey] : item;
    if (typeof value !== 'string' || !(notOfKind(value) === 'city' || cityNames().has(value)) || kept.has(JSON.stringify(value))) return;
    const next = kind[1].find((c) => !used.has(c));
    if (next === undefined) return;
    used.add(next);
    if (nameKey !== undefined) (item as Json)[nameKey] = next;
    else list[i] = next;
  });
}

/**
 * A company whose trade word says another industry than its own: the name the call searched for keeps its word and
 * the industry follows it (one the API's industry filter lists); any other name takes a neutral word.
 */
function companyTrade(record: Json, kept: ReadonlySet<string>, sent: ReadonlySet<unknown>, allowed: readonly unknown[] | undefined): void {
  const nameKey = Object.keys(record).find((k) => /^(name|company_?name|companyName)$/.test(k) && typeof record[k] === 'string');
  const industryKey = Object.keys(record).find((k) => /^(industry|sector)$/i.test(k) && typeof record[k] === 'string');
  if (nameKey === undefined || industryKey === undefined || kept.has(JSON.stringify(record[nameKey]))) return;
  const name = record[nameKey] as string, industry = record[industryKey] as string;
  if (sent.has(name)) {
    const fitting = sent.has(industry) || kept.has(JSON.stringify(industry)) ? undefined : industryForName(name, industry, allowed);
    if (fitting !== undefined) record[industryKey] = fitting;
    return;
  }
  const fixed = nameForIndustry(name, industry);
  if (fixed !== undefined) record[nameKey] = fixed;
}

const HANDLE_ARG = /^(id|user_?id|userId|username|user_?name|user|handle|screen_?name|profile|account|channel)$/i;
const USERNAME = /^(username|user_?name|userName|handle|screen_?name|screenName|login)$/;
const DISPLAY = /^(full_?name|fullName|display_?name|displayName|name)$/;

/** The words a readable handle spells ("nocopyrightsounds" → no copyright sounds, "jazz_daily" → jazz daily); undefined for a code. */
export function handleWords(value: string): readonly string[] | undefined {
  if (!/^[a-z][a-z._-]{3,29}$/.test(value)) return undefined;
  const words: string[] = [];
  for (const part of value.split(/[._-]+/).filter(Boolean)) {
    const glued = gluedWords(part);
    if (glued !== undefined) words.push(...glued);
    else if (part.length >= 2 && isKnownWord(part)) words.push(part);
    else return undefined;
  }
  // One word said again ("Jazz" for "jazz") would only echo the handle.
  return words.length >= 2 ? words : undefined;
}

/** The name a handle reads as, each word capitalised ("No Copyright Sounds"). */
const handleName = (words: readonly string[]): string => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

/** A profile fetched by a readable handle has it as its username, and a name made from it. */
function profileOfHandle(result: unknown, args: Readonly<Json>, kept: ReadonlySet<string>): void {
  const handle = Object.entries(args).find(([k, v]) => HANDLE_ARG.test(k) && typeof v === 'string' && /^[a-z]/.test(v))?.[1] as string | undefined;
  const words = handle !== undefined ? handleWords(handle) : undefined;
  if (handle === undefined || words === undefined) return;
  const records = isRecord(result) ? [result, ...Object.values(result).filter(isRecord)] : [];
  for (const r of records) {
    const userKey = Object.keys(r).find((k) => USERNAME.test(k) && typeof r[k] === 'string');
    if (userKey === undefined || r[userKey] === handle || !Object.values(r).includes(handle) || kept.has(JSON.stringify(r[userKey]))) continue;
    const old = r[userKey] as string;
    r[userKey] = handle;
    for (const k of Object.keys(r)) if (DISPLAY.test(k) && typeof r[k] === 'string' && !kept.has(JSON.stringify(r[k]))) r[k] = handleName(words);
    // An email or URL that spelled the old username spells the new one.
    for (const k of Object.keys(r)) if (typeof r[k] === 'string' && k !== userKey && old.length >= 3 && (r[k] as string).includes(old)) r[k] = (r[k] as string).split(old).join(handle);
    return;
  }
}

interface Ctx { kept: ReadonlySet<string>; golf: boolean; sent: ReadonlySet<unknown>; industries: readonly unknown[] | undefined }

function visit(node: unknown, key: string, ctx: Ctx, depth: number): void {
  const { kept } = ctx;
  if (depth > 7 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    altNames(node, kept);
    eventNames(node, kept, ctx.golf);
    kindItems(key, node, kept);
    node.forEach((n) => visit(n, key, ctx, depth + 1));
    return;
  }
  altNames([node], kept); // a record read alone: its secondary name is no other ministry's either
  companyTrade(node as Json, kept, ctx.sent, ctx.industries);
  for (const [k, v] of Object.entries(node as Json)) if (v !== null && typeof v === 'object') visit(v, k, ctx, depth + 1);
}

/** Settles the names of a built result; `kept` holds the JSON of values the chain reads. */
export function settleNames28(result: unknown, args: Readonly<Json>, operation: Pick<Operation, 'summary' | 'description' | 'path' | 'api' | 'inputs'>, kept: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const golf = GOLF.test(`${operation.api?.name ?? ''} ${operation.api?.title ?? ''} ${operation.summary ?? ''} ${operation.description ?? ''} ${operation.path}`);
  venuesStayPut(result, kept, golf);
  const industry = operation.inputs.find((p) => /^(industry|sector)$/i.test(p.name));
  visit(result, '', { kept, golf, sent: new Set(Object.values(args)), industries: industry?.enum ?? (industry?.schema.enum as unknown[] | undefined) }, 0);
  profileOfHandle(result, args, kept);
  fitGroupSearch35(result, args, operation, kept); // the groups a name search finds contain its word (_group-search-oar35.ts)
  shareParentFields35(result, operation, kept); // an album's tracks are sold in its markets (_siblings-oar35.ts)
}
