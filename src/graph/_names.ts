/**
 * Name normalization and context: splits names into canonical tokens and decides which resource a
 * bare identifier (`id`, `sid`, `name`…) belongs to, from the field's parent or the operation's path,
 * schema name, tags and summary.
 */
import pluralize from 'pluralize';
import type { Field, Operation, Param } from '../specs/index.ts';
import { identifierWords } from '../text/index.ts';

/** Qualifiers that give a value a role: `from_email` is not any email. */
const ROLE_WORDS = new Set([
  'from', 'to', 'sender', 'recipient', 'reply', 'notify', 'cc', 'bcc', 'start', 'end', 'begin', 'min', 'max', 'ne', 'nw',
  'se', 'sw', 'bl', 'tr', 'target', 'source', 'origin', 'destination', 'previous', 'prev', 'next',
  'new', 'old', 'external', 'original', 'default', 'home', 'away', 'first', 'last', 'return', 'departure', 'arrival',
]);

/** Identifier-like last words and the class each belongs to. */
const SUFFIX_CLASS: Record<string, string> = {
  id: 'id', identifier: 'id', uuid: 'uuid', guid: 'uuid', sid: 'sid', key: 'key', code: 'code', slug: 'slug',
  number: 'number', num: 'number', nr: 'number', name: 'name', token: 'token', handle: 'handle',
  // Attributes: a bare `type` or `url` says nothing until we know whose it is.
  type: 'type', kind: 'type', status: 'status', description: 'description', title: 'title', url: 'url', uri: 'url',
  href: 'url', link: 'url', label: 'label', text: 'text', date: 'time', time: 'time', at: 'time', timestamp: 'time',
  reference: 'reference', ref: 'reference', year: 'year', month: 'month', day: 'day', category: 'category',
  state: 'state', query: 'query', weight: 'weight', height: 'height', width: 'width', amount: 'amount', price: 'price',
  quantity: 'quantity', score: 'score', rating: 'rating', level: 'level', position: 'position', rank: 'rank',
  value: 'value', from: 'bound', to: 'bound', min: 'bound', max: 'bound', priority: 'priority', mode: 'mode',
  tag: 'label', size: 'size', flag: 'flag', comment: 'text', note: 'text', message: 'text', content: 'text',
  summary: 'text',
};

/** How well one identifier class stands for another (symmetric; same class = 1). */
const SUFFIX_AFFINITY: Record<string, number> = {
  'id|uuid': 0.9, 'id|sid': 0.9, 'sid|uuid': 0.8, 'id|key': 0.7, 'id|slug': 0.6, 'id|number': 0.6, 'id|code': 0.5,
  'code|key': 0.6, 'key|slug': 0.6, 'name|slug': 0.6, 'id|token': 0.5, 'key|token': 0.6, 'handle|name': 0.6,
  'handle|id': 0.5, 'code|number': 0.5, 'code|name': 0.3, 'id|name': 0.2, 'key|name': 0.4,
};

/** Words that mean the same thing once canonical. */
const SYNONYMS: Record<string, string> = {
  identifier: 'id', latitude: 'lat', longitude: 'lon', lng: 'lon', long: 'lon', guid: 'uuid', zipcode: 'zip',
  postcode: 'zip', postal: 'zip', num: 'number', nr: 'number',
};

/** Trailing words that say how a value is encoded, not what it is. */
const ENCODING_WORDS = new Set(['base64', 'b64', 'encoded', 'urlencoded', 'hex', 'json', 'str', 'string', 'escaped', 'raw', 'utf8']);

/** Words pluralize gets wrong or that must stay as they are. */
const KEEP_AS_IS = new Set([
  'data', 'metadata', 'sms', 'gps', 'axis', 'canvas', 'ios', 'lens', 'us', 'its', 'this', 'is', 'was', 'has', 'does',
  'news', 'bus', 'plus', 'minus', 'status', 'analysis', 'alias', 'address', 'business', 'series', 'species', 'media',
  'campus', 'bonus', 'process', 'class', 'pass', 'less', 'rss', 'dns', 'whois', 'yes', 'series', 'access', 'physics',
]);

