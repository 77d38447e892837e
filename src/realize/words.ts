/**
 * Turning identifiers, descriptions and values into words a person would say: slot phrases from parameter
 * names ("trackId" → "track ID"), intent phrases from operation descriptions ("Returns a list of pets" →
 * "get a list of pets"), and value mentions without JSON.
 */
import type { RecordOperation } from '../plan/types.ts';

/** Abbreviations in identifiers and how to say them. Acronyms keep their capitals. */
const EXPANSIONS: Record<string, string> = {
  id: 'ID',
  ids: 'IDs',
  uuid: 'UUID',
  guid: 'GUID',
  url: 'URL',
  urls: 'URLs',
  uri: 'URI',
  api: 'API',
  ip: 'IP',
  iso: 'ISO',
  isbn: 'ISBN',
  iata: 'IATA',
  icao: 'ICAO',
  sku: 'SKU',
  zip: 'ZIP',
  vat: 'VAT',
  sms: 'SMS',
  pdf: 'PDF',
  html: 'HTML',
  json: 'JSON',
  xml: 'XML',
  csv: 'CSV',
  utc: 'UTC',
  gps: 'GPS',
  imdb: 'IMDb',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  long: 'longitude',
  qty: 'quantity',
  num: 'number',
  nr: 'number',
  no: 'number',
  desc: 'description',
  dob: 'date of birth',
  tz: 'time zone',
  msg: 'message',
  addr: 'address',
  dt: 'date',
  cnt: 'count',
  pct: 'percent',
  amt: 'amount',
  img: 'image',
  pic: 'picture',
  src: 'source',
  dst: 'destination',
  dest: 'destination',
  org: 'organization',
  repo: 'repository',
  info: 'information',
  q: 'search query',
  query: 'search query',
  cat: 'category',
  lang: 'language',
  loc: 'location',
  pos: 'position',
  ts: 'timestamp',
  config: 'configuration',
  param: 'parameter',
  ref: 'reference',
  seq: 'sequence',
  temp: 'temperature',
  auth: 'authorization',
  acct: 'account',
  doc: 'document',
  pwd: 'password',
  tel: 'telephone number',
  dep: 'departure',
  arr: 'arrival',
  max: 'maximum',
  min: 'minimum',
  prev: 'previous',
  req: 'request',
  res: 'result',
  usr: 'user',
  pkg: 'package',
  env: 'environment',
  ver: 'version',
  std: 'standard',
  cc: 'country code',
  cv: 'CV',
};

/** Units that end a parameter name: "radiusKm" → "radius in kilometers". */
const UNITS: Record<string, string> = {
  km: 'kilometers', m: 'meters', meters: 'meters', metres: 'meters', mi: 'miles', miles: 'miles', kg: 'kilograms',
  ms: 'milliseconds', sec: 'seconds', secs: 'seconds', seconds: 'seconds', mins: 'minutes', minutes: 'minutes',
  hours: 'hours', days: 'days', usd: 'US dollars', eur: 'euros', cents: 'cents', pct: 'percent', percent: 'percent',
};

/** Splits camelCase, PascalCase, snake_case, kebab-case, dotted and bracketed names into lower-case words. */
export function splitIdentifier(name: string): string[] {
  return name
    .replace(/\[\]/g, ' ')
    .replace(/(I[Dd]|U[Rr][Ll])s(?![a-z])/g, (m) => `${m.charAt(0)}${m.slice(1).toLowerCase()}`)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** Words of an identifier as a person would say them: "departure_date" → "departure date", "trackId" → "track ID". */
/** Remembers the answers of a pure string function (names and summaries recur across dialogues); bounded. */
function memo(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      if (cache.size >= 20_000) cache.clear();
      out = fn(text);
      cache.set(text, out);
    }
    return out;
  };
}

export const humanizeIdentifier: (name: string) => string = memo(humanizeIdentifierUncached);

