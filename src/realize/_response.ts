/**
 * Tool results in words, for `response` turns: how many items came back and the few facts a person wants (names,
 * dates, prices), said as a person would ("it was submitted on February 3, 2026 at 14:00 UTC", "the amount is
 * 846.17 EUR"), never internal ids, paging or transport noise ("status 200", "found: true"). Fields the user
 * asked about come first, and a field the user asked about that the result lacks is said to be missing. After a
 * change: the new id, status, price and expiry, and every item it made. Response text is assistant text: the
 * checker grounds arguments in user turns and tool results only, so values may be reformatted here (dates).
 */
import type { RecordOperation } from '../plan/types.ts';
import * as P from './_phrases.ts'; import { mongoDay } from './_mongo-date20.ts'; import { amount30, measureUnit30, signalWorkings30 } from './_money30.ts';
import type { Rng } from '../random/index.ts';
import { countable, countBeside, countOnce, LEADING_VERB, listNoun } from './_count-nouns.ts';
import { CRYPTIC, countHad, flagClause, ownedFacts, said, sayCode, sayDate, shareOrRange } from './_say.ts';
import { bareCode, ownNounNumber, epochNumber, type Fact, minorCoordinate, pageOfTotal, pickFacts, markedFacts } from './_fact-rank.ts'; import { weatherWords29 } from './_weather-words29.ts';
import { listTotal } from './_totals.ts'; import { firstOfMore } from './_more-pages23.ts'; import { describedFields26 } from './_described26.ts'; import { coordinateList, ZONE_ID } from './_coordinate-list22.ts';
import { blobSummary } from './_blob.ts'; import { fileSummary35 } from './_oaf35.ts'; import { createdReply28 } from './_created-lists28.ts'; import { internalToken28, pageCount28, technicalField28 } from './_tokens-lists28.ts'; import { chartSummary22 } from './_market-speech22.ts';
import { GENERIC_OWNER, domainName27, missingMark27, gistFields, itemName, quotable, itemsNoun, nounTagged, namedLabel, onlyAcknowledges, OWNED_WORDS, ownedBy, sayable } from './_response-items.ts';
import { effectOf } from './_effect.ts'; import { saidFacts35 } from './_facts-var35.ts'; import { withScale } from './_scale21.ts'; import { saidByLead24, whenWhere24 } from './_when-where24.ts';
import { firstTwoByNoun, nounRank, opNouns } from './_op-noun.ts'; import { oneListed34, oneListedName34 } from './_one-listed-discra34.ts'; import { openDays } from './_open-days25.ts';
import { codesThatAreWords, COORDINATE_PAIR, fieldName, gluedState, priceName, spokenDuration, valuedName, unnamedDate } from './_field-words.ts';
import { groupedList } from './_grouped-list.ts'; import { detailPhrase, meaningClause, sharesOfList } from './_field-meaning20.ts';
import { askedOfEach, keyMentioned, checkOutcome, yesAnswered, codesOnly, enumConstantWords, enumTail, hoursLabel, onlyCodes } from './_response-whole.ts'; import { listReply24 } from './_list-first24.ts'; import { namedList25 } from './_shared-facts25.ts';
import { emptyNamedList, labelsLeadList, unwrappedItems } from './_asked-list.ts'; import { actedOn30, countBeside30, parentTagged30, shownCount30 } from './_replies30.ts';
import { identifiesRecord27 } from './_identity27.ts'; import { placementNumber31, unitName31 } from './_unitless31.ts'; import { idNamed31 } from './_id-names31.ts'; import { namedRecord32 } from './_records32.ts'; import { askedByWords, askedFields, belowCap, mentionedIn, userWords, withTextAsked } from './_asked-words.ts';
import { humanizeFor, humanizeIdentifier, intentPhrase, isPluralNoun, joinList, lowerFirst, plural, singular, upperFirst } from './words.ts'; import { listWords34b } from './_strings34b-oae.ts';
import { bookkeepingTime27, PREFERRED_FIELDS, NOISE_FIELDS, LINK_GROUPS, PAGE_COUNTS, PAGE_FLAGS, TRANSPORT_KEYS, TRANSPORT_VALUES, metaField, CURRENCY_FIELDS, MONEY_FIELDS, LABEL_FIELDS, SECRET, ID_KEY, PRESENT_VERB, ZONE_WORD, stampSaid, FIELD_SYNONYMS, TEMPERATURE_KEY, SHADOW_FIELD, WORK_FIELDS, WORK_MARK } from './_response-keys.ts';

export { sayDate } from './_say.ts';
export { askedFields } from './_asked-words.ts'; export { removesThing } from './_response-whole.ts'; import { verseSummary24 } from './_verses24.ts'; import { groupSummary24 } from './_groups24.ts'; import { rankSummary25 } from './_rank25.ts'; import { spanSummary26 } from './_spans26.ts';

/** How a call came out, as the user will hear it. */
export type Outcome = 'ok' | 'empty' | 'failed';

interface Leaf {
  path: string[];
  value: string | number | boolean;
  /** Said together from a list of values ("2487, 1945 and 1494"): a breakdown, not one answer. */
  many?: boolean;
}

interface ListLeaf {
  path: string[];
  items: unknown[];
}

interface Collected {
  leaves: Leaf[];
  lists: ListLeaf[];
}

/** Did the call fail, by its own account? ({success: false}, {ok: false}, {status: "failed"}) */
export function resultFailed(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  const r = result as Record<string, unknown>;
  if (r.success === false || r.ok === false || r.succeeded === false) return true;
  return typeof r.status === 'string' && /^(fail|failed|failure|error|errored)$/i.test(r.status);
}

/** A field whose value says only that the request arrived ("status": 200, "message": "Success"). */
function isTransport(key: string, value: unknown): boolean {
  // {first: true, last: true, empty: false}: where a page sits, never an answer.
  if (typeof value === 'boolean' && PAGE_FLAGS.test(key)) return true;
  return TRANSPORT_KEYS.test(key) && (typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && TRANSPORT_VALUES.test(value.trim())));
}

/** [["O", "."], ["X"]]: "a grid of 2 rows (O .; X)", its rows' cells when they are few and plain. */
function gridWords(rows: unknown[][]): string {
  const head = `a grid of ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`;
  const plain = rows.length <= 5 && rows.every((r) => r.length <= 8 && r.every((c) => typeof c === 'string' || typeof c === 'number'));
  return plain ? `${head} (${rows.map((r) => r.join(' ')).join('; ')})` : head;
}

/** The key of the one object a result holds beside transport ({question: {…}, result_code: "SUCCESS"}). */
function loneWrapper(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(([k, v]) => !NOISE_FIELDS.test(k) && !LINK_GROUPS.test(k) && !isTransport(k, v) && !metaField(k, v));
  const only = entries.length === 1 ? entries[0] : undefined;
  return only && only[1] !== null && typeof only[1] === 'object' && !Array.isArray(only[1]) ? only[0] : undefined;
}