/** A lowercase word ending in one of these splits into two (`username` → user name) unless listed below. */
const COMPOUND_SUFFIXES = ['ids', 'id', 'name', 'code', 'key', 'uuid', 'sid'];
const NOT_COMPOUND = new Set([
  'valid', 'invalid', 'paid', 'unpaid', 'android', 'avoid', 'solid', 'hybrid', 'liquid', 'rapid', 'fluid', 'humid',
  'squid', 'covid', 'grid', 'acid', 'void', 'stupid', 'david', 'madrid', 'rabid', 'vivid', 'lucid', 'timid', 'candid',
  'orchid', 'pyramid', 'druid', 'hockey', 'turkey', 'monkey', 'donkey', 'whiskey', 'jockey', 'jersey', 'decode',
  'encode', 'unicode', 'opcode', 'episode', 'rename', 'surname', 'nickname', 'lastname', 'firstname', 'pseudocode',
  'barcode', 'passcode', 'postcode', 'zipcode', 'geocode', 'keycode', 'hotkey', 'turnkey', 'passkey', 'ids',
]);

/** Path segments, schema-name words and summary words that never name a resource. */
const NOISE = new Set([
  'api', 'rest', 'public', 'private', 'v', 'json', 'xml', 'html', 'get', 'list', 'lists', 'find', 'search', 'add', 'create',
  'update', 'delete', 'remove', 'render', 'send', 'info', 'information', 'detail', 'lookup', 'query', 'fetch',
  'by', 'all', 'new', 'set', 'check', 'verify', 'cancel', 'retrieve', 'show', 'read', 'write', 'put', 'post',
  'patch', 'upload', 'download', 'export', 'import', 'sync', 'start', 'stop', 'run', 'a', 'an', 'the', 'of', 'for',
  'to', 'in', 'on', 'at', 'and', 'or', 'with', 'from', 'specific', 'single', 'one', 'latest', 'recent', 'random',
  'top', 'popular', 'trending', 'using', 'via', 'per', 'my', 'me', 'your', 'current', 'object', 'response', 'request',
  'dto', 'result', 'results', 'item', 'items', 'page', 'paged', 'paging', 'paginated', 'collection', 'array', 'schema',
  'body', 'output', 'input', 'simplified', 'full', 'extended', 'basic', 'summary', 'base',
  'autocomplete', 'auto', 'complete', 'suggest', 'suggestion', 'endpoint', 'service', 'services', 'v1', 'v2', 'v3',
  'v4', 'id', 'name', 'code', 'key', 'sid', 'uuid', 'slug', 'number', 'is', 'be', 'do', 'does', 'return', 'returns',
  'given', 'based', 'about', 'overview', 'data', 'default', 'mine', 'each', 'every', 'any', 'some', 'other', 'more',
  'multiple', 'many', 'few', 'specified', 'provided', 'particular', 'certain', 'global', 'local', 'free', 'quick',
  'several', 'available', 'supported', 'various', 'saved', 'followed',
]);
/** Attribute words: noise in schema names and summaries (`PetStatus`), but a resource in a path (`/order_statuses`). */
const ATTRIBUTE_NOISE = new Set([
  'type', 'status', 'description', 'title', 'url', 'uri', 'link', 'date', 'time', 'text', 'label', 'at', 'reference',
  'value', 'from', 'to',
]);
/** Containers around a payload: a bare `id` under them belongs to the operation's resource, not to them. */
const GENERIC_PARENTS = new Set([
  '', 'data', 'datum', 'item', 'result', 'response', 'list', 'record', 'body', 'value', 'content', 'payload', 'hit',
  'doc', 'entry', 'row', 'object', 'element', 'node', 'edge', 'attribute', 'detail', 'info', 'output', 'collection',
  'resource', 'response_data', 'source', '_source', 'field', 'entity', 'document', 'props', 'property', 'properties',
  'filter', 'option', 'setting', 'attribute',
]);
const VERSION_SEGMENT = /^(v\d+(\.\d+)*|\d+(\.\d+)*)$/i;

