/**
 * Tool results in words, for `response` turns: how many items came back and a few fields, said as a person would
 * ("it was submitted on February 3, 2026 at 14:00 UTC", "the amount is 846.17 EUR"), never internal ids or
 * pagination. Response text is assistant text: the checker grounds arguments in user turns and tool results
 * only, so values may be reformatted here (dates) without breaking a later call.
 */
import type { RecordOperation } from '../plan/types.ts';
import * as P from './_phrases.ts';
import type { Rng } from '../random/index.ts';
import { humanizeFor, humanizeIdentifier, intentPhrase, isPluralNoun, joinList, lowerFirst, upperFirst } from './words.ts';

/** How a call came out, as the user will hear it. */
export type Outcome = 'ok' | 'empty' | 'failed';

const PREFERRED_FIELDS = /^(name|title|full name|display name|label|summary|status|city|country|price|total|amount|temperature|date|time|description|type|message|result|value|count)$/;
/** Fields that are bookkeeping, not an answer: database ids, pagination, links. */
const NOISE_FIELDS = /^(_id|\$oid|oid|__v|_v|etag|_links|links|href|self|cursor|next|previous|prev|offset|limit|page|per_page|page_size|pagesize|total_pages|totalpages|next_page|prev_page|generationtime_ms)$/i;
/** Groups of links and pictures ({external_urls: {spotify: …}}): nothing to say. */
const LINK_GROUPS = /^(external_?urls|urls|links|images|thumbnails|avatars?|icons?)$/i;
const CURRENCY_FIELDS = /^(currency|currency_?code|currencycode)$/i;
const MONEY_FIELDS = /^(amount|total|base|price|value|cost|fee|fees|balance|subtotal|tax|net|gross|sum)$/i;
const LABEL_FIELDS = /^(name|title|full_?name|display_?name|label)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "starts at", "expires at": verbs said with "it … on <date>". */
const PRESENT_VERB = /^(starts|ends|begins|opens|closes|expires|departs|arrives|leaves|runs|happens|occurs)$/;

interface Leaf {
  path: string[];
  value: string | number | boolean;
}

/** Did the call fail, by its own account? ({success: false}, {ok: false}, {status: "failed"}) */
export function resultFailed(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  const r = result as Record<string, unknown>;
  if (r.success === false || r.ok === false || r.succeeded === false) return true;
  return typeof r.status === 'string' && /^(fail|failed|failure|error|errored)$/i.test(r.status);
}

