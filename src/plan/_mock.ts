/**
 * Mock values and tool results that respect JSON Schemas: types, formats, enums, bounds, simple patterns,
 * spec examples and defaults, and realistic vocabularies picked by the parameter's name. All randomness
 * comes from the caller's Rng (Faker and RandExp are driven by it, never by their own generators).
 */
import { domainValue, isDomainParam, numberListLikeExample } from './_arg-shapes23.ts';
import randexpModule from 'randexp';
import type { JsonSchema } from '../specs/types.ts';
import { roundLimit } from './_round-limits19.ts';
import { clampNumber, numberDescription, numberFor, numberName, yearNearExample } from './_numbers.ts';
import { flatSchema, isIdLike, lastNameWord, schemaType } from './_params.ts';
import type { Rng } from '../random/index.ts';
import { faker, withRng } from './_faker.ts';
import { templateField } from './_template-fields.ts';
import { moneyPlaceholder } from './_headlines15.ts';
import { companyName, productName } from './_names.ts';
import { departmentAsked } from './_department20.ts';
import { exampleOverBrand } from './_named-by.ts';
import { exampleOfOtherKind } from './_example-kind17.ts';
import { respelledToFit } from './_pattern-fit17.ts';
import { mediaLength, schemedUri, wordNotCode, youtubeChannelId } from './_not-codes.ts';
import { enumInDescription, meaningString } from './_vocab.ts';
import { fallbackString } from './_fallback.ts';
import { isPlaceholderExample, isPlaceholderShape, postcodeFits, shapedLike, unencoded, uriInExampleScheme } from './_examples.ts';
import { describedExample, likeDescribed } from './_described.ts';
import { alphanumeric, idString, LOWER_ALNUM } from './_id-string.ts';
import { currentWorld, knownPlaces, meaningOf, worldValue, type Meaning } from '../world/index.ts';
import { isEmptyRecord } from './_empty.ts';
import { ownResourceUrl } from './_own-urls20.ts';
import { ownRecordLink } from './_links21.ts';
import { officeHolderName } from './_office-names20.ts';
import { serviceDefined } from './_service-names20.ts';
import { playPackage } from './_reviews.ts';
import { encodedBytes, imageData, RARE_STATE } from './_media.ts';
import { inRequestedFormat, isoSubdivision, kindFieldValue, sectionName } from './_field-values.ts';
import { hexDigest } from './_digests.ts';
import { numberLikeExample } from './_numeric-example20.ts';
import { idListLike } from './_id-list17.ts';
import { idExampleIsTemplate, idShapedLikeExample } from './_id-values22.ts';
import { codedRegion27, dottedRegion27 } from './_region-code27.ts'; import { truncatedSearchExample27 } from './_search-fragment27.ts';
import { resourceStates28 } from './_status28.ts'; import { describedKind35 } from './_kinds-fil35.ts'; import { youtubeId35 } from './_youtube-fil35.ts';
import { DAY_BOUND, isoDate, NUMERIC_ID_PLATFORM, pad, personName, pickFrom, WORD_RULES, type WordRule } from './_word-rules.ts';
export { isEmptyRecord };

// randexp is CommonJS whose typings describe `exports.default`; at run time the import is the class itself.
type RandExpClass = typeof randexpModule.default;
const RandExp: RandExpClass = ((randexpModule as unknown as { default?: RandExpClass }).default ?? randexpModule) as RandExpClass;

export { withRng };
/** A rule chosen for a value, with the words it was chosen on (its maker reads them again). */
interface WordChoice {
  rule: WordRule;
  context: string;
  words: string;
  parent: string;
}

/** Which rule fits a (name, context): decided once per pair, since a run asks the same pairs again and again. */
const wordRuleCache = new Map<string, WordChoice | null>();

/** A vocabulary word for a string parameter or field, judged by its name; undefined when nothing fits. */
const wordRuleByObject = new WeakMap<object, WordChoice | null>();