/** Plurals pluralize leaves alone. */
const SINGULAR: Record<string, string> = { uris: 'uri', ids: 'id' };

const tokenCache = new Map<string, string[]>();
const singularCache = new Map<string, string>();

function singular(word: string): string {
  let s = singularCache.get(word);
  if (s === undefined) {
    const known = SINGULAR[word];
    if (known !== undefined) s = known;
    else if (word.length < 4 || KEEP_AS_IS.has(word) || /\d/.test(word)) s = word;
    else s = pluralize.singular(word);
    if (singularCache.size > 500_000) singularCache.clear();
    singularCache.set(word, s);
  }
  return s;
}

function splitCompound(word: string): string[] {
  if (NOT_COMPOUND.has(word)) return [word];
  for (const suffix of COMPOUND_SUFFIXES) {
    if (word.length >= suffix.length + 3 && word.endsWith(suffix) && /^[a-z]+$/.test(word)) {
      return [word.slice(0, -suffix.length), suffix];
    }
  }
  return [word];
}

/** Raw words of a name or text (shared with every stage: src/text). */
export const words = identifierWords;

/** Canonical tokens of a name: split, compounds split, singular, synonyms mapped. Cached. */
export function canonicalTokens(name: string): string[] {
  let tokens = tokenCache.get(name);
  if (tokens === undefined) {
    tokens = [];
    let raw = words(name);
    // `image_base64`, `url_encoded`: how a value is written, not what it is.
    while (raw.length > 1 && ENCODING_WORDS.has(raw[raw.length - 1]!)) raw = raw.slice(0, -1);
    for (const w of raw) {
      // `team1`, `address2`, `iso2`: the number tells two of a kind apart, like a role word before it.
      const digits = /^([a-z]{2,})(\d{1,2})$/.exec(w);
      if (digits && !ENCODING_WORDS.has(w)) {
        tokens.push(digits[2]!);
        const s = singular(digits[1]!);
        tokens.push(SYNONYMS[s] ?? s);
        continue;
      }
      const parts = raw.length === 1 ? splitCompound(w) : [w];
      for (const part of parts) {
        const s = singular(part);
        tokens.push(SYNONYMS[s] ?? s);
      }
    }
    if (tokenCache.size > 500_000) tokenCache.clear();
    tokenCache.set(name, tokens);
  }
  return tokens;
}

/** Normalized form used by the exclusion lists: singular words joined with `_` (no synonyms). */
const normalizedCache = new Map<string, string>();

export function normalizedName(name: string): string {
  let n = normalizedCache.get(name);
  if (n === undefined) {
    n = words(name).map(singular).join('_');
    if (normalizedCache.size > 500_000) normalizedCache.clear();
    normalizedCache.set(name, n);
  }
  return n;
}

/** A name read as "entity + identifier class": `petId` → pet + id, `latitude` → lat + none. */
export interface NameForm {
  entity: string[];
  suffix: string | null;
  /** How much this reading is trusted (1 = written in the name itself). */
  weight: number;
  /** Where the entity came from: name, parent, path, schema, tag, summary. */
  via: string;
  /**
   * The bare reading of an attribute that also has an owner-qualified reading (`domain` of `[ip, domain]`):
   * weaker against another plain attribute, full strength against an identifier (`verse` → `verseId`).
   */
  plain?: boolean;
}

