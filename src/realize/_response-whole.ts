/**
 * A short list said whole (`_response.ts`): each item by the one or two facts that tell it apart ("from February 17
 * to February 20, 2016"), never "Taking the first, …" for a list the user asked for whole (QUALITY.md F); opening
 * hours said as "Monday 06:30–16:00", never as fields ("day mon, opens 06:30"); codes alone said as codes alone.
 */
import { idLedParts34b } from './_id-stamps34b-oae.ts';
import { tellApart24 } from './_tell-apart24.ts';
import { atMoment, itemMoments, sharedName } from './_list-speech20.ts';
import type { RecordOperation } from '../plan/types.ts';
import { effectOf } from './_effect.ts';
import type { Rng } from '../random/index.ts';
import { isKnownWord } from '../text/index.ts';
import { shortQuote } from './_response-items.ts';
import * as P from './_phrases.ts';
import { intentPhrase, joinList, plural, singular } from './words.ts';
import { sayDate } from './_say.ts';
import { healthOutcome } from './_response-health.ts';
import { itemYears } from './_item-years22.ts';
import { offerParts34 } from './_offers-speech34.ts';

const TEXT_KEY = /^(text|words|line|lyrics?|content|body|sentence|quote|message|comment|review|review_?text)$/i;
const AUTHOR_KEY = /^(author|author_?name|reviewer|reviewer_?name|user_?name|username)$/i;

/** {startMs: 283, words: "And the night goes on"}: the item's words, quoted, when words are what it is. */
function spokenText(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const entries = Object.entries(item as Record<string, unknown>);
  const text = entries.find(([k, v]) => TEXT_KEY.test(k) && typeof v === 'string' && /\S+ \S+ \S+/.test(v) && v.length <= 400 && !/[\n{}<>]/.test(v) && shortQuote(v) !== undefined);
  if (!text) return undefined;
  // A review's author says whose words they are: “Works well, though it took a while to set up” by Ayana Rolfson.
  const author = entries.find(([k, v]) => AUTHOR_KEY.test(k) && typeof v === 'string' && v.length <= 40)?.[1] as string | undefined;
  return `“${(shortQuote(text[1] as string) as string).replace(/[.!]+$/, '')}”${author ? ` by ${author}` : ''}`;
}

/** "the price is 273.24 EUR": an amount of money, said with its currency. */
const MONEY_FACT = / is -?\d[\d,]*(?:\.\d+)? [A-Z]{3}$/;
/** "the last is 54", "the close is 253.64": a market price, said first for a list of prices or contracts. */
const PRICE_FACT = /^the (?:price|last|last price|close|closing price|settle|settlement price|rate) is -?\d/;
const OWN_WORDS = /^the (?:description|title|name|subject|summary|text|label|headline) is /;
const START_FACT = /^the (?:start|begin|from|start date|begin date|from date|starts|starts at|start time) is (.+)$/;
const END_FACT = /^the (?:end|to|end date|to date|until|ends|ends at|end time) is (.+)$/;

/** "monthly listeners" of "the monthly listeners are 107.15": the field a fact says. */
const TUPLE_KEYS = [/^(?:user|subject)$/, /^relation$/, /^object$/];

function factKey(fact: string): string {
  return /^the (.+?) (?:is|are) /.exec(fact)?.[1] ?? fact;
}

/** The (at most two) fields that describe every item alike: best weight first, then held by the most items. */
function commonKeys(facts: readonly string[][], weight: (f: string) => number): string[] {
  const stats = new Map<string, { weight: number; count: number; first: number }>();
  let order = 0;
  for (const item of facts) {
    for (const f of item) {
      const key = factKey(f);
      if (key === f) continue;
      const seen = stats.get(key);
      if (seen) {
        seen.count++;
        seen.weight = Math.min(seen.weight, weight(f));
      } else stats.set(key, { weight: weight(f), count: 1, first: order++ });
    }
  }
  return [...stats.entries()]
    // An id is said only when nothing else tells the items apart.
    .filter(([, s]) => s.count * 2 >= facts.length && s.weight < 4)
    .sort(([, a], [, b]) => a.weight - b.weight || b.count - a.count || a.first - b.first)
    .slice(0, 2)
    .map(([k]) => k);
}