/** "2026-02-03T14:00:00Z" → "February 3, 2026 at 14:00 UTC"; undefined when the text is no date. */
export function sayDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${MONTHS[month - 1]} ${day}, ${m[1]}`;
  if (m[4] === undefined) return date;
  const zone = m[6] === undefined ? '' : m[6] === 'Z' || /^[+-]00:?00$/.test(m[6]) ? ' UTC' : ` (UTC${m[6].length === 5 ? `${m[6].slice(0, 3)}:${m[6].slice(3)}` : m[6]})`;
  return `${date} at ${m[4]}:${m[5]}${zone}`;
}

function scalarLeaves(value: unknown, path: string[], out: Leaf[], depth: number): void {
  if (out.length > 40 || depth > 4) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push({ path, value });
  } else if (Array.isArray(value)) {
    // One item stands for the list.
    if (value.length > 0) scalarLeaves(value[0], path, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    // MongoDB extended JSON ({"$numberInt": "3"}, {"$date": …}) is the value itself; {"$oid": …} is an internal id.
    if (entries.length === 1 && entries[0]?.[0].startsWith('$')) {
      if (entries[0][0] !== '$oid') scalarLeaves(entries[0][1], path, out, depth + 1);
      return;
    }
    // {amount: 846.17, currencyCode: "EUR"} is one amount: "846.17 EUR".
    const currency = entries.find(([k, v]) => CURRENCY_FIELDS.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v));
    const hasMoney = currency !== undefined && entries.some(([k, v]) => MONEY_FIELDS.test(k) && typeof v === 'number');
    for (const [k, v] of entries) {
      if (NOISE_FIELDS.test(k) || LINK_GROUPS.test(k)) continue;
      if (hasMoney && currency && k === currency[0]) continue;
      if (hasMoney && currency && MONEY_FIELDS.test(k) && typeof v === 'number') {
        out.push({ path: [...path, k], value: `${v} ${currency[1] as string}` });
        continue;
      }
      scalarLeaves(v, [...path, k], out, depth + 1);
    }
  }
}

/** The list a result is about, when it is one: a top-level array or the one array property of an object. */
function mainList(result: unknown): { items: unknown[]; name?: string } | undefined {
  if (Array.isArray(result)) return { items: result };
  if (result && typeof result === 'object') {
    const entries = Object.entries(result as Record<string, unknown>);
    const arrays = entries.filter(([, v]) => Array.isArray(v));
    const scalars = entries.filter(([k, v]) => (v === null || typeof v !== 'object') && !NOISE_FIELDS.test(k));
    // An object that is mostly about itself ({price, cabinClass, segments: […]}) is described, not its list.
    if (arrays.length === 1 && scalars.length <= 3) {
      const [name, items] = arrays[0] as [string, unknown[]];
      return { items, name };
    }
  }
  return undefined;
}

function fieldName(path: string[], op: RecordOperation | undefined): string {
  const last = path[path.length - 1] ?? 'value';
  const words = humanizeFor(last, op);
  // {followers: {total: 169}}: "the number of followers".
  if (/^(total|count)$/i.test(last) && path.length > 1) {
    const parent = humanizeFor(path[path.length - 2] ?? '', op);
    if (isPluralNoun(parent)) return `number of ${parent}`;
  }
  // {rate: {value: 66.49, currency: "JPY"}}: "the rate is 66.49 JPY".
  if (/^(value|amount)$/i.test(last) && path.length > 1) return humanizeFor(path[path.length - 2] ?? '', op);
  if (/^(ID|name|code|key|value|type)$/i.test(words) && path.length > 1) {
    return `${humanizeFor(path[path.length - 2] ?? '', op)} ${words}`.replace(/s (ID|name|code|key|value|type)$/i, ' $1');
  }
  return words;
}

function sayable(leaf: Leaf): boolean {
  if (typeof leaf.value === 'string') {
    const v = leaf.value;
    return v.length > 0 && v.length <= 60 && !/[{}[\]<>]/.test(v) && !/^https?:/.test(v) && !v.includes('\n');
  }
  return true;
}

/** One field as a clause: "the status is rejected", "it was submitted on February 3, 2026 at 14:00 UTC". */
function clause(name: string, value: string | number | boolean): string {
  // A sentence as a value ("Data refreshed hourly.") loses its period inside a list.
  const said = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value).replace(/(?<=\w)[.!]+$/, '');
  const date = typeof value === 'string' ? sayDate(value) : undefined;
  if (date) {
    // "submitted at", "created on", "starts at": a verb with its date.
    const timed = /^(.+?) (?:at|on|date|time)$/.exec(name);
    const verb = timed?.[1] ?? '';
    if (timed && /^\w+ed$/.test(verb)) return `it was ${verb} on ${date}`;
    if (timed && PRESENT_VERB.test(verb)) return `it ${verb} on ${date}`;
    return `the ${name} is ${date}`;
  }
  return `the ${name} ${isPluralNoun(name) ? 'are' : 'is'} ${said}`;
}

interface Picked {
  name: string;
  leaf: Leaf;
}

function pickLeaves(all: Leaf[], max: number, echoes: ReadonlySet<string>, op: RecordOperation | undefined, skip?: Leaf, inList = false): Picked[] {
  const candidates = all.filter((l) => l !== skip);
  // What the call was given ("the latitude is 38.7") tells the user nothing new: said only when there is nothing else.
  const fresh = candidates.filter((l) => !echoes.has(String(l.value)));
  const leaves = fresh.filter(sayable).length > 0 ? fresh : candidates;
  // Yes/no fields ("success is yes") read badly: said only when there is nothing else.
  const said = leaves.filter(sayable);
  const words = said.filter((l) => typeof l.value !== 'boolean');
  // A bare "id" of the result is bookkeeping unless the call created the thing (then its ID is the answer).
  const creates = !inList && op !== undefined && op.method.toUpperCase() === 'POST';
  return (words.length > 0 ? words : said)
    .map((l, n) => {
      const key = l.path[l.path.length - 1] ?? '';
      // A bare "id", or a field named by a preposition ({history: [{at: …}]}), says nothing on its own.
      const bareId = l.path.length === 1 && /^id$/i.test(key);
      if (/^(at|on|by|in|to|of)$/i.test(key)) return { leaf: l, n, name: fieldName(l.path, op), rank: 4 };
      // IDs and codes come after words a person cares about ("the name", "the status").
      const idLike = /(^|_|[a-z])(id|ids|Id|ID|Ids|IDs|key|uuid)$/.test(key);
      const rank = typeof l.value === 'boolean' ? 3 : bareId ? (creates ? 1 : 4) : PREFERRED_FIELDS.test(humanizeIdentifier(key)) ? 0 : idLike ? 2.5 : 2;
      return { leaf: l, n, name: fieldName(l.path, op), rank };
    })
    .filter(({ name, rank }, n, list) => list.findIndex((x) => x.name === name) === n && (rank < 4 || list.length === 1))
    .sort((a, b) => a.rank - b.rank || a.n - b.n)
    .slice(0, max)
    .sort((a, b) => a.n - b.n)
    .map(({ name, leaf }) => ({ name, leaf }));
}

function about(picked: Picked[]): string {
  return joinList(picked.map((p) => clause(p.name, p.leaf.value)));
}

/** How a call came out: failed by its own account, empty, or ok. */
export function outcomeOf(result: unknown): Outcome {
  if (resultFailed(result)) return 'failed';
  const list = listOf(result);
  return list && list.items.length === 0 ? 'empty' : 'ok';
}

function listOf(result: unknown): { items: unknown[]; name?: string } | undefined {
  let list = mainList(result);
  // A wrapper ({data: {events: […]}}) is looked through.
  if (!list && result && typeof result === 'object' && !Array.isArray(result)) {
    const values = Object.entries(result as Record<string, unknown>).filter(([k]) => !NOISE_FIELDS.test(k)).map(([, v]) => v);
    if (values.length === 1 && values[0] && typeof values[0] === 'object') list = mainList(values[0]);
  }
  return list;
}

/** The opening words of a response: fits the outcome and whether the call changed something. */
export function responseIntro(outcome: Outcome, op: RecordOperation | undefined, rng: Rng): string {
  if (outcome === 'failed') return rng.pick(P.RESPONSE_INTRO_FAILED);
  if (outcome === 'empty') return rng.pick(P.RESPONSE_INTRO_EMPTY);
  const changes = op !== undefined && op.method.toUpperCase() !== 'GET';
  return rng.pick(changes ? P.RESPONSE_INTRO_DONE : P.RESPONSE_INTRO);
}

/** A result that only says it worked ({status: "ok"}, {success: true}). */
function onlyAcknowledges(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  const entries = Object.entries(result as Record<string, unknown>);
  return entries.length > 0 && entries.every(([k, v]) => (/^(status|result|message|state)$/i.test(k) && typeof v === 'string' && /^(ok|success|succeeded|done|accepted|deleted|removed|updated|created)$/i.test(v)) || (/^(success|ok)$/i.test(k) && v === true));
}

/** An object with fields of its own beside any list ({holdId, totalPrice, seats: […]}). */
function hasOwnScalars(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  return Object.entries(result as Record<string, unknown>).some(([k, v]) => v !== null && typeof v !== 'object' && !NOISE_FIELDS.test(k));
}

/** The names of the first three items, when each has one a person can say. */
function itemLabels(items: unknown[], key: string): string[] {
  const out: string[] = [];
  for (const item of items.slice(0, 3)) {
    const value = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof value !== 'string' || !sayable({ path: [key], value }) || out.includes(value)) return out.length >= 2 ? out : [];
    out.push(value.replace(/(?<=\w)[.!]+$/, ''));
  }
  return out;
}

/** Tool results in words: how many items, and a few fields of the first (or of the object). */
export function summarizeResult(result: unknown, operation: RecordOperation | undefined, echoes: ReadonlySet<string>, rng: Rng): string {
  if (onlyAcknowledges(result)) return operation ? rng.pick(P.RESULT_ACKNOWLEDGED_WHAT)(lowerFirst(intentPhrase(operation))) : rng.pick(P.RESULT_ACKNOWLEDGED);
  // After a change, what was made (its id, price, expiry) matters more than the list inside it (the seats held).
  const changed = operation !== undefined && operation.method.toUpperCase() !== 'GET' && hasOwnScalars(result);
  const list = changed ? undefined : listOf(result);
  if (list) {
    const named = list.name ? humanizeFor(list.name, operation).toLowerCase() : 'results';
    // "3 data", "3 info" do not count: say results.
    const noun = /^(data|info|information|content|body|response|result|items?|list|records?|entries|values?)$/.test(named) || !/s$/.test(named) ? 'results' : named;
    if (list.items.length === 0) return `I couldn't find any ${noun}.`;
    if (list.items.every((item) => item === null || typeof item !== 'object')) {
      const said = list.items.slice(0, 5).map((item) => (typeof item === 'boolean' ? (item ? 'yes' : 'no') : typeof item === 'string' ? (sayDate(item) ?? item) : String(item)));
      return `The ${list.items.length === 1 ? 'answer is' : 'answers are'} ${joinList(said)}${list.items.length > 5 ? ', and more' : ''}.`;
    }
    const leaves: Leaf[] = [];
    scalarLeaves(list.items[0], [], leaves, 0);
    // "I found 3 artists … the type is artist" says nothing: the noun already did.
    const one = noun.replace(/s$/, '');
    if (leaves.some((l) => l.value === one)) echoes = new Set([...echoes, one]);
    const count = list.items.length === 1 ? `I found one ${noun.replace(/s$/, '')}` : `I found ${list.items.length} ${noun}`;
    const label = leaves.find((l) => l.path.length === 1 && LABEL_FIELDS.test(l.path[0] ?? '') && typeof l.value === 'string' && sayable(l));
    if (label && !echoes.has(String(label.value))) {
      const rest = about(pickLeaves(leaves, 2, echoes, operation, label, true));
      // Several named items: name up to three, then the details of the first.
      const labels = itemLabels(list.items, label.path[0] ?? 'name');
      if (labels.length >= 2) return rng.pick(P.RESULT_LIST_NAMED)(count, joinList(labels), String(label.value), rest);
      return rng.pick(P.RESULT_LIST_LABELLED)(count, String(label.value), rest ? upperFirst(rest.replace(/^the /, 'its ')) : '');
    }
    const said = about(pickLeaves(leaves, 3, echoes, operation, undefined, true));
    return said ? rng.pick(P.RESULT_LIST)(count, said) : `${count}.`;
  }
  if (result !== null && typeof result === 'object') {
    const leaves: Leaf[] = [];
    scalarLeaves(result, [], leaves, 0);
    const said = about(pickLeaves(leaves, 3, echoes, operation));
    if (said) return rng.pick(P.RESULT_FIELDS)(said);
    return operation ? `The request to ${lowerFirst(intentPhrase(operation))} succeeded.` : '';
  }
  if (typeof result === 'string' && result.length <= 80 && /[\p{L}\p{N}]/u.test(result) && !/[{}[\]]/.test(result)) return `The answer is ${sayDate(result) ?? result.replace(/(?<=\w)[.!]+$/, '')}.`;
  if (typeof result === 'number' || typeof result === 'boolean') return `The answer is ${String(result)}.`;
  return '';
}
