/**
 * The world of one dialogue: the few people and places it is about, drawn once from the dialogue's seed
 * before any value is needed. Every mock value that means a place or a person reads from it, so a city has
 * its real region, country and coordinates, an email matches its owner's name, and the same person or place
 * is the same in every call and utterance of the dialogue. Items of a list are other entities of the same
 * world (`withFocus`), the first item the dialogue's own.
 */
import { knownPlaces, type Place } from './places.ts';

/** What the world needs of a random generator (the planner's Rng has it). */
export interface WorldRng {
  int(from: number, to: number): number;
  pick<T>(items: readonly T[]): T;
}

export interface Person {
  firstName: string;
  lastName: string;
  fullName: string;
  email: string;
  username: string;
  phone: string;
}

export interface World {
  /** People, the first one the user. */
  people: Person[];
  /** Places: index 0 the one the dialogue is about. */
  places: Place[];
  /** Which person a value is read from now (an item of a list is another entity). */
  focus: number;
  /** Which place: the items of a list filtered by a place stay in it. */
  placeFocus: number;
  /** Records seen in tool results, by their id: the same id keeps its name and details in later results. */
  records: Map<string, Record<string, unknown>>;
  /** Names and texts made before their entity was known: a record's own details may remake them. */
  provisional: Map<string, string>;
}

/**
 * The day every dialogue happens on: results date what was created before it, what expires after it, and a
 * record made by a call on it. Fixed (not drawn) so that the same inputs give the same files.
 */
export const REFERENCE_DATE = '2026-03-16';

const FIRST = ['Ana', 'Liam', 'Sofia', 'Noah', 'Mia', 'Lucas', 'Emma', 'Mateo', 'Olivia', 'Hiro', 'Amara', 'Jonas', 'Priya', 'Diego', 'Chloe', 'Kofi', 'Elena', 'Omar', 'Hannah', 'Ravi', 'Zoe', 'Felix', 'Leila', 'Tomás', 'Yuki', 'Grace', 'Ivan', 'Nora', 'Samuel', 'Aisha', 'Daniel', 'Freya', 'Marco', 'Ingrid', 'Kwame', 'Lena', 'Arjun', 'Clara', 'Mei', 'Oscar'];
const LAST = ['Silva', 'Murphy', 'Rossi', 'Nguyen', 'Schmidt', 'Okafor', 'Tanaka', 'García', 'Kowalski', 'Jensen', 'Dubois', 'Patel', 'Haddad', 'Novak', 'Andersson', 'Moreau', 'Costa', 'Kim', 'Fischer', 'Mensah', 'Ortiz', 'Larsen', 'Ivanova', 'Bauer', 'Hughes', 'Reyes', 'Sato', 'Walsh', 'Lindqvist', 'Khan', 'Romero', 'Berg', 'Chen', 'Adeyemi', 'Morales', 'Weber', 'Nakamura', 'Brennan', 'Ferreira', 'Quinn'];
/** The names people in a world are given, for a record that must name a person (a courier, a driver). */
export const PEOPLE_NAMES: { readonly first: readonly string[]; readonly last: readonly string[] } = { first: FIRST, last: LAST };
const MAIL_HOSTS = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'icloud.com', 'fastmail.com'];

const asciiOf = new Map<string, string>();

/** A name in plain lower-case letters (for emails and usernames); kept, the same few names recur in every world. */
function ascii(s: string): string {
  let out = asciiOf.get(s);
  if (out === undefined) {
    out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
    asciiOf.set(s, out);
  }
  return out;
}

function drawPerson(rng: WorldRng, place: Place | undefined, taken: Set<string>): Person {
  let firstName = rng.pick(FIRST);
  let lastName = rng.pick(LAST);
  for (let n = 0; n < 5 && taken.has(`${firstName} ${lastName}`); n++) {
    firstName = rng.pick(FIRST);
    lastName = rng.pick(LAST);
  }
  taken.add(`${firstName} ${lastName}`);
  const first = ascii(firstName);
  const last = ascii(lastName);
  const local = rng.pick([`${first}.${last}`, `${first}${last}`, `${first[0]}${last}`, `${first}_${last}${rng.int(1, 99)}`, `${last}.${first}`]);
  const digits = String(rng.int(200_000_000, 999_999_999));
  return {
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    email: `${local}@${rng.pick(MAIL_HOSTS)}`,
    username: rng.pick([`${first}${last[0]}`, `${first}_${last}`, `${first}${rng.int(10, 99)}`, `${last}${first[0]}`]),
    phone: `+${place?.phoneCode ?? '1'}${digits}`,
  };
}