/** Fields that class an item rather than name it ("the type is movie", a forecast's "Mist"). */
// An error message (`last_error`) describes an item's state and keywords or tags what it is about; neither names it (wave 30).
const CLASS_KEY = /(^|_|[a-z])(type|Type|kind|Kind|status|Status|condition|Condition|weather|Weather|state|State|category|Category|currency|Currency|unit|Unit|language|Language|format|Format|mode|Mode|level|Level|gender|Gender|color|Colou?r|code|Code|id|Id|ID|url|Url|URL|date|Date|time|Time|country|Country|region|Region|city|City|location|Location|address|Address|from|From|origin|Origin|destination|Destination|error|Error|errors|Errors|keywords|Keywords|tags|Tags)$|^(description|summary|text|body|message|comment|note|notes|content|details)$/i;
/** "ITM-22280", "E5": a code, not a name a person calls the item by. */
const CODE_LIKE = /^[A-Z]{1,5}-?\d+$|\.$/;
const NAME_LIKE = /^\p{Lu}[\p{L}\p{N} '&.,-]{1,39}$/u;

/**
 * [{artist: "The Weeknd", monthlyListeners: 107.15}, …]: the field that names each item (a capitalized word that is
 * different in every item: an artist, a book name, a car model), so every item is introduced by its name.
 */
function itemLabels(items: readonly unknown[]): string[] | undefined {
  const first = items[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return undefined;
  for (const [key, value] of Object.entries(first)) {
    if (typeof value !== 'string' || CLASS_KEY.test(key) || !NAME_LIKE.test(value) || CODE_LIKE.test(value) || /\d{4}-\d{2}/.test(value)) continue;
    const labels = items.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
    if (labels.every((l): l is string => typeof l === 'string' && NAME_LIKE.test(l) && !CODE_LIKE.test(l)) && new Set(labels).size === labels.length) return labels;
  }
  return undefined;
}

/** A fact as one item of several says it: "4 days", not "it has 4 days"; a date at midnight UTC is a day. */
function inList(fact: string): string {
  return fact.replace(/^it has /, '').replace(/ at 00:00 UTC\b/g, '');
}

const DAY_DATE = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/;
/** "February 17–20, 2016" within one month, "from February 17 to March 2, 2016" within a year, else both years. */
function spanOf(from: string, to: string): string {
  const a = DAY_DATE.exec(from);
  const b = DAY_DATE.exec(to);
  if (a && b && a[1] === b[1] && a[3] === b[3] && Number(a[2]) < Number(b[2])) return `${a[1]} ${a[2]}–${b[2]}, ${a[3]}`;
  // Two months of one year name the year once: "from April 29 to May 1, 2000" (wave 34).
  if (a && b && a[1] !== b[1] && a[3] === b[3]) return `from ${a[1]} ${a[2]} to ${b[1]} ${b[2]}, ${a[3]}`;
  return `from ${from} to ${to}`;
}

/** "the start date is A" and "the end date is B" as "from A to B"; other facts as they are. */
function rangeFacts(facts: string[]): string[] {
  const start = facts.findIndex((f) => START_FACT.test(f));
  const end = facts.findIndex((f) => END_FACT.test(f));
  if (start < 0 || end < 0) return facts;
  const range = spanOf(START_FACT.exec(facts[start] as string)?.[1] ?? '', END_FACT.exec(facts[end] as string)?.[1] ?? '');
  return [range, ...facts.filter((_f, i) => i !== start && i !== end)];
}

/** What all results of one model share and no year changes: their make and model, said once by the question. */
const SAME_CAR = /^the (?:make|model|make name|model name|manufacturer) is /;

type Marked = { text: string; asked: boolean; lead: boolean; kind: boolean }[];

/** Each item's words for `wholeList`: its kind, then the fields that describe every item alike, after its name when it has one. */
function partsOf(marked: readonly Marked[], kinds: ReadonlySet<string>, asked: ReadonlySet<string>, leads: ReadonlySet<string>, labels: readonly string[] | undefined, items?: readonly unknown[]): { parts: string[]; shared: ReadonlySet<string> } {
  // A label said before the item is not said again among its facts ("the book name is Frankenstein").
  const facts = marked.map((m, i) => rangeFacts(m.map((f) => inList(f.text))).filter((f) => labels === undefined || !f.endsWith(` is ${labels[i]}`)));
  // "the type is admin" in every item tells none apart: only what differs is said.
  const shared = new Set(facts[0]?.filter((f) => facts.every((g) => g.includes(f))));
  // What the user's words asked for ("monthly listeners") comes first, then the item's own words ("the description
  // is Card payment") before another object's inside it, then what it costs (the point of listing offers) or a
  // weather condition, ids last.
  const weight = (f: string): number => (asked.has(f) ? 0 : OWN_WORDS.test(f) ? 1 : MONEY_FACT.test(f) || PRICE_FACT.test(f) || leads.has(f) ? 2 : / ID is /.test(f) ? 4 : 3);
  // A series ({date, close, volume} per day): each item is said with its date, else the numbers mean nothing; the
  // date leads the item, so it is no fact among the two chosen. Items with a name are told apart by it already.
  const dated = items && !labels ? itemMoments(items, (v) => sayDate(v)?.replace(/ at 00:00 UTC\b/, '')) : undefined; // a day, as in a fact
  // Else results of one model, each by its year ("for the 2023 model, …").
  const yearly = items && !labels && dated === undefined ? itemYears(items) : undefined;
  const moments = dated ?? yearly?.said;
  const own = facts.map((f, i) => f.filter((x) => (!shared.has(x) || (yearly !== undefined && !SAME_CAR.test(x))) && (moments === undefined || !x.endsWith(` is ${moments[i]}`)) && (yearly === undefined || !x.endsWith(` is ${yearly.years[i]}`))));
  // Items of one list are described by the same fields (QUALITY.md J): the two fields best for the most items.
  const common = commonKeys(own, weight);
  const apart = labels === undefined && moments === undefined ? tellApart24(own, common, factKey) : undefined;
  const chosen = apart === undefined ? common : [...common, apart];
  const parts = own.map((o, i) => {
    // "Premium" fuel for every year tells none apart; a kind only some items have ("the authorisation type is …") is no kind of the list.
    const kind = o.filter((x) => kinds.has(x) && !shared.has(x) && own.every((g) => g.some((y) => factKey(y) === factKey(x)))).slice(0, 1);
    const rest = o.filter((x) => !kind.includes(x));
    const same = chosen.flatMap((k) => rest.filter((x) => factKey(x) === k).slice(0, 1));
    // A relationship tuple is said whole: "the user is user:alek, the relation is reader" is reader of nothing.
    const tuple = TUPLE_KEYS.map((k) => rest.find((x) => k.test(factKey(x))));
    const picked = tuple.every((x) => x !== undefined) ? (tuple as string[]) : same.length > 0 ? same : rest.sort((a, b) => weight(a) - weight(b)).slice(0, 2);
    const said = [...kind, ...picked].join(', ');
    const text = moments ? atMoment(moments[i] as string, said) : said;
    // Each item introduced by its name (QUALITY.md F): "for The Weeknd, the monthly listeners are 107.15".
    return labels && text !== '' ? `for ${labels[i]}, ${text}` : text;
  });
  return { parts, shared };
}

/**
 * "3 results came back: from A to B, it has 4 days; from C to D, …": every item of a short nameless list, each by
 * its top facts (the facts a person wants, ranked as for one item). Undefined when the items say nothing apart.
 */
export function wholeList(count: string, items: readonly unknown[], factsOf: (item: unknown, max: number) => { text: string; asked: boolean; lead: boolean; kind: boolean }[]): string | undefined {
  // "I see 3 players, all named Samuel Murphy; their player IDs are …": one name said once, the items told apart by the rest.
  const alike = sharedName(items);
  const up = `${count.charAt(0).toUpperCase()}${count.slice(1)}${alike ? `, all named ${alike}` : ''}`;
  const hours = items.map((item) => (item !== null && typeof item === 'object' ? hoursLabel(Object.entries(item).map(([k, v]) => ({ path: [k], value: v as string }))) : undefined));
  if (hours.every((h) => h !== undefined)) return `${up}: ${hours.join(', ')}.`;
  // Lines of lyrics, messages, quotes: each said by its words (“And the night goes on”), never "the words are …".
  const quoted = items.map((item) => spokenText(item));
  if (quoted.every((q) => q !== undefined) && new Set(quoted).size === quoted.length) return `${up}: ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}.`;
  const marked = items.map((item) => factsOf(item, 4));
  const asked = new Set(marked.flatMap((m) => m.filter((f) => f.asked).map((f) => inList(f.text))));
  const leads = new Set(marked.flatMap((m) => m.filter((f) => f.lead).map((f) => inList(f.text))));
  // What kind of entry each is (a write or a delete of a change log) is part of every item's gist, beside two facts.
  const kinds = new Set(marked.flatMap((m) => m.filter((f) => f.kind).map((f) => inList(f.text))));
  const named = itemLabels(items);
  // Items named by a field that leaves nothing else to say of them ({subject, type: "admin"}) are said by facts alone.
  const first = partsOf(marked, kinds, asked, leads, named, items);
  const { parts, shared } = named && first.parts.some((p) => p === '') ? partsOf(marked, kinds, asked, leads, undefined, items) : first;
  idLedParts34b(items, parts); // {id, deleted_at} items said by their ids (_id-stamps34b-oae.ts)
  // Items that read the same tell the user nothing apart: the first alone is said ("For the first one, …").
  if (parts.some((p) => p === '') || new Set(parts).size < parts.length) return undefined;
  // "the description is Airbus A330 family; the description is …": items said by one field alone are said by its values.
  const alone = parts.map((p) => ONE_FIELD.exec(p));
  if (alone.every((m) => m !== null && m[1] === alone[0]?.[1])) {
    const field = alone[0]?.[1] as string;
    const values = joinList(alone.map((m) => (m as RegExpExecArray)[2] as string));
    // A name is the item ("3 categories: SUVs, Sedans and Pickup Trucks"); any other field is said once ("their totals are …").
    return NAMING_FIELD.test(field) ? `${up}: ${values}.` : `${up}; their ${plural(field)} are ${values}.`;
  }
  const offers = offerParts34(parts); // "a standard ticket for 815 PLN in area H8" (wave 34)
  const last = offers.length > 1 ? `; and ${offers[offers.length - 1]}` : '';
  // The fact most worth saying ("the ticket type is vip" asked for) is said once when every item shares it.
  // So is what every entry of a log was ("the operation is delete"): three deletions read as grants without it (wave 26).
  const common = [...shared].filter((f) => asked.has(f) || (kinds.has(f) && LOG_KIND26.test(f))).map((f) => ` For all of them, ${f}.`).join('');
  return `${up}: ${offers.slice(0, -1).join('; ')}${last}.${common}`;
}

const LOG_KIND26 = /^the (?:operation|action|change type|operation type) is /;

/** "the product group name is SUVs": one fact, its field and its value (a value holding no clause of its own). */
/** Fields whose value is what the item is called. */
const NAMING_FIELD = /(?:^|\s)(?:name|title|label|description|email|domain|username|handle)$/;
const ONE_FIELD = /^the ([a-zA-Z][a-zA-Z0-9 ]*?) (?:is|are) ([^,;]+)$/;

const DAYS: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const DAY_KEY = /^(day|weekday|day_?of_?week|dayOfWeek|day_?name)$/i;
const OPEN_KEY = /^(open|opens|open_?time|opening|opening_?time|opens_?at|open_?at|from|start)$/i;
const CLOSE_KEY = /^(close|closes|close_?time|closing|closing_?time|closes_?at|close_?at|to|end|until)$/i;

/** {day: "mon", opens: "06:30", closes: "16:00"}: "Monday 06:30–16:00", opening hours as a person says them. */
export function hoursLabel(leaves: readonly { path: string[]; value: string | number | boolean }[]): string | undefined {
  const key = (l: { path: string[] }): string => l.path[l.path.length - 1] ?? '';
  const day = leaves.find((l) => DAY_KEY.test(key(l)) && typeof l.value === 'string');
  const open = leaves.find((l) => OPEN_KEY.test(key(l)) && typeof l.value === 'string' && /^\d{1,2}:\d{2}/.test(l.value));
  const close = leaves.find((l) => CLOSE_KEY.test(key(l)) && typeof l.value === 'string' && /^\d{1,2}:\d{2}/.test(l.value));
  if (!day || !open || !close) return undefined;
  const name = String(day.value);
  const said = DAYS[name.toLowerCase()] ?? (/^\p{L}+$/u.test(name) ? name.charAt(0).toUpperCase() + name.slice(1).toLowerCase() : name);
  return `${said} ${String(open.value).slice(0, 5)}–${String(close.value).slice(0, 5)}`;
}

/**
 * {operation: "TUPLE_OPERATION_WRITE"}, {status: "ORDER_STATUS_SHIPPED"}: the words after the field's own name are the
 * value ("write", "shipped"); the prefix only repeats what the field is.
 */
export function enumTail(name: string, words: string): string {
  const parts = words.split(' ');
  const last = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean).pop() ?? '';
  const at = parts.lastIndexOf(last);
  return last.length > 1 && at >= 0 && at < parts.length - 1 ? parts.slice(at + 1).join(' ') : words;
}

/** "USED_GOOD", "IN_PROGRESS": an enum constant said as words ("used good", "in progress"). */
export function enumConstantWords(value: string): string {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && /[A-Z]{2}/.test(value) ? value.toLowerCase().replace(/_/g, ' ') : value;
}

/** ["NWS-16834", "NWS-16262"]: reference codes only, with nothing a person can read about what they stand for. */
export function onlyCodes(items: readonly unknown[]): boolean {
  return items.length > 0 && items.every((item) => typeof item === 'string' && /^[A-Z0-9]+[-_:]?[A-Z0-9]*\d[A-Z0-9]*$/.test(item) && /[A-Z]/.test(item));
}

/** A delete or cancel: what it removed is gone, so no goodbye offers more on it ("If you need more on Sales Template"). */
export function removesThing(op: RecordOperation | undefined): boolean {
  if (!op) return false;
  return effectOf(op) === 'delete' || /\b(cancel|revoke|void)/i.test(`${op.name} ${op.path.split('/').pop() ?? ''}`);
}

/** "3 news items came back, given only as reference codes; …": a glued field name ("newsitems") is no noun to say. */
export function codesOnly(count: number, noun: string, rng: Rng): string {
  const said = noun.split(' ').every((w) => isKnownWord(singular(w))) ? noun : 'entries';
  const head = count === 1 ? rng.pick(P.FOUND_ONE)(said === 'entries' ? 'entry' : singular(said)) : rng.pick(P.FOUND_MANY)(count, said);
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}, given only as reference codes; no titles or details came back with them.`;
}

/**
 * "Checks the CNAME settings for a tracking domain" → {cname: {valid: true}, valid_tracking: true}: the record the
 * operation says it checks is told first ("The CNAME is valid, "), then the overall outcome (QUALITY.md F).
 */
function checkedFirst26(result: Record<string, unknown>, op: RecordOperation): string {
  const about = op.description.toLowerCase();
  for (const [key, value] of Object.entries(result)) {
    const valid = value !== null && typeof value === 'object' ? (value as { valid?: unknown }).valid : undefined;
    if (typeof valid !== 'boolean' || !new RegExp(`\\b${key.toLowerCase()}\\b`).test(about)) continue;
    return `The ${/^[a-z]{2,5}$/.test(key) ? key.toUpperCase() : key.replace(/_/g, ' ')} is ${valid ? '' : 'not '}valid, so `;
  }
  return '';
}

/** An operation that checks something ("check the MX settings", "validate an address", "is the name available"). */
const CHECK_OPERATION = /(^|[^a-z])(check|validat|verif|is[A-Z_]|available|availability|exists)/i;
/** {valid_mx: true}, {isAvailable: false}, {mx_valid: true}: the outcome of a check, by its adjective. */
const OUTCOME_KEY = /^(?:is_?)?(valid|available|verified|exists|reachable|deliverable|ok)(?:_|(?=[A-Z]))?(.*)$|^(.+?)_?(valid|available|verified|exists|reachable|deliverable)$/i;

/**
 * "The MX is valid.": what a check found leads its answer, before any date or id of the record (QUALITY.md F).
 * Undefined when the operation checks nothing or the result holds no such outcome at its top.
 */
export function checkOutcome(result: unknown, op: RecordOperation | undefined, subjectOf: (key: string) => string): string | undefined {
  if (!op || result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const health = healthOutcome(result, op);
  if (health) return health;
  if (!CHECK_OPERATION.test(`${op.name} ${op.path}`)) return undefined;
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (typeof value !== 'boolean') continue;
    const m = OUTCOME_KEY.exec(key);
    if (!m) continue;
    const adjective = (m[1] ?? m[4] ?? '').toLowerCase();
    const rest = (m[2] ?? m[3] ?? '').replace(/^_/, '');
    const words = rest ? subjectOf(rest) : '';
    // "mx", "spf": a short non-word is an acronym ("the MX is valid").
    const subject = words ? `the ${/^[a-z]{2,4}$/.test(words) && (!/[aeiouy]/.test(words) || !isKnownWord(words)) ? words.toUpperCase() : words}` : 'it';
    const verb = adjective === 'exists' ? (value ? 'exists' : 'does not exist') : `is ${value ? '' : 'not '}${adjective === 'ok' ? 'OK' : adjective}`;
    const first = checkedFirst26(result as Record<string, unknown>, op);
    return `${first}${first ? subject.charAt(0) : subject.charAt(0).toUpperCase()}${subject.slice(1)} ${verb}.`;
  }
  return undefined;
}

/**
 * What a yes/no operation ("Is today a public holiday", "check whether today is a public holiday") says by answering
 * with a record and no flag ({countryCode, name}): "today is a public holiday", for "Yes, …" before its facts — never
 * "The name is New Year's Day." alone, which leaves the question unanswered (QUALITY.md J). Undefined for any other
 * operation, or when a flag in the record may say no.
 */
const OUTCOME_FIELD = /status|state|result|valid|avail|exist|found|match|allow|eligib|answer|verdict/i;

export function yesAnswered(result: unknown, op: RecordOperation | undefined): string | undefined {
  if (!op || result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  // A flag or an outcome field ({status: "taken"}, {result: "invalid"}) may say no: the record is said as it is.
  if (Object.entries(result as Record<string, unknown>).some(([k, v]) => typeof v === 'boolean' || OUTCOME_FIELD.test(k))) return undefined;
  const clause = /^check (?:whether|if) (.+)$/.exec(intentPhrase(op))?.[1];
  // A clause about the speaker ("my order is paid") or a choice ("… or not") is not said back as it is.
  return clause && !/\b(my|me|i|or|one or more)\b/i.test(clause) ? clause : undefined;
}

/**
 * "Music with segment ID seg_music, Family with segment ID gc8cqxoBz and …": when the user asked for a field ("the event
 * types with their segment IDs"), every named item says it, never only the first (QUALITY.md F). The labels as they
 * are when no field of every item was asked for.
 */
export function askedOfEach(items: readonly unknown[], labels: readonly string[], asked: (key: string) => boolean): readonly string[] {
  const first = items[0];
  if (labels.length !== items.length || first === null || typeof first !== 'object' || Array.isArray(first)) return labels;
  for (const key of Object.keys(first)) {
    if (!asked(key)) continue;
    const values = items.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
    if (!values.every((v) => (typeof v === 'string' && v.length > 0 && v.length <= 40) || typeof v === 'number') || values.some((v, i) => String(v) === labels[i])) continue;
    const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase().replace(/\bid\b/g, 'ID');
    return labels.map((label, i) => `${label} with ${words} ${typeof values[i] === 'string' ? (sayDate(values[i] as string) ?? values[i]) : values[i]}`);
  }
  return labels;
}

/** "segment IDs" said by the user names {segmentId}: every word of the key is among the user's words, not only the list's noun. */
export function keyMentioned(key: string, mentioned: readonly string[], one: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean).map(singular);
  return words.length > 0 && words.some((w) => w !== one) && words.every((w) => mentioned.includes(w) || mentioned.includes(`${w}s`));
}