/** A list documented as taking one item at most ("only a single device_id is currently supported"). */
const ONLY_ONE = /\b(?:only (?:a single|one)\b(?! of)|(?:at most|no more than|maximum of|max(?:imum)?) (?:one|1)\b|single (?:item|value|id) only\b)/i;

function vocabularyString(name: string, rng: Rng, context: string, owner?: object, parent = ''): string | undefined {
  // A field or parameter object decides once; without one, (name, context) strings are the key.
  let choice = owner ? wordRuleByObject.get(owner) : undefined;
  const key = owner ? '' : `${name}\u0000${parent}\u0000${context}`;
  if (choice === undefined && !owner) choice = wordRuleCache.get(key);
  if (choice === undefined) {
    const n = lastNameWord(name);
    const tail = n.split('_').pop() ?? n;
    const rule = WORD_RULES.find(([test]) => test(n, tail, context, lastNameWord(parent)));
    choice = rule ? { rule, context, words: n, parent: lastNameWord(parent) } : null;
    if (owner) wordRuleByObject.set(owner, choice);
    else {
      if (wordRuleCache.size > 50000) wordRuleCache.clear();
      wordRuleCache.set(key, choice);
    }
  }
  return choice ? choice.rule[1](rng, choice.context, choice.words, choice.parent) : undefined;
}

function fitLength(value: string, schema: JsonSchema, rng: Rng): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  let v = value;
  if (v.length > max) v = v.slice(0, max).trimEnd() || v.slice(0, max);
  if (v.length < min) v += alphanumeric(rng, min - v.length, LOWER_ALNUM);
  return v;
}

const MIXED_HEX = /\[(?:0-9a-fA-F|0-9A-Fa-f|a-fA-F0-9|A-Fa-f0-9|a-fA-F\\d|A-Fa-f\\d|\\da-fA-F|\\dA-Fa-f)\]/;
const MIXED_HEX_ALL = new RegExp(MIXED_HEX.source, 'g');

/** One RandExp per pattern (parsing is the slow part); `randInt` is rebound to the caller's Rng each use. */
const randExps = new Map<string, { regex: RegExp; whole: RegExp; generator: InstanceType<RandExpClass> } | null>();

/** `regex` is the pattern as ajv reads it; `whole` must match all of a value made up to fit it ("VgVv8WTf" holds a road id "V8" but is none). */
function compiledPattern(pattern: string): { regex: RegExp; whole: RegExp; generator: InstanceType<RandExpClass> } | null {
  let entry = randExps.get(pattern);
  if (entry === undefined) {
    try {
      // ajv reads patterns with the `u` flag, so a pattern that fails here fails validation too.
      const regex = new RegExp(pattern, 'u');
      // Hex of either case (`[0-9a-fA-F]{32}`) is written in one case by every real system: drawn lower-case.
      const generator = new RandExp(MIXED_HEX.test(pattern) ? new RegExp(pattern.replace(MIXED_HEX_ALL, '[0-9a-f]'), 'u') : regex);
      generator.max = 6;
      entry = { regex, whole: new RegExp(`^(?:${pattern})$`, 'u'), generator };
    } catch {
      entry = null;
    }
    if (randExps.size > 5000) randExps.clear();
    randExps.set(pattern, entry);
  }
  return entry;
}

function patternString(pattern: string, schema: JsonSchema, rng: Rng): string | undefined {
  const entry = compiledPattern(pattern);
  if (!entry) return undefined;
  const { regex, generator } = entry;
  generator.randInt = (from: number, to: number) => rng.int(from, to);
  let fallback: string | undefined;
  try {
    for (let attempt = 0; attempt < 6; attempt++) {
      const value = generator.gen();
      const okLength =
        (typeof schema.minLength !== 'number' || value.length >= schema.minLength) &&
        (typeof schema.maxLength !== 'number' || value.length <= schema.maxLength);
      if (!okLength || !regex.test(value)) continue;
      // One- and two-letter values read like words ("i", "a") and leak into any sentence: prefer longer ones.
      if (value.length >= 3) return value;
      fallback ??= value;
    }
  } catch {
    return fallback;
  }
  return fallback;
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
  /** A stable object standing for this field or parameter (its schema): vocabulary choices are cached on it. */
  owner?: object;
  /** The value is part of a successful tool result: success flags are true, statuses are not errors. */
  inResult?: boolean;
  /** Key of the object the value sits in (`billing_address` for `billing_address.state`): part of its meaning. */
  parent?: string;
  /** The call's arguments, for a result's values (a file is in the format the call asked for). */
  args?: Readonly<Record<string, unknown>>;
}