export function parseName(tokens: string[]): { entity: string[]; suffix: string | null } {
  let t = tokens;
  // `issueIdOrKey`: the alternatives after "or" name the same thing.
  const or = t.indexOf('or');
  if (or > 0 && t.slice(or + 1).every((w) => SUFFIX_CLASS[w] !== undefined)) t = t.slice(0, or);
  const last = t[t.length - 1];
  const suffix = last === undefined ? undefined : SUFFIX_CLASS[last];
  if (suffix === undefined) return { entity: t, suffix: null };
  const entity = t.slice(0, -1);
  // `accessKey`, `zipCode`, `sessionToken`: the last word is part of the noun, not an identifier of an "access".
  if (entity.length > 0 && COMPOUND_NOUNS.has(`${entity[entity.length - 1]!} ${last}`)) return { entity: t, suffix: null };
  // `num_code`, `id_number`: identifier words only; whose identifier it is comes from the context.
  if (entity.length > 0 && entity.every((w) => ID_LIKE_CLASSES.has(SUFFIX_CLASS[w] ?? ''))) return { entity: [], suffix: SUFFIX_CLASS[entity[0]!]! };
  return { entity, suffix };
}

/** Identifier classes (a value that picks one thing out). */
const ID_LIKE_CLASSES = new Set(['id', 'uuid', 'sid', 'key', 'code', 'slug', 'number', 'token', 'handle', 'reference']);
/** Nouns made of a word and an identifier word (`access key`, `zip code`, `phone number`): never an identifier of an "access". */
const COMPOUND_NOUNS = new Set(
  ('access key,access token,secret key,api key,api token,license key,licence key,product key,serial key,serial number,activation key,' +
    'activation code,consumer key,app key,public key,private key,encryption key,signing key,refresh token,bearer token,auth token,' +
    'auth code,security code,security token,session token,zip code,postal code,area code,dial code,calling code,status code,error code,' +
    'response code,http code,exit code,qr code,bar code,sort code,swift code,bic code,promo code,coupon code,discount code,voucher code,' +
    'verification code,confirmation code,confirmation number,invite code,invitation code,referral code,pin code,otp code,tracking number,' +
    'tracking code,vat number,tax number,registration number,routing number').split(','),
);

const affinityCache = new Map<string | null, Map<string | null, number>>();

export function suffixAffinity(a: string | null, b: string | null): number {
  let row = affinityCache.get(a);
  if (!row) affinityCache.set(a, (row = new Map()));
  let value = row.get(b);
  if (value === undefined) {
    if (a === b) value = 1;
    // One side names the thing itself (`roads[]`, `country`), the other its identifier.
    else if (a === null || b === null) value = 0.5;
    else value = SUFFIX_AFFINITY[a < b ? `${a}|${b}` : `${b}|${a}`] ?? 0.1;
    row.set(b, value);
  }
  return value;
}

/**
 * Entity words of an output (`a`) and an input (`b`) compared head first: the same head (`amount`) with
 * the same qualifiers is the same thing; different qualifiers (`refunded amount` vs `discount amount`)
 * are different things.
 */
export function entitySimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 1;
  const headA = a[a.length - 1]!;
  const headB = b[b.length - 1]!;
  if (headA !== headB && containsWord(headA, headB)) {
    // `tvshow` and `show`, `userplaylist` and `playlist`: one name holds the other's resource.
    return 0.8 * entitySimilarity([...a.slice(0, -1), headA.length > headB.length ? headB : headA], [...b.slice(0, -1), headA.length > headB.length ? headB : headA]);
  }
  if (headA !== headB) {
    // Heads differ: only a loose relation (`user profile` vs `user`).
    let common = 0;
    for (const w of a) if (b.includes(w)) common++;
    return (0.5 * common) / Math.max(a.length, b.length);
  }
  const qualA = unique(a, a.length - 1);
  const qualB = unique(b, b.length - 1);
  // `from_email`, `target_duration`, `ne_lat`: a role the other side does not have is another value.
  if (qualA.some((w) => ROLE_WORDS.has(w) && !qualB.includes(w)) || qualB.some((w) => ROLE_WORDS.has(w) && !qualA.includes(w))) return 0.3;
  // One side more specific. An output more specific than the input (`shipping address` → `address`) is one
  // of them; an input more specific than the output (`cost` → `wrapping cost`) may well be another thing.
  let common = 0;
  for (const w of qualA) if (qualB.includes(w)) common++;
  if (common === qualB.length) return 0.8;
  if (common === qualA.length) return 0.5;
  // Each side has a qualifier the other lacks (`handling cost` vs `wrapping cost`): two different things.
  return 0.3;
}

