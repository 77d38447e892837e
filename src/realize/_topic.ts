/**
 * What a vague request is about, in words a person uses (QUALITY.md A): a plural English noun phrase for the
 * resource ("playlists", "business units", "pull requests") that the operation's own documentation spells the
 * same way, or a one-word subject area ("music", "weather"). API slugs, operation ids, parameter names and
 * path words glued or stacked ("events holds", "data get offers") are never topics; without a topic the user
 * opens generically.
 */
import pluralize from 'pluralize';
import type { RecordOperation } from '../plan/types.ts';
import { identifierWords, spokenParts } from '../text/index.ts';

/** A path segment's words as said ("applicationrole" → application role). */
const segmentWords = (segment: string): string[] => identifierWords(segment).flatMap((w) => [...spokenParts(w)]);
import { apiName, intentVariants } from './words.ts';
import { isEnglish } from '../language/plain.ts';
import { saidTogether } from './_built-fit24.ts'; import { ownerAsDescribed28 } from './_intents-said28.ts';

/** Subject areas a person names as such ("a question about music"). */
const AREAS = new Set(['music', 'weather', 'sports', 'travel', 'finance', 'movies', 'food', 'news', 'books', 'jobs', 'shopping', 'football', 'golf', 'cars', 'games', 'gaming', 'health', 'fitness', 'education', 'real estate', 'flights', 'hotels', 'recipes', 'crypto', 'cryptocurrency', 'podcasts', 'events', 'tickets']);

/** Words that name no thing ("latest", "search"), even in plural. */
const NOT_A_THING = new Set(['and', 'the', 'for', 'with', 'from', 'nor', 'but', 'its', 'their', 'into', 'about', 'latest', 'recent', 'new', 'all', 'list', 'lists', 'search', 'searches', 'get', 'find', 'lookup', 'info', 'details', 'detail', 'by', 'id', 'ids', 'query', 'api', 'json', 'xml', 'me', 'my', 'current', 'autocomplete', 'suggest', 'random', 'top', 'single', 'multiple', 'bulk', 'batch', 'data', 'results', 'items', 'things', 'values', 'options', 'properties', 'fields', 'params', 'parameters', 'settings', 'stats', 'others', 'yes', 'no', 'where', 'what', 'how', 'which', 'who', 'when', 'why', 'whether', 'there', 'here', 'them', 'their', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'more', 'most', 'other', 'same', 'such', 'only', 'also', 'just', 'very', 'given', 'specified', 'specific', 'available', 'existing',
  // A page of a list, a span of time, "free" (of charge), "people" and "persons" alone: no thing a person asks for
  // help with ("a hand with pages", "anything about days", "a hand with people").
  // A count, a total or a range of something ("shipment counts", "date ranges") is a figure, no thing either.
  'page', 'pages', 'paged', 'free', 'frees', 'people', 'person', 'persons', 'count', 'counts', 'total', 'totals', 'range', 'ranges', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'week', 'weeks', 'month', 'months', 'year', 'years',
  // "Responds with JSON …", "Provides the …": a description's own verb read as a noun ("help with responds").
  'responds', 'respond', 'provides', 'allows', 'enables', 'lets', 'looks', 'quickly', 'retrieves', 'fetches']);

/** Verbs that path segments and names carry ("/creates", "/update"): no thing a person asks about. */
const ACTIONS = new Set(['repeat', 'play', 'pause', 'skip', 'seek', 'shuffle', 'transfer', 'follow', 'unfollow', 'save', 'merge', 'move', 'stream', 'sync', 'subscribe', 'unsubscribe', 'publish', 'restore', 'login', 'logout', 'create', 'update', 'delete', 'add', 'remove', 'fetch', 'retrieve', 'set', 'check', 'post', 'put', 'patch', 'get', 'list', 'search', 'find', 'lookup', 'upload', 'download', 'send', 'cancel', 'calculate', 'convert', 'generate', 'validate', 'verify', 'parse', 'decode', 'encode', 'provide', 'return', 'give', 'allow', 'use', 'make', 'contain', 'exist', 'match', 'include', 'expand', 'export', 'import', 'reorder', 'stop', 'start', 'ping', 'known']);

