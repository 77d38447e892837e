/**
 * Turning identifiers, descriptions and values into words a person would say: slot phrases from parameter
 * names ("trackId" → "track ID"), intent phrases from operation descriptions ("Returns a list of pets" →
 * "get a list of pets"), and value mentions without JSON.
 */
import { respondsWith29 } from './_responds29.ts';
import pluralize from 'pluralize';
import type { RecordOperation } from '../plan/types.ts';
import { isKnownWord, looksLikeIdentifier } from '../text/index.ts';
import { splitIdentifier } from './_split-identifier.ts';
import { ACTION_NOUNS, boundedNoun, boundParticiple, byNoun, codeOrStampNoun, countedBound, singularOf, describedAdjective, describedHead, placedNoun, shapedNoun, spokenApiWords, withoutApiName, withoutZone } from './_name-nouns.ts';
import { isEnglish, plainText, withoutDeprecation } from '../language/plain.ts';
import { boundNoun, withoutPurpose } from '../language/names.ts';
import { nounFromDescription, nounNamedIn } from '../language/param-nouns.ts';
import { ALREADY_PLURAL, EXPANSIONS, IRREGULAR_SINGULAR, PLAIN_WORDS, UNITS } from './_vocabulary.ts'; import { spokenRequest22 } from './_request-words22.ts'; import { spokenLikePerson30 } from './_intents30.ts'; import { openPlaceholder31 } from './_placeholders31.ts'; import { irregularPlural26 } from './_plurals26.ts';
import { tidy, untitle } from './_tidy.ts';
import { isAlreadyPlural, typedNoun } from './_word-forms.ts';
import { isLookupKey, keyedRequest, withCommonNouns } from './_intent-keys.ts';
import { CODE_PLACE, fieldListRequest, namesDescribed, readsName, spokenRequest, withResourceArticle } from './_intent.ts';
import { withoutTypos } from './_typos.ts';
import { alternativeNoun, formatNoun, sortNoun } from './_sort-speech.ts';
import { documentedSpellings, respelled, spelledApiName } from './_spelling.ts';
import { memoized as memo } from '../text/memo.ts';
import { perOperation } from './_per-op20.ts';
import { apiNamedIdNoun, describedIdOwner } from './_api-own-id17.ts';
import { gluedAlternative } from './_glued-alternative23.ts'; import { roleNoun } from './_role-noun24.ts'; import { builtReadsIdentifier, withoutQualifier } from './_built-fit24.ts'; import { joinedKey } from './_joined-key26.ts'; import { keyedThing27 } from './_keyed-thing27.ts'; import { builtIntent28 as builtIntent } from './_intents28.ts'; import { lookedUpBy28 } from './_intents-said28.ts'; import { placeQuery28 } from './_intents-query28.ts'; import { laterReadOfWrite30 } from './_write-asks30.ts'; import { spokenRequest34 } from './_speech34.ts'; import { requestFromOpId34b, spacingNoun34b } from './_intents34b-rapa.ts';

export { splitIdentifier } from './_split-identifier.ts';

/** Words of an identifier as a person would say them: "departure_date" → "departure date", "trackId" → "track ID". */
export const humanizeIdentifier: (name: string) => string = memo(humanizeIdentifierUncached);