/** Four people and four distinct places, drawn from `rng`. */
export function drawWorld(rng: WorldRng): World {
  const all = knownPlaces();
  const places: Place[] = [];
  if (all.length === 0) throw new Error('the gazetteer gave no places');
  const home = all[rng.int(0, all.length - 1)] as Place;
  places.push(home);
  // Other places of the same country first: the cities of a list filtered by country are all in it.
  const sameCountry = all.filter((p) => p !== home && p.countryCode === home.countryCode);
  const elsewhere = all.filter((p) => p.countryCode !== home.countryCode);
  for (const pool of [sameCountry, elsewhere]) {
    const left = [...pool];
    while (places.length < 4 && left.length > 0) places.push(left.splice(rng.int(0, left.length - 1), 1)[0] as Place);
  }
  const taken = new Set<string>();
  const people = places.map((place) => drawPerson(rng, place, taken));
  return { people, places, focus: 0, placeFocus: 0, records: new Map(), provisional: new Map() };
}

/**
 * The current world moved to a country (a regional API's: a British Columbia geomark, a German autobahn): its places
 * become known places of that country, of the region first, then elsewhere as before; people keep their names and
 * take their place's calling code. A world already there, or a country of no known place, is left as it is.
 */
export function localizeWorld(countryCode: string, regionCode: string | undefined, rng: WorldRng): void {
  const world = current;
  if (!world) return;
  const home = world.places[0];
  if (home && home.countryCode === countryCode && (regionCode === undefined || home.regionCode === regionCode)) return;
  const all = knownPlaces();
  const inCountry = all.filter((p) => p.countryCode === countryCode);
  if (inCountry.length === 0) return;
  const inRegion = inCountry.filter((p) => p.regionCode === regionCode);
  const first = inRegion.length > 0 ? inRegion : inCountry;
  const chosen: Place[] = [first[rng.int(0, first.length - 1)]!];
  for (const pool of [inCountry, all.filter((p) => p.countryCode !== countryCode)]) {
    const left = pool.filter((p) => !chosen.includes(p));
    while (chosen.length < world.places.length && left.length > 0) chosen.push(left.splice(rng.int(0, left.length - 1), 1)[0]!);
  }
  world.people.forEach((person, i) => {
    const was = world.places[i];
    const now = chosen[i];
    if (was && now && person.phone.startsWith(`+${was.phoneCode}`)) person.phone = `+${now.phoneCode}${person.phone.slice(was.phoneCode.length + 1)}`;
  });
  world.places.splice(0, world.places.length, ...chosen);
}

let current: World | null = null;