/** Keys that wrap the answer of an API's reply ({status, data: {…}}). */
const ENVELOPE = /^(data|payload|result|results|response|body)$/i;

function collect(value: unknown, path: string[], out: Collected, depth: number): void {
  if (out.leaves.length > 120 || depth > 6) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.leaves.push({ path, value });
  } else if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      // ["jazz", "blues"]: said together; ".", "" say nothing, nor {Dates: [44092.875]} (no moment a person can be told).
      // {languages: ["fr", "es"]}: codes said as names, as one code is ("French and Spanish").
      const one = singular((path[path.length - 1] ?? '').toLowerCase());
      const words = listWords34b([...new Set(value)].filter((v) => /[\p{L}\p{N}]/u.test(String(v))), (v) => typeof v !== 'number' || sayable({ path, value: v }), (v) => (typeof v === 'string' ? (sayDate(v) ?? sayCode(one, v)) : String(v))); // said whole (_strings34b-oae.ts)
      if (words.length > 0) out.leaves.push({ path, value: joinList(words), many: words.length > 1 });
      return;
    }
    // {board: [["O"], ["O", "."]]}: rows of a grid are one thing, never a list of records ("3 boards (value O, …)").
    if (value.every((v) => Array.isArray(v))) {
      if (path.length > 0) out.leaves.push({ path, value: gridWords(value as unknown[][]) });
      return;
    }
    if (path.length > 0) out.lists.push({ path, items: value });
    // One item stands for the list's details.
    collect(value[0], path, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    // MongoDB extended JSON ({"$numberInt": "3"}, {"$date": …} said as its day) is the value itself; {"$oid": …} is an internal id.
    if (entries.length === 1 && entries[0]?.[0].startsWith('$')) {
      if (entries[0][0] !== '$oid') collect(entries[0][0] === '$date' ? (mongoDay(entries[0][1]) ?? entries[0][1]) : entries[0][1], path, out, depth + 1);
      return;
    }
    // {amount: 846.17, currencyCode: "EUR"} is one amount: "846.17 EUR".
    const currency = entries.find(([k, v]) => CURRENCY_FIELDS.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v));
    const hasMoney = currency !== undefined && entries.some(([k, v]) => MONEY_FIELDS.test(k) && amount30(v));
    const hasList = entries.some(([, v]) => Array.isArray(v));
    // {min: 45.24, max: 96.98, currency: "SGD"} is one range: "45.24 to 96.98 SGD".
    const low = entries.find(([k, v]) => /^(min|minimum|low|from)$/i.test(k) && typeof v === 'number');
    const high = entries.find(([k, v]) => /^(max|maximum|high|to)$/i.test(k) && typeof v === 'number');
    if (low && high && path.length > 0 && entries.length <= 3) {
      const unit = entries.find(([k, v]) => CURRENCY_FIELDS.test(k) && typeof v === 'string');
      out.leaves.push({ path, value: `${low[1] as number} to ${high[1] as number}${unit ? ` ${unit[1] as string}` : ''}` });
      return;
    }
    // {line1: "12 Main St", line2: "Unit 4"}: one address, said as one.
    const lines = entries.filter(([k, v]) => /^(address_?)?line_?[1-4]$/i.test(k) && typeof v === 'string');
    if (lines.length > 1) {
      const text = lines.map(([, v]) => (v as string).trim()).filter((v) => v.length > 0).join(', ');
      if (text) out.leaves.push({ path: [...path, 'address'], value: text });
    }
    // {status: "active", request_id, data: {…}}: the envelope's own status is about the request, not the answer.
    const envelope = depth === 0 && entries.some(([k, v]) => ENVELOPE.test(k) && v !== null && typeof v === 'object');
    for (const [k, v] of entries) {
      if (NOISE_FIELDS.test(k) || LINK_GROUPS.test(k) || isTransport(k, v) || metaField(k, v)) continue;
      if (envelope && /^(status|state|message|msg)$/i.test(k) && typeof v !== 'object') continue;
      if (lines.length > 1 && lines.some(([l]) => l === k)) continue;
      // {total: 98, items: […]}: the count of a page, which the list says better.
      if (hasList && PAGE_COUNTS.test(k) && Number.isInteger(v) && !(hasMoney && MONEY_FIELDS.test(k))) continue;
      if (hasMoney && currency && k === currency[0]) continue;
      if (hasMoney && currency && MONEY_FIELDS.test(k) && amount30(v)) {
        out.leaves.push({ path: [...path, k], value: `${v} ${currency[1] as string}` });
        continue;
      }
      collect(v, [...path, k], out, depth + 1);
    }
  }
}

function collected(value: unknown): Collected {
  const out: Collected = { leaves: [], lists: [] };
  collect(value, [], out, 0);
  return idNamed31(out); // {checked_keys: [119]}: the names, never bare ids
}

/** The list a result is about, when it is one: a top-level array or the one array property of an object. */
function mainList(result: unknown, op?: RecordOperation): { items: unknown[]; name?: string } | undefined {
  if (Array.isArray(result)) return { items: result };
  if (result && typeof result === 'object') {
    const entries = Object.entries(result as Record<string, unknown>).filter(([k, v]) => !NOISE_FIELDS.test(k) && !LINK_GROUPS.test(k) && !isTransport(k, v) && !metaField(k, v));
    let arrays = entries.filter(([, v]) => Array.isArray(v));
    // {webcams: […], regions: […]} from /webcams/list: the list the operation is named for is the answer.
    if (arrays.length > 1 && op) arrays = arrays.filter(([k]) => namedByOperation(k, op));
    const scalars = entries.filter(([k, v]) => (v === null || typeof v !== 'object') && !PAGE_COUNTS.test(k));
    // An object that is mostly about itself ({price, cabinClass, segments: […]}) is described, not its list.
    if (arrays.length === 1 && scalars.length <= 3) {
      const [name, items] = arrays[0] as [string, unknown[]];
      return { items, name };
    }
  }
  return undefined;
}

/** Does the operation's path or name say this key's noun ("webcams" in /webcams/list/property)? */
function namedByOperation(key: string, op: RecordOperation): boolean {
  const words = pathWords([key]);
  const said = `${op.path} ${humanizeIdentifier(op.name ?? '')}`.toLowerCase();
  return words.length > 0 && words.every((w) => said.includes(w));
}