/** Words in -ing that name things a person counts ("rankings", "bookings"), never adjectives (wave 34: "a hand with grids" had "the ranking" to say instead). */
const ING_NOUNS34 = new Set(['ranking', 'listing', 'booking', 'rating', 'meeting', 'building', 'recording', 'painting', 'posting', 'warning', 'reading', 'filing', 'earning', 'holding', 'offering', 'saving', 'wedding', 'screening', 'hearing', 'sighting', 'finding']);

/** Nouns with no plural a person says: a topic keeps them singular. */
const MASS = new Set(['playback', 'weather', 'music', 'news', 'information', 'data', 'metadata', 'history', 'traffic', 'software', 'equipment', 'feedback', 'advice', 'inventory', 'pricing', 'availability', 'analytics', 'media', 'content', 'health', 'fitness', 'education', 'finance', 'travel', 'shipping', 'billing', 'storage', 'precipitation', 'pollution', 'weather', 'nutrition', 'insurance', 'housing', 'parking', 'transportation', 'luggage', 'baggage', 'furniture', 'mail', 'money', 'research', 'homework']);

/** Names of fields of study and subject areas: mass nouns with no plural a person says. */
const FIELD_OF_STUDY = /^(?:astro(?:nomy|logy)|(?:bio|geo|eco|zoo|meteoro|archaeo|anthropo|psycho|socio|genea|seismo|volcano|climato|numero|etymo|mytho|cosmo)logy|(?:geo|oceano|carto|demo|photo|topo)graphy|philosophy|botany|chemistry|physics|mathematics|economics|linguistics|genetics|astrophysics|literature)$/;

/** Words of the operation's own documentation, for checking that a topic is spelled as English there. */
function documentedWords(op: RecordOperation): Set<string> {
  let out = documentedCache.get(op);
  if (out) return out;
  out = new Set<string>();
  for (const w of (op.description ?? '').toLowerCase().split(/[^a-z]+/)) if (w.length > 1) out.add(pluralize.singular(w));
  // "Liste aktueller Sperrungen": a description in another language spells no English thing, so the operation's own
  // English name ("list closures") does; else the only topic left is the API's title ("Something came up with Autobahn.").
  if (op.description && !isEnglish(op.description)) for (const w of identifierWords(op.name)) if (w.length > 2) out.add(pluralize.singular(w.toLowerCase()));
  documentedCache.set(op, out);
  return out;
}

const documentedCache = new WeakMap<RecordOperation, Set<string>>();