/** Run `fn` with `world` as the dialogue's world. Planning is synchronous, so nothing interleaves. */
export function withWorld<T>(world: World, fn: () => T): T {
  const previous = current;
  current = world;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * Run `fn` with entity `index` of the current world in focus (item `index` of a list); `samePlace` keeps the
 * place (a list filtered by a place is all in it). No world, no change.
 */
export function withFocus<T>(index: number, samePlace: boolean, fn: () => T): T {
  if (!current) return fn();
  const world = current;
  const previous = [world.focus, world.placeFocus] as const;
  world.focus = index;
  if (!samePlace) world.placeFocus = index;
  try {
    return fn();
  } finally {
    [world.focus, world.placeFocus] = previous;
  }
}

const ID_KEY = /(^|_|[a-z])(id|Id|ID|uuid|code)$/;

/**
 * A record of a tool result made consistent with the world: when its id was seen before, its other scalar
 * fields of the same name take the values they had then (the venue of an event keeps its name); else it is
 * remembered. `fixed` keys (pinned or echoed values) are never changed. Ids too short to be unique are skipped.
 */
export function rememberRecord(record: Record<string, unknown>, fixed: readonly string[], notIdentity: readonly string[] = []): void {
  if (!current) return;
  const key = identityOf(record, notIdentity);
  if (key === undefined) return;
  const seen = current.records.get(key);
  if (!seen) {
    // Lists and nested objects too (an artist's genres, its followers): copied, so later edits do not leak back.
    current.records.set(key, jsonCopy(record) as Record<string, unknown>);
    return;
  }
  for (const [k, v] of Object.entries(seen)) {
    if (!(k in record) || fixed.includes(k)) continue;
    const now = record[k];
    const scalar = (x: unknown): boolean => x === null || typeof x !== 'object';
    // A value keeps its kind: a scalar replaces a scalar, a list a list, an object an object.
    if ((scalar(now) && scalar(v)) || (Array.isArray(now) && Array.isArray(v)) || (!scalar(now) && !scalar(v) && !Array.isArray(now) && !Array.isArray(v))) {
      record[k] = scalar(v) ? v : jsonCopy(v);
    }
  }
}

/** The key a record is remembered by: its own id's name and value (a bare `id` first). */
function identityOf(record: Record<string, unknown>, notIdentity: readonly string[]): string | undefined {
  // The record's own id: a bare `id` first; never a key it shares with its list (`workId` of every edition of a work).
  const ids = Object.keys(record).filter((k) => ID_KEY.test(k) && isDistinctId(record[k]) && !notIdentity.includes(k));
  const idKey = ids.find((k) => /^_?id$/i.test(k)) ?? ids[0];
  return idKey === undefined ? undefined : `${idKey}\u0000${String(record[idKey])}`;
}

/**
 * A remembered record changed after its result was built (a geocoder's match rewritten to the address asked): the
 * world keeps its new values, so a later lookup by its id returns what this result said.
 */
export function rememberAgain(record: Record<string, unknown>): void {
  const key = current ? identityOf(record, []) : undefined;
  if (key !== undefined && current!.records.has(key)) current!.records.set(key, jsonCopy(record) as Record<string, unknown>);
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives for plain JSON data, without the string in between (records are
 * copied for every result: the round trip was a large share of the garbage). Same rules: `undefined` and functions
 * drop out of objects and become null in lists, non-finite numbers become null; anything with `toJSON` (a Date)
 * or another odd value takes the round trip itself.
 */
function jsonCopy(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out[i] = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : jsonCopy(item);
    }
    return out;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[k];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      // An own `__proto__` key (JSON.parse makes one) must not set the copy's prototype.
      if (k === '__proto__') Object.defineProperty(out, k, { value: jsonCopy(item), enumerable: true, writable: true, configurable: true });
      else out[k] = jsonCopy(item);
    }
    return out;
  }
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function isDistinctId(value: unknown): boolean {
  return (typeof value === 'string' && value.length >= 6) || (typeof value === 'number' && value >= 1000);
}

/** Remember `value` as made for an entity of kind `noun` without knowing the entity (no world, no effect). */
export function markProvisional(value: string, noun: string): void {
  current?.provisional.set(value, noun);
}

/** The kind `value` was made for without knowing its entity, in the current world; undefined for other values. */
export function provisionalKind(value: unknown): string | undefined {
  return typeof value === 'string' && current !== null ? current.provisional.get(value) : undefined;
}

/** The dialogue being planned, if any. */
export function currentWorld(): World | null {
  return current;
}

export function focusedPlace(world: World): Place {
  return world.places[world.placeFocus % world.places.length] as Place;
}

export function focusedPerson(world: World): Person {
  return world.people[world.focus % world.people.length] as Person;
}

/**
 * Run `fn` with `place` as the place in focus: a call that names a city ("Praça do Comércio, Lisbon") is
 * answered about that city, not the dialogue's home. The world's other places keep their order after it.
 */
export function withPlace<T>(place: Place | undefined, fn: () => T): T {
  if (!current || !place || focusedPlace(current) === place) return fn();
  const world = current;
  const previous = world.places;
  const others = previous.filter((p) => p !== place);
  world.places = [...others.slice(0, world.placeFocus), place, ...others.slice(world.placeFocus)];
  try {
    return fn();
  } finally {
    world.places = previous;
  }
}