/** One field as a clause: "the status is rejected", "it was submitted on February 3, 2026 at 14:00 UTC". */
function clause(name: string, value: string | number | boolean, now = false): string {
  if (typeof value === 'boolean' || value === 'true' || value === 'false') return flagClause(name, value === true || value === 'true');
  // {total_tracks: 12}, {followers_count: 5}: "it has 12 tracks".
  // "the refund total" is an amount, not a count ("total" counts only after a plural); {unresolved_issue_count: 25}: "there are 25 unresolved issues".
  if (typeof value === 'string' && !now && /^(message|body|text|content|comment|note)$/.test(name) && /^\S+( \S+){3}/.test(value)) return `the ${name} reads “${value.replace(/[.!]+$/, '')}”`; // a sentence in a list of facts is quoted
  const several = typeof value === 'number' && Number.isInteger(value) && value >= 0 && !now ? /^([a-z]+) ([a-z]+) count$/.exec(name) : null;
  if (several && !/^(total|page|item|result|row|record|word|character|byte)$/.test(several[1] ?? '')) return value === 1 ? `there is 1 ${several[1]} ${several[2]}` : `there are ${value} ${several[1]} ${plural(several[2] ?? '')}`;
  const counted = /^(?:total|number of|number|num|count of) ([a-z ]+s)$|^([a-z]+) count$|^([a-z]+s) total$/i.exec(name);
  if (counted && typeof value === 'number' && Number.isInteger(value) && !now && (counted[3] === undefined || isPluralNoun(counted[3]))) {
    const noun = counted[1] ?? counted[3] ?? plural(counted[2] ?? '');
    return `it has ${value} ${value === 1 ? singular(noun) : noun}`;
  }
  // {in_stock: 293}: "293 are in stock"; {feels_like: 25.2}: "it feels like 25.2 degrees".
  if (typeof value === 'number' && !now && /^(?:in|on|out of) [a-z]+$/.test(name)) return `${value} ${value === 1 ? 'is' : 'are'} ${name}`;
  if (typeof value === 'number' && !now && /^feels like$/.test(name)) return `it feels like ${value} degrees`;
  const meant = meaningClause(name, value, typeof value === 'string' ? sayDate(value) : undefined, now); // "it was posted just now", never "the relative time is …"
  if (meant !== undefined) return meant ?? '';
  // {timestamp: 1688445029}: seconds (or milliseconds) since 1970, said as a date.
  if (typeof value === 'number' && /\b(timestamp|time|date|at|on)$/i.test(name) && ((value >= 1e9 && value < 2.2e9) || (value >= 1e12 && value < 2.2e12))) {
    value = new Date(value < 1e11 ? value * 1000 : value).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
  }
  if (typeof value === 'string') value = gluedState(name, value); // enum words ("partly_cloudy", "Public_Sector") are said as words
  if (typeof value === 'string') value = /^([a-z]+(_[a-z]+)+|[A-Z]+(_[A-Z]+)+|[A-Z][a-z]+(_[A-Z][a-z]+)+)$/.test(value) && !/(name|user|handle|login|slug|ID|key|code|symbol|email|path|file)\b/i.test(name) ? enumTail(name, value.replace(/_/g, ' ').toLowerCase()) : sayCode(name, value);
  // {stars: 3}, {followers: 57}: "it has 3 stars", not "the stars are 3".
  if (typeof value === 'number' && !now && countHad(name, value)) return countHad(name, value) as string;
  const date = typeof value === 'string' ? sayDate(value) : undefined;
  if (date) {
    // "submitted at", "created on", "starts at": a verb with its date; "datetime published", "date created": the verb after the date word.
    const timed = /^(.+?) (?:at|on|date|time)$/.exec(name) ?? /^(?:date|datetime|time) ([a-z]+ed|[a-z]{3,}es)$/.exec(name);
    const verb = (timed?.[1] ?? '').replace(ZONE_WORD, ''); // {task_utc_created_at}: the date says its zone ("… 02:30 UTC")
    const stamped = timed ? stampSaid(verb, now) : undefined; // "the task was created on …", never "the task created at is …"
    if (stamped) return `${stamped} on ${date}`;
    // "valid after", "active until": a state bounded by the date.
    const bounded = /^(valid|active|open|available|effective) (after|from|since|until|before|to|through)$/.exec(name);
    if (bounded) return `it is ${bounded[1]} ${/^(after|since)$/.test(bounded[2] ?? '') ? 'from' : /^(to|through|before)$/.test(bounded[2] ?? '') ? 'until' : bounded[2]} ${date}`;
    if (timed && PRESENT_VERB.test(verb)) return `it ${verb} on ${date}`;
    if (PRESENT_VERB.test(name)) return `it ${name} on ${date}`;
    return `the ${name} ${now ? 'is now' : 'is'} ${date}`;
  }
  // {eta_in_minutes: 284}: "the ETA is 284 minutes".
  const inUnit = /^(.+?) in (minutes|seconds|milliseconds|hours|days|weeks|months|years|kilometers|kilometres|km|miles|meters|metres|millimeters|centimeters|feet|kilograms|kg|pounds|grams|percent|kilometers per hour|miles per hour|hectopascals|kilobytes|megabytes|gigabytes|US dollars|euros|cents)$/i.exec(name);
  // {duration_ms: 1686230}: "28 minutes 6 seconds", never "1686230 milliseconds".
  const duration = inUnit && typeof value === 'number' ? spokenDuration(value, (inUnit[2] ?? '').toLowerCase()) : undefined;
  if (inUnit && duration) return `the ${inUnit[1]} ${now ? 'is now' : 'is'} ${duration}`;
  const inUnitOrRange = shareOrRange(name, value, now, inUnit);
  if (inUnitOrRange) return inUnitOrRange;
  // A temperature without a unit is said in degrees.
  const unit = typeof value === 'number' && /\btemp(?!o)/i.test(name) && !/\b(c|f|celsius|fahrenheit|kelvin)\b/i.test(name) ? ' degrees' : measureUnit30(name, value);
  // {question: "Who painted the Mona Lisa?"}: a question inside a sentence is quoted, never run on into it.
  const words = typeof value === 'string' && / /.test(value) && value.endsWith('?') ? `“${value}”` : said(value);
  return `the ${name} ${isPluralNoun(name) ? 'are' : 'is'}${now ? ' now' : ''} ${words}${unit}`;
}

/** The lower-case singular words of a field path, for matching what the user asked about (kept per key). */
const wordsOfKey = new Map<string, string[]>();
const keyWords = (key: string): string[] => wordsOfKey.get(key) ?? wordsOfKey.set(key, humanizeIdentifier(key).toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3).map(singular)).get(key)!;
function pathWords(path: string[]): string[] {
  // Mostly one key (asked for each field of each result): a copy of its kept words, without flatMap's work.
  return path.length === 1 ? keyWords(path[0] as string).slice() : path.flatMap(keyWords);
}

function wordsMatch(words: readonly string[], asked: ReadonlySet<string>): boolean {
  return words.some((w) => asked.has(w) && !/^(name|type|value|code|number)$/.test(w));
}