/** A plural noun phrase of one to three plain words, each spelled so in the documentation. */
function asTopic(said: string[], documented: Set<string>): string | undefined {
  // "the whole board", "several artists": how much of it is no part of the thing ("boards", "artists").
  const words = said.length > 1 ? said.filter((w, i) => i === said.length - 1 || !/^(?:whole|entire|complete|full|single|several|multiple|many|various)$/.test(w)) : said;
  // "create a property": the singular of a word that names no thing ("properties") names none either.
  if (words.length === 0 || words.length > 3 || words.some((w) => !/^[a-z]{3,}$/.test(w) || NOT_A_THING.has(w) || NOT_A_THING.has(pluralize.plural(w)) || ACTIONS.has(pluralize.singular(w)))) return undefined;
  // "a question about history": alone, a mass noun of records names no subject (whose history?).
  if (words.length === 1 && /^(?:history|metadata|information|content|usage|progress|availability)$/.test(words[0] as string)) return undefined;
  // "editmeta", "createmeta": a word glued to "meta" is a path word, no thing a person names.
  if (words.some((w) => /^[a-z]{3,}metas?$/.test(w))) return undefined;
  // "issue meta": metadata, said whole and never in plural ("issue metas").
  if (/^metas?$/.test(words[words.length - 1] as string)) return [...words.slice(0, -1).map((w) => (MASS.has(w) ? w : pluralize.singular(w))), 'metadata'].join(' ');
  // "continent continents": one thing said twice.
  if (new Set(words.map((w) => pluralize.singular(w))).size < words.length) return undefined;
  if (!words.every((w) => documented.has(pluralize.singular(w)))) return undefined;
  const head = words[words.length - 1] as string;
  // "type accessibles": an adjective names no thing, so it makes no plural.
  if (!ING_NOUNS34.has(pluralize.singular(head)) && /[^e]ed$|ing$|[a-z]{2}(?:able|ible|ous|ful|less|ive|ic|ilar|ular)$|^(?:public|private|local|global|national|official|personal|full|metric|imperial|live|daily|open|closed|total|inbound|outbound)$/.test(head)) return undefined;
  // "warning currently": an adverb names no thing ("currentlies").
  if (words.some((w) => /(?:ent|ant|ual|ous|ive|ful|less|ic|al|ate|ly)ly$|^(?:only|early|daily|weekly|monthly|hourly|yearly)$/.test(w) && w !== 'family')) return undefined;
  // "weather", "music": a mass noun is said as it is ("a question about weather", never "weathers").
  // "astronomy", "geology", "economics": a field of study is said as it is, never "astronomies".
  if (MASS.has(head) || FIELD_OF_STUDY.test(head)) return [...words.slice(0, -1).map((w) => (MASS.has(w) ? w : pluralize.singular(w))), head].join(' ');
  const plural = pluralize.isPlural(head) && pluralize.singular(head) !== head ? head : pluralize.plural(head);
  if (plural === head && !pluralize.isPlural(head)) return undefined;
  return [...words.slice(0, -1).map((w) => (MASS.has(w) ? w : pluralize.singular(w))), plural].join(' ');
}

/**
 * Topics for a vague request, best first: the thing the intent is about, the path's resource, the planner's
 * phrase when it is such a noun, and the API's subject area when it is a plain one. May be empty.
 */
export function vagueTopics(target: RecordOperation, planned: string | undefined): string[] {
  // A pure function of the operation and the phrase, asked for again in every dialogue about the operation.
  let byPlanned = topicCache.get(target);
  if (!byPlanned) topicCache.set(target, (byPlanned = new Map()));
  const key = planned ?? '\u0000';
  let topics = byPlanned.get(key);
  if (!topics) {
    if (byPlanned.size >= 1000) byPlanned.clear();
    topics = topicsOf(target, planned);
    byPlanned.set(key, topics);
  }
  return [...topics];
}

const topicCache = new WeakMap<RecordOperation, Map<string, string[]>>();