function humanizeIdentifierUncached(name: string): string {
  const words = splitIdentifier(name);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && UNITS[last]) return `${words.slice(0, -1).map((w) => expandWord(w, false)).join(' ')} in ${UNITS[last]}`;
  return words.map((w, i) => expandWord(w, i === 0 && words.length === 1)).join(' ');
}

function expandWord(word: string, alone: boolean): string {
  // "q" alone is a search query; inside a longer name ("qType") it is too cryptic to expand.
  if (word === 'q' && !alone) return 'query';
  if (word === 'query' && !alone) return 'query';
  if (word === 'long' && !alone) return 'long';
  if (word === 'no' && !alone) return 'number';
  return EXPANSIONS[word] ?? word;
}

const IRREGULAR_SINGULAR: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  data: 'data',
  news: 'news',
  series: 'series',
  species: 'species',
  status: 'status',
  address: 'address',
};

export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_SINGULAR[lower]) return IRREGULAR_SINGULAR[lower];
  if (/ies$/.test(lower) && lower.length > 4) return lower.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(lower)) return lower;
  if (/(ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

export function plural(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(ID|URL|URI|SKU)$/.test(noun)) return noun + 's';
  return noun + 's';
}

/** Generic parameter names that need an owner noun to make sense ("id" → "track ID"). */
const GENERIC_NAMES = new Set(['id', 'uuid', 'guid', 'key', 'code', 'name', 'slug', 'number', 'ref', 'handle']);

/** The noun of the thing a path is about, taken from the path segment just before a `{param}`. */
function ownerFromPath(op: RecordOperation | undefined, param: string): string | undefined {
  if (!op) return undefined;
  const segments = op.path.split('/').filter(Boolean);
  const at = segments.findIndex((s) => s === `{${param}}` || s === `:${param}`);
  for (let i = at - 1; i >= 0; i--) {
    const seg = segments[i] ?? '';
    if (seg.startsWith('{') || seg.startsWith(':') || /^v\d+/.test(seg) || seg === 'api') continue;
    const words = splitIdentifier(seg);
    const last = words[words.length - 1];
    if (last) return [...words.slice(0, -1), singular(last)].map((w) => expandWord(w, false)).join(' ');
  }
  return undefined;
}

/** Short, noun-like descriptions ("Search query", "The artist name to search for") read better than cryptic names. */
function nounFromDescription(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const first = description.split(/(?<=[.;:])\s|\n/)[0]?.replace(/[.;:,]+$/, '').trim() ?? '';
  // The noun phrase ends where the sentence goes on ("… to search for", "… that matches").
  const head = first.split(/\s+(?:to|for|that|which|used|when|if|in order|of the following|\()\s*/i)[0] ?? first;
  const cleaned = head.replace(/^(the|a|an|your|my|our)\s+/i, '').trim();
  const words = cleaned.split(/\s+/);
  if (!cleaned || words.length > 4) return undefined;
  if (/[{}()[\]<>`"=/\\|]/.test(cleaned)) return undefined;
  if (/^(if|when|whether|use|set|specify|must|should|optional|required|e\.g|filter|limit|returns?|only)\b/i.test(cleaned)) return undefined;
  if (/\b(is|are|will|can)\b/i.test(cleaned)) return undefined;
  if (/^(words?|text|string|value|term|input|parameter|query|search)$/i.test(cleaned)) return undefined;
  // "name of the venue" → "venue name".
  const of = /^(\w+) of (?:the |a |an )?(\w+)$/i.exec(cleaned);
  if (of) return lowerFirst(`${of[2]} ${of[1]}`);
  return lowerFirst(cleaned);
}

const nounCache = new WeakMap<RecordOperation, Map<string, string>>();

export function slotNoun(param: string, op?: RecordOperation): string {
  if (!op) return slotNounUncached(param, op);
  let byParam = nounCache.get(op);
  if (!byParam) nounCache.set(op, (byParam = new Map()));
  let noun = byParam.get(param);
  if (noun === undefined) byParam.set(param, (noun = slotNounUncached(param, op)));
  return noun;
}

function slotNounUncached(param: string, op?: RecordOperation): string {
  const schema = paramSchema(op, param);
  const words = splitIdentifier(param);
  const cryptic = words.length === 1 && (((words[0] ?? '').length <= 2 && !EXPANSIONS[words[0] ?? '']) || /^(q|query|search|term|keyword|text)$/.test(words[0] ?? ''));
  if (cryptic) {
    const fromDescription = nounFromDescription(schema?.description as string | undefined);
    if (fromDescription) return fromDescription;
  }
  if (words.length === 1 && GENERIC_NAMES.has(words[0] ?? '')) {
    const owner = ownerFromPath(op, param) ?? ownerFromOperationName(op);
    if (owner && !owner.endsWith(humanizeIdentifier(param))) return `${owner} ${humanizeIdentifier(param)}`;
  }
  return humanizeIdentifier(param);
}

/** "getTrackById" → "track"; used when a generic parameter has no path segment to name its owner. */
function ownerFromOperationName(op: RecordOperation | undefined): string | undefined {
  if (!op) return undefined;
  const words = splitIdentifier(op.name).filter((w) => !VERBS.has(w) && !STOP.has(w));
  const noun = words[0];
  return noun ? expandWord(singular(noun), false) : undefined;
}

/** Whether a noun phrase takes "are": "the keywords", "the track IDs" (not "the radius in kilometers"). */
export function isPluralNoun(noun: string): boolean {
  const head = noun.split(/\s+in\s+/)[0]?.trim().split(/\s+/).pop() ?? '';
  if (/^[A-Z]+s$/.test(head)) return true; // IDs, URLs
  const lower = head.toLowerCase();
  return /s$/.test(lower) && !/(ss|us|is|news|series|species)$/.test(lower) && singular(lower) !== lower;
}

/** "the track ID". */
export function slotPhrase(param: string, op?: RecordOperation): string {
  const noun = slotNoun(param, op);
  return /^(your|my|the)\b/i.test(noun) ? noun : `the ${noun}`;
}

export function paramSchema(op: RecordOperation | undefined, param: string): Record<string, unknown> | undefined {
  const props = op?.parameters.properties as Record<string, Record<string, unknown>> | undefined;
  return props?.[param];
}

/** Joins phrases as a person lists them: "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A value as a person says it: no JSON, no brackets. */
export function sayValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  // snake_case enum values are said with spaces ("wrong item"); matching ignores the difference.
  if (typeof value === 'string') {
    if (/^[a-z]+(_[a-z]+)+$/.test(value)) return value.replace(/_/g, ' ');
    if (/^[A-Z]+(_[A-Z]+)+$/.test(value)) return value.toLowerCase().replace(/_/g, ' ');
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return joinList(value.map(sayValue));
  if (typeof value === 'object') {
    return joinList(Object.entries(value as Record<string, unknown>).map(([k, v]) => `${humanizeIdentifier(k)} ${sayValue(v)}`));
  }
  return String(value);
}

const VERBS = new Set([
  'get', 'list', 'find', 'search', 'create', 'update', 'delete', 'add', 'fetch', 'retrieve', 'show', 'check',
  'post', 'put', 'patch', 'remove', 'lookup', 'look', 'read', 'query', 'set', 'compute', 'calculate', 'convert',
  'send', 'book', 'cancel', 'place', 'upload', 'download', 'validate', 'verify', 'generate', 'translate', 'track',
  'hold', 'buy', 'confirm', 'apply', 'withdraw', 'subscribe', 'unsubscribe', 'discover', 'start', 'stop', 'rate',
  'order', 'reserve', 'pay', 'purchase', 'register', 'login', 'logout', 'sign', 'play', 'pause', 'resume', 'share',
  'follow', 'unfollow', 'like', 'save', 'mark', 'approve', 'reject', 'accept', 'decline', 'assign', 'invite', 'join',
  'leave', 'move', 'copy', 'rename', 'archive', 'restore', 'schedule', 'reschedule', 'refund', 'charge', 'transfer',
  'deposit', 'estimate', 'predict', 'analyze', 'analyse', 'classify', 'detect', 'extract', 'summarize', 'recommend',
  'compare', 'geocode', 'reverse', 'ping', 'test', 'refresh', 'reset', 'revoke', 'grant', 'enable', 'disable',
  'activate', 'deactivate', 'close', 'open', 'submit', 'request', 'notify', 'publish', 'unpublish', 'authenticate',
  'authorize', 'tag', 'untag', 'attach', 'detach', 'link', 'unlink', 'merge', 'sort', 'filter', 'count', 'lock',
  'unlock', 'watch', 'unwatch', 'star', 'unstar', 'vote', 'comment', 'reply', 'receive', 'print', 'render', 'resize',
  'encode', 'decode', 'parse', 'format', 'change', 'modify', 'replace', 'upsert', 'insert', 'begin', 'reorder',
  'describe', 'resolve', 'write', 'import', 'export', 'sync', 'run', 'execute', 'trigger', 'invoke', 'fire', 'build',
  'deploy', 'install', 'uninstall', 'report', 'log', 'record', 'store', 'load', 'clear', 'empty', 'increment',
  'decrement', 'expand', 'collapse', 'bulk', 'batch', 'retry', 'cancel', 'complete', 'finish', 'initiate', 'issue',
  'edit', 'view', 'see', 'browse', 'explore', 'identify', 'locate', 'measure', 'plan', 'route', 'quote', 'invite',
]);
const STOP = new Set(['by', 'for', 'of', 'the', 'a', 'an', 'all', 'and', 'or', 'with', 'from', 'to', 'in', 'on', 'id', 'ids']);

/** Third-person and gerund verb forms that open descriptions, and the base form a request uses. */
const VERB_BASE: Record<string, string> = {
  returns: 'get', return: 'get', returning: 'get', gets: 'get', getting: 'get', provides: 'get', provide: 'get',
  gives: 'get', give: 'get', obtains: 'get', obtain: 'get', displays: 'show', display: 'show', lookup: 'look up',
  retrieval: 'retrieve', lists: 'list', searches: 'search', fetches: 'fetch', queries: 'query', applies: 'apply',
};
const BASE_VERBS = new Set([...Object.values(VERB_BASE), ...VERBS]);
/** Words that follow a verb but not a noun at the start of a summary ("Begins an export", "Apply to a job"). */
const AFTER_VERB = new Set(['a', 'an', 'the', 'to', 'for', 'your', 'my', 'all', 'one', 'this', 'that', 'new', 'existing', 'single', 'multiple', 'details', 'information', 'info', 'whether', 'if', 'up']);
const TRAILING_STOP = new Set(['if', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'by', 'with', 'does', 'is', 'are', 'that', 'which', 'when', 'from', 'in', 'on', 'at', 'as', 'via', 'given']);

/** The base form of a verb that opens a summary, or undefined when the word is no verb. */
function baseVerb(word: string, next: string | undefined): string | undefined {
  const w = word.toLowerCase();
  if (VERB_BASE[w]) return VERB_BASE[w];
  if (BASE_VERBS.has(w)) return w;
  const followsLikeVerb = next !== undefined && AFTER_VERB.has(next.toLowerCase());
  // Third person: "assigns", "reorders", "begins"; "-ies" → "-y"; "-ches/-shes/-sses/-xes" → drop "es".
  const candidates: string[] = [];
  if (/ies$/.test(w)) candidates.push(w.slice(0, -3) + 'y');
  if (/(ches|shes|sses|xes|zes)$/.test(w)) candidates.push(w.slice(0, -2));
  if (/[^s]s$/.test(w)) candidates.push(w.slice(0, -1));
  if (/ing$/.test(w)) candidates.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  for (const c of candidates) if (BASE_VERBS.has(c)) return c;
  if (followsLikeVerb && candidates[0] && !/ing$/.test(w)) return candidates[0];
  if (followsLikeVerb && /^[a-z]+$/.test(w) && !/s$/.test(w) && w.length > 2) return w;
  return undefined;
}

/** The first sentence of a description, tidied: markup, code and parentheticals removed. */
export function firstSentence(text: string): string {
  const cleaned = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, ' ')
    // "{modifier}s" in a summary is a word in braces: keep the word (the retriever reads it too), drop the braces.
    .replace(/\{([A-Za-z][\w-]*)\}/g, '$1')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_#>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = cleaned.split(/(?<=[.!?])\s+|\s+[-–—]\s+|:\s|\s(?=(?:Returns|Note:|See)\s)/)[0] ?? cleaned;
  return sentence.replace(/[.!?:;,\s]+$/, '').trim();
}

/** Makes every identifier-looking token of a phrase into words ("getTrack" → "get track"). */
export function humanizeTokens(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((token) => (looksLikeIdentifier(token) ? humanizeIdentifier(token) : token))
    .join(' ');
}

/** camelCase, snake_case or kebab-with-digits tokens that a person would not say as-is. */
export function looksLikeIdentifier(token: string): boolean {
  const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (bare.length < 3) return false;
  if (/^[A-Za-z]+(_[A-Za-z0-9]+)+$/.test(bare)) return true; // snake_case
  if (/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(bare)) return true; // camelCase
  return false;
}

const HTTP_VERB: Record<string, string> = { get: 'get', post: 'create', put: 'update', patch: 'update', delete: 'delete' };

/**
 * What the operation does, as a verb phrase a user could say after "I'd like to": from the description's first
 * sentence when it reads like one, else from the operation name, else from the method and path. No final period.
 */
const intentCache = new WeakMap<RecordOperation, string>();

export function intentPhrase(op: RecordOperation): string {
  let phrase = intentCache.get(op);
  if (phrase === undefined) {
    phrase = intentPhraseUncached(op);
    intentCache.set(op, phrase);
  }
  return phrase;
}

function intentPhraseUncached(op: RecordOperation): string {
  const fromDescription = verbPhrase(firstSentence(op.description ?? ''));
  if (fromDescription) return fromDescription;
  const nameWords = splitIdentifier(op.name);
  // Names made up from method and path ("put_api_v1_user_id") say nothing a person would.
  const slug = /^(get|post|put|patch|delete|head|options)[_\-\s./]/i.test(op.name);
  if (nameWords.length > 0 && !slug) {
    const words = nameWords.map((w) => expandWord(w, false));
    const head = words[0] ?? '';
    if (words.length > 0) return tidy(BASE_VERBS.has(head) ? words.join(' ') : `get the ${words.join(' ')}`);
  }
  return fromPath(op);
}

/** "PUT /api/v1/users/{id}" → "update a user". */
function fromPath(op: RecordOperation): string {
  const segments = op.path.split('/').filter(Boolean);
  const last = segments.length - 1;
  for (let i = last; i >= 0; i--) {
    const seg = segments[i] ?? '';
    if (seg.startsWith('{') || seg.startsWith(':') || /^v\d+$/i.test(seg) || seg === 'api') continue;
    const words = splitIdentifier(seg).map((w) => expandWord(w, false));
    const byId = i < last;
    const noun = words.join(' ');
    const verb = HTTP_VERB[op.method.toLowerCase()] ?? 'use';
    if (byId) return `${verb} a ${singular(noun)}`;
    return verb === 'get' ? `list ${noun}` : `${verb} ${/s$/.test(noun) ? 'a ' + singular(noun) : noun}`;
  }
  return `use the ${humanizeIdentifier(op.api)} service`;
}

/** Title Case summaries ("Check If Current User Follows Playlist") read as shouting: lower-case all but acronyms. */
function untitle(s: string): string {
  const words = s.split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z][a-z]/.test(w)).length;
  if (words.length < 3 || capitalised < words.length * 0.6) return s;
  return words.map((w) => (/^[A-Z][a-z]+('s)?$/.test(w) ? w.toLowerCase() : w)).join(' ');
}

/** Cut long phrases at a comma or after 12 words, never ending on a small word. */
function tidy(phrase: string): string {
  let words = phrase.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length > 12) {
    const comma = words.findIndex((w, i) => i >= 4 && /,$/.test(w));
    words = words.slice(0, comma >= 0 && comma < 12 ? comma + 1 : 12);
  }
  words[words.length - 1] = (words[words.length - 1] ?? '').replace(/[,;:]+$/, '');
  while (words.length > 2 && TRAILING_STOP.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ').replace(/[,;:]+$/, '');
}

/** Any summary-like text as a verb phrase ("Returns a flight offer" → "get a flight offer"), best effort. */
export const requestPhrase: (text: string) => string = memo((text) => {
  const sentence = firstSentence(text);
  return verbPhrase(sentence) ?? lowerFirst(tidy(humanizeTokens(sentence)));
});

/** "Returns the weather for a city" → "get the weather for a city"; rejects phrases that do not read as requests. */
function verbPhrase(sentence: string): string | undefined {
  let s = untitle(sentence)
    .replace(/^(this|the)\s+(endpoint|api|method|operation|call|route|service|function|resource)\s+(will\s+|can\s+|is used to\s+|allows you to\s+|lets you\s+)?/i, '')
    .replace(/^(use this (endpoint|api|method) to|allows? (you|users) to|lets you|used to|endpoint (to|for)|api (to|for))\s+/i, '')
    .replace(/^(partially|fully|completely|asynchronously|permanently|quickly|simply|also)\s+/i, '')
    .trim();
  if (!s) return undefined;
  const words = s.split(/\s+/);
  if (words.length < 2) return undefined;
  const base = baseVerb(words[0] ?? '', words[1]);
  if (base) {
    s = [base, ...words.slice(1)].join(' ');
  } else if (/^[A-Z]/.test(words[0] ?? '') && !/\b(is|are|was|were|will|can)\b/i.test(s)) {
    // A noun phrase summary ("Track details", "Current weather data"): ask to see it.
    s = `get the ${lowerFirst(s)}`;
  } else {
    return undefined;
  }
  s = tidy(humanizeTokens(s));
  if (/[{}[\]<>=|\\]/.test(s)) return undefined;
  return lowerFirst(s);
}

/** Lower-cases the first letter unless the first word is an acronym ("API", "IMDb"). */
export function lowerFirst(s: string): string {
  const first = s.split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /[A-Z]/.test(first.slice(1))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What the API is about, for vague requests: its category, else its title without "API". */
export function domainPhrase(op: RecordOperation): string {
  const raw = op.category && op.category.trim() ? op.category : op.api;
  const words = humanizeIdentifier(raw)
    .split(' ')
    .filter((w) => !/^(api|apis|v\d+|\d+|service|rest|openapi|swagger)$/i.test(w));
  return words.length > 0 ? words.join(' ').toLowerCase().replace(/\b(id|url|api|uuid)\b/g, (m) => m.toUpperCase()) : 'something';
}

/** The name of the API as a person says it: "spotify" → "Spotify". */
export function apiName(op: RecordOperation): string {
  return humanizeIdentifier(op.api)
    .split(' ')
    .filter((w) => !/^(v?\d+)$/i.test(w))
    .map((w) => (w === w.toUpperCase() ? w : upperFirst(w)))
    .join(' ');
}