/** Meanings that make a list about one place when a call is filtered by them. */
export const PLACE_MEANINGS = new Set<Meaning>(['city', 'region', 'region_code', 'country', 'country_code', 'latitude', 'longitude']);

const NOT_PERSON = /\b(providers?|vendors?|sources?|brands?|labels?|networks?|products?|rides?|apps?|applications?|playlists?|channels?|stores?|pages?|groups?|projects?|categor(y|ies)|items?|services?|plans?|devices?|files?|boards?|workspaces?)\b/;

/** A value from the dialogue's world for a string that means a place part, a person's detail or a status. */
function worldString(schema: JsonSchema, hints: ValueHints, rng: Rng): string | undefined {
  // A parameter's description says what it wants ("city name e.g.: q=Paris"); a result field's is not read.
  const about = hints.inResult ? hints.context ?? '' : `${hints.context ?? ''} ${(hints.description ?? '').toLowerCase()}`;
  let meaning = codedRegion27(meaningOf(hints.name, hints.parent ?? '', about), `${hints.description ?? ''} ${typeof schema.description === 'string' ? schema.description : ''}`, hints.inResult === true);
  // A value whose example is a city (`q` with default "London") is the dialogue's city; a country whose
  // example is a code ("us") is the dialogue's country code.
  const example = [hints.example, hints.default, schema.example, schema.default].find((v) => typeof v === 'string');
  if (!meaning && !hints.inResult && isCityName(example)) meaning = 'city';
  if (meaning === 'country' && typeof example === 'string' && /^[A-Za-z]{2}$/.test(example)) {
    const code = worldValue('country_code', false, () => '');
    if (typeof code === 'string') return example === example.toLowerCase() ? code.toLowerCase() : code;
  }
  if (!meaning) return undefined;
  // A display name is a person's only when people are shown: a product's or an app's is its own.
  if (meaning === 'full_name' && /display_?name/i.test(hints.name) && NOT_PERSON.test(`${lastNameWord(hints.name).replace(/_/g, ' ')} ${hints.parent ?? ''} ${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase())) return undefined;
  const own = hints.inResult ? resourceStates28(hints.context ?? '', hints.parent ?? '', lastNameWord(hints.name)) : undefined; // a resource's state is its own word (_status28.ts)
  const value = worldValue(meaning, false, (words) => (hints.inResult && rng.chance(0.6) ? own?.[0] ?? 'completed' : rng.pick(own ?? words)));
  if (value === undefined) return undefined;
  const text = meaning === 'region_code' ? isoRegionCode(String(value), schema, hints) : String(value);
  // A result's list of regions is not all the dialogue's region: an ISO code there comes from the real ones.
  if (hints.inResult && text !== String(value)) return undefined;
  if (typeof schema.maxLength === 'number' && text.length > schema.maxLength) return undefined;
  if (typeof schema.minLength === 'number' && text.length < schema.minLength) return undefined;
  if (typeof schema.pattern === 'string') {
    const compiled = compiledPattern(schema.pattern);
    if (compiled && !compiled.regex.test(text)) return undefined;
  }
  return text;
}

/** A region code as ISO 3166-2 ("US-CA") where the field says so or its pattern wants the country prefix; the bare code ("CA") otherwise. */
function isoRegionCode(code: string, schema: JsonSchema, hints: ValueHints): string {
  const country = worldValue('country_code', false, () => '');
  if (typeof country !== 'string' || code.includes('-')) return code;
  const dotted = dottedRegion27(code, country, `${hints.description ?? ''} ${typeof schema.description === 'string' ? schema.description : ''}`);
  if (dotted) return dotted;
  const iso = `${country}-${code}`;
  if (/3166-2/.test(`${hints.description ?? ''} ${typeof schema.description === 'string' ? schema.description : ''}`)) return iso;
  const compiled = typeof schema.pattern === 'string' ? compiledPattern(schema.pattern) : null;
  return compiled && !compiled.whole.test(code) && compiled.whole.test(iso) ? iso : code;
}

const FAMOUS_CITIES = new Set(['London', 'New York', 'Paris', 'Tokyo', 'Berlin', 'Madrid', 'Rome', 'Sydney', 'Los Angeles', 'San Francisco', 'Chicago', 'Toronto', 'Mumbai', 'Singapore', 'Dubai', 'Amsterdam', 'Barcelona', 'Lisbon', 'Seattle', 'Boston']);

/** A spec example that names a well-known city. */
function isCityName(value: unknown): boolean {
  return typeof value === 'string' && (FAMOUS_CITIES.has(value) || knownPlaces().some((p) => p.city === value));
}

/** Fields that report an error: a successful result leaves them out. */
// A list of reasons something is down or failed ("offline_reasons") is empty on a record that works.
export const ERROR_FIELD = /^(error|errors|err|error_?message|error_?msg|error_?code|error_?description|errmsg|fault|faults|exception|failure|failures|(offline|failure|error|rejection|decline|suspension)_?reasons?)$/i;
// A boolean `status` beside a result's message and data is its success flag (wave 26): never false on a success.
const SUCCESS_FLAG = /^(success|succeeded|successful|is_?success|is_?successful|ok|is_?ok|status_?ok|status)$/i;
const ERROR_STATUS = /(error|fail|failed|failure|invalid|denied|rejected|declined|cancel+ed|expired|disputed|refunded|not_?found|unauthori[sz]ed|forbidden|timeout|aborted|blocked|suspended|deleted|inactive|disabled|zero_?results|no_?results|over_?(query_?)?limit|limit_?exceeded|quota|unavailable)/i;

/** The words around a value, lower-cased once per value (an object, not a named closure: under tsx's keepNames a closure per string drawn costs more). */
interface About {
  hints: ValueHints;
  text: string | undefined;
}

function about(ab: About): string {
  return (ab.text ??= `${ab.hints.context ?? ''} ${ab.hints.description ?? ''}`.toLowerCase());
}

function stringValue(schema: JsonSchema, hints: ValueHints, rng: Rng): string {
  // Asked of every string drawn: the name's words and the words around it are worked out once per value.
  const nameWord = lastNameWord(hints.name);
  const parentWord = lastNameWord(hints.parent ?? '');
  const ab: About = { hints, text: undefined };
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  // A description that lists the allowed values ("Can either be "live" or "draft"") is an enum.
  // A RapidAPI ENUM whose values only the description gives ("only movie or tv show") is a kind, like a `type`.
  const listed = format === undefined ? enumInDescription(hints.description, schema['x-rapidapi-type'] === 'ENUM' ? 'type' : hints.name) : undefined;
  if (listed) {
    const fine = hints.inResult ? listed.filter((v) => !ERROR_STATUS.test(v)) : listed;
    return rng.pick(fine.length > 0 ? fine : listed);
  }
  // A domain parameter is told a domain; a list the description exemplifies ("e.g. 46,78") is told in that shape.
  if (format === undefined && !hints.inResult) {
    if (isDomainParam(nameWord, hints.description)) return domainValue(rng);
    const numbers = numberListLikeExample(hints.description, rng);
    if (numbers !== undefined) return numbers;
  }
  // A `uri` in a scheme of its own (`spotify:artist:<id>`) stays in it, never a web address on the API's host (wave 28).
  const schemed = format === undefined || format === 'uri' ? schemedUri(nameWord, about(ab), exampleOf(schema, hints)[0], rng) : undefined;
  if (schemed !== undefined) return schemed;
  // A URL of the API's own resource is on the API's host, with the resource's id in its path.
  const own = format === undefined || format === 'uri' || format === 'url' ? ownResourceUrl(nameWord, exampleOf(schema, hints), rng) : undefined;
  if (own !== undefined) return own;
  // Any other link of the API's own record (`seatMapUrl`, `permalink`) is on the API's host too, naming the record.
  const link = hints.inResult && (format === undefined || format === 'uri' || format === 'url') ? ownRecordLink(nameWord, parentWord, `${hints.context ?? ''} ${hints.parent ?? ''}`, hints.args, rng) : undefined;
  if (link !== undefined) return link;
  const holder = officeHolderName(nameWord, rng);
  if (holder !== undefined) return holder;
  // A description that gives the value's shape ("e.g. "2d"", "in `whatsapp:<E.164>` format") is followed.
  const described = format === undefined ? describedExample(hints.description ?? (typeof schema.description === 'string' ? schema.description : undefined)) : undefined;
  if (described !== undefined && described.shape !== 'coded') {
    const value = likeDescribed(described, rng);
    if (typeof schema.pattern !== 'string' || compiledPattern(schema.pattern)?.whole.test(value) !== false) return value;
  }
  if (format === undefined || format === 'email' || format === 'idn-email') {
    const fromWorld = worldString(schema, hints, rng);
    if (fromWorld !== undefined) return fromWorld;
  }
  switch (format) {
    case 'date':
      return isoDate(rng);
    case 'date-time':
      // The first or last day of a span (`startDate`, `endDate` of a long weekend) is a day: no time of day.
      if (DAY_BOUND.test(nameWord)) return `${isoDate(rng)}T00:00:00Z`;
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
    case 'byte':
    case 'base64': {
      // Encoded data (an uploaded image) is the spec's own sample, or encoded bytes; never prose.
      const sample = schema.example;
      return typeof sample === 'string' && /^[A-Za-z0-9+/=\s]{8,}$/.test(sample) ? sample : imageData(nameWord, hints.context ?? '') ?? encodedBytes();
    }
    default:
      break;
  }
  let candidate: string;
  // A hash-named value (`sample_md5`, `checksum`) is hex of its algorithm's length, never a code.
  const digest = hexDigest(nameWord, hints.description, rng);
  if (digest !== undefined && (typeof schema.pattern !== 'string' || compiledPattern(schema.pattern)?.whole.test(digest) !== false)) return digest;
  // A year the spec exemplifies is drawn near that example (a 2022 season, never 2005).
  const year = yearNearExample(hints.name, () => exampleOf(schema, hints), rng);
  if (year !== undefined) return String(year);
  const kind = kindFieldValue(nameWord, schema, hints.description, exampleOf(schema, hints), parentWord, hints.context ?? '', hints.inResult === true, rng) ?? describedKind35(nameWord, hints.description ?? (typeof schema.description === 'string' ? schema.description : undefined), rng);
  const fixed = kind ?? templateField(nameWord, `${hints.context ?? ''} ${parentWord}`.toLowerCase(), rng) ?? sectionName(nameWord, parentWord, hints.context ?? '', rng) ?? isoSubdivision(nameWord, hints.description ?? (typeof schema.description === 'string' ? schema.description : ''), typeof schema.pattern === 'string' ? compiledPattern(schema.pattern)?.whole : undefined, rng) ?? uriInExampleScheme(nameWord, exampleOf(schema, hints), (lo, hi) => rng.int(lo, hi));
  if (fixed !== undefined) return fitLength(fixed, schema, rng);
  // Products listed by a category the call named ("Kids") are goods of that category.
  const department = hints.inResult && hints.args ? departmentAsked(hints.name, hints.args, hints.context ?? '') : undefined;
  if (department !== undefined) return fitLength(productName(department), schema, rng);
  const meant = meaningString(nameWord, `${hints.context ?? ''} ${hints.description ?? ''}`, parentWord);
  if (meant !== undefined) {
    candidate = meant;
  } else if (isIdName(nameWord)) {
    // `authorId` is an identifier, not an author's name; in the shape of the spec's example when it gives one.
    candidate = idListLike(nameWord, exampleOf(schema, hints), hints.description ?? (typeof schema.description === 'string' ? schema.description : undefined), rng, () => idString(singular(nameWord), rng, about(ab), hints.parent)) ?? youtubeChannelId(nameWord, about(ab), rng) ?? youtubeId35(nameWord, about(ab), rng) ?? playPackage(nameWord, about(ab), exampleOf(schema, hints)) ?? idShapedLikeExample(nameWord, exampleOf(schema, hints), rng, inListResult(hints)) ?? shapedLike(exampleOf(schema, hints), (lo, hi) => rng.int(lo, hi)) ?? (described !== undefined ? likeDescribed(described, rng) : undefined) ?? (NUMERIC_ID_PLATFORM.test(hints.description ?? '') ? String(rng.int(100000, 99999999)) : idString(hints.name, rng, about(ab), hints.parent));
  } else {
    const cached = hints.owner !== undefined && wordRuleByObject.has(hints.owner);
    const context = cached ? '' : about(ab);
    const word = exampleOverBrand(mediaLength(nameWord, hints.context ?? '', rng) ?? wordNotCode(nameWord, hints.context ?? '', hints.inResult === true, rng, (noun) => vocabularyString(noun, rng, context)) ?? vocabularyString(hints.name, rng, context, hints.owner, hints.parent), String((hints.owner as { path?: unknown } | undefined)?.path ?? '').includes('[]') ? [] : exampleOf(schema, hints));
    // A list of plain values (`regions: ["…"]`) holds things its singular names ("region"), never codes.
    if (word === undefined && PLURAL_WORD.test(nameWord) && described === undefined && exampleOf(schema, hints).length === 0) return stringValue(schema, { ...hints, name: singular(nameWord), owner: undefined }, rng);
    candidate = word ?? (described !== undefined && exampleOf(schema, hints).length === 0 ? likeDescribed(described, rng) : isIdLike(hints.name, schema, hints.description) ? idString(hints.name, rng, about(ab), hints.parent) : fallbackString(hints.name, hints.parent ?? '', exampleOf(schema, hints), rng, { personName, companyName, date: () => isoDate(rng) }, hints.context ?? ''));
  }
  candidate = numberLikeExample(candidate, exampleOf(schema, hints), nameWord, rng, hints.inResult === true) ?? candidate;
  candidate = fitLength(inRequestedFormat(candidate, hints.args, nameWord, hints.parent ?? ''), schema, rng);
  // A realistic value that fits the pattern wins; otherwise the pattern makes one.
  if (typeof schema.pattern === 'string') {
    const compiled = compiledPattern(schema.pattern);
    if (compiled && !compiled.whole.test(candidate)) {
      const respelled = respelledToFit(candidate, compiled.whole);
      if (respelled !== undefined && respelled.length >= (typeof schema.minLength === 'number' ? schema.minLength : 0) && respelled.length <= (typeof schema.maxLength === 'number' ? schema.maxLength : Infinity)) return respelled;
      const fromPattern = patternString(schema.pattern, schema, rng);
      if (fromPattern !== undefined) return fromPattern;
    }
  }
  return candidate;
}

const PLURAL_WORD = /^[a-z_]{3,}[^su_]s$/;
const ID_TAIL = /(^|_)(id|ids|uuid|guid|oid|object_id)$/;
/** Words ending in "id" that are no identifier (`webcamid`, `userid` are). */
const NOT_ID_WORDS = new Set(['paid', 'valid', 'invalid', 'android', 'void', 'avoid', 'grid', 'squid', 'rapid', 'fluid', 'hybrid', 'solid', 'liquid', 'acid', 'humid', 'vivid', 'timid', 'lipid', 'pyramid', 'druid', 'cupid', 'said', 'laid', 'raid', 'maid', 'aid', 'bid', 'kid', 'lid', 'mid', 'rid', 'did', 'hid', 'amid', 'unpaid', 'prepaid', 'braid', 'afraid', 'candid', 'splendid', 'rigid', 'vapid', 'tepid', 'torpid', 'morbid']);

/** An identifier's name: `order_id`, `$oid`, `uuid`, and run-together ones like `webcamid` or `userid`. */
function isIdName(words: string): boolean {
  if (ID_TAIL.test(words)) return true;
  const last = words.split('_').pop() ?? words;
  return last.length > 4 && last.endsWith('id') && !NOT_ID_WORDS.has(last);
}

/** A result field of a list's items (`items[].id`). */
const inListResult = (hints: ValueHints): boolean => hints.inResult === true && String((hints.owner as { path?: unknown } | undefined)?.path ?? '').includes('[]');

function exampleOf(schema: JsonSchema, hints: ValueHints): unknown[] {
  const found: unknown[] = [];
  for (const v of [hints.example, hints.default, schema.example, schema.default]) if (v !== undefined && v !== null) found.push(v);
  if (Array.isArray(schema.examples)) found.push(...(schema.examples as unknown[]));
  return found.filter((v) => !isPlaceholderExample(v) && !truncatedSearchExample27(hints.name, v) && !moneyPlaceholder(schema as Record<string, unknown>, hints.name ?? '', hints.parent ?? '', v)).map(unencoded);
}

export function typeMatches(value: unknown, type: string | undefined): boolean {
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

/** The members of an enum a value is drawn from, per enum list (the same lists come back for every record). */
const choicesByEnum = new WeakMap<readonly unknown[], readonly unknown[]>();
function enumChoices(members: readonly unknown[] | undefined): readonly unknown[] | undefined {
  if (!members) return undefined;
  let choices = choicesByEnum.get(members);
  if (!choices) {
    const allChoices = members.filter((v) => v !== null);
    // An empty string is a valid enum member in some specs, but nobody can say it.
    // A placeholder member ("STUBBED", "TODO") is no state a real record is shown in.
    const spoken = allChoices.filter((v) => v !== '' && !(typeof v === 'string' && isPlaceholderShape(v)));
    choices = spoken.length > 0 ? spoken : allChoices;
    choicesByEnum.set(members, choices);
  }
  return choices;
}

/** A value for `schema`; objects and arrays are built recursively up to a small depth. */
export function mockValue(rawSchema: JsonSchema, hints: ValueHints, rng: Rng, depth = 0): unknown {
  const schema = flatSchema(rawSchema);
  if ('const' in schema) return schema.const;
  const choices = enumChoices((Array.isArray(schema.enum) ? schema.enum : hints.enum) as readonly unknown[] | undefined);
  if (choices && choices.length > 0) {
    // An enum of currencies or countries takes the dialogue's own when it lists it.
    const own = currentWorld() !== null ? worldString({}, { ...hints, inResult: true }, rng) : undefined;
    if (own !== undefined && choices.includes(own) && /(currency|country)/i.test(hints.name)) return own;
    // A successful call reports success: an OK-like status when the enum has one, never an error status.
    if ((hints.inResult || depth > 0) && /(status|state|result|outcome)$/i.test(hints.name)) {
      const ok = choices.find((v) => typeof v === 'string' && /^(ok|success|succeeded|active|confirmed|completed|available|open|scheduled|onsale|delivered)$/i.test(v));
      if (ok !== undefined && rng.chance(0.8)) return ok;
      const fine = choices.filter((v) => typeof v !== 'string' || !ERROR_STATUS.test(v));
      if (fine.length > 0) return rng.pick(fine);
    }
    return rng.pick(choices);
  }
  const type = schemaType(schema);
  // A place or person of the dialogue's world wins over the spec's example (Tokyo next to Lisbon's coordinates).
  const worldly = currentWorld() !== null && meaningOf(hints.name, hints.parent ?? '', hints.context ?? '') !== undefined;
  const examples = worldly ? [] : exampleOf(schema, hints).filter((v) => typeMatches(v, type) && (typeof v !== 'string' || v.length <= 80) && !exampleOfOtherKind(v, hints.context ?? ''));
  // A dataset or version only the service defines is the spec's own (oa_citations, v1), whenever it gives one.
  // An example id is a template, never a record's id (_id-values22.ts): it shapes the id drawn below.
  if (examples.length > 0 && !idExampleIsTemplate(lastNameWord(hints.name), examples, inListResult(hints)) && (serviceDefined(lastNameWord(hints.name), hints.inResult === true) || rng.chance(hints.exampleRate ?? 0.35))) {
    // A spec's example with a stray line break ("https://i.scdn.co/image/ab67…\n") is that value, trimmed.
    const example = rng.pick(examples);
    if (postcodeFits(hints.name, example)) return typeof example === 'string' ? example.trim() : example;
  }
  // A well's tag number the spec types as text is drawn in its numeric shape, never as a topic word (_numbered-params22.ts).
  const tag = type === 'string' && !isIdName(lastNameWord(hints.name)) ? idShapedLikeExample(lastNameWord(hints.name), examples, rng) : undefined;
  if (tag !== undefined) return tag;
  switch (type) {
    case 'integer':
      // An ok result's HTTP-like status says so.
      if (hints.inResult && /^(status|status_?code|http_?status|http_?code|response_?code)$/i.test(hints.name)) return clampNumber(schema, 200, true);
      {
        const year = yearNearExample(hints.name, () => exampleOf(schema, hints), rng);
        if (year !== undefined) return clampNumber(schema, year, true);
      }
      return roundLimit(schema, hints.name, numberFor(schema, numberName(hints.name, hints.description), rng, true, numberDescription(schema, hints.description), exampleOf(schema, hints)), hints.inResult);
    case 'number':
      // A number whose example or default is whole (`bound`, default 1) counts things: it is drawn whole too.
      return roundLimit(schema, hints.name, numberFor(schema, numberName(hints.name, hints.description), rng, exampleOf(schema, hints).some((v) => typeof v === 'number' && Number.isInteger(v) && v !== 0), numberDescription(schema, hints.description), exampleOf(schema, hints)), hints.inResult);
    case 'boolean':
      if (hints.inResult && SUCCESS_FLAG.test(hints.name)) return true;
      if (hints.inResult && RARE_STATE.test(hints.name)) return rng.chance(0.15);
      if (hints.inResult && /^(has_?)?(error|errors|failed|failure)$/i.test(hints.name)) return false;
      return rng.chance(0.5);
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? { type: 'string' };
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      // "Only a single device_id is currently supported": a description's "only one" caps the list at one.
      const max = Math.max(min, Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 2, ONLY_ONE.test(String(hints.description ?? schema.description ?? '')) ? 1 : 2));
      const count = rng.int(Math.max(min, 1), Math.max(max, 1));
      const out: unknown[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < count * 3 && out.length < count; i++) {
        const item = mockValue(items, { name: singular(hints.name), context: hints.context ?? '', ...(hints.inResult ? { inResult: true } : {}) }, rng, depth + 1);
        const key = JSON.stringify(item);
        // An empty object is no record (past the depth cap, or no field drawn): the list is left shorter, even empty.
        if (seen.has(key) || isEmptyRecord(item)) continue;
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
        if (hints.inResult && ERROR_FIELD.test(key)) continue;
        if (required.has(key) || rng.chance(0.6)) out[key] = mockValue(sub, { name: key, parent: hints.name, context: hints.context ?? '', ...(hints.inResult ? { inResult: true } : {}) }, rng, depth + 1);
      }
      return out;
    }
    default:
      return stringValue(schema, hints, rng);
  }
}

export const singular = (name: string): string => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name);

/** Draw a value for a parameter, with Faker bound to `rng`. */
export function mockParamValue(schema: JsonSchema, hints: ValueHints, rng: Rng): unknown {
  return withRng(rng, () => mockValue(schema, hints, rng));
}

export { schemaViolations } from './_violations.ts';