/** `tvshow` ends with `show` (the shorter at least 4 letters, the longer at least 2 more), not as a sub-kind (`subcategory`). */
function containsWord(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (short.length < 4 || long.length < short.length + 2 || !long.endsWith(short) || /\d/.test(long)) return false;
  // `subcategory` is not a category, `coauthor` not the author.
  return !/^(sub|super|parent|child|co|re|pre|non|un|multi|meta)/.test(long);
}

/** The distinct words among the first `end` of `words`. */
function unique(words: string[], end: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < end; i++) if (!out.includes(words[i]!)) out.push(words[i]!);
  return out;
}

function meaningful(tokens: string[], inPath = false): string[] {
  return tokens.filter((w) => !NOISE.has(w) && (inPath || !ATTRIBUTE_NOISE.has(w)) && !/^\d+$/.test(w) && w.length > 1);
}

export interface ResourceGuess {
  entity: string[];
  weight: number;
  via: string;
}

function staticSegments(path: string): Array<{ text: string; isParam: boolean }> {
  return path
    .split('?')[0]!
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => ({ text: s, isParam: s.includes('{') || s.includes('=') || s.startsWith(':') || isLiteralValue(s) }));
}

/** A path segment that is a value baked into a RapidAPI URL (`63c2e83b09…`, an access key), not a resource name. */
function isLiteralValue(segment: string): boolean {
  if (/^\d+$/.test(segment)) return false; // versions and numbers are handled as noise
  return (/\d/.test(segment) && /^[0-9a-f-]{8,}$/i.test(segment)) || (segment.length >= 16 && /\d/.test(segment) && /^[A-Za-z0-9]+$/.test(segment));
}

/** Entity words of one static path segment (`list-publishers` → publisher, `articles-by-publisher` → article), or null. */
function segmentEntity(segment: string): string[] | null {
  const text = segment.replace(/\.(json|xml|html|csv|txt)$/i, '');
  if (VERSION_SEGMENT.test(text) || /^(?=.*\d)[0-9a-f]{8,}$/i.test(text)) return null;
  let raw = words(text);
  const by = raw.indexOf('by');
  if (by >= 0) raw = raw.slice(0, by);
  const kept: string[] = [];
  for (const word of raw) {
    const canonical = canonicalTokens(word);
    // A plural is a collection (`/shows`, `/posts`, `/exports`) even when the word is also a verb.
    const plural = word.length > 3 && singular(word) !== word;
    for (const token of canonical) {
      if (plural ? !/^\d+$/.test(token) : meaningful([token], true).length > 0) kept.push(token);
    }
  }
  return kept.length > 0 ? kept : null;
}

const CREATE_WORDS = new Set(['create', 'add', 'new', 'insert', 'register', 'signup']);

/**
 * The head word of the resource an operation creates (`POST /ips/create-pool` → pool, `POST /pet` addPet →
 * pet), or null when it creates nothing. Its own name or id is chosen by the caller, never chained.
 */
