/**
 * What a tool returns when its spec names no response: the content the operation is about, inferred from its
 * name, path and summary. `artist_singles` lists singles with a title and release date, `schools/list` lists
 * schools with a name and address, `getArtist` returns one artist with its id and name; a create returns the
 * new id and its status, an update or delete the id and its new state. Never a bare flag ("found": true).
 * Also the shape a call's result must have: one record for a get by id, N items for a hold of N.
 */
import { configFields35 } from './_config-oar35.ts'; // a configuration's settings (wave 35)
import { daysAsked, takesDayRange } from './_day-range25.ts';
import { oneDayAsked30 } from './_one-day-sky30.ts';
import type { JsonSchema, Operation } from '../specs/types.ts';
import { identifierWords } from '../text/index.ts';
import type { ResultField, ResultShape } from './_result.ts';
import { meaningOf } from '../world/index.ts';
import { statusAfterChange } from './_agree.ts';
import { startsOnly28 } from '../text/async28.ts';
import { treeFields28 } from './_status-tree28.ts';
import { answersWithNoBody } from './_bodyless23.ts';
import { countFields, isCountOperation } from './_aggregates.ts';
import { apiDomainWord } from './_comment-texts.ts';
import { listedMembers } from './_listed25.ts';
import { cryptoFields28, cryptoRecord28 } from './_crypto-kinds28.ts';
import { listedEvents29, upcomingEvents29 } from './_events29.ts';
import { describedFields32, makesNew32 } from './_records32.ts';
import { groupedFields34 } from './_specvals34.ts';

/** Words that say what an operation does or how, never what it is about. */
const NOT_NOUNS = new Set([
  'get', 'gets', 'list', 'lists', 'listing', 'search', 'searches', 'find', 'fetch', 'fetches', 'retrieve', 'retrieves', 'show', 'return', 'returns',
  'read', 'query', 'lookup', 'look', 'up', 'view', 'check', 'create', 'creates', 'add', 'adds', 'new', 'post', 'put', 'update', 'updates', 'edit',
  'modify', 'set', 'sets', 'patch', 'delete', 'deletes', 'remove', 'removes', 'all', 'by', 'for', 'of', 'the', 'a', 'an', 'my', 'me', 'api',
  'info', 'information', 'detail', 'details', 'overview', 'object', 'objects', 'data', 'single', 'specific', 'given', 'id', 'ids', 'with', 'from',
  'on', 'in', 'to', 'and', 'or', 'latest', 'current', 'level', 'json', 'v', 'endpoint', 'using', 'via', 'this', 'that', 'its', 'their', 'your',
  'about', 'more', 'each', 'one', 'multiple', 'several', 'some', 'any', 'is', 'are', 'be', 'as', 'at', 'it', 'full', 'basic', 'public', 'entire',
  'name', 'names', 'code', 'key', 'uuid', 'param', 'params', 'lv', 'representation', 'contains', 'will', 'can', 'which', 'what', 'get_',
]);

/** The noun an operation is about and whether it returns several of them. */
export interface Resource {
  noun: string;
  plural: boolean;
}

function isPlural(word: string): boolean {
  return /s$/.test(word) && !/(ss|us|is|news|series|status)$/.test(word) ? true : /^(news|people|series|data|media)$/.test(word);
}