function topicsOf(target: RecordOperation, planned: string | undefined): string[] {
  const documented = documentedWords(target);
  const topics: string[] = [];
  // "get an artist's singles" → "singles", "list schools near a place" → "schools".
  for (const variant of intentVariants(target)) {
    // "search the bible for verses containing a phrase": the place searched is no topic ("bibles"); what is found may be.
    const intent = variant.replace(/^search the [a-z ]+? for /, 'search for ');
    // "get the number of fixed in and affected issues": a count names no topic ("numbers"); what is counted may.
    const object = /^\S+(?: for| up)? (?:(?:a|an|the|all) )?(?:(?:number|count|total|list|set|details|summary|range|collection|series|batch) of (?:the |all )?)?(?:[a-z]+'s )?([a-z ]+?)(?= (?:of|for|by|from|in|on|at|near|with|to)\b|$)/.exec(intent);
    const topic = object ? asTopic((object[1] ?? '').split(' ').slice(-2), documented) : undefined;
    if (topic) topics.push(topic);
  }
  const segments = target.path.split('/').filter((s) => s && !/^[{:]/.test(s) && !/^v\d+/i.test(s));
  // "/events/{id}/holds": "event holds", the resource of its owner, then each segment alone.
  const last = segments.length >= 2 ? ownerAsDescribed28(asTopic([pluralize.singular(segmentWords(segments[segments.length - 2] ?? '').pop() ?? ''), ...segmentWords(segments[segments.length - 1] ?? '')], documented), target.description ?? '') : undefined; // "book ratings", never "work ratings"
  // "news markets" of news_get_market_update: a mass noun stacked before another word from a name is a topic only where the documentation says them together.
  const together = (topic: string | undefined): topic is string => !!topic && (!MASS.has(topic.split(' ')[0] as string) || saidTogether(topic, target.description ?? ''));
  if (together(last)) topics.push(last);
  for (const seg of segments.reverse()) {
    const topic = asTopic(segmentWords(seg), documented);
    if (together(topic)) topics.push(topic);
  }
  if (planned) {
    const topic = asTopic(identifierWords(planned.replace(/'s\b/g, '')), documented);
    if (together(topic)) topics.push(topic);
  }
  // A subject area in one plain word ("music", "entertainment"), and a product's name ("Spotify", "Yahoo Weather").
  const area = (target.category ?? '').trim().toLowerCase();
  // The category is the whole API's ("Travel" for a webcam list): it names the operation's domain only where the
  // operation's own words say so, or where nothing else names it ("a hand with travel" answered with webcams is no fit).
  const fits = topics.length === 0 || documented.has(pluralize.singular(area));
  if (fits && (AREAS.has(area) || (/^[a-z]{4,}$/.test(area) && !NOT_A_THING.has(area)))) topics.push(area);
  const name = apiName(target);
  // A product name is written so in its documentation ("Spotify"); a slug that is not ("shop") is no name.
  const first = name.split(' ')[0] ?? '';
  const common = !/^[A-Za-z]+$/.test(first) || !new RegExp(`(?:^|[^A-Za-z])${first}(?:[^A-Za-z]|$)`).test(target.description ?? '');
  if (/^(?:[A-Z][a-z]{2,}|[A-Z]{2,5})(?: (?:[A-Z][a-z]{2,}|[A-Z]{2,5})){0,2}$/.test(name) && !common && !/\b(?:Api|Rest|Data|Com|Net|Org|Io|Oai)\b/.test(name)) topics.push(name);
  // "stars" of /stars/get-string {stars: 1–5}: a topic that is a number the user gives is a rating or a count, no thing.
  const numeric = numericInputs(target);
  return [...new Set(topics)].filter((t) => !numeric.has(pluralize.singular(t.split(' ').pop() ?? '')));
}

/** Singular last words of the operation's number inputs ("stars", "days_from" → "star", "from"… only the last word counts). */
function numericInputs(op: RecordOperation): Set<string> {
  const out = new Set<string>();
  for (const [name, schema] of Object.entries(op.parameters.properties ?? {})) {
    const type = (schema as { type?: unknown } | undefined)?.type;
    if (type !== 'integer' && type !== 'number') continue;
    const words = identifierWords(name);
    if (words.length === 1) out.add(pluralize.singular(words[0] as string));
  }
  return out;
}

/** Opening lines that name no topic, for when none reads as English. */
export const GENERIC_VAGUE: readonly string[] = [
  'I need some help with something.',
  'Can you help me with something?',
  'Hi, I have a question. Can you help?',
  "I'm not sure where to start. Can you help me out?",
  'Could you give me a hand with something?',
  "There's something I need sorted out.",
];

/** Whether a template reads right around a plural topic ("a events issue" does not). */
export function fitsPlural(template: (topic: string) => string): boolean {
  return !/\ba \u0001|\u0001 (?:thing|issue|stuff)\b/.test(template('\u0001'));
}

/** Thoughts for a vague request that names no topic. */
export const GENERIC_VAGUE_THOUGHT: readonly string[] = [
  "The request is not specific yet. Let me see which APIs could apply.",
  "The user hasn't said what they need. I'll search the catalog for candidates.",
  "It's unclear what the user wants; searching for candidates before asking.",
];

/** Whether the planner's phrase can stand as a topic: plain words of three letters or more, none a verb or filler. */
export function isPlainTopic(topic: string): boolean {
  const words = topic.split(' ');
  return words.length <= 3 && words.every((w) => /^[A-Za-z]{3,}$/.test(w) && !NOT_A_THING.has(w.toLowerCase()) && !ACTIONS.has(pluralize.singular(w.toLowerCase())) && !/[^e]ed$|ing$/.test(w));
}