/** The items of a list as a person lists them: names, or two short fields of each ("section F35, row D4"). */
function itemLabel(item: unknown, op: RecordOperation | undefined, one = ''): string | undefined {
  const name = itemName(item) ?? domainName27(item); // [{domain: "rapidapi.co", tld}]: said by its domain
  if (name || item === null || typeof item !== 'object') return name;
  const { leaves } = collected(item);
  const plain = leaves.filter((l) => l.path.length <= 2 && sayable(l) && typeof l.value !== 'boolean');
  const words = plain.filter((l) => !ID_KEY.test(l.path[l.path.length - 1] ?? '') && !CRYPTIC.test(fieldName(l.path, op)) && !bareCode(l.path[l.path.length - 1] ?? '', l.value) && !coordinateList(l.path[l.path.length - 1] ?? '', l.value));
  // "status in_review": an enum word is said as words in a list too, as in a clause ("in review").
  const enumWords = (l: Leaf, v: string, w = /^[a-z]+(?:_[a-z]+)+$/.test(v) && !/(name|user|handle|login|slug|id|key|code|symbol|email|path|file)$/i.test(l.path[l.path.length - 1] ?? '') ? v.replace(/_/g, ' ') : enumConstantWords(v)): string => (w === v ? v : enumTail(l.path[l.path.length - 1] ?? '', w)); // free text keeps its words
  const value = (l: Leaf): string => (typeof l.value === 'string' ? (sayDate(l.value) ?? said(enumWords(l, l.value))) : said(l.value));
  const named = hoursLabel(plain) ?? namedLabel([...words, ...leaves.filter((l) => l.path.length <= 2 && !sayable(l) && quotable(l))], (l) => fieldName(l.path, op), one, value);
  if (named) return named;
  if (words.length > 0) return gistFields(words, (l) => l.path[l.path.length - 1] ?? '', words.length === 3 ? 3 : 2).map((l) => detailPhrase(fieldName(l.path, op).toLowerCase(), value(l), leaves)).join(', ') + missingMark27(item); // "XTS, rated 1"
  const id = plain[0];
  return id ? value(id) : undefined;
}

/** "3 seats (section F35, row D4; section C25, row B16; …)". */
function listClause(list: ListLeaf, op: RecordOperation | undefined, counted?: string): string {
  const last = list.path[list.path.length - 1] ?? 'items';
  const generic = /^(items|data|results|list|entries|records|response|responses|values|objects|elements|rows)$/i;
  // {points: 9, results: [9 items]}: the count beside a generic list names what its items are ("9 points").
  const owner = counted ?? (generic.test(last) && list.path.length > 1 ? (list.path[list.path.length - 2] as string) : last);
  const humanized = humanizeFor(owner, op);
  // "IPs" stays an acronym: lower-cased it reads as "ips" and is counted "3 ipses".
  const named = /^[A-Z]{2,}s?$/.test(humanized) ? humanized : humanized.toLowerCase();
  // {data: {items: […]}} from /albums/{id}/tracks: the items are what the operation lists ("3 tracks").
  const opNoun = generic.test(owner) && op ? listNoun(undefined, op) : 'results';
  const noun = generic.test(owner) ? (opNoun !== 'results' && !opNoun.includes(' ') ? opNoun : 'items') : named;
  const count = list.items.length;
  const one = singular(noun);
  const labels = list.items.slice(0, 3).map((item) => itemLabel(item, op, one.toLowerCase())).filter((l): l is string => !!l);
  const head = count === 1 ? `one ${countable(one)}` : `${count} ${isPluralNoun(noun) ? noun.replace(/(?<=criteri|phenomen)as$/, 'a') : plural(countable(one))}`;
  if (labels.length === 0) return `there ${count === 1 ? 'is' : 'are'} ${head}`;
  const sep = labels.some((l) => l.includes(',')) ? '; ' : ', ';
  return openDays(labels, () => list.items.map((item) => itemLabel(item, op, one.toLowerCase()))) ?? `there ${count === 1 ? 'is' : 'are'} ${head} (${labels.join(sep)}${count > 3 ? ' and more' : ''})`;
}

/**
 * The facts of one object, ranked: what the user asked about first, then what a person wants (names, status,
 * money, dates), ids last. After a change, the new id of what was made comes first and the values sent are said
 * as what changed; after a read, the values sent tell the user nothing new.
 */