export function createdResource(op: Operation): string | null {
  if (op.method.toUpperCase() !== 'POST' && op.method.toUpperCase() !== 'PUT') return null;
  const statics = staticSegments(op.path).filter((s) => !s.isParam);
  const last = statics[statics.length - 1];
  if (!last) return null;
  const lastWords = words(last.text.replace(/\.(json|xml)$/i, ''));
  const nameWords = words(op.name);
  const verbInPath = lastWords.some((w) => CREATE_WORDS.has(w));
  const verbInName = CREATE_WORDS.has(nameWords[0] ?? '');
  // `add-tracks-to-playlist` attaches existing tracks: it creates nothing.
  if ((!verbInPath && !verbInName) || lastWords.includes('to') || nameWords.includes('to')) return null;
  const entity = segmentEntity(last.text) ?? (statics.length > 1 ? segmentEntity(statics[statics.length - 2]!.text) : null);
  return entity ? entity[entity.length - 1]! : null;
}

const topCache = new WeakMap<Operation, string[] | null>();

/** The first resource named in an operation's path (`/inbound/add-domain.json` → inbound), or null. */
function topResource(op: Operation): string[] | null {
  let top = topCache.get(op);
  if (top === undefined) {
    top = null;
    for (const segment of staticSegments(op.path)) {
      if (segment.isParam) continue;
      const entity = segmentEntity(segment.text);
      if (entity) {
        top = entity;
        break;
      }
    }
    topCache.set(op, top);
  }
  return top;
}

const resourceCache = new WeakMap<Operation, ResourceGuess[]>();

/** What an operation is about: its last resource path segment, response schema name, tags, summary words. */
export function operationResources(op: Operation): ResourceGuess[] {
  const cached = resourceCache.get(op);
  if (cached) return cached;
  const guesses: ResourceGuess[] = [];
  const seen = new Set<string>();
  const add = (entity: string[], weight: number, via: string): void => {
    const key = entity.join(' ');
    if (entity.length === 0 || seen.has(key)) return;
    seen.add(key);
    guesses.push({ entity, weight, via });
  };
  const segments = staticSegments(op.path).filter((s) => !s.isParam);
  for (let i = segments.length - 1; i >= 0; i--) {
    const entity = segmentEntity(segments[i]!.text);
    if (entity) {
      add(entity, 1, 'path');
      // `/orders/{order_id}/shipping_addresses` returns the order's addresses: also "order shipping address".
      for (let j = i - 1; j >= 0; j--) {
        const owner = segmentEntity(segments[j]!.text);
        if (owner) {
          add([owner[owner.length - 1]!, ...entity], 0.9, 'path');
          break;
        }
      }
      break;
    }
  }
  if (op.responseSchemaName) {
    // `orderStatus_Full` is about order statuses: attribute words stay, as in paths.
    const tokens = canonicalTokens(op.responseSchemaName);
    // `AccessKey` is about access keys: the identifier word stays when it is part of the noun.
    const compound = tokens.length >= 2 && COMPOUND_NOUNS.has(tokens.slice(-2).join(' '));
    const entity = compound ? tokens.slice(-2) : meaningful(tokens, true);
    if (entity.length > 0) add(entity.slice(-2), 0.95, 'schema');
  }
  // Tags and summary words are vaguer: only when the path and the schema name say nothing.
  if (guesses.length === 0) {
    for (const tag of op.tags ?? []) {
      const entity = meaningful(canonicalTokens(tag));
      if (entity.length > 0 && entity.length <= 3) add(entity, 0.9, 'tag');
    }
  }
  if (guesses.length === 0) {
    for (const text of [op.name, op.summary ?? '']) {
      for (const w of meaningful(canonicalTokens(text))) add([w], 0.8, 'summary');
    }
  }
  resourceCache.set(op, guesses);
  return guesses;
}

const segmentCache = new Map<string, readonly string[]>();

/** Path segments of an output field, `[]` marks removed: `items[].id` → ['items', 'id']. Cached: do not change. */
export function fieldSegments(path: string): readonly string[] {
  let segments = segmentCache.get(path);
  if (segments === undefined) {
    segments = path.split('.').map((s) => s.replace(/\[\]/g, ''));
    if (segmentCache.size > 500_000) segmentCache.clear();
    segmentCache.set(path, segments);
  }
  return segments;
}