function humanizeIdentifierUncached(name: string): string {
  // "dateUtc", "priceText", "scoreText": the zone and the display copy say nothing a person names.
  const split = splitIdentifier(joinedKey(name)); // "Moods & moments": "moods and moments"
  const words = split.length > 1 && /^(utc|gmt|text)$/.test(split[split.length - 1] ?? '') && !/^(alt|full|body|plain|rich|raw|display|search|free|help|link|button|source|query)$/.test(split[split.length - 2] ?? '') ? split.slice(0, -1) : split;
  const last = words[words.length - 1] ?? '';
  // "opening_hours" is a noun of its own, "eta_in_minutes" already says "in".
  // "expiry_mm" is a month, not millimeters.
  const monthOf = last === 'mm' && /^(exp|expiry|expiration|birth|dob|date|start|end|card|valid|month)$/.test(words[words.length - 2] ?? '');
  if (words.length > 1 && UNITS[last] && !monthOf && !/^(opening|business|working|office|happy|peak|visiting)$/.test(words[words.length - 2] ?? '')) {
    const head = words[words.length - 2] === 'in' ? words.slice(0, -2) : words.slice(0, -1);
    if (head.length > 0) return `${head.map((w) => expandWord(w, false)).join(' ')} in ${UNITS[last]}`;
  }
  const coded = codeOrStampNoun(words);
  if (coded) return coded;
  // "temperatureMin" → "minimum temperature".
  if (words.length > 1 && /^(min|max)$/.test(last)) return `${expandWord(last, false)} ${words.slice(0, -1).map((w) => expandWord(w, false)).join(' ')}`;
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

export function singular(word: string): string {
  let out = singulars.get(word);
  if (out === undefined) {
    out = singularOf(word);
    if (singulars.size >= 50_000) singulars.clear();
    singulars.set(word, out);
  }
  return out;
}

const singulars = new Map<string, string>();
export function plural(noun: string): string {
  if (ALREADY_PLURAL.test(noun)) return noun.replace(/(?<=criteri|phenomen)on$/i, 'a');
  // "publishable models", "IDs": a word already plural stays so, never "modelses" (QUALITY.md J).
  if (isAlreadyPlural(noun)) return noun;
  if (/(s|x|ch|sh|[^aeiou]y|f|fe|son|man|ld|th|oot|ouse|oose)$/.test(noun)) { const odd = irregularPlural26(noun); if (odd) return odd; if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es'; if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies'; }
  if (/(ID|URL|URI|SKU)$/.test(noun)) return noun + 's';
  return noun + 's';
}

/** Generic parameter names that need an owner noun to make sense ("id" → "track ID"). */
const GENERIC_NAMES = new Set(['id', 'ids', 'uuid', 'guid', 'key', 'code', 'name', 'slug', 'number', 'ref', 'handle']);

/** Plain words (no identifiers) of an operation's description, for abbreviations the description spells out. */
const descriptionWords = new WeakMap<RecordOperation, Set<string>>();
const PLAIN_WORD = /^[a-z]{5,}$/;

function wordsOfDescription(op: RecordOperation): Set<string> {
  let words = descriptionWords.get(op);
  if (!words) {
    words = new Set();
    for (const token of (op.description ?? '').toLowerCase().split(/[^a-z`]+/)) if (PLAIN_WORD.test(token)) words.add(token);
    descriptionWords.set(op, words);
  }
  return words;
}

/** "tourn" → "tournament" when the description says "tournament" and never "tourn" itself. */
function expandByDescription(word: string, op: RecordOperation | undefined): string {
  if (!op || word.length < 3 || word.length > 6 || EXPANSIONS[word] || UNITS[word] || PLAIN_WORDS.has(word)) return word;
  const words = wordsOfDescription(op);
  if (words.has(word)) return word;
  for (const w of words) if (w.length >= word.length + 3 && w.startsWith(word) && !/(ing|ed|es|s)$/.test(w.slice(word.length)) && !isKnownWord(w.slice(word.length))) return w; // "moon" is no "moonrise"
  return word;
}

/** humanizeIdentifier, with abbreviations the operation's description spells out expanded. */
const humanizedFor = new WeakMap<RecordOperation, Map<string, string>>();

export function humanizeFor(name: string, op: RecordOperation | undefined): string {
  if (!op) return humanizeIdentifier(name);
  let byName = humanizedFor.get(op);
  if (!byName) humanizedFor.set(op, (byName = new Map()));
  let out = byName.get(name);
  if (out === undefined) byName.set(name, (out = humanizeForUncached(name, op)));
  return out;
}

function humanizeForUncached(name: string, op: RecordOperation): string {
  const words = splitIdentifier(name);
  const expanded = words.map((w) => expandByDescription(w, op));
  return expanded.some((w, i) => w !== words[i]) ? humanizeIdentifier(expanded.join('_')) : humanizeIdentifier(name);
}

/** The noun of the thing a path is about, taken from the path segment just before a `{param}`. */
function ownerFromPath(op: RecordOperation | undefined, param: string): string | undefined {
  if (!op) return undefined;
  const segments = op.path.split('/').filter(Boolean);
  const at = segments.findIndex((s) => s === `{${param}}` || s === `:${param}`);
  for (let i = at - 1; i >= 0; i--) {
    const seg = segments[i] ?? '';
    if (seg.startsWith('{') || seg.startsWith(':') || /^v\d+/.test(seg) || seg === 'api') continue;
    // "/version/{id}/mergeto/{moveIssuesTo}": an action segment names no thing; the resource before it does.
    if (/^(?:merge|move|copy|transfer|link|assign|add|remove|swap|convert)(?:to|into|from|with)?$/i.test(seg)) continue;
    const words = splitIdentifier(seg);
    const last = words[words.length - 1];
    if (!last) continue;
    const owner = [...words.slice(0, -1), singular(last)].map((w) => expandWord(w, false)).join(' ');
    return words.length === 1 ? unglueByName(owner, op) : owner;
  }
  return undefined;
}

/** "pullrequest" → "pull request" when the operation's name spells it in words ("mergePullRequest"). */
function unglueByName(word: string, op: RecordOperation): string {
  const named = splitIdentifier(op.name);
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 2; j <= Math.min(named.length, i + 3); j++) {
      const run = named.slice(i, j);
      if (singular(run.join('')) === word || run.join('') === word) return [...run.slice(0, -1), singular(run[run.length - 1] ?? '')].join(' ');
    }
  }
  return word;
}

const nounCache = new WeakMap<RecordOperation, Map<string, string>>();

export function slotNoun(param: string, op?: RecordOperation): string {
  if (!op) return slotNounUncached(param, op);
  let byParam = nounCache.get(op);
  if (!byParam) nounCache.set(op, (byParam = new Map()));
  let noun = byParam.get(param);
  if (noun === undefined) byParam.set(param, (noun = spacingNoun34b(placeQuery28(keyedThing27(roleNoun(slotNounUncached(param, op), param, op), param, op), param, op), param, op)));
  return noun;
}

function slotNounUncached(param: string, op?: RecordOperation): string {
  const schema = paramSchema(op, param);
  const bound = boundNoun(param, schema);
  if (bound) return bound;
  // "dateAfterUtc": the time zone is the value's, not the name's ("the start date").
  const words = withoutZone(splitIdentifier(param));
  // "dietary" = "Only dishes with this dietary label", "root" = "The value of RootSymbol": the description names the noun.
  const adjectiveNoun = alternativeNoun(words, () => ownerFromPath(op, param)) ?? sortNoun(words, schema) ?? formatNoun(words) ?? describedHead(words, schema) ?? (words.length === 1 ? describedAdjective(words[0] ?? '', schema?.description) : undefined);
  if (adjectiveNoun) return adjectiveNoun;
  // "exclude", "adjustEstimate": a verb is no noun; say what it acts on.
  const verbNoun = verbNamed(words, schema, op);
  if (verbNoun) return verbNoun;
  const counted0 = countedBound(words, schema, () => ownerFromOperationName(op));
  if (counted0) return counted0;
  const shaped = shapedNoun(words, schema);
  if (shaped) return shaped;
  const cryptic = words.length === 1 && ((((words[0] ?? '').length <= 2 || /^[b-df-hj-np-tv-xz]{3,4}$/.test(words[0] ?? '')) && !EXPANSIONS[words[0] ?? '']) || /^(q|query|search|term|keyword|text)$/.test(words[0] ?? ''));
  if (cryptic) {
    const fromDescription = nounFromDescription(schema?.description as string | undefined) ?? nounNamedIn(schema?.description as string | undefined);
    if (fromDescription) return fromDescription;
  }
  // "value", "body", "show": a word that says nothing of what is sent takes its description's noun ("the rating").
  if (words.length === 1 && VAGUE_NAMES.test(words[0] ?? '')) {
    const described = placedNoun(schema?.description, op?.description) ?? nounFromDescription(schema?.description as string | undefined);
    if (described && !VAGUE_NAMES.test(described) && !/^(content|contents)$/i.test(described) && !/\bIDs?\b|\bid\b|identifier/i.test(described)) return described;
    if (words[0] === 'body' && /binary|byte|base64/.test(`${String(schema?.format ?? '')} ${String(schema?.contentEncoding ?? '')}`)) return 'file';
    const owner = words[0] === 'value' ? ownerFromOperationName(op) : undefined;
    if (owner) return `${owner} value`;
  }
  // "pid", "uid": a letter glued to "id" is the ID of what the path names before it ("the pull request ID").
  if (words.length === 1 && /^[a-z]id$/.test(words[0] ?? '')) {
    const owner = ownerFromPath(op, param);
    if (owner) return `${owner} ID`;
  }
  // "moveIssuesTo": a name ending in a preposition names what the path is about ("the component to move issues to").
  const trailing = words.length >= 3 && /^(to|into|from|for|with)$/.test(words[words.length - 1] ?? '') ? ownerFromPath(op, param) ?? ownerOfPath(op) : undefined;
  if (trailing) return `${trailing} to ${words.slice(0, -1).map((w) => expandWord(w, false)).join(' ')} ${words[words.length - 1]}`;
  // "createdSince": a participle bounded is a date the thing was created since ("the created since date").
  // "postedSince": the earliest date a thing was posted ("the earliest posting date"), never "the posted since date".
  if (words.length === 2 && /^[a-z]{3,}ed$/.test(words[0] ?? '') && /^(since|after|until|before)$/.test(words[1] ?? '')) return boundParticiple(words[0] as string, /^(since|after)$/.test(words[1] ?? ''));
  if (words.length === 2 && /^(from|since|after|to|until|before)$/.test(words[1] ?? '')) return boundedNoun(expandWord(words[0] ?? '', false), /^(from|since|after)$/.test(words[1] ?? ''), schema);
  if (words.length === 1 && GENERIC_NAMES.has(words[0] ?? '')) {
    const described = withoutApiName(nounFromDescription(schema?.description as string | undefined), op?.api);
    if (described && described.split(' ').length >= 2 && !/\bIDs?\b|\bid\b|identifier/i.test(described)) return described;
    const apiNamed = apiNamedIdNoun(described, schema, op?.api);
    if (apiNamed) return apiNamed;
    // "the Spotify IDs for the tracks": nothing else named them, so the description's owner does ("the track IDs", never "the audio IDs").
    const idOwner = described === undefined && /^ids?$/.test(words[0] ?? '') ? describedIdOwner(schema) : undefined;
    if (idOwner) return `${singular(idOwner)} ${humanizeIdentifier(param)}`;
    // {id: "Track ID"}: the description names whose ID it is, whatever the path says ("the track ID").
    if (described && described.split(' ').length <= 3 && /^[A-Za-z]+ /.test(described) && described.toLowerCase().endsWith(` ${humanizeIdentifier(param).toLowerCase()}`)) return described.replace(/^\w+/, (w) => w.toLowerCase()).replace(/ id(s?)$/i, ' ID$1'); // "the id of the attachment" → "attachment ID"
    // Mandrill's undocumented body `key` on "/senders/info.json": the caller's API key, no key of a sender.
    if (words[0] === 'key' && !schema?.description && op && !/key/i.test(`${op.path} ${op.name}`)) return 'API key';
    const owner = ownerFromPath(op, param) ?? ownerFromOperationName(op);
    if (owner && !owner.endsWith(humanizeIdentifier(param))) return `${owner} ${humanizeIdentifier(param)}`;
  }
  const noun = byNoun(humanizeFor(param, op).replace(/ ISO ?2$/i, ' code').replace(/ ISO ?3$/i, ' three-letter code')).replace(/^number (?!of\b)([a-z]+s)$/, 'number of $1'); // "country ISO 2" is a country code
  const typed = typedNoun(words, schema, isPluralNoun(noun) ? singular(noun) : undefined);
  if (typed) return typed;
  // "adults" = 2 reads as "the adults are 2": a count is "the number of adults".
  // RapidAPI types a count "NUMBER": "days" = 3 is still a number of days.
  const counted = schema?.type === 'integer' || (schema?.type === 'number' && /^(days|nights|hours|weeks|months|years|minutes|seconds|adults|children|guests|rooms|people|persons|passengers|seats|tickets|results|items)$/.test(noun));
  if (counted && isPluralNoun(noun) && !/[A-Z]s$/.test(noun) && !/^(number|count|total)\b/.test(noun)) return `number of ${noun}`;
  // {open_now: true}, {enableSharedUsers: true}: a switch named by a verb or a state is an option, never "the open now".
  if (schema?.type === 'boolean' && /^(?:enable|disable|include|exclude|allow|use|show|hide|return|in|on|at|open|closed)\b|\bnow$/.test(noun)) return `${noun} option`;
  return noun;
}

const ACTION_VERBS = /^(exclude|include|ignore|skip|adjust|override|notify|move|expand|omit)$/;
/** "exclude" → "users to exclude", "adjustEstimate" → "way to adjust the estimate": a verb names an action, not a thing. */
function verbNamed(words: string[], schema: Record<string, unknown> | undefined, op: RecordOperation | undefined): string | undefined {
  if (!ACTION_VERBS.test(words[0] ?? '') || schema?.type === 'boolean') return undefined;
  // "notify_email" = an address: the email to notify; "adjustEstimate" = a mode: the way to adjust the estimate.
  if (words.length === 2 && (/^(email|emails|url|urls|address|addresses|phone|user|users|channel|webhook|recipients?)$/.test(words[1] ?? '') || /^(email|uri|url)$/.test(String(schema?.format ?? '')))) return `${expandWord(words[1] ?? '', false)} to ${words[0]}`;
  // "adjustEstimate" = "leave": a mode is named as a noun ("the estimate adjustment"), never "the way to adjust …".
  if (words.length === 2) return `${expandWord(words[1] ?? '', false)} ${ACTION_NOUNS[words[0] ?? ''] ?? words[0]}`;
  if (words.length !== 1) return undefined;
  // "findUsersForPicker": the users; a picker is where they are shown.
  const owner = splitIdentifier(op?.name ?? '').find((w) => !VERBS.has(w) && !STOP.has(w) && !/^(picker|dropdown|widget|selector|my|me|all)$/.test(w));
  return owner ? `${schema?.type === 'array' ? plural(expandWord(singular(owner), false)) : expandWord(singular(owner), false)} to ${words[0]}` : undefined; // one group to exclude: "the group to exclude is X" 
}

/** Parameter names that say nothing of what is sent. */
const VAGUE_NAMES = /^(value|body|show|object|data|input|payload|params?|content)$/i;

/** The resource a path is about: its last plain segment, singular ("/api/2/component/{id}" → "component"). */
function ownerOfPath(op: RecordOperation | undefined): string | undefined {
  const segments = (op?.path ?? '').split('/').filter((s) => s && !/^[{:]/.test(s) && !/^v?\d+(\.\d+)?$/.test(s) && s !== 'api');
  const last = segments[segments.length - 1];
  if (!last || !/^[a-z]+$/i.test(last)) return undefined;
  return singular(last.toLowerCase());
}

/** "getTrackById" → "track"; used when a generic parameter has no path segment to name its owner. */
function ownerFromOperationName(op: RecordOperation | undefined): string | undefined {
  if (!op) return undefined;
  const named = splitIdentifier(op.name);
  // "Get markets of coin", "Get ticker for specific coin": the ID is the owner's, named after "of"/"for".
  const of = named.findIndex((w) => w === 'of' || w === 'for');
  const words = (of > 0 && of < named.length - 1 ? named.slice(of + 1) : named).filter((w) => !VERBS.has(w) && !STOP.has(w) && !QUANTIFIERS.has(w) && !/^(?:api|rest|v\d*|\d+)$/i.test(w)); // "delete_api_v1_post": the post's, never "the API IDs"
  const noun = words[0] ?? (VERBS.has(named[0] ?? '') ? named.slice(1).filter((w) => !/^(?:api|rest|v\d*|\d+)$/i.test(w)).pop() : undefined); // "delete_api_v1_post": the post (a verb's object)
  return noun ? expandWord(singular(noun), false) : undefined;
}

/** Words in operation names that say how many, not what: "getMultipleArtists" is about artists. */
const QUANTIFIERS = new Set(['multiple', 'several', 'many', 'single', 'one', 'some', 'current', 'user', 'users', 'my', 'me', 'saved', 'new', 'existing']);

/** Whether a noun phrase takes "are": "the keywords", "the track IDs" (not "the radius in kilometers", "the number of adults"). */
export function isPluralNoun(noun: string): boolean {
  const head = noun.split(/\s+(?:in|of)\s+/)[0]?.trim().split(/\s+/).pop() ?? '';
  if (/^[A-Z]+s$/.test(head)) return true; // IDs, URLs
  const lower = head.toLowerCase();
  // "children", "people": an irregular plural is as plural as "adults" ("the number of children").
  if (IRREGULAR_SINGULAR[lower] && IRREGULAR_SINGULAR[lower] !== lower) return true;
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
    if (/^[A-Z]+(_[A-Z]+)+$|^[A-Z][a-z]+(_[A-Za-z][a-z]+)+$/.test(value)) return value.toLowerCase().replace(/_/g, ' '); // "Public_Sector"
    // A sentence as a value keeps no final period: the sentence it is said in has one.
    return /(?:^|[\s.])[A-Z]\.$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros|St|Dr)\.$/.test(value) ? value : value.replace(/(?<=[A-Za-z])\.$/, '');
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
const STOP = new Set(['by', 'for', 'of', 'the', 'a', 'an', 'all', 'and', 'or', 'with', 'from', 'to', 'in', 'on', 'id', 'ids', 'if', 'whether', 'is', 'are', 'follows', 'contains', 'exists', 'has', 'does']);

/** Third-person and gerund verb forms that open descriptions, and the base form a request uses. */
const VERB_BASE: Record<string, string> = {
  returns: 'get', return: 'get', returning: 'get', gets: 'get', getting: 'get', provides: 'get', provide: 'get',
  gives: 'get', give: 'get', obtains: 'get', obtain: 'get', displays: 'show', display: 'show', lookup: 'look up',
  retrieval: 'retrieve', lists: 'list', searches: 'search', fetches: 'fetch', queries: 'query', applies: 'apply',
};
const BASE_VERBS = new Set([...Object.values(VERB_BASE), ...VERBS]);
/** Words that follow a verb but not a noun at the start of a summary ("Begins an export", "Apply to a job"). */
const AFTER_VERB = new Set(['a', 'an', 'the', 'to', 'for', 'your', 'my', 'all', 'one', 'this', 'that', 'new', 'existing', 'single', 'multiple', 'details', 'information', 'info', 'whether', 'if', 'up']);
/** Words that open a clause, not a noun phrase ("For a valid response, …"). */
const OPENS_CLAUSE = new Set(['for', 'to', 'in', 'on', 'with', 'when', 'if', 'of', 'by', 'from', 'as', 'at', 'it', 'you', 'we', 'they', 'no', 'not', 'only', 'also', 'here', 'there', 'what', 'which', 'who', 'how', 'why', 'where', 'please', 'note']);
/** Words that may follow a verb but never open a request themselves. */
const NOT_VERBS = new Set(['for', 'to', 'in', 'on', 'with', 'the', 'this', 'that', 'these', 'those', 'all', 'each', 'when', 'if', 'of', 'by', 'from', 'as', 'at', 'an', 'a', 'it', 'its', 'you', 'we', 'they', 'one', 'no', 'not', 'only', 'also', 'here', 'there', 'what', 'which', 'who', 'how', 'why', 'where', 'please', 'note']);

/** The base form of a verb that opens a summary, or undefined when the word is no verb. */
function baseVerb(word: string, next: string | undefined): string | undefined {
  const w = word.toLowerCase();
  if (NOT_VERBS.has(w)) return undefined;
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
  if (followsLikeVerb && /^[a-z]+$/.test(w) && !/s$|(?:al|ic|ous|ful|able|ible|ary)$/.test(w) && w.length > 2) return w; // "General Details": an adjective
  return undefined;
}

/** The first sentence of a description, tidied: markup, code and parentheticals removed. */
export function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? '';
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\s+[-–—]\s+|:\s|\s(?=(?:Returns|Note:|See)\s)/;

/**
 * The first few sentences of a description, tidied: markup and parentheticals removed, identifiers in code or
 * braces said as words ("`tournId`" → "tournament ID"), and no commas or articles left dangling where code was.
 */
export const sentencesOf: (text: string) => string[] = memo((text) => {
  const cleaned = text
    // "Looks for a keyword in ***translation_eng*** key in the Koran": where a field named in code sits is the API's
    // business, never the user's ("look for a keyword in the Koran", never "in translation eng key").
    .replace(CODE_PLACE, '')
    // "## Example" and what follows shows a call, not what the operation does; another heading ends a sentence.
    .replace(/(?:^|\n)[ \t]*#{1,6}[ \t]*(?:examples?|samples?|usage|sample (?:request|response)|responses?)\b[\s\S]*$/i, '')
    .replace(/```[\s\S]*?(?:```|$)/g, ' ')
    .replace(/(?:^|\n)[ \t]*#{1,6}[ \t]*([^\n]*)/g, (_m, heading: string) => `\n${heading.replace(/[.:]?\s*$/, '.')} `)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([A-Za-z][\w.-]*)`/g, (_m, id: string) => humanizeIdentifier(id))
    .replace(/`[^`]*`/g, ' ')
    // "the coordinates {lat},{lng}": the placeholders repeat the noun.
    .replace(/\b(coordinates?|location|point|position|bounding box)\s+\{[A-Za-z][\w-]*\}(?:\s*,\s*\{[A-Za-z][\w-]*\})+/gi, '$1')
    // "{lat},{lng}": two values named together.
    .replace(/\{([A-Za-z][\w-]*)\},\s*\{([A-Za-z][\w-]*)\}/g, (_m, a: string, b: string) => `${humanizeIdentifier(a)} and ${humanizeIdentifier(b)}`)
    // "{modifier}s" in a summary is a word in braces: keep the word (the retriever reads it too), drop the braces.
    .replace(/\{([A-Za-z][\w-]*)\}/g, (_m, id: string) => humanizeIdentifier(id))
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[*_#>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned
    .split(SENTENCE_BREAK)
    .slice(0, 4)
    .map((sentence) =>
      sentence
        .replace(/\s+([,.;:!?])/g, '$1')
        .replace(/\b(?:[Tt]he|[Aa]n?) (?:any|the|a|an|your) (?=[a-z])/g, (m) => (/^[TA]/.test(m) ? 'The ' : 'the ')) // "invalidates the any current session": one determiner (QUALITY.md G)
        // "Updates a filter, and returns its new value": the request is the first clause.
        .replace(/,?\s+and (?:returns|gets|provides|gives|outputs|responds|replies)\b.*$/i, '')
        .replace(/([,;])(?:\s*[,;])+/g, '$1')
        .replace(/[,;]\s*(?:(?:and|or)\s*)?(?=[.!?]|$)/g, '')
        .replace(/[.!?:;,\s]+$/, '')
        .trim(),
    )
    .filter((sentence) => /[A-Za-z\u00c0-\uffff]/.test(sentence));
});

/** Makes every identifier-looking token of a phrase into words ("getTrack" → "get track"). */
export function humanizeTokens(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((token) => (looksLikeIdentifier(token) ? humanizeIdentifier(token) : SHOUTED[token] ?? token))
    .join(' ');
}

/** Acronyms written in lower case in summaries ("get city by id"). */
const SHOUTED: Record<string, string> = { id: 'ID', ids: 'IDs', url: 'URL', urls: 'URLs', api: 'API', uuid: 'UUID', json: 'JSON', xml: 'XML', csv: 'CSV', pdf: 'PDF', ip: 'IP', dns: 'DNS' };

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
  return intentVariants(op)[0] as string;
}

/**
 * Ways to say what the operation does, best first: the first description sentence that reads as a request, once
 * made speech (a later one only explains); later sentences that are requests too; the request built from the
 * method, the path and the required inputs. Another language or a deprecation note: only the built one.
 */
const variantCache = new WeakMap<RecordOperation, string[]>();

export function intentVariants(op: RecordOperation): string[] {
  let out = variantCache.get(op);
  if (out) return out;
  const description = op.description && isEnglish(op.description) ? withoutTypos(withoutDeprecation(op.description)) : '';
  const spoken: string[] = [];
  const resources = new Set([...op.path.split(/[^A-Za-z]+/), ...Object.keys(op.parameters.properties ?? {})].flatMap((w) => splitIdentifier(w)).map((w) => pluralize.singular(w)));
  let first = true;
  let describedVerb: string | undefined;
  for (const sentence of sentencesOf(description)) {
    const fromDescription = verbPhrase(sentence);
    if (first && fromDescription) describedVerb = fromDescription.split(' ')[0]?.toLowerCase();
    if (!fromDescription || laterReadOfWrite30(op, fromDescription, first)) continue;
    const request = spokenRequest(withoutPurpose(fromDescription), description);
    const said = request && withoutQualifier(withResourceArticle(request, resources));
    // "Returns an author's name, biography, …": asking for a few of the fields is a request too.
    const fields = spoken.length > 0 ? fieldListRequest(untitle(sentence).replace(/^\w+/, (w) => baseVerb(w, undefined) ?? w).replace(/^(\S+) the (\S+)/, '$1 the $2')) : undefined;
    if (fields) spoken.push(fields);
    if (said && (first || spoken.length > 0)) spoken.push(said);
    // A longer wording of the same sentence, for when the short one is not specific enough to find the operation.
    const wordier = first ? spokenRequest(withoutPurpose(fromDescription), description, 12) : undefined;
    const longer = wordier && withoutQualifier(withResourceArticle(wordier, resources));
    if (longer) spoken.push(longer);
    first = false;
  }
  const required = Array.isArray(op.parameters.required) ? (op.parameters.required as string[]) : [];
  const built = respelled(builtIntent({ name: op.name, method: op.method, path: op.path, required, api: apiName({ ...op, api: op.api.split('__')[0] ?? op.api }), ...(op.category ? { category: op.category } : {}), ...(describedVerb ? { describedVerb } : {}), inputs: Object.keys(op.parameters.properties ?? {}) }), documentedSpellings(op));
  // "get something" names nothing, "get the accessible project type by key" reads the op id: a description's request goes first.
  // "list days from a date" (futures.days_from_date): a span of time read from the name is no thing a person lists.
  const vague = spoken.length > 0 && (/\bsomething\b/.test(built) || /^(?:list|get) (?:the )?(?:days|hours|minutes|weeks|months|years|seconds)\b/.test(built) || readsName(built, op.name) || !namesDescribed(built, description, op.path) || builtReadsIdentifier(built, op.method, description, required));
  // "get a question by its ID" names what the user has; the resource's own id is usually the last required input ("/orders/{order_id}/products/{product_id}").
  const keys = [...new Set(required.map((p) => slotNoun(p, op)).filter(isLookupKey).reverse())].slice(0, 2);
  const keyed = keys.flatMap((key) => [...spoken.slice(0, 1), ...(vague ? [] : [built])].filter((v) => !/ by /.test(v) && !v.includes(key)).map((v) => keyedRequest(v, key, op.api, op.path)).filter((v): v is string => v !== undefined));
  out = [...new Set([...spoken, ...(vague ? [] : [built]), ...keyed].map((v) => requestFromOpId34b(spokenRequest34(openPlaceholder31(spokenLikePerson30(lookedUpBy28(gluedAlternative(withCommonNouns(v, resources))), op), resources), op, apiName(op)), op, apiName(op))))]; // "by country global": "globally or for a country"
  variantCache.set(op, out);
  return out;
}

/** Any summary-like text as a verb phrase ("Returns a flight offer" → "get a flight offer"), best effort. */
export const requestPhrase: (text: string) => string = memo((text) => {
  const sentence = respondsWith29(firstSentence(plainText(text)));
  const phrase = verbPhrase(sentence);
  if (phrase) return phrase;
  // A name and an API title ("unique stage seasons MotorsportApi"): "get the unique stage seasons from the Motorsport API".
  const api = /^(.+?)\s+([A-Z][A-Za-z0-9]*?)\s*(API|Api)$/.exec(sentence);
  const noun = api ? `${api[1]} from the ${(api[2] ?? '').replace(/([a-z])([A-Z])/g, '$1 $2')} API` : sentence;
  const words = tidy(humanizeTokens(untitle(noun)));
  const first = words.split(' ')[0] ?? '';
  // Only English can take "get the" in front; a summary in another script is quoted as is.
  const latin = !/[^\u0000-\u024f\u2000-\u206f]/.test(words);
  if (baseVerb(first, words.split(' ')[1]) || !latin || OPENS_CLAUSE.has(first.toLowerCase())) return lowerFirst(words);
  return lowerFirst(/^(a|an|the|all|each|every|this|these|my|your)$/i.test(first) ? `get ${words}` : `get the ${words}`);
});

/** "Returns the weather for a city" → "get the weather for a city"; rejects phrases that do not read as requests. */
function verbPhrase(sentence: string): string | undefined {
  let s = untitle(sentence)
    // "Search or Autocomplete API returns matching cities" says what comes back: ask for that.
    .replace(/^(?:[\w'-]+\s+){0,5}?(?:api|endpoint|service|method|operation)\s+(?:returns|provides|gives|lists|retrieves|fetches)\s+/i, 'get ')
    .replace(/^(?:[\w'-]+\s+){0,5}?(?:api|endpoint|service|method|operation)\s+(?:method\s+)?(?:allows|lets|enables|helps)\s+(?:a user|users|you|the user|developers)\s+(?:to\s+)?/i, '')
    .replace(/^(this|the)\s+(endpoint|api|method|operation|call|route|service|function|resource)\s+(will\s+|can\s+|is used to\s+|allows you to\s+|lets you\s+)?/i, '')
    .replace(/^(use this (endpoint|api|method) to|allows? (you|users) to|lets you|used to|endpoint (to|for)|api (to|for))\s+/i, '')
    .replace(/^(partially|fully|completely|asynchronously|permanently|quickly|simply|also)\s+/i, '').replace(/^(?:serves?|provides?|exposes?) (?:the )?((?:\w+ )?)(?:config|configuration)$/i, 'get the $1configuration').replace(/^(?:returns?|gets?|finds?|lists?|searche?s?(?: for)?) (\w+) with substrings matching (?:a|the) (?:given )?(?:query|text|string)\b/i, 'search for $1 by a substring of their names') // "groups with substrings matching a given query" 
    .trim();
  // "Is today a public holiday" asks to check it; "Possible values: 1-114" lists and "Required {order}" documents an input, asking nothing.
  s = s.replace(/^(is|are) (\S+) ((?:a|an|the) [a-z][\w -]*?)\??$/i, (_m, verb: string, subject: string, rest: string) => `check whether ${subject.toLowerCase()} ${verb.toLowerCase()} ${rest}`);
  if (!s || /^(?:possible|allowed|valid|accepted|supported) (?:values|options)\b|^(?:required|optional|mandatory|default|defaults to|example)\b/i.test(s)) return undefined;
  // "Paginate over the remote jobs": paging is how; the jobs are what is listed. "Lists 50 order products": the page size is no wish.
  s = s.replace(/^(?:paginate|page|iterate|scroll|loop) (?:over|through) /i, 'list ').replace(/^(lists?|gets?|returns?|fetch(?:es)?|shows?|retrieves?) \d+ (?=[a-z]{3,})/i, '$1 the ');
  // "Get the latest posts of postKind for the specified index": a parameter named in code restricts; it is no part of what is asked.
  s = s.replace(/ of (?:the )?[a-z]+[A-Z][A-Za-z]*\b(?= for| in| on| by|$)/, '');
  let words = s.split(/\s+/);
  // "Efficiently search for videos": the adverb goes, the verb stays.
  if (words.length > 2 && /ly$/i.test(words[0] ?? '') && baseVerb(words[1] ?? '', words[2])) {
    words = words.slice(1);
    s = words.join(' ');
  }
  if (words.length < 2) return undefined;
  const base = baseVerb(words[0] ?? '', words[1]);
  if (base) {
    s = [base, ...words.slice(1)].join(' ');
  } else if (/^[A-Z]/.test(sentence.trim()) && /^[A-Za-z]/.test(words[0] ?? '') && !OPENS_CLAUSE.has((words[0] ?? '').toLowerCase()) && !/\b(is|are|was|were|will|can)\b|\{|\b(?:it|that|there|here|what|this|he|she|who|let)['’]s\b|n['’]t\b/i.test(s)) {
    // A noun phrase summary ("Track details", "Current weather data"): ask to see it, not the API itself.
    const noun = s.replace(/\s+(API|endpoint|service)$/i, '');
    s = /^(all|every|some|any|the|a|an|my|your|this|these|each|latest|recent)\b/i.test(noun) ? `get ${lowerFirst(noun)}` : `get the ${lowerFirst(noun)}`;
  } else {
    return undefined;
  }
  s = spokenRequest22(tidy(humanizeTokens(s)));
  if (/[{}[\]<>=|\\]/.test(s)) return undefined;
  // A documentation example's value ("01G5JAVJ41T49E9TT3SKVS7X1J") or a capitalised word mid-phrase ("example To
  // retrieve") is pasted text, not a request.
  if (/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,}\b/.test(s) || /^\S+ (?:To|For|With|From|The|And|Or|Of|In|On)\b/.test(s)) return undefined;
  // "get artist's albums" → "get an artist's albums".
  s = s.replace(/^(\S+) ([a-z]+)'s /, (_m, verb: string, owner: string) => (BASE_VERBS.has(verb) ? `${verb} ${/^[aeiou]/.test(owner) ? 'an' : 'a'} ${owner}'s ` : _m));
  // "Create Playlist" → "create a playlist": a verb and one countable noun wants an article.
  const bare = /^(\S+) ([a-z]+(?: [a-z]+){0,3})$/.exec(s);
  const head = bare?.[2]?.split(' ').pop() ?? '';
  const titled = sentence.split(/\s+/).every((w) => /^[A-Z]/.test(w));
  if (bare && titled && BASE_VERBS.has(bare[1] ?? '') && !/s$/.test(head) && !MASS_NOUNS.has(head) && !MASS_NOUNS.has(bare[2]?.split(' ')[0] ?? '')) {
    s = `${bare[1]} ${/^[aeiou]/.test(bare[2] ?? '') ? 'an' : 'a'} ${bare[2]}`;
  }
  return lowerFirst(s);
}

const MASS_NOUNS = new Set(['weather', 'data', 'information', 'info', 'music', 'news', 'status', 'content', 'feedback', 'media', 'software', 'traffic', 'health', 'time', 'help', 'history', 'advice', 'analytics', 'metadata', 'inventory', 'pricing', 'availability', 'stock', 'everything', 'all', 'it', 'me', 'up', 'out', 'in', 'usage', 'money', 'payment', 'location', 'search', 'login', 'logout', 'access', 'storage', 'balance', 'progress', 'shipping', 'billing', 'playback', 'audio', 'equipment', 'research', 'mail', 'luggage', 'baggage', 'furniture', 'insurance', 'nutrition', 'pollution', 'travel', 'knowledge', 'evidence', 'clothing', 'hardware', 'firmware', 'merchandise', 'advertising', 'homework', 'wildlife']);

/** Lower-cases the first letter unless the first word is an acronym ("API", "IMDb"). */
export function lowerFirst(s: string): string {
  const first = s.split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /[A-Z]/.test(first.slice(1))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Version markers in API names ("orders-v2", "api_v3.1", "v1beta") say nothing a person would. */
const VERSION_MARK = /(^|[-_.\s/])v\d+(?:[._]\d+)*(?:alpha|beta)?\d*(?=$|[-_.\s/])/gi;

/** Words of an API or category name as a person says them: no versions, no "API", no word twice. */
export const nameWords: (raw: string) => string = memo((raw: string): string => {
  const words = humanizeIdentifier(raw.replace(VERSION_MARK, '$1'))
    .split(' ')
    .filter((w) => !/^(api|apis|v|v?\d+|service|rest|openapi|swagger)$/i.test(w));
  return words.filter((w, i) => words.findIndex((x) => x.toLowerCase() === w.toLowerCase()) === i).join(' ');
});

/** What the API is about, for vague requests: its category, else its title without "API". */
export function domainPhrase(op: RecordOperation): string {
  const fromCategory = op.category !== undefined && op.category.trim() !== '';
  const words = nameWords(fromCategory ? (op.category as string) : op.api);
  if (words.length === 0) return 'something';
  // "xero__projects": the vendor is a name ("Xero projects"); a category is a common noun ("music").
  return !fromCategory && op.api.includes('__') ? upperFirst(words) : words;
}

/** The name of the API as a person says it: "spotify" → "Spotify", "bigcommerce__orders-v2" → "BigCommerce Orders". */
export const apiName: (op: RecordOperation) => string = perOperation((op) => spelledApiName(op, spokenApiWords(nameWords(op.api).split(' ').filter((w) => w.length > 0), op.api)));