export function singularOf(word: string): string {
  if (word === 'people') return 'person';
  if (/(series|species)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(ss|us|is|news|series|status)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words in -ing that are things, not actions ("world_ranking" is about rankings). */
const ING_NOUNS = /^(rankings?|standings?|listings?)$/;

/** `getOrdersbyEmail`: a plural run into `by` ("ordersby") is the plural and the filter word. */
const RUN_INTO_BY = /^([a-z]{3,}s)by$/;

function nouns(text: string): string[] {
  const words = identifierWords(text).flatMap((w) => {
    const run = RUN_INTO_BY.exec(w);
    return run ? [run[1]!, 'by'] : [w];
  });
  const by = words.indexOf('by');
  // "questions by category": what comes after `by` is the filter, not the resource; so is what follows
  // "<plural> of" ("markets of coin" lists markets).
  const of = words.indexOf('of');
  const cut = by > 0 ? by : of > 0 && isPlural(words[of - 1]!) && !NOT_NOUNS.has(words[of - 1]!) ? of : -1;
  const head = cut > 0 ? words.slice(0, cut) : words;
  return head.filter((w) => !NOT_NOUNS.has(w) && !/^\d/.test(w) && !/^v\d+$/.test(w) && w.length > 1 && (!/(ed|ing|ly)$/.test(w) || ING_NOUNS.test(w)));
}

const SEARCH_VERB = /^(search|searches|find|lookup|autocomplete)$/;

/** Words saying where, not what (`list_nearby`, `search_around`). */
const PLACE_ADVERBS = new Set(['nearby', 'near', 'around', 'close', 'within', 'inside', 'here']);

/** The plural a description says the operation returns: "responds with all the verses containing …". */
const RETURNS_NOUN = /\b(?:returns?|responds? with|gives?|retrieves?)\s+(?:(?:all|the|a|an|list|of|top|every|\d+)\s+)*([a-z]{4,}s)\b/i;

/** Words after a noun that name the same things listed ("job listings", "product offers"), not a part of them. */
const SAME_THING = /^(listings|postings|offers|items|entries|results|records|types|kinds|details|lists)$/;

const resourceCache = new WeakMap<object, Resource>();

/** The resource an operation is about: the last noun of its name, else of its path, else the first of its summary (cached per operation). */
export function resourceOf(op: Pick<Operation, 'name' | 'path' | 'summary' | 'description'> & { inputs?: ReadonlyArray<{ name: string }> }): Resource {
  let resource = resourceCache.get(op);
  if (!resource) {
    resource = describedResource(op);
    resourceCache.set(op, resource);
  }
  return resource;
}

function describedResource(op: Pick<Operation, 'name' | 'path' | 'summary' | 'description'> & { inputs?: ReadonlyArray<{ name: string }>; effect?: string; outputs?: readonly unknown[] }): Resource {
  const own = namedResource(op);
  // Only where the spec names no response does the description decide what comes back.
  if ((op.effect !== undefined && op.effect !== 'read') || (op.outputs !== undefined && op.outputs.length > 0)) return own;
  const summary = op.summary ?? op.description?.split(/[.\n]/)[0] ?? '';
  const members = listedMembers(own, summary, (n) => kindOf(n) !== undefined);
  if (members !== undefined) return members;
  // "listing of all upcoming sports events" for `/sports.json`: the events, not the sports (_events29.ts).
  const events = listedEvents29(own, summary, (n) => kindOf(n)?.words === 'events');
  if (events !== undefined) return events;
  // "Get model generations" for `cars/get-models`: the summary names what of the model is returned.
  const said = nouns(summary);
  const at = said.findIndex((w) => singularOf(w) === own.noun);
  const next = at >= 0 ? said[at + 1] : undefined;
  const nextKind = next === undefined ? undefined : kindOf(singularOf(next));
  const close = next !== undefined && new RegExp(`\\b${said[at]}\\s+(?:[a-z]+\\s+)?${next}\\b`).test(summary.toLowerCase());
  if (next !== undefined && nextKind !== undefined && close && !SAME_THING.test(next) && nextKind !== kindOf(own.noun) && isPlural(next)) return { noun: singularOf(next), plural: true };
  // "… responds with all the verses containing the keyword" for `search_for_a_word_in_quran`: a noun no kind knows gives way.
  if (kindOf(own.noun) === undefined) {
    // `decode_vin`: the name's verb acts on a thing it names (its input), and that thing is what comes back.
    const verb = identifierWords(op.name)[0];
    const given = new Set((op.inputs ?? []).flatMap((p) => identifierWords(p.name)));
    const thing = verb === own.noun ? nouns(op.name).find((w) => w !== own.noun && given.has(w) && kindOf(singularOf(w)) !== undefined) : undefined;
    if (thing !== undefined) return { noun: singularOf(thing), plural: false };
    const returned = RETURNS_NOUN.exec(op.description ?? op.summary ?? '')?.[1]?.toLowerCase();
    if (returned !== undefined && isPlural(returned) && !NOT_NOUNS.has(returned) && kindOf(singularOf(returned)) !== undefined) return { noun: singularOf(returned), plural: true };
  }
  return own;
}

/** Words after which an operation's name says whose or which things it lists, not what they are. */
const LINK_WORD32 = /^(with|by|for|from|in|having|matching|within|under)$/;

function namedResource(op: Pick<Operation, 'name' | 'path' | 'summary' | 'description'> & { inputs?: ReadonlyArray<{ name: string }> }): Resource {
  // `webcams_list_nearby_lat_lng_radius`: the words naming the inputs (lat, lng, radius) are not the resource.
  const inputWords = new Set((op.inputs ?? []).flatMap((p) => identifierWords(p.name)));
  const named = nouns(op.name);
  const resource = named.filter((w) => !inputWords.has(w) && !PLACE_ADVERBS.has(w));
  // `webcams_list_orderby_order_sort`: "<things> list …" lists those things, whatever filters follow.
  const words = identifierWords(op.name);
  const listed = words.indexOf('list') > 0 ? words[words.indexOf('list') - 1] : undefined;
  // `findUsersWithBrowsePermission`, `listIssuesForProject`: the things named before "with", "for", "by" are what comes back (wave 32).
  const cut = words.findIndex((w, i) => i > 0 && LINK_WORD32.test(w));
  const head = cut > 0 ? resource.filter((w) => { const at = words.indexOf(w); return at >= 0 && at < cut; }) : [];
  const listedFirst = head.length > 0 && isPlural(head[head.length - 1]!) && head.length < resource.length ? head.slice(-1) : undefined;
  const fromName = listed !== undefined && named.includes(listed) && isPlural(listed) ? [listed] : listedFirst ?? (resource.length > 0 ? resource : named);
  const literal = op.path.split('/').filter((s) => s !== '' && !s.includes('{'));
  const fromPath = literal.flatMap((s) => nouns(s));
  const summary = op.summary ?? op.description?.split(/[.\n]/)[0] ?? '';
  const fromSummary = nouns(summary);
  const noun = fromName[fromName.length - 1] ?? fromPath[fromPath.length - 1] ?? fromSummary[0] ?? 'record';
  const text = `${op.name} ${summary}`.toLowerCase();
  const listWords = /\b(list|lists|search|all|browse|autocomplete|suggest|suggestions|top|latest|trending|popular|similar|related|find)\b|\ba list of\b/.test(text);
  // `/jobs/{id}` is one job; `/questions/category/{categoryId}` is still several questions.
  const byId = /\{[^}]+\}\/?$/.test(op.path) || /(^|[^a-z])by[ _-]?id([^a-z]|$)|ById\b/i.test(`${op.name} ${summary}`);
  const plural = isPlural(noun) || (listWords && !byId);
  // A search named by its verb alone (`Search`, `/search/{term}/page/{page}`) returns what it found, several of them.
  if (!plural && named.length === 0 && words.some((w) => SEARCH_VERB.test(w))) return { noun: 'result', plural: true };
  return { noun: singularOf(noun), plural };
}

type FieldSpec = [name: string, schema: JsonSchema];
const S: JsonSchema = { type: 'string' };
const DATE: JsonSchema = { type: 'string', format: 'date' };
const DATETIME: JsonSchema = { type: 'string', format: 'date-time' };
const INT: JsonSchema = { type: 'integer', minimum: 1, maximum: 5000 };
const SMALL: JsonSchema = { type: 'integer', minimum: 1, maximum: 30 };
const MONEY: JsonSchema = { type: 'number', minimum: 1, maximum: 500, multipleOf: 0.01 };

/** Fields of a record by what it is; `words` join the operation's context so the vocabulary fits (a single is a song). */
const KINDS: Array<{ test: RegExp; words: string; fields: FieldSpec[] }> = [
  { test: /^(song|track|single|tune|recording|hit)$/, words: 'tracks songs', fields: [['id', S], ['title', S], ['artist', S], ['release_date', DATE]] },
  { test: /^(album|release|ep|discography)$/, words: 'albums', fields: [['id', S], ['name', S], ['artist', S], ['release_date', DATE], ['total_tracks', SMALL]] },
  { test: /^(artist|band|singer|musician|performer)$/, words: 'artists', fields: [['id', S], ['name', S], ['genres', { type: 'array', items: { type: 'string' } }], ['followers', INT]] },
  { test: /^(playlist|radio|station|mix)$/, words: 'playlists tracks', fields: [['id', S], ['name', S], ['owner_name', S], ['track_count', SMALL]] },
  { test: /^(school|university|college|hospital|library|museum|park|restaurant|cafe|hotel|store|shop|place|venue|business|gym|pharmacy|clinic)$/, words: 'places', fields: [['id', S], ['name', S], ['address', S], ['city', S]] },
  { test: /^(city|town|location|destination)$/, words: 'cities', fields: [['id', INT], ['name', S], ['country', S], ['latitude', { type: 'number' }], ['longitude', { type: 'number' }]] },
  { test: /^(country|nation)$/, words: 'countries', fields: [['name', S], ['country_code', S], ['capital', S], ['currency', S]] },
  { test: /^(user|follower|following|member|customer|person|player|employee|author|consumer|contact|friend|profile|account|attendee|driver)$/, words: 'users', fields: [['id', S], ['full_name', S], ['username', S]] },
  { test: /^(movie|film|show|title|series|episode|season|anime|drama)$/, words: 'movies', fields: [['id', S], ['title', S], ['year', { type: 'integer', minimum: 1970, maximum: 2025 }], ['rating', { type: 'number', minimum: 1, maximum: 10 }]] },
  { test: /^(book|edition|work|novel|ebook)$/, words: 'books', fields: [['id', S], ['title', S], ['author', S], ['published_year', { type: 'integer', minimum: 1900, maximum: 2025 }]] },
  { test: /^(video|clip|reel|short|stream)$/, words: 'videos', fields: [['id', S], ['title', S], ['channel_name', S], ['published_at', DATETIME], ['view_count', INT]] },
  { test: /^(channel)$/, words: 'channels', fields: [['id', S], ['title', S], ['subscriber_count', INT]] },
  { test: /^(job|position|vacancy|opening|posting|career)$/, words: 'jobs', fields: [['id', S], ['title', S], ['company', S], ['location', S], ['posted_at', DATE]] },
  { test: /^(event|tournament|match|game|concert|fixture|race|competition|festival)$/, words: 'events', fields: [['id', S], ['name', S], ['start_date', DATE], ['city', S]] },
  // A dataset's fields or a table's columns are named as schemas name them ("filing_date"), never a key and a value.
  { test: /^(column|field)$/, words: 'fields columns schema', fields: [['name', S]] },
  // An option of a field or a list (Jira's custom field option) is an id and the label a person picks ("High"), never a setting (wave 31).
  { test: /^(option|choice)$/, words: 'options', fields: [['id', S], ['value', { type: 'string', enum: ['High', 'Medium', 'Low', 'Europe', 'Asia Pacific', 'North America', 'Internal', 'External'] }]] },
  { test: /^(property|setting|config|configuration|attribute|preference|parameter|variable|flag)$/, words: 'settings', fields: [['key', S], ['value', S]] },
  { test: /^(product|item|offer|deal|listing|car|model|app|application)$/, words: 'products', fields: [['id', S], ['name', S], ['price', MONEY], ['currency', S]] },
  { test: /^(order|payment|transaction|invoice|booking|reservation|purchase|subscription)$/, words: 'orders', fields: [['id', S], ['status', S], ['total', MONEY], ['currency', S], ['created_at', DATETIME]] },
  { test: /^(news|article|post|story|headline|blog|feed)$/, words: 'news articles', fields: [['id', S], ['title', S], ['publisher', S], ['published_at', DATETIME]] },
  { test: /^(question|quiz|trivia|puzzle)$/, words: 'questions', fields: [['id', S], ['question', S], ['category', S], ['difficulty', { type: 'string', enum: ['easy', 'medium', 'hard'] }]] },
  // A review is what a buyer wrote about what they bought (its stars left out: drawn apart from its words they would disagree).
  { test: /^(review|rating)$/, words: 'reviews', fields: [['id', S], ['text', S], ['author', S], ['created_at', DATETIME]] },
  { test: /^(comment|reply|message|note|tweet)$/, words: 'comments', fields: [['id', S], ['text', S], ['author', S], ['created_at', DATETIME]] },
  { test: /^(weather|forecast|temperature|climate)$/, words: 'weather forecast', fields: [['date', DATE], ['temperature', { type: 'number' }], ['condition', S]] },
  { test: /^(status|health|heartbeat|progress|batch|job_status|ping)$/, words: 'status', fields: [['status', S], ['updated_at', DATETIME]] },
  { test: /^(time|servertime|clock|timestamp)$/, words: 'time', fields: [['server_time', DATETIME], ['timezone', S]] },
  // A ranking or leaderboard ranks players (golf, tennis); a league's standings rank its teams.
  { test: /^(ranking|leaderboard)$/, words: 'rankings players', fields: [['rankings[].rank', SMALL], ['rankings[].name', S], ['rankings[].points', INT]] },
  // A player's earnings or prize money are amounts won by players, not named items.
  { test: /^(earning|prize|winning|payout)$/, words: 'players earnings', fields: [['earnings[].name', S], ['earnings[].amount', INT], ['earnings[].currency', S]] },
  { test: /^standing$/, words: 'rankings teams', fields: [['rankings[].rank', SMALL], ['rankings[].name', S], ['rankings[].points', INT]] },
  { test: /^(category|genre|tag|type|topic|group|department|subject)$/, words: 'categories', fields: [['id', S], ['name', S]] },
  { test: /^(recipe|drink|cocktail|meal|dish|smoothie|food)$/, words: '', fields: [['id', S], ['name', S], ['ingredients', { type: 'array', items: { type: 'string' } }], ['instructions', S]] },
  // A point is its coordinates, a box its corners, a file its name (its extension the type), size and link; never a bare name.
  { test: /^(point|centroid|coordinate|geocode|geolocation|latlng|latlon|pin|marker)$/, words: 'coordinates point', fields: [['latitude', { type: 'number', minimum: -90, maximum: 90 }], ['longitude', { type: 'number', minimum: -180, maximum: 180 }]] },
  // A box as its centre and size: corners drawn one by one would span half the globe.
  { test: /^(box|bbox|boundingbox|extent|bounds|envelope)$/, words: 'bounding box coordinates', fields: [['center_latitude', { type: 'number', minimum: -90, maximum: 90 }], ['center_longitude', { type: 'number', minimum: -180, maximum: 180 }], ['width_km', { type: 'number', minimum: 0.5, maximum: 60, multipleOf: 0.1 }], ['height_km', { type: 'number', minimum: 0.5, maximum: 60, multipleOf: 0.1 }]] },
  { test: /^(file|download|attachment|document|export|pdf|archive|backup)$/, words: 'files downloads', fields: [['file_name', S], ['size_kb', { type: 'number', minimum: 2, maximum: 5000, multipleOf: 0.1 }], ['download_url', { type: 'string', format: 'uri' }]] },
  // A logo is of someone (an airline, a team): whose, and an image file on the API's host, never a bare size.
  { test: /^(logo|emblem|crest|badge)$/, words: 'logos', fields: [['name', S], ['logo_url', S], ['width', { type: 'integer', minimum: 100, maximum: 1000 }], ['height', { type: 'integer', minimum: 100, maximum: 1000 }]] },
  { test: /^(image|photo|picture|cover|thumbnail|avatar|poster|artwork)$/, words: 'images', fields: [['url', { type: 'string', format: 'uri' }], ['width', { type: 'integer', minimum: 100, maximum: 2000 }], ['height', { type: 'integer', minimum: 100, maximum: 2000 }]] },
  { test: /^(feature|geometry|shape|polygon|polyline|linestring|part)$/, words: 'geometry features', fields: [['geometry_type', { type: 'string', enum: ['Polygon', 'MultiPolygon'] }], ['vertex_count', { type: 'integer', minimum: 4, maximum: 400 }]] },
  // Earnings, prizes, salaries are amounts: whose, how much, in what currency.
  { test: /^(earning|salary|income|revenue|payout|prize|winning|wage|bonus|payment_summary)$/, words: 'earnings amounts', fields: [['name', S], ['amount', { type: 'number', minimum: 1000, maximum: 2000000, multipleOf: 0.01 }], ['currency', { type: 'string', enum: ['USD', 'EUR', 'GBP'] }]] },
  { test: /^(verse|ayah|chapter|surah|passage|quote)$/, words: 'verses', fields: [['number', SMALL], ['text', S]] },
  // A model's generations are its successive versions, each built over a span of years.
  { test: /^(generation|revision)$/, words: 'generations', fields: [['id', INT], ['generation', { type: 'integer', minimum: 1, maximum: 6 }], ['start_year', { type: 'integer', minimum: 1990, maximum: 2016 }], ['end_year', { type: 'integer', minimum: 2017, maximum: 2025 }]] },
  { test: /^(link|url|weblink)$/, words: 'links', fields: [['title', S], ['url', { type: 'string', format: 'uri' }]] },
  // A coin's markets are where it trades, at what price and volume.
  { test: /^market$/, words: 'markets exchanges', fields: [['exchange_name', S], ['price_usd', MONEY], ['volume_usd', { type: 'integer', minimum: 10000, maximum: 90000000 }]] },
  // A decoded VIN is the vehicle it names.
  { test: /^(vehicle|vin)$/, words: 'vehicles cars', fields: [['vin', S], ['make', S], ['model', S], ['year', { type: 'integer', minimum: 1995, maximum: 2025 }], ['body_type', { type: 'string', enum: ['Sedan', 'SUV', 'Hatchback', 'Pickup', 'Coupe'] }]] },
  // A check's answer is whether it passed, and why.
  { test: /^(validate|validation|validator|verify|verification)$/, words: 'validation', fields: [['result', { type: 'string', enum: ['valid'] }], ['checked_at', DATETIME]] },
];

const SPORT_API = /sport|football|soccer|racing|formula|basketball|tennis|golf|cricket|hockey|baseball|rugby|\bnfl\b|\bnba\b/;
const TASK_RESULT: FieldSpec[] = [['status', { type: 'string', enum: ['completed'] }], ['finished_at', DATETIME]];
/** A coin trades on crypto exchanges, never on a stock exchange. */
const CRYPTO_API = /crypto|coin|bitcoin|blockchain/;
const CRYPTO_MARKET = { test: /^market$/, words: 'markets crypto exchanges', fields: [['exchange_name', { type: 'string', enum: ['Binance', 'Coinbase', 'Kraken', 'Bitstamp', 'KuCoin', 'Bitfinex', 'OKX'] }], ['price_usd', MONEY], ['volume_usd', { type: 'integer', minimum: 10000, maximum: 90000000 }]] as FieldSpec[] };
/** A time series is values by date. */
const TIME_SERIES = { test: /^series$/, words: 'time series prices', fields: [['date', DATE], ['close', MONEY], ['volume', INT]] as FieldSpec[] };
const SPORT_SEASON = { test: /^season$/, words: 'seasons', fields: [['id', INT], ['year', { type: 'integer', minimum: 2000, maximum: 2025 }]] as FieldSpec[] };

function kindOf(noun: string): (typeof KINDS)[number] | undefined {
  return KINDS.find((k) => k.test.test(noun));
}

/** A history is entries over time: of what the name puts before it (a team's drivers by season), else dated events. */
const HISTORY = /^(history|timeline|log|changelog)$/;

function historyFields(op: Operation, noun: string): ResultField[] {
  const named = nouns(op.name);
  const of = named[named.lastIndexOf(noun) - 1];
  const kind = of === undefined ? undefined : kindOf(of);
  const entry: FieldSpec[] = kind && of !== undefined
    ? [[`${of}_name`, S], ['season', { type: 'integer', minimum: 2000, maximum: 2025 }]]
    : of !== undefined && /^(price|rate|value|cost|quote)$/.test(of)
      ? [['date', DATE], [of, MONEY]]
      : [['date', DATE], ['event', S]];
  return entry.map(([name, schema]) => ({ path: `${noun}[].${name}`, schema }));
}

const GENERIC: FieldSpec[] = [['id', S], ['name', S]];
/** A read asked for in a file format (`fileFormatExtension`: kml, shp) returns that file: its name, type, size and link. */
const FILE_FIELDS: FieldSpec[] = KINDS.find((k) => k.test.test('file'))?.fields ?? GENERIC;
const FORMAT_INPUT = /^(file_?)?format(_?extension)?$|^(file_?)?extension$|FileFormat|fileFormat/;

/** Past tense of the verb an action is named by: what its status becomes. */
const ACTION_STATUS: Array<[RegExp, string]> = [
  [/^(send|notify|email|mail|message|invite|share|publish)/, 'sent'],
  [/^(cancel|abort|revoke)/, 'cancelled'],
  [/^(stop|halt)/, 'stopped'],
  [/^(pause|suspend)/, 'paused'],
  [/^(disable|deactivate|turnoff|mute)/, 'disabled'],
  [/^(enable|activate|turnon|unmute)/, 'enabled'],
  [/^(resume|restart|reboot)/, 'running'],
  [/^(pay|charge|purchase|buy|checkout)/, 'paid'],
  [/^(merge)/, 'merged'],
  [/^(approve|accept|confirm|verify|validate)/, 'confirmed'],
  [/^(login|signin|sign|authenticate|auth)/, 'authenticated'],
  [/^(start|run|trigger|execute|launch|begin)/, 'running'],
  [/^(book|reserve|hold)/, 'confirmed'],
];

/** Statuses that are a state a thing is left in (not an event like "sent"). */
const STATES = new Set(['stopped', 'paused', 'disabled', 'enabled', 'running']);

const cache = new WeakMap<object, ResultField[]>();

/** A response field that only reports how the call went (`message`, `status`, `success`), never content. */
const FLAG_FIELD = /^(status|status_?code|message|msg|success|ok|code|result_?code|result_?message|found|error|errors|request_?id|trace_?id|correlation_?id)$/i;

/** The spec says nothing a read could return: no response fields, or only a status or message. */
export function lacksContent(op: Operation): boolean {
  if (op.outputs.length === 0) return true;
  // A plural read whose whole result is one bare string ("ITM-59716") says nothing of the things it lists.
  if (op.effect === 'read' && op.outputs.length === 1 && op.outputs[0]!.path === '' && op.outputs[0]!.schema.type === 'string' && resourceOf(op).plural) return true;
  return op.effect === 'read' && op.outputs.every((f) => FLAG_FIELD.test(f.path.split('.').pop()?.replace(/\[\]/g, '') ?? ''));
}

/** Response fields for an operation whose spec names none or only flags: its own flags and the inferred content (cached). */
export function inferredOutputs(op: Operation): ResultField[] {
  let fields = cache.get(op);
  if (!fields) {
    const inferred = buildFields(op);
    fields = [...op.outputs.filter((f) => f.path !== '' && !inferred.some((g) => g.path === f.path)), ...inferred];
    cache.set(op, fields);
  }
  return fields;
}

const filled = new WeakMap<object, ResultField[]>();
/** Keys that hold whatever a call found, not one kind of record. */
const CONTAINER = /^(items|results|data|response|payload|records|entries|list|values|hits|objects|elements|content)$/i;

/**
 * The spec's response fields, where a list of bare objects named for a kind of record (`reviews[]`: `{type: object}`)
 * holds that kind's fields (id, text, author, date), so the list is not always empty beside its `total_reviews` (cached).
 */
export function filledOutputs(op: Operation): ResultField[] {
  let fields = filled.get(op);
  if (!fields) {
    fields = op.outputs.flatMap((f) => {
      const key = /(?:^|\.)([A-Za-z_]+)\[\]$/.exec(f.path)?.[1];
      const bare = f.schema.type === 'object' && f.schema.properties === undefined && key !== undefined && !op.outputs.some((g) => g.path.startsWith(`${f.path}.`));
      // A top-level `items[]` of bare objects holds what the read says it finds ("search for videos, playlists…"), never nothing (wave 35).
      const kind = bare && !CONTAINER.test(key) ? KINDS.find((k) => k.test.test(singularOf(identifierWords(key).pop() ?? ''))) : bare && op.effect === 'read' && f.path === `${key}[]` ? kindInText35(`${op.summary ?? ''} ${op.description ?? ''}`) : undefined;
      return kind ? kind.fields.map(([name, schema]) => ({ path: `${f.path}.${name.replace(/^\w+\[\]\./, '')}`, schema })) : [f];
    });
    filled.set(op, fields);
  }
  return fields;
}

/** The first kind of record a read's own words name ("search for videos, playlists…" → videos), or undefined. */
function kindInText35(text: string): (typeof KINDS)[number] | undefined {
  for (const word of text.toLowerCase().split(/[^a-z]+/).slice(0, 40)) {
    const kind = word.length > 3 ? KINDS.find((k) => k.test.test(singularOf(word))) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** Extra context words for an operation's inferred content (so a single's title is a song). */
export function contentWords(op: Operation): string {
  const { noun } = resourceOf(op);
  if (HISTORY.test(noun)) return 'history';
  const kind = kindOf(noun);
  // A comment is about what the API is about (music on Deezer), never a delivery note.
  // A verse of a Qur'an API is the Qur'an's.
  if (kind?.words === 'verses' && /qur'?an|koran/i.test(`${op.api.name} ${op.api.title}`)) return 'verses quran';
  if (kind?.words === 'comments') return `comments ${apiDomainWord(`${op.api.category ?? ''} ${op.api.title} ${op.api.description?.slice(0, 300) ?? ''}`)}`;
  return kind?.words ?? '';
}

const ID_INPUT = /(^|_|[a-z])(id|Id|ID|uuid|key|Key|slug|code|Code)$/;

/**
 * A read named for ids (`getIdsOfWorklogsDeletedSince`) returns ids, with when they were deleted or changed where the
 * name says so; never named records ("Site visit" for a deleted worklog, openapi #314).
 */
function idsOnly(op: Operation): FieldSpec[] | undefined {
  const words = identifierWords(op.name);
  if (!words.includes('ids')) return undefined;
  const when = words.includes('deleted') ? 'deleted_at' : words.some((w) => /^(updated|modified|changed)$/.test(w)) ? 'updated_at' : undefined;
  return when === undefined ? [['id', S]] : [['id', S], [when, DATETIME]];
}

function buildFields(op: Operation): ResultField[] {
  const described = describedFields32(op) ?? configFields35(op) ?? groupedFields34(op, resourceOf(op).noun); // a list of ids or a server's information its description names (_records32.ts); records in their groups (_specvals34.ts)
  if (described !== undefined) return described;
  const { noun, plural } = resourceOf(op);
  const ids = op.inputs.filter((p) => p.required && ID_INPUT.test(p.name) && p.in !== 'header' && p.in !== 'cookie');
  if (op.effect !== 'read') {
    const verb = identifierWords(op.name)[0] ?? '';
    // An update named by a verb of state (`pause-a-users-playback`) leaves that state, not a bare "updated".
    const verbState = ACTION_STATUS.find(([re]) => re.test(verb))?.[1];
    const stateVerb = op.effect === 'update' && verbState !== undefined && STATES.has(verbState) ? verbState : undefined;
    // A call that only starts its work (the outcome comes later, by webhook) reports the request received (_status28.ts).
    const status = (startsOnly28(`${op.summary ?? ''} ${op.description ?? ''}`) ? 'received' : undefined) ?? (op.effect !== 'create' ? statusAfterChange(op) : undefined) ?? stateVerb ?? (op.effect === 'create' ? 'created' : op.effect === 'update' ? 'updated' : op.effect === 'delete' ? 'deleted' : ACTION_STATUS.find(([re]) => re.test(verb))?.[1] ?? 'completed');
    // The record written: the one the path names (`PUT /user/{username}`), else the last id given; a create makes a new id.
    const inPath = /\{([^}]+)\}\/?$/.exec(op.path)?.[1];
    const target = op.inputs.find((p) => p.name === inPath && p.in === 'path') ?? (op.effect === 'create' ? undefined : ids[ids.length - 1]);
    // A reset or a transfer of no named record comes back empty (204): nothing invented to read back.
    if (answersWithNoBody(op, target !== undefined)) return [];
    const idName = target?.name ?? 'id';
    const when = op.effect === 'create' ? 'created_at' : 'updated_at';
    // An action on no record it names (`stopExposing`) reports the state it left, never an invented record id.
    const fields: ResultField[] = [
      ...(op.effect === 'action' && target === undefined && kindOf(noun) === undefined ? [] : [{ path: idName, schema: S }]),
      // A plain update's "updated" would be said twice ("the status is updated and it was updated on …"): its date says it.
      ...(status === 'updated' && op.effect === 'update' ? [] : [{ path: 'status', schema: { type: 'string', const: status } }]),
    ];
    // What was set is said back (the new name, the new status): the call's own values, echoed.
    if (op.effect !== 'delete') {
      // Only required inputs: they are always in the call (an optional one left out would come back invented).
      const set = op.inputs.filter((p) => p.required && p.name !== idName && p.in !== 'header' && p.in !== 'cookie' && !ID_INPUT.test(p.name) && !/(password|secret|token|api_?key|body)$/i.test(p.name) && !fields.some((f) => f.path === p.name));
      for (const p of set.slice(0, 3)) fields.push({ path: p.name, schema: p.schema });
      // A deleted record has no new date; a made or changed one is dated now.
      fields.push({ path: when, schema: DATETIME });
    }
    return fields;
  }
  // A tree (`menuTreeselect/{roleId}`) is its entries and their children (_status-tree28.ts).
  const tree = treeFields28(op);
  if (tree) return [...ids.map((p) => ({ path: p.name, schema: S })), ...tree];
  // "Returns the number of unresolved issues": numbers, never a list of named issues.
  if (isCountOperation(op)) return countFields(op);
  if (HISTORY.test(noun)) return historyFields(op, noun);
  // Asked only for a noun a crypto kind knows (a test's operation may carry no API).
  const crypto = (): boolean => CRYPTO_API.test(`${op.api.category ?? ''} ${op.api.title} ${op.api.name}`.toLowerCase());
  const global = cryptoRecord28(noun, crypto, `${op.name} ${op.summary ?? ''}`);
  if (global !== undefined) return [...global];
  // A sports API's seasons are years of competition, not a show's seasons with titles and ratings.
  const kind = noun === 'series' && identifierWords(op.name).includes('time') ? TIME_SERIES : noun === 'market' && CRYPTO_API.test(`${op.api.category ?? ''} ${op.api.title} ${op.api.name}`.toLowerCase()) ? CRYPTO_MARKET : noun === 'season' && SPORT_API.test(`${op.api.category ?? ''} ${op.api.title} ${op.api.name}`.toLowerCase()) ? SPORT_SEASON : kindOf(noun);
  // The result of a task (`getUpgradeResult`) is how it ended and when.
  const own = !plural && noun === 'result' ? TASK_RESULT : idsOnly(op) ?? cryptoFields28(noun, crypto) ?? kind?.fields ?? (op.inputs.some((p) => p.required && FORMAT_INPUT.test(p.name)) ? FILE_FIELDS : GENERIC);
  // A forecast asked for a number of days is a list of days, not one day.
  if (!plural && kind?.words === 'weather forecast' && /forecast/i.test(op.name) && op.inputs.some((p) => EXACT_COUNT.test(p.name))) return own.map(([name, schema]) => ({ path: `forecast[].${name}`, schema }));
  // Weather asked for a range of days (`dt` .. `end_dt`) is a list of days, one per day asked.
  if (!plural && kind?.words === 'weather forecast' && takesDayRange(op)) return own.map(([name, schema]) => ({ path: `days[].${name}`, schema }));
  if (plural) {
    const list = noun.endsWith('s') ? noun : /(ch|sh|x)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
    // A kind that is itself a list (rankings[].rank) is the list.
    return own.map(([name, schema]) => ({ path: `${list}[].${name.replace(/^\w+\[\]\./, '')}`, schema }));
  }
  // One record looked up by its id carries that id under the input's name; other fields are its own.
  const echoed = ids.map((p) => ({ path: p.name, schema: S }));
  const rest = own.filter(([name]) => !(echoed.length > 0 && name === 'id'));
  return [...echoed, ...rest.map(([name, schema]) => ({ path: name, schema }))];
}

const EXACT_COUNT = /^(days|num_?days|number_?of_?days|forecast_?days|ndays|cnt|hours|num_?hours)$/i;
const AT_MOST = /^(limit|max_?results|page_?size|per_?page|top|num_?results|max_?items|count|n)$/i;
const QUANTITY = /^(quantity|qty|number_?of_?(seats|tickets|items|units)|seats|tickets|num_?tickets|num_?seats|ticket_?count|seat_?count)$/i;
const NAME_FILTER = /^(name|title|display_?name|[a-z]+_?(name|title))$/i;
const QUERY = /^(q|query|keyword|keywords|search|search_?term|term|search_?query|search_?text)$/i;
const SEARCH_DESCRIPTION = /\b(search|query|keywords?|title|name|prefix)\b/i;

/**
 * What a call's result must look like: a get by id (`/tracks/{id}`, `getPetById`, `get_city_by_id(id)`) returns
 * that one record; a hold or order for N returns N items; a search's first items carry its query.
 */
export function resultShape(op: Operation, args: Record<string, unknown>): ResultShape {
  const shape: ResultShape = {};
  const { noun, plural } = resourceOf(op);
  const inPath = /\{([^}]+)\}\/?$/.exec(op.path)?.[1];
  const byIdName = /(^|[^a-z])by[ _-]?id([^a-z]|$)|ById\b/i.test(`${op.name} ${op.summary ?? ''}`);
  // One record: a read of one thing, a read named "by id", or a change to the record the path names.
  if ((op.effect === 'read' && (!plural || byIdName)) || (op.effect !== 'read' && op.effect !== 'create' && inPath !== undefined)) {
    const ids = op.inputs.filter((p) => p.required && p.name in args && ID_INPUT.test(p.name));
    const named = (name: string): boolean => {
      const w = identifierWords(name).join('_');
      return w === 'id' || w === 'uuid' || w.startsWith(`${noun}_`) || w === noun;
    };
    // `POST /pet/{petId}` (updatePetWithForm) changes the pet the path names, whatever noun the name gives.
    const pathNamed = (name: string): boolean => {
      const stem = /^(.+)_(id|uuid|key|code)$/.exec(identifierWords(name).join('_'))?.[1];
      const segment = /\/([A-Za-z_-]+)\/\{[^}]+\}\/?$/.exec(op.path)?.[1]?.toLowerCase().replace(/-/g, '_');
      return stem !== undefined && segment !== undefined && (segment === stem || segment === `${stem}s` || segment === `${stem}es`);
    };
    const key = inPath !== undefined && inPath in args && (named(inPath) || pathNamed(inPath)) ? inPath : op.effect === 'read' && ids.length === 1 && named(ids[0]!.name) ? ids[0]!.name : undefined;
    const value = key === undefined ? undefined : args[key];
    if (key !== undefined && (typeof value === 'string' || typeof value === 'number')) shape.byId = { key, value };
  }
  if (op.effect !== 'read') {
    shape.changesNow = op.effect !== 'delete';
    if (op.effect === 'create' || makesNew32(op)) shape.created = true; // an order placed is new too (_records32.ts)
    if (op.effect === 'update') shape.updates = true;
    const q = Object.entries(args).find(([k, v]) => QUANTITY.test(k) && typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12);
    if (q) shape.quantity = q[1] as number;
    // What one books, cancels or reschedules (a table, a flight, an appointment) is still ahead: its dates are after today.
    if (aheadOfToday(identifierWords(op.name))) shape.upcoming = true;
  } else {
    // A list its description calls soonest first is of what comes next, and in date order (`_order.ts`).
    if (/\b(next|upcoming|future|coming)\b/i.test(`${identifierWords(op.name).join(' ')} ${op.summary ?? ''}`) || /\bsoonest first\b/i.test(op.description ?? '') || upcomingEvents29(op.summary ?? op.description?.split(/[.\n]/)[0] ?? '')) shape.upcoming = true;
    // A list filtered by a name or title (a store named X) holds things of that name, like a search's.
    const about = `${op.summary ?? ''} ${op.description ?? ''}`;
    const isQuery = (k: string): boolean => QUERY.test(k) || (plural && shape.byId === undefined && NAME_FILTER.test(k) && meaningOf(k, '', about) === undefined);
    // A terse parameter (`s`, `t`) is the query when its description says so ("Movie or TV Show Title to search").
    const described = (k: string): boolean => k.length <= 2 && SEARCH_DESCRIPTION.test(op.inputs.find((p) => p.name === k)?.description ?? '');
    const q = Object.entries(args).find(([k, v]) => (isQuery(k) || described(k)) && typeof v === 'string' && meaningOf(k, '', about) === undefined);
    if (q) shape.query = q[1] as string;
    // Days of a forecast are as many as asked; a limit below the usual three is kept to.
    const n = Object.entries(args).find(([k, v]) => (EXACT_COUNT.test(k) || AT_MOST.test(k)) && typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10);
    if (n && (EXACT_COUNT.test(n[0]) || (n[1] as number) < 3)) shape.count = n[1] as number;
    // Left out, the days are the documented default (`days`, default 3).
    // One date asked and no count: that day alone (`dt` restricts a forecast to its date).
    if (shape.count === undefined && kindOf(resourceOf(op).noun)?.words === 'weather forecast') shape.count = oneDayAsked30(op, args, EXACT_COUNT);
    const fallback = shape.count !== undefined ? undefined : Number(op.inputs.find((p) => EXACT_COUNT.test(p.name) && !(p.name in args))?.default ?? NaN);
    if (fallback !== undefined && Number.isInteger(fallback) && fallback >= 1 && fallback <= 10) shape.count = fallback;
    const days = shape.count === undefined && kindOf(resourceOf(op).noun)?.words === 'weather forecast' ? daysAsked(op, args) : undefined;
    if (days !== undefined) shape.count = days;
  }
  return shape;
}

const BOOKING_VERB = /^(cancel\w*|book|rebook|reserve|reschedule|postpone|confirm|modify|amend|change|update|hold)$/;
const BOOKED = /^(reservations?|bookings?|appointments?|meetings?|flights?|trips?|tours?|visits?|stays?|classes|class|sessions?|rides?|rentals?|seats?|tables?|tickets?|slots?|events?)$/;

/** An operation that books, cancels or moves a booked thing (`cancelReservation`, `reschedule_appointment`). */
function aheadOfToday(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return lower.some((w) => BOOKING_VERB.test(w)) && lower.some((w) => BOOKED.test(w));
}