/** Entity of the "free text" reading: a name or title can be typed into a search box. */
export const FREE_TEXT = '(text)';
const SEARCH_WORDS = new Set(['q', 'query', 'search', 'keyword', 'term', 'location']);
const NAME_SUFFIXES = new Set(['name', 'title']);

function withFreeText(forms: NameForm[], applies: boolean, weight: number): NameForm[] {
  return applies ? [...forms, { entity: [FREE_TEXT], suffix: null, weight, via: 'free text' }] : forms;
}

/** Readings of an output field's name, context applied when the leaf is a bare identifier. */
export function fieldForms(op: Operation, field: Field): NameForm[] {
  const segments = fieldSegments(field.path);
  const leafTokens = canonicalTokens(segments[segments.length - 1] ?? '');
  const last = leafTokens[leafTokens.length - 1];
  const isName = last !== undefined && (NAME_SUFFIXES.has(last) || (leafTokens.length === 1 && last === 'text'));
  return withFreeText(fieldFormsOf(op, field), isName && isSearchOperation(op), 0.8);
}

const SEARCH_OPERATION_WORDS = new Set(['search', 'autocomplete', 'auto', 'suggest', 'suggestion', 'lookup', 'find']);

/** A search or autocomplete operation: the names it returns are what a user would type into a query. */
function isSearchOperation(op: Operation): boolean {
  return [op.path, op.name, op.summary ?? ''].some((text) => canonicalTokens(text).some((w) => SEARCH_OPERATION_WORDS.has(w)));
}

function fieldFormsOf(op: Operation, field: Field): NameForm[] {
  const segments = fieldSegments(field.path);
  const leaf = segments[segments.length - 1] ?? '';
  const leafTokens = canonicalTokens(leaf);
  if (leafTokens.length === 0 || GENERIC_PARENTS.has(leafTokens.join('_'))) {
    // A list of plain values (`[]`, `data[]`) is what the operation returns; a lone `results` is a count.
    if (!field.isList) return [];
    return operationResources(op).map((r) => ({ entity: r.entity, suffix: null, weight: r.weight * 0.9, via: r.via }));
  }
  const parsed = parseName(leafTokens);
  if (parsed.suffix === null && parsed.entity.length > 0) {
    // A plain attribute belongs to its object: Mandrill's `/ips/list` → `[].domain` is an IP's domain,
    // `[].ips[].domain` too. The bare reading stays, weaker.
    let owner: string[] | null = null;
    let via = 'parent';
    for (let i = segments.length - 2; i >= 0 && !owner; i--) {
      const parent = canonicalTokens(segments[i]!);
      if (parent.length > 0 && !GENERIC_PARENTS.has(parent.join('_'))) owner = parent.slice(-1);
    }
    if (!owner) {
      owner = topResource(op);
      via = 'resource';
    }
    if (owner && !parsed.entity.some((w) => owner!.includes(w))) {
      return [{ entity: [...owner, ...parsed.entity], suffix: null, weight: 1, via }, { ...parsed, weight: 0.7, via: 'name', plain: true }];
    }
  }
  if (parsed.entity.length > 0 || parsed.suffix === null) return [{ ...parsed, weight: 1, via: 'name' }];
  for (let i = segments.length - 2; i >= 0; i--) {
    const parent = canonicalTokens(segments[i]!);
    if (parent.length === 0 || GENERIC_PARENTS.has(parent.join('_'))) continue;
    return [{ entity: parent, suffix: parsed.suffix, weight: 1, via: 'parent' }];
  }
  return operationResources(op).map((r) => ({ entity: r.entity, suffix: parsed.suffix, weight: r.weight, via: r.via }));
}

/** Readings of an input param's name, context applied when it is a bare identifier. */
export function paramForms(op: Operation, param: Param): NameForm[] {
  const tokens = canonicalTokens(param.name);
  return withFreeText(paramFormsOf(op, param, tokens), tokens.some((w) => SEARCH_WORDS.has(w)), 1);
}

