/**
 * Mock values and tool results that respect JSON Schemas: types, formats, enums, bounds, simple patterns,
 * spec examples and defaults, and realistic vocabularies picked by the parameter's name. All randomness
 * comes from the caller's Rng (Faker and RandExp are driven by it, never by their own generators).
 */
import { Faker, base, en } from '@faker-js/faker';
import randexpModule from 'randexp';
import type { JsonSchema } from '../specs/types.ts';
import type { Rng } from './_rng.ts';

// randexp is CommonJS whose typings describe `exports.default`; at run time the import is the class itself.
type RandExpClass = typeof randexpModule.default;
const RandExp: RandExpClass = ((randexpModule as unknown as { default?: RandExpClass }).default ?? randexpModule) as RandExpClass;

let current: Rng | null = null;
const faker = new Faker({
  locale: [en, base],
  randomizer: {
    next: () => {
      if (!current) throw new Error('mock values need an Rng (use withRng)');
      return current.float();
    },
    seed: () => undefined,
  },
});

/** Run `fn` with Faker and RandExp drawing from `rng`. Planning is synchronous, so nothing interleaves. */
export function withRng<T>(rng: Rng, fn: () => T): T {
  const previous = current;
  current = rng;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

const CITIES = [
  'Lisbon', 'Toronto', 'Osaka', 'Nairobi', 'Buenos Aires', 'Melbourne', 'Berlin', 'Chicago', 'Seoul', 'Dublin',
  'Cape Town', 'Mumbai', 'Austin', 'Copenhagen', 'Vienna', 'Mexico City', 'Singapore', 'Prague', 'Boston', 'Oslo',
  'Madrid', 'Istanbul', 'Lima', 'Auckland', 'Montreal', 'Hamburg', 'Denver', 'Kyoto', 'Seattle', 'Edinburgh',
];
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ja', 'nl'];
const SEARCH_TERMS = [
  'jazz', 'hiking boots', 'climate change', 'coffee', 'electric cars', 'vegan recipes', 'solar panels', 'chess',
  'running shoes', 'machine learning', 'street food', 'podcasts', 'yoga', 'photography', 'mountain bikes',
];

export function lastNameWord(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('_');
}

/** The JSON Schema `type` to generate for (first non-null of a list; guessed from other keywords). */
export function schemaType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeof schema.enum[0] === 'number' ? 'number' : typeof schema.enum[0];
  const branch = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branch) && branch[0]) return schemaType(branch[0]);
  return undefined;
}

/** A schema with `allOf` merged and the first `oneOf`/`anyOf` branch taken. */
export function flatSchema(schema: JsonSchema): JsonSchema {
  let out: JsonSchema = { ...schema };
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf as JsonSchema[]) out = { ...flatSchema(part), ...out };
    delete out.allOf;
  }
  const branch = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branch) && branch.length > 0 && !out.type) {
    const first = branch.find((b) => b.type !== 'null') ?? branch[0]!;
    out = { ...flatSchema(first), ...out };
    delete out.oneOf;
    delete out.anyOf;
  }
  return out;
}

/** A value a person can say: a scalar or a short list of scalars (never an object). */
export function isSayable(schema: JsonSchema): boolean {
  const flat = flatSchema(schema);
  const type = schemaType(flat);
  if (type === 'object') return false;
  if (type === 'array') {
    const items = flat.items as JsonSchema | undefined;
    const itemType = items ? schemaType(flatSchema(items)) : 'string';
    return itemType !== 'object' && itemType !== 'array';
  }
  if (flat.format === 'binary' || flat.format === 'byte') return false;
  return true;
}

const ID_NAME = /(^|_)(id|ids|uuid|guid|key|code|codes|index|idx|slug|sku|isbn|iata|icao|hash|lat|lng|lon|latitude|longitude|coord|coords|coordinates|ref|uri|urn|num|number)$/;

/**
 * An ID-like parameter: a value a person would not know by heart (ids, codes, indexes, coordinates).
 * Only these may be failed by the user and chained from another operation (ToolDial's rule).
 */
export function isIdLike(name: string, schema: JsonSchema, description = ''): boolean {
  const words = lastNameWord(name);
  if (ID_NAME.test(words)) return true;
  const flat = flatSchema(schema);
  if (flat.format === 'uuid') return true;
  return /\b(identifier|unique id|the id of|id of the)\b/i.test(description);
}