function objectFacts(value: unknown, op: RecordOperation | undefined, echoes: ReadonlySet<string>, asked: ReadonlySet<string>, changes: boolean, listed: ReadonlySet<string> = new Set(), mentioned: readonly string[] = []): Fact[] {
  const { leaves, lists } = collected(value);
  const work = leaves.some((l) => WORK_MARK.test(l.path[l.path.length - 1] ?? '')); // a film or show
  const facts: Fact[] = [];
  const groups = new Map<string, Leaf[]>();
  const effect = changes ? effectOf(op) : 'read';
  // Only an update sets what was sent ("the name is now …"); a merge or a send does not make its inputs new.
  const setsSent = effect === 'update' || effect === 'create';
  // Only something made has a new id; an update's ids are the record's and its references.
  let madeId = !(effect === 'create' || effect === 'action');
  // {small: {width, url}, large: {width, url}}: the fields of one of the look-alike objects, never a mix of them.
  const parentOf = new Map<string, string>();
  // Count fields a list's clause already says ({points: 9} beside its 9 results).
  const dropped = new Set<string>();
  // {high: 57, low: 44, text: "Light rain"}: beside temperatures, a record's text is its weather condition.
  const nouns = opNouns(op);
  const hasClose = leaves.some((l) => /^close$/i.test(l.path[l.path.length - 1] ?? ''));
  const lone = loneWrapper(value);
  let byNoun: number | undefined;
  const weatherParents = new Set(leaves.filter((l) => TEMPERATURE_KEY.test(l.path[l.path.length - 1] ?? '')).map((l) => l.path.slice(0, -1).join('.')));
  leaves.forEach((leaf, n) => {
    const key = leaf.path[leaf.path.length - 1] ?? '';
    // A link is said when the user asked for links.
    const link = typeof leaf.value === 'string' && /^https?:\/\/\S+$/.test(leaf.value) && leaf.value.length <= 100 && wordsMatch(pathWords([key]), asked);
    // A description the user asked for is said even when it runs to a sentence or two.
    const askedText = typeof leaf.value === 'string' && leaf.value.length <= 200 && !/[{}[\]<>\n]/.test(leaf.value) && wordsMatch(pathWords([key]), asked);
    if (!sayable(leaf) && !link && !askedText) return;
    // {spf: {valid: false}} when the user asked to check the SPF: "the SPF is not valid" is the answer.
    const checked = checkedFlag(leaf, op, mentioned);
    if (checked) {
      facts.push({ text: checked, rank: -1, n, key: leaf.path.join('.') });
      return;
    }
    const parent = leaf.path.slice(0, -1).join('.');
    if (leaf.path.length > 1 && (parentOf.get(key) ?? parent) !== parent) return;
    if (leaf.path.length > 1) parentOf.set(key, parent);
    if ((/^(at|on|by|in|to|of)$/i.test(key) && leaf.path.length === 1) || SECRET.test(key) || SHADOW_FIELD.test(key) || ((internalToken28(key, leaf.value) || technicalField28(key, leaf.value, () => leaves.map((l) => l.path[l.path.length - 1] ?? '')) || signalWorkings30(key)) && !wordsMatch(pathWords([key]), asked))) return;
    const echo = echoes.has(String(leaf.value));
    const idLike = ID_KEY.test(key) && !(ZONE_ID.test(key) && mentioned.includes('zone')); // {tz_id: "Asia/Kuala_Lumpur"}: a zone's name, said when asked
    if (echo && (!setsSent || idLike || typeof leaf.value === 'boolean')) return;
    // {shippingAddress: {city, postalCode}} asked as "shipping address": said as one.
    const top = leaf.path[0] ?? '';
    if (leaf.path.length > 1 && wordsMatch(pathWords([top]), listed) && !lists.some((l) => l.path[0] === top)) {
      groups.set(top, [...(groups.get(top) ?? []), leaf]);
      return;
    }
    let name = /^(text|phrase|icon_?phrase)$/i.test(key) && weatherParents.has(parent) ? 'condition' : fieldName(leaf.path, op);
    // {balances: {total: 1147.87, currency: "GBP"}}: an amount, not "the number of balances".
    if (name.startsWith('number of ') && typeof leaf.value === 'string') name = `total ${singular(name.slice('number of '.length))}`;
    name = codesThatAreWords(name, leaf.value) ?? name;
    if (ZONE_ID.test(key)) name = 'time zone'; // "the time zone is Europe/London", never "the time zone ID is …"
    name = unitName31(valuedName(priceName(name, leaf.value, hasClose), leaf.value), key, leaf.value, leaves);
    // {rc: [423, 442]}: a short name with no vowel says nothing to a person; no noun can be made of it.
    if (CRYPTIC.test(name) || bareCode(key, leaf.value) || coordinateList(key, leaf.value) || ownNounNumber(name, leaf.value, op) || (placementNumber31(leaf, leaves) && !wordsMatch(pathWords([key]), asked))) return; // {well: 342} of /wells/…: a key
    // The first item of a list inside the object is said by the list's own clause.
    if (lists.some((l) => l.path.length <= leaf.path.length && l.path.every((p, i) => leaf.path[i] === p))) return;
    const askedFor = wordsMatch(pathWords(leaf.path.slice(-1)), asked);
    let rank: number;
    if (askedFor) rank = -1;
    // A field the user's words name ("the ranking of …" → rank) is what they came for.
    else if (!idLike && pathWords([key]).length === 1 && !(op?.path ?? '').toLowerCase().includes(pathWords([key])[0] ?? '') && mentionedIn(pathWords([key]), mentioned)) rank = 0.2;
    // A bare "id" of what was read is bookkeeping: said only when there is nothing else.
    // "monthly listeners" asked for → {monthlyListeners}: every word of the field was said.
    else if (!idLike && (askedByWords(pathWords([key]), mentioned) || (pathWords([key]).length === 1 && askedByWords(name.toLowerCase().split(' '), mentioned)))) rank = 0.2; // {localtime}: "local time" asked
    // What the operation is named for ("get order fees" → the amounts; "get question" → its text).
    // Only a field of the record itself ({sentiment: {article: "positive"}} is the article's sentiment, no article).
    else if (!idLike && (leaf.path.length === 1 || /^(text|value|amount|body|content)$/i.test(key) || (leaf.path.length === 2 && leaf.path[0] === lone)) && (byNoun = nounRank(pathWords(/^(text|value|amount|body|content)$/i.test(key) ? leaf.path.slice(-2) : [key]), key, leaf.value, leaf.many === true, nouns)) !== undefined) rank = byNoun;
    else if (!changes && leaf.path.length === 1 && /^id$/i.test(key)) rank = 4;
    else if (/^(condition|weather|summary)$/i.test(name)) rank = 0.5;
    // "the latest date is …" names no event: said only when little else is.
    else if (unnamedDate(name) || bookkeepingTime27(key, op?.path)) rank = 3.5; // a ministry's {timestamp}: when it was written
    // What the record is (its name, title) comes before its status; a status alone says little about a product.
    else if (LABEL_FIELDS.test(key) && leaf.path.length === 1) rank = 0.3;
    else if (/^(status|state)$/i.test(name)) rank = 1.2;
    else if (/^(city|country|region|state)$/i.test(name)) rank = 1.6;
    else if (typeof leaf.value === 'boolean' || epochNumber(key, leaf.value)) rank = 4;
    else if (changes && leaf.path.length === 1 && idLike && !echo && !madeId) {
      // The first id of a change is what was made (the order, the hold); other ids are references.
      madeId = true;
      rank = 0;
    }
    else if (echo) rank = 2.8;
    // {accountHolder: {description}}: another object's words come after the record's own.
    else if (ownedBy(name, key)) rank = 2.5;
    // {type: "episode"} of a chapter, {type: "admin"} of a message: a class word the item's own fields say better.
    else if (/^(type|kind)$/.test(name.toLowerCase())) rank = 2.7;
    else if (PREFERRED_FIELDS.test(name.toLowerCase()) || (work && WORK_FIELDS.test(name.toLowerCase())) || /\b(temperature|condition(?! name)|precipitation|price|expires)\b/i.test(name)) rank = 1;
    else if (idLike) rank = 3;
    // {point: "10.729057,54.006057"}: a pair of coordinates is as minor as {lat, lon}.
    else rank = minorCoordinate(key, op) || (typeof leaf.value === 'string' && COORDINATE_PAIR.test(leaf.value) && minorCoordinate('lat', op)) ? 2.9 : 2;
    const text = clause(oneListed34(name, leaf.many) ? oneListedName34(name) : name, withScale(leaf.value, name, op), echo && effect === 'update' && !identifiesRecord27(op, key)); if (text !== '') facts.push({ text, rank, n, key: name }); // '': left out
  });
  for (const [top, group] of groups) {
    const parts = group.filter((l) => typeof l.value !== 'boolean' && !ID_KEY.test(l.path[l.path.length - 1] ?? '')).slice(0, 5).map((l) => said(l.value));
    if (parts.length > 0) facts.push({ text: `the ${humanizeFor(top, op).toLowerCase()} is ${parts.join(', ')}`, rank: -1, n: leaves.indexOf(group[0] as Leaf), key: top });
  }
  lists.forEach((list, n) => {
    // The list the operation is named for ({sectorPerformance: {sectors: […]}} from /sectors) is the answer.
    const askedFor = wordsMatch(pathWords(list.path), asked) || (op !== undefined && !changes && namedByOperation(list.path[list.path.length - 1] ?? '', op));
    // A list inside a detail ({album: {artists: […]}}) is said only when asked about.
    // {question: {text, options: […]}}: a lone wrapper's own lists are the record's.
    const depth = list.path.length - (lone !== undefined && list.path[0] === lone ? 1 : 0);
    if (depth > (askedFor ? 2 : 1) && !/^(items|data|results)$/i.test(list.path[list.path.length - 1] ?? '')) return;
    const rank = askedFor ? -1 : changes ? 0.5 : 1.5;
    const counter = countBeside(leaves, list);
    const text = listClause(list, op, counter);
    // "there are 9 points (…)" says the count: "it has 9 points" would say it again.
    if (counter !== undefined) dropped.add(counter);
    facts.push({ text, rank, n: leaves.findIndex((l) => l.path[0] === list.path[0]), key: text.replace(/ \(.*$/, '') });
  });
  return countOnce(sharesOfList(pageOfTotal(firstTwoByNoun(weatherWords29(facts.filter((f, i) => facts.findIndex((g) => g.key === f.key) === i && !(dropped.has(f.key) && f.text.startsWith('it has '))), leaves, weatherParents)))));
}

const FLAG_ADJECTIVE = /^([a-z]+(ed|ble|ive|id|al)|open|live|online|public|private|up|down)$/;

/** A yes/no field of something the user named ("check the SPF" → {spf: {valid: false}}): "the SPF is not valid". */
function checkedFlag(leaf: Leaf, op: RecordOperation | undefined, mentioned: readonly string[]): string | undefined {
  if (typeof leaf.value !== 'boolean' || leaf.path.length < 2) return undefined;
  const owner = leaf.path[leaf.path.length - 2] ?? '';
  const ownerWords = pathWords([owner]);
  if (ownerWords.length === 0 || GENERIC_OWNER.test(owner) || !ownerWords.every((w) => mentioned.includes(w))) return undefined; // {results: [{verified}]}: a list's wrapper is no thing checked
  const adjective = humanizeIdentifier(leaf.path[leaf.path.length - 1] ?? '').toLowerCase();
  if (!FLAG_ADJECTIVE.test(adjective)) return undefined;
  const acronym = mentioned.find((m) => m !== m.toLowerCase() && m.toLowerCase() === owner.toLowerCase());
  return `the ${acronym ?? humanizeFor(owner, op)} is ${leaf.value ? '' : 'not '}${adjective}`;
}

/** What the user asked for that the result does not have: "It doesn't include the description or variants." */
function missingFields(value: unknown, askedText: string): string {
  const wanted = askedFields(askedText);
  if (wanted.length < 2) return '';
  const { leaves, lists } = collected(value);
  const have = new Set([...leaves.map((l) => l.path), ...lists.map((l) => l.path)].flatMap(pathWords));
  const missing = wanted.filter((noun) => {
    const words = noun.split(' ').filter((w) => w.length >= 3 && !/^(level|state|range|details?|info)$/.test(w)).map(singular);
    return words.length > 0 && !words.some((w) => have.has(w) || (FIELD_SYNONYMS[w] ?? []).some((s) => have.has(s)) || [...have].some((h) => h.startsWith(w) || w.startsWith(h)));
  });
  if (missing.length === 0) return '';
  return ` The result doesn't include the ${joinList(missing, 'or')}.`;
}

/** How a call came out: failed by its own account, empty, or ok. */
export function outcomeOf(result: unknown): Outcome {
  if (resultFailed(result)) return 'failed';
  const list = listOf(result); // a record made or read with an empty list in it ({name, created_at, ips: []}) is no empty answer
  return list && list.items.length === 0 && !namedRecord32(result) ? 'empty' : 'ok';
}

export function listOf(result: unknown, op?: RecordOperation): { items: unknown[]; name?: string } | undefined {
  let list = mainList(result, op);
  // A wrapper ({data: {events: […]}}) is looked through.
  if (!list && result && typeof result === 'object' && !Array.isArray(result)) {
    const entries = Object.entries(result as Record<string, unknown>).filter(([k, v]) => !NOISE_FIELDS.test(k) && !LINK_GROUPS.test(k) && !isTransport(k, v) && !metaField(k, v) && !countBeside30(k, v));
    const [key, inner] = entries.length === 1 ? (entries[0] as [string, unknown]) : ['', undefined];
    if (inner && typeof inner === 'object') list = mainList(inner, op);
    // {question: {text, options: […]}} from get_question: the question is the answer, its options a part of it.
    if (list?.name && op && !Array.isArray(inner) && namedByOperation(key, op) && !namedByOperation(list.name, op)) list = undefined;
  }
  return list;
}

/** Whether the operation changes something (by the loader's effect rule: a POST quote or search is a read). */
export function changesSomething(op: RecordOperation | undefined): boolean {
  return op !== undefined && effectOf(op) !== 'read';
}

/** The opening words of a response: fits the outcome and whether the call changed something. */
export function responseIntro(outcome: Outcome, op: RecordOperation | undefined, rng: Rng): string {
  if (outcome === 'failed') return rng.pick(P.RESPONSE_INTRO_FAILED);
  if (outcome === 'empty') return rng.pick(P.RESPONSE_INTRO_EMPTY);
  return rng.pick(changesSomething(op) || actedOn30(op) ? P.RESPONSE_INTRO_DONE : P.RESPONSE_INTRO);
}

/** An object with fields of its own beside any list ({holdId, totalPrice, seats: […]}). */
function hasOwnScalars(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  return Object.entries(result as Record<string, unknown>).some(([k, v]) => v !== null && typeof v !== 'object' && !NOISE_FIELDS.test(k) && !isTransport(k, v));
}

/** "There are 483 orders in all; these are the first 3.": a page is not the whole list. */
function totalNote(result: unknown, list: { items: unknown[]; name?: string }, operation: RecordOperation | undefined): string {
  const total = list.items.length > 0 ? listTotal(result, list.items.length, list.name) : undefined;
  if (total === undefined) return '';
  const noun = listNoun(list.name, operation);
  return ` There are ${total} ${noun === 'results' ? 'in all' : `${noun} in all`}; ${list.items.length === 1 ? 'this is the first' : `these are the first ${list.items.length}`}.`;
}

/** Tool results in words: how many items and what they are, or the facts of one object. */
export function summarizeResult(result: unknown, operation: RecordOperation | undefined, echoes: ReadonlySet<string>, rng: Rng, asked = '', sent: Readonly<Record<string, unknown>> = {}): string {
  const blob = blobSummary(result, `${asked} ${operation ? intentPhrase(operation) : ''}`);
  if (blob) return blob; const chart = chartSummary22(result) ?? verseSummary24(result) ?? groupSummary24(result) ?? rankSummary25(result, sent) ?? spanSummary26(result) ?? fileSummary35(result, operation, sent, rng); if (chart) return chart; // a chart's prices, verses by reference, families with their models
  if (onlyAcknowledges(result)) return operation ? rng.pick(P.RESULT_ACKNOWLEDGED_WHAT)(lowerFirst(intentPhrase(operation))) : rng.pick(P.RESULT_ACKNOWLEDGED);
  const changes = changesSomething(operation);
  // Fields the user listed ("its lines, totals and status"); loose words ("tracks stuff") would pick the wrong ones.
  const wanted = withTextAsked(new Set([...askedFields(asked).flatMap((f) => f.split(' ')).filter((w) => w.length >= 3), ...(changes ? [] : describedFields26(operation))].map(singular)), asked);
  // "image links", "the download URL": links are what the user wants to hear.
  if (/\b(links?|urls?|uris?)\b/i.test(asked)) for (const w of ['url', 'uri', 'link', 'href']) wanted.add(w);
  // After a change, what was made (its id, price, expiry) matters more than the list inside it (the seats held).
  const list = changes && hasOwnScalars(result) ? undefined : listOf(result, operation);
  const grouped = list && !changes ? groupedList(result, list.items) : undefined;
  if (list && grouped) return firstOfMore(result, `${upperFirst(rng.pick(P.FOUND_MANY)(list.items.length, itemsNoun(list, operation)))}. ${grouped}.${totalNote(result, list, operation)}`, list.items.length);
  if (list) {
    const said = summarizeList(list, operation, echoes, wanted, rng, userWords(asked), asked);
    // Items with nothing to tell but a count ({data: [{lat, lng, rc}]}): the result's own fields say the rest.
    const own = said.endsWith(`${listNoun(list.name, operation)}.`) && result !== null && typeof result === 'object' && !Array.isArray(result) ? pickFacts(objectFacts(result, operation, echoes, wanted, changes).filter((f) => !f.text.startsWith('there ') && !pageCount28(f)), 2) : [];
    // A page of a larger total says so itself; else a list shorter than the cap the user gave is said to be short.
    const total = totalNote(result, list, operation);
    return firstOfMore(result, said + (own.length > 0 ? ` ${upperFirst(joinList(own))}.` : '') + (total || belowCap(list.items.length, sent, asked)) + missingFields(list.items[0], asked), list.items.length);
  }
  if (result !== null && typeof result === 'object') {
    const ww = changes ? undefined : whenWhere24(result, operation); // an event's details say when and where first
    const facts = pickFacts(objectFacts(result, operation, echoes, wanted, changes, wanted, userWords(asked)).filter((f) => !ww || !saidByLead24(f.text, ww.said)), 4);
    // The list asked for came back empty ({total_reviews: 304, reviews: []}): that is said first.
    const none = changes || !operation ? undefined : emptyNamedList(result, (k) => namedByOperation(k, operation));
    if (none !== undefined) return rng.pick(P.RESULT_NONE)(listNoun(none, operation)) + (facts.length > 0 ? ` ${saidFacts35(rng, P.RESULT_FIELDS, facts)}` : '');
    const outcome = changes ? undefined : checkOutcome(result, operation, (k) => humanizeFor(k, operation));
    if (outcome) return [outcome, ...facts.filter((f) => !/\b(valid|available|verified|exists?|reachable|deliverable|ok|up|healthy|pong|running|operational|online)\b/i.test(f)).slice(0, 2).map((f) => rng.pick(P.RESULT_FIELDS)(f))].join(' ');
    // "Is today a public holiday": a yes/no question that answered with a record, not a flag, answered yes first.
    const yes = changes ? undefined : yesAnswered(result, operation);
    if (yes) {
      // {countryCode: "DK", name: "Denmark"} of the country the user picked is not news: "Yes, for Denmark, …".
      const told = facts.filter((f) => !asked.toLowerCase().includes((/ (?:is|are) (.+)$/.exec(f)?.[1] ?? f).toLowerCase()));
      const name = /^the (?:name|title) is (.+)$/.exec(told[0] ?? '')?.[1];
      const picked = told.length === 0 ? /^the (?:name|title) is (.+)$/.exec(facts[0] ?? '')?.[1] : undefined;
      if (picked) return `Yes, for ${picked}, ${yes}.`;
      return name ? `Yes, ${yes}: ${joinList([name, ...told.slice(1, 3)])}.` : `Yes, ${yes}.${told.length > 0 ? ` ${upperFirst(joinList(told.slice(0, 3)))}.` : ''}`;
    }
    if (facts.length > 0 || ww) return createdReply28(operation, facts, changes) ?? (ww?.lead ?? '') + (facts.length > 0 ? saidFacts35(rng, P.RESULT_FIELDS, facts) : '').trimEnd() + missingFields(result, asked);
    return nothingBack(result, operation, changes, rng);
  }
  if (typeof result === 'string' && result.length <= 80 && /[\p{L}\p{N}]/u.test(result) && !/[{}[\]]/.test(result)) return `The answer is ${sayDate(result) ?? result.replace(/(?<=\w)[.!]+$/, '')}.`;
  if (typeof result === 'number' || typeof result === 'boolean') return `The answer is ${said(result)}.`;
  return '';
}

const ONLY_ID = /^the (?:[a-z]+ )*ID is \S+$/;

function summarizeList(given: { items: unknown[]; name?: string }, operation: RecordOperation | undefined, echoes: ReadonlySet<string>, wanted: ReadonlySet<string>, rng: Rng, mentioned: readonly string[], userText = ''): string {
  const noun = itemsNoun(given, operation);
  const one = singular(noun);
  // [{added_at, track: {name, album}}] from saved tracks: each item is the track it wraps, said by its own name.
  const list = { ...given, items: unwrappedItems(given.items, one) };
  if (list.items.length === 0) return rng.pick(P.RESULT_NONE)(noun);
  if (list.items.every((item) => item === null || typeof item !== 'object')) {
    const items = list.items.slice(0, 5).map((item) => (typeof item === 'string' ? (sayDate(item) ?? said(item)) : item === null || item === undefined ? 'nothing' : said(item as number | boolean)));
    // {artists: ["Alok"]}: "The artist is Alok", named by what the list holds; "the answer" only for a nameless list.
    // ["on sale"] from a store status list: "The store status is on sale", named by the operation's noun too.
    const named = noun !== 'results' && /^[a-z ]+$/.test(noun) && list.items.every((item) => typeof item === 'string');
    const more = list.items.length > 5 ? `, and ${list.items.length - 5} more` : '';
    // ["NWS-16834", …]: codes alone tell a person nothing; the response says so rather than reading them out.
    if (onlyCodes(list.items)) return codesOnly(list.items.length, noun, rng);
    // {cuisineCodes: ["indian", "thai"]}: codes that are words are named by what they are ("the cuisines").
    const what = named ? codesThatAreWords(noun, joinList(items)) : undefined;
    if (what) return `The ${list.items.length === 1 ? `${singular(what)} is` : `${what} are`} ${joinList(items)}${more}.`;
    if (named) return `The ${list.items.length === 1 ? `${one} is` : `${noun} are`} ${joinList(items)}${more}.`;
    // ["on sale"] from a list nothing names: entries of a list, never "the answer" to a question no one asked.
    if (list.items.every((item) => typeof item === 'string')) return `It returned ${list.items.length === 1 ? 'one entry' : `${list.items.length} entries`}: ${joinList(items)}${more}.`;
    return `The ${/(^|_|[a-z])(ids|Ids|IDs)$/.test(given.name ?? '') && /^[a-z ]+$/i.test(one) ? `${one.replace(/ ids?$/i, '')} ${list.items.length === 1 ? 'ID is' : 'IDs are'}` : list.items.length === 1 ? 'answer is' : 'answers are'} ${joinList(items)}${more}.`; // {request_ids: [754950]}: the request IDs
  }
  // "I found 3 artists … the type is artist" says nothing: the noun already did.
  const known = new Set([...echoes, one, noun]);
  const count = list.items.length === 1 ? rng.pick(P.FOUND_ONE)(one) : rng.pick(P.FOUND_MANY)(list.items.length, noun);
  // Names are said only when they are names (not the noun again); the details told are the first item's, so they
  // are introduced by its name only when the first item has one.
  // A short list is named whole (up to 5, or up to 25 bare names); a longer one by its first 3.
  const shown = parentTagged30(list.items, nounTagged(list.items.slice(0, shownCount30(list.items)), one, known));
  const named = shown.filter((l): l is string => !!l && l !== one && l !== noun);
  // Editions of one work share its title: names that do not tell the items apart are not listed ("A, A and A").
  const labels = new Set(named).size === named.length ? named : [];
  const firstName = shown[0] && labels.includes(shown[0]) ? shown[0] : undefined;
  // "For Air Quality Alert in effect for the area, the event is Air Quality Alert": what its name already says is not said again.
  const inName = (f: Fact): boolean => !!firstName && / is ([^,]{4,})$/.test(f.text) && firstName.startsWith(/ is ([^,]{4,})$/.exec(f.text)?.[1] ?? '\u0000');
  const facts = pickFacts(objectFacts(list.items[0], operation, known, wanted, false, new Set(), mentioned).filter((f) => !labels.some((l) => f.text.endsWith(` ${l}`) || f.text.includes(`“${l.replace(/[.!]+$/, '')}”`)) && !inName(f)), 3); // a label quoted again is said twice
  // "3 results: Podcasts, … About Podcasts: the ID is MP8N…": an opaque id alone tells nothing the names did not.
  const about = labels.length >= 2 && !wanted.has('id') && facts.every((f) => ONLY_ID.test(f)) ? '' : joinList(facts);
  // "3 albums: A and B" would say two of three are all: fewer names than items are "including" names.
  const all = labels.length === list.items.length;
  if (labels.length >= 2) {
    const names = joinList(askedOfEach(list.items, labels, (key) => wordsMatch(pathWords([key]), wanted) || keyMentioned(key, mentioned, one)));
    if (!firstName) {
      // The first item has no name: the details told are those of the first named one, introduced by its name, never
      // "including Chapter 7 and Chapter 13. The first one: … the chapter number is 17" (a third, unnamed item).
      const at = shown.findIndex((l) => l !== undefined && labels.includes(l));
      const label = shown[at] as string;
      const its = joinList(pickFacts(objectFacts(list.items[at], operation, known, wanted, false, new Set(), mentioned).filter((f) => !labels.some((l) => f.text.endsWith(` ${l}`))), 3));
      return `${upperFirst(count)}, including ${names}.${its ? ` About ${label}: ${its}.` : ''}`;
    }
    if (!labelsLeadList(shown, labels)) return `${upperFirst(count)}, including ${names}.${about ? ` For ${firstName}, ${about}.` : ''}`;
    return namedList25(rng.pick(all ? P.RESULT_LIST_NAMED : P.RESULT_LIST_SOME), count, names, firstName, names === joinList(labels) ? about : '', facts, list.items, (item) => objectFacts(item, operation, known, wanted, false, new Set(), mentioned).map((f) => f.text), all && names === joinList(labels), userText); // shared details said for all, never what the user gave
  }
  if (labels.length === 1 && firstName && list.items.length === 1) return `${upperFirst(count)}: ${firstName}.${about ? ` ${upperFirst(ownedFacts(about, one))}.` : ''}`;
  if (labels.length === 1 && firstName) return rng.pick(P.RESULT_LIST_LABELLED)(count, firstName, about ? upperFirst(ownedFacts(about, one)) : '');
  // A short list is said whole, each item by what tells it apart; "For the first one, …" only when they read alike.
  return listReply24(rng, count, list.items, about ? facts : [], (item, max) => markedFacts(objectFacts(item, operation, known, wanted, false, new Set(), mentioned), max));
}

/**
 * A result with nothing beyond what the call was given ({id, found: true}): after a change, what was set is what
 * changed; after a read, the user hears that the thing exists and that nothing else came back, never "found is yes".
 */
function nothingBack(result: unknown, operation: RecordOperation | undefined, changes: boolean, rng: Rng): string {
  const { leaves } = collected(result);
  const sent = leaves.filter((l) => sayable(l) && typeof l.value !== 'boolean');
  const words = sent.filter((l) => !ID_KEY.test(l.path[l.path.length - 1] ?? ''));
  if (changes) {
    if (words.length > 0) return saidFacts35(rng, P.RESULT_FIELDS, words.slice(0, 3).map((l) => clause(fieldName(l.path, operation), withScale(l.value, fieldName(l.path, operation), operation), effectOf(operation) === 'update')).filter((t) => t !== ''));
    return operation ? rng.pick(P.RESULT_ACKNOWLEDGED_WHAT)(lowerFirst(intentPhrase(operation))) : rng.pick(P.RESULT_ACKNOWLEDGED);
  }
  const first = sent[0];
  const what = first ? `${fieldName(first.path, operation)} ${said(first.value)}` : 'it';
  return rng.pick(P.RESULT_ONLY_EXISTS)(what);
}