function paramFormsOf(op: Operation, param: Param, tokens: string[]): NameForm[] {
  const parsed = parseName(tokens);
  if (parsed.suffix === null && parsed.entity.length > 0) {
    // `/senders/verify-domain?domain=`: the operation is about a sender's domain, not any domain.
    const head = parsed.entity[parsed.entity.length - 1]!;
    const top = topResource(op);
    const last = staticSegments(op.path).filter((s) => !s.isParam).pop();
    if (top && !top.includes(head) && last && segmentEntity(last.text)?.includes(head)) {
      return [{ entity: [...top, ...parsed.entity], suffix: null, weight: 1, via: 'resource' }, { ...parsed, weight: 0.5, via: 'name', plain: true }];
    }
  }
  if (parsed.entity.length > 0 || parsed.suffix === null) {
    return parsed.entity.length > 0 ? [{ ...parsed, weight: 1, via: 'name' }] : [];
  }
  if (param.in === 'path') {
    // `/pets/{id}`: the segment before the placeholder names the resource.
    const segments = staticSegments(op.path);
    const at = segments.findIndex((s) => s.isParam && s.text.includes(`{${param.name}}`));
    let weight = 1;
    for (let i = at - 1; i >= 0 && at > 0; i--) {
      const segment = segments[i]!;
      // `/repositories/{owner}/{slug}`: the slug still belongs to the repository.
      if (segment.isParam) {
        weight = 0.9;
        continue;
      }
      const entity = segmentEntity(segment.text);
      if (entity) return [{ entity, suffix: parsed.suffix, weight, via: 'path' }];
    }
  }
  const forms: NameForm[] = operationResources(op).map((r) => ({ entity: r.entity, suffix: parsed.suffix, weight: r.weight, via: r.via }));
  // `/artist_albums?id=`: the id is the artist's as often as the albums'.
  const first = forms[0];
  if (first && first.via === 'path' && first.entity.length > 1) {
    forms.push({ entity: [first.entity[0]!], suffix: parsed.suffix, weight: 0.85, via: 'path' });
  }
  return forms;
}

/** Dice similarity of two token lists as sets. */
export function tokenDice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setA = unique(a, a.length);
  const setB = unique(b, b.length);
  let common = 0;
  for (const w of setA) if (setB.includes(w)) common++;
  return (2 * common) / (setA.length + setB.length);
}

const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'and', 'or', 'with', 'from', 'by', 'is', 'are', 'be', 'this',
  'that', 'it', 'as', 'if', 'can', 'will', 'which', 'you', 'your', 'we', 'our', 'use', 'used', 'e', 'g', 'eg', 'i',
  'ie', 'not', 'no', 'all', 'any', 'get', 'returns', 'return', 'value', 'parameter', 'param', 'field', 'string',
  'integer', 'number', 'default', 'example', 'optional', 'required', 'should', 'must', 'may', 'when', 'there', 'its',
  'was', 'has', 'have', 'been', 'these', 'those', 'than', 'then', 'also', 'only', 'such', 'into', 'per', 'one',
]);

const textCache = new Map<string, string[]>();

/** Words of free text for description similarity: canonical, stopwords and digits dropped. Cached: do not change. */
export function textTokens(text: string): string[] {
  let cached = textCache.get(text);
  if (cached === undefined) {
    cached = textTokensOf(text);
    if (textCache.size > 200_000) textCache.clear();
    textCache.set(text, cached);
  }
  return cached;
}

function textTokensOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text.length > 400 ? text.slice(0, 400) : text)) {
    if (w.length < 2 || /^\d+$/.test(w) || STOPWORDS.has(w)) continue;
    const s = singular(w);
    out.push(SYNONYMS[s] ?? s);
  }
  return out;
}