/** Authentication and transport parameters: never part of a dialogue. */
export function isAuthParam(name: string, location: string): boolean {
  const words = lastNameWord(name);
  if (/(^|_)(api_key|apikey|access_token|auth|authorization|x_rapidapi_key|x_rapidapi_host|x_api_key|token|secret|client_secret|signature)$/.test(words)) return true;
  return (location === 'header' || location === 'cookie') && /(key|token|auth|host|user_agent|accept|content_type|cookie)/.test(words);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDate(rng: Rng): string {
  const year = rng.int(2024, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function clampNumber(schema: JsonSchema, value: number, integer: boolean): number {
  let min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  if (typeof schema.exclusiveMinimum === 'number') min = Math.max(min, schema.exclusiveMinimum + (integer ? 1 : 1e-6));
  if (typeof schema.exclusiveMaximum === 'number') max = Math.min(max, schema.exclusiveMaximum - (integer ? 1 : 1e-6));
  let v = Math.min(Math.max(value, min), max);
  if (integer) v = Math.round(v);
  if (integer && v > max) v = Math.floor(max);
  if (integer && v < min) v = Math.ceil(min);
  const step = schema.multipleOf;
  if (typeof step === 'number' && step > 0) {
    v = Math.ceil(v / step) * step;
    if (v > max) v -= step;
    v = Number(v.toFixed(10));
  }
  return v;
}

function numberFor(schema: JsonSchema, name: string, rng: Rng, integer: boolean): number {
  const n = lastNameWord(name);
  const lo = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const hi = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  let value: number;
  if (/(^|_)(lat|latitude)$/.test(n)) value = Number((rng.float() * 140 - 70).toFixed(4));
  else if (/(^|_)(lng|lon|long|longitude)$/.test(n)) value = Number((rng.float() * 340 - 170).toFixed(4));
  else if (/(^|_)year$/.test(n)) value = rng.int(1990, 2025);
  else if (/(^|_)month$/.test(n)) value = rng.int(1, 12);
  else if (/(^|_)day$/.test(n)) value = rng.int(1, 28);
  else if (/(^|_)(limit|count|size|per_page|page_size|max_results|num|top|n)$/.test(n)) value = pickFrom(rng, [5, 10, 10, 20, 25, 50]);
  else if (/(^|_)(page|page_number)$/.test(n)) value = rng.int(1, 5);
  else if (/(^|_)(offset|skip|start)$/.test(n)) value = pickFrom(rng, [0, 0, 10, 20]);
  else if (/(^|_)(price|amount|cost|total|budget|salary)$/.test(n)) value = integer ? rng.int(5, 2000) : rng.int(500, 200000) / 100;
  else if (/(^|_)(age)$/.test(n)) value = rng.int(18, 80);
  else if (/(^|_)(rating|stars|score)$/.test(n)) value = rng.int(1, 5);
  else if (/(^|_)(radius|distance)$/.test(n)) value = pickFrom(rng, [1, 5, 10, 25]);
  else if (/(^|_)(id|ids|index|idx|number|no|num)$/.test(n)) value = rng.int(1000, 999999);
  else if (lo !== undefined && hi !== undefined) value = integer ? rng.int(Math.ceil(lo), Math.floor(hi)) : lo + rng.float() * (hi - lo);
  else value = integer ? rng.int(1, 500) : rng.int(100, 100000) / 100;
  if (lo !== undefined && hi !== undefined && (value < lo || value > hi)) {
    value = integer ? rng.int(Math.ceil(lo), Math.floor(hi)) : lo + rng.float() * (hi - lo);
  }
  if (!integer) value = Number(value.toFixed(4));
  return clampNumber(schema, value, integer);
}

function pickFrom<T>(rng: Rng, items: readonly T[]): T {
  return rng.pick(items);
}

function idString(name: string, rng: Rng): string {
  const n = lastNameWord(name);
  if (/(^|_)(iata|airport)(_code)?$/.test(n) || /airport/.test(n)) return faker.airline.airport().iataCode;
  if (/currency/.test(n)) return faker.finance.currencyCode();
  if (/country/.test(n)) return faker.location.countryCode('alpha-2');
  if (/(^|_)(lang|language|locale)(_code)?$/.test(n)) return pickFrom(rng, LANGUAGES);
  if (/(^|_)(zip|postal|postcode)(_code)?$/.test(n)) return faker.location.zipCode('#####');
  if (/isbn/.test(n)) return faker.commerce.isbn(13).replace(/-/g, '');
  if (/slug/.test(n)) return faker.helpers.slugify(faker.word.words(2)).toLowerCase();
  if (/code/.test(n)) return faker.string.alphanumeric({ length: rng.int(4, 6), casing: 'upper' });
  return faker.string.alphanumeric({ length: rng.int(8, 12), casing: 'mixed' });
}

/** A vocabulary word for a string parameter or field, judged by its name; undefined when nothing fits. */
function vocabularyString(name: string, rng: Rng, context: string): string | undefined {
  const n = lastNameWord(name);
  const tail = n.split('_').pop() ?? n;
  if (/email/.test(n)) return faker.internet.email().toLowerCase();
  if (/(first_name|firstname|given_name)/.test(n)) return faker.person.firstName();
  if (/(last_name|lastname|surname|family_name)/.test(n)) return faker.person.lastName();
  if (/(user_?name|login|handle|screen_name)/.test(n)) return faker.internet.username().toLowerCase();
  if (/(phone|mobile|tel)/.test(n)) return `+1${faker.string.numeric(10)}`;
  if (/(^|_)(url|uri|link|website|homepage|href)$/.test(n)) return faker.internet.url();
  if (/(^|_)(city|town)(_name)?$/.test(n)) return pickFrom(rng, CITIES);
  if (/(^|_)country(_name)?$/.test(n)) return faker.location.country();
  if (/(^|_)(state|region|province)$/.test(n)) return faker.location.state();
  if (/(address|street)/.test(n)) return faker.location.streetAddress();
  if (/(company|organization|organisation|employer|brand|publisher)/.test(n)) return faker.company.name();
  if (/(artist|singer|band|performer)/.test(n)) return faker.music.artist();
  if (/(song|track)(_name|_title)?$/.test(n)) return faker.music.songName();
  if (/album/.test(n)) return faker.music.album();
  if (/genre/.test(n)) return /book|novel/.test(context) ? faker.book.genre() : faker.music.genre();
  if (/(author|writer)/.test(n)) return faker.person.fullName();
  if (/(book|novel)/.test(n) || (tail === 'title' && /book/.test(context))) return faker.book.title();
  if (/(movie|film)/.test(n) || (tail === 'title' && /(movie|film)/.test(context))) return faker.music.songName();
  if (/job/.test(n)) return faker.person.jobTitle();
  if (tail === 'title' && /(song|track|music)/.test(context)) return faker.music.songName();
  if (tail === 'title') return faker.book.title();
  if (/(product|item)(_name)?$/.test(n)) return faker.commerce.productName();
  if (/(category|department|tag|topic)/.test(n)) return faker.commerce.department();
  if (/(color|colour)/.test(n)) return faker.color.human();
  if (/(currency)/.test(n)) return faker.finance.currencyCode();
  if (/(lang|language|locale)/.test(n)) return pickFrom(rng, LANGUAGES);
  if (/(^|_)(q|query|keyword|keywords|search|term|terms|text)$/.test(n)) return pickFrom(rng, SEARCH_TERMS);
  if (/(description|comment|message|note|body|content|summary|bio)/.test(n)) return faker.lorem.sentence({ min: 4, max: 8 });
  if (/(^|_)(status)$/.test(n)) return pickFrom(rng, ['active', 'pending', 'completed']);
  if (/(^|_)(sort|sort_by|order_by)$/.test(n)) return pickFrom(rng, ['name', 'date', 'popularity']);
  if (/(^|_)(order|direction|dir)$/.test(n)) return pickFrom(rng, ['asc', 'desc']);
  if (/(^|_)(time|hour)$/.test(n)) return `${pad(rng.int(6, 21))}:${pickFrom(rng, ['00', '15', '30', '45'])}`;
  if (/(^|_)(date|day|from|to|since|until|start|end|checkin|checkout|departure|arrival|birthday|dob)(_date)?$/.test(n)) return isoDate(rng);
  if (/(^|_)(full_name|display_name|owner|customer|contact|person)$/.test(n)) return faker.person.fullName();
  if (n === 'name') {
    // A bare name takes its noun from the operation ("Search tracks" -> a song title).
    if (/(track|song)/.test(context)) return faker.music.songName();
    if (/artist/.test(context)) return faker.music.artist();
    if (/album/.test(context)) return faker.music.album();
    if (/(book|novel)/.test(context)) return faker.book.title();
    if (/(city|cities|town)/.test(context)) return pickFrom(rng, CITIES);
    if (/(compan|organi[sz]ation|business)/.test(context)) return faker.company.name();
    if (/(pet|dog|cat|animal)/.test(context)) return faker.animal.petName();
    if (/(user|person|people|customer|employee|member|author|contact|player|owner)/.test(context)) return faker.person.fullName();
    if (/(project|repo|team|workspace|board)/.test(context)) return faker.company.buzzNoun().replace(/^\w/, (c) => c.toUpperCase()) + ' ' + faker.word.noun();
    return faker.commerce.productName();
  }
  if (/(^|_)(type|kind|mode|format)$/.test(n)) return faker.word.noun();
  return undefined;
}

function fitLength(value: string, schema: JsonSchema, rng: Rng): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  let v = value;
  if (v.length > max) v = v.slice(0, max).trimEnd() || v.slice(0, max);
  while (v.length < min) v += faker.string.alphanumeric({ length: 1, casing: 'lower' });
  void rng;
  return v;
}

function patternString(pattern: string, schema: JsonSchema, rng: Rng): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  try {
    const generator = new RandExp(regex);
    generator.max = 6;
    generator.randInt = (from: number, to: number) => rng.int(from, to);
    for (let attempt = 0; attempt < 4; attempt++) {
      const value = generator.gen();
      const okLength =
        (typeof schema.minLength !== 'number' || value.length >= schema.minLength) &&
        (typeof schema.maxLength !== 'number' || value.length <= schema.maxLength);
      if (okLength && regex.test(value)) return value;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export interface ValueHints {
  /** Parameter or field name (its last path segment for fields). */
  name: string;
  description?: string;
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
  /** Words around the value (operation summary, parent path) to pick a fitting vocabulary. */
  context?: string;
  /** Probability of using the spec's example/default when there is one (default 0.35). */
  exampleRate?: number;
}

function stringValue(schema: JsonSchema, hints: ValueHints, rng: Rng): string {
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  switch (format) {
    case 'date':
      return isoDate(rng);
    case 'date-time':
      return `${isoDate(rng)}T${pad(rng.int(0, 23))}:${pickFrom(rng, ['00', '15', '30', '45'])}:00Z`;
    case 'time':
      return `${pad(rng.int(6, 21))}:${pickFrom(rng, ['00', '15', '30', '45'])}:00Z`;
    case 'email':
    case 'idn-email':
      return faker.internet.email().toLowerCase();
    case 'uuid':
      return faker.string.uuid();
    case 'uri':
    case 'url':
    case 'iri':
    case 'uri-reference':
      return faker.internet.url();
    case 'hostname':
      return faker.internet.domainName();
    case 'ipv4':
      return faker.internet.ipv4();
    case 'ipv6':
      return faker.internet.ipv6();
    case 'int32':
    case 'int64':
      return String(rng.int(1, 99999));
    case 'password':
      return faker.internet.password({ length: 12 });
    default:
      break;
  }
  if (typeof schema.pattern === 'string') {
    const fromPattern = patternString(schema.pattern, schema, rng);
    if (fromPattern !== undefined) return fromPattern;
  }
  const context = `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase();
  const word = vocabularyString(hints.name, rng, context);
  if (word !== undefined) return fitLength(word, schema, rng);
  if (isIdLike(hints.name, schema, hints.description)) return fitLength(idString(hints.name, rng), schema, rng);
  return fitLength(faker.word.words({ count: { min: 1, max: 2 } }), schema, rng);
}

function exampleOf(schema: JsonSchema, hints: ValueHints): unknown[] {
  const found: unknown[] = [];
  for (const v of [hints.example, hints.default, schema.example, schema.default]) if (v !== undefined && v !== null) found.push(v);
  if (Array.isArray(schema.examples)) found.push(...(schema.examples as unknown[]));
  return found;
}

function typeMatches(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

/** A value for `schema`; objects and arrays are built recursively up to a small depth. */
export function mockValue(rawSchema: JsonSchema, hints: ValueHints, rng: Rng, depth = 0): unknown {
  const schema = flatSchema(rawSchema);
  if ('const' in schema) return schema.const;
  const choices = (Array.isArray(schema.enum) ? schema.enum : hints.enum)?.filter((v) => v !== null);
  if (choices && choices.length > 0) return rng.pick(choices);
  const type = schemaType(schema);
  const examples = exampleOf(schema, hints).filter((v) => typeMatches(v, type) && (typeof v !== 'string' || v.length <= 80));
  if (examples.length > 0 && rng.chance(hints.exampleRate ?? 0.35)) return rng.pick(examples);
  switch (type) {
    case 'integer':
      return numberFor(schema, hints.name, rng, true);
    case 'number':
      return numberFor(schema, hints.name, rng, false);
    case 'boolean':
      return rng.chance(0.5);
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? { type: 'string' };
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      const max = Math.max(min, Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 2, depth > 0 ? 2 : 2));
      const count = rng.int(Math.max(min, 1), Math.max(max, 1));
      const out: unknown[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < count * 3 && out.length < count; i++) {
        const item = mockValue(items, { name: singular(hints.name), context: hints.context ?? '' }, rng, depth + 1);
        const key = JSON.stringify(item);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(item);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 3) return out;
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      for (const [key, sub] of Object.entries(properties)) {
        if (required.has(key) || rng.chance(0.6)) out[key] = mockValue(sub, { name: key, context: hints.context ?? '' }, rng, depth + 1);
      }
      return out;
    }
    default:
      return stringValue(schema, hints, rng);
  }
}

function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;
}

/** Draw a value for a parameter, with Faker bound to `rng`. */
export function mockParamValue(schema: JsonSchema, hints: ValueHints, rng: Rng): unknown {
  return withRng(rng, () => mockValue(schema, hints, rng));
}

/**
 * Candidate values that break `schema` in the ways a model typically does: a value outside the enum, a
 * date in the wrong format, a number as a string, a number out of range, a scalar wrapped in a list. The
 * caller keeps the first one that real validation rejects.
 */
export function schemaViolations(rawSchema: JsonSchema, valid: unknown, rng: Rng): unknown[] {
  const schema = flatSchema(rawSchema);
  const out: unknown[] = [];
  const type = schemaType(schema);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const first = schema.enum.find((v) => typeof v === 'string') as string | undefined;
    if (first !== undefined) out.push(first.toUpperCase() === first ? first.toLowerCase() : first.toUpperCase(), `${first} `.trim() + 's');
    out.push('any');
  }
  if (typeof valid === 'string') {
    if (schema.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(valid)) {
      const [y, m, d] = valid.split('-');
      out.push(`${m}/${d}/${y}`);
    }
    if (schema.format === 'date-time') out.push(valid.replace('T', ' ').replace(/Z$/, ''));
    if (schema.format === 'email') out.push(valid.replace('@', ' at '));
    if (schema.format === 'uri' || schema.format === 'url') out.push(valid.replace(/^https?:\/\//, ''));
    if (schema.format === 'uuid') out.push(valid.replace(/-/g, '').slice(0, 20));
    if (typeof schema.maxLength === 'number') out.push(valid.padEnd(schema.maxLength + 1, valid.slice(-1) || 'x'));
    if (typeof schema.pattern === 'string') out.push(`${valid} `, `#${valid}`);
    out.push([valid]);
  }
  if (typeof valid === 'number') {
    out.push(String(valid));
    if (typeof schema.maximum === 'number') out.push(schema.maximum + (type === 'integer' ? rng.int(1, 10) : 1.5));
    if (typeof schema.minimum === 'number') out.push(schema.minimum - (type === 'integer' ? rng.int(1, 10) : 1.5));
    if (type === 'integer') out.push(valid + 0.5);
  }
  if (typeof valid === 'boolean') out.push(valid ? 'yes' : 'no');
  if (Array.isArray(valid) && valid.length > 0) out.push(valid.join(','));
  return out;
}

/** One step of a field path: a property or "each item of an array". */
type PathToken = { key: string } | { each: true };

export function parseFieldPath(path: string): PathToken[] {
  const tokens: PathToken[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    const key = m ? m[1]! : part;
    const arrays = m ? m[2]!.length / 2 : 0;
    if (key !== '') tokens.push({ key });
    for (let i = 0; i < arrays; i++) tokens.push({ each: true });
  }
  return tokens;
}

export interface ResultField {
  path: string;
  schema: JsonSchema;
  description?: string;
  example?: unknown;
}

/** A value to place: the field `path` (pattern, `items[].id`) gets `value` in the chosen item. */
export interface PinnedValue {
  path: string;
  value: unknown;
}

export interface BuiltResult {
  result: unknown;
  /** For each pinned field pattern: the concrete path where its value sits, e.g. `items[1].id`. */
  pinnedAt: Record<string, string>;
}

interface Node {
  leaf?: ResultField;
  each?: Node;
  keys?: Map<string, Node>;
}

function insert(root: Node, tokens: PathToken[], field: ResultField): void {
  let node = root;
  for (const token of tokens) {
    if ('each' in token) {
      node.each ??= {};
      node = node.each;
    } else {
      node.keys ??= new Map();
      let child = node.keys.get(token.key);
      if (!child) {
        child = {};
        node.keys.set(token.key, child);
      }
      node = child;
    }
  }
  node.leaf = field;
}

/**
 * Build a tool result from an operation's output fields. Every array gets several items (the outermost
 * 3, nested ones 1-2) so a user can pick one by another field; `pinned` values are put in one chosen item
 * (the same item for pins that share an array) and never repeated in the others. `echo` gives values to
 * non-list fields whose name matches an input (a lookup by id returns that id).
 */
export function buildResult(fields: readonly ResultField[], rng: Rng, pinned: readonly PinnedValue[] = [], echo: Record<string, unknown> = {}, context = ''): BuiltResult {
  return withRng(rng, () => {
    const root: Node = {};
    const limited = fields.slice(0, 40);
    for (const pin of pinned) if (!limited.some((f) => f.path === pin.path)) limited.push({ path: pin.path, schema: {} });
    for (const field of limited) insert(root, parseFieldPath(field.path), field);
    const pinByPath = new Map(pinned.map((p) => [p.path, p]));
    // One item index per array prefix for pinned values, chosen once.
    const chosenIndex = new Map<string, number>();
    const pinnedAt: Record<string, string> = {};
    const pinnedValues = new Set(pinned.map((p) => JSON.stringify(p.value)));

    const build = (node: Node, patternPrefix: string, concretePrefix: string, onPinnedPath: boolean, depth: number): unknown => {
      if (node.leaf && !node.keys && !node.each) {
        const field = node.leaf;
        const pin = pinByPath.get(field.path);
        if (pin && onPinnedPath) {
          pinnedAt[field.path] = concretePrefix;
          return pin.value;
        }
        const parts = patternPrefix.split(/[.[\]]+/).filter(Boolean);
        const last = parts[parts.length - 1] ?? 'value';
        const parent = parts[parts.length - 2];
        // A bare `name`/`title` reads better with its parent's noun: `artists[].name` is an artist's name.
        const name = parent && /^(name|title|id|code|label|value)$/i.test(last) && !/^(data|items|results|result|response|records|list|entries|content|payload|body|hits)$/i.test(parent)
          ? `${singular(parent)}_${last}`
          : last;
        if (!patternPrefix.includes('[]') && last in echo) return echo[last];
        for (let attempt = 0; ; attempt++) {
          const value = mockValue(field.schema, { name, description: field.description, example: field.example, context }, rng, 1);
          if (!pin || attempt > 5 || !pinnedValues.has(JSON.stringify(value))) return value;
        }
      }
      if (node.each) {
        const count = depth === 0 || !patternPrefix.includes('[]') ? 3 : rng.int(1, 2);
        const pattern = `${patternPrefix}[]`;
        const hasPin = pinned.some((p) => p.path.startsWith(pattern));
        let chosen = -1;
        if (hasPin && onPinnedPath) {
          if (!chosenIndex.has(pattern)) chosenIndex.set(pattern, rng.int(0, count - 1));
          chosen = chosenIndex.get(pattern)!;
        }
        const items: unknown[] = [];
        for (let i = 0; i < count; i++) items.push(build(node.each, pattern, `${concretePrefix}[${i}]`, i === chosen, depth + 1));
        return items;
      }
      const out: Record<string, unknown> = {};
      for (const [key, child] of node.keys ?? []) {
        const pattern = patternPrefix === '' ? key : `${patternPrefix}.${key}`;
        const concrete = concretePrefix === '' ? key : `${concretePrefix}.${key}`;
        out[key] = build(child, pattern, concrete, onPinnedPath, depth);
      }
      return out;
    };
    if (!root.keys && !root.each && !root.leaf) return { result: { status: 'ok' }, pinnedAt };
    return { result: build(root, '', '', true, 0), pinnedAt };
  });
}

/** The value at a concrete path such as `items[1].id` or `[0].name`; undefined when absent. */
export function valueAtPath(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = part.startsWith('[') ? (node as unknown[])[Number(part.slice(1, -1))] : (node as Record<string, unknown>)[part];
  }
  return node;
}
