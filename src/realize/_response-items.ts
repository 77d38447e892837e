/**
 * What a response may name, and how (`_response.ts`): a list item's name, a nameless list's noun, a field said
 * with its owner, and the values never said (encoded data, a moment that is no date, long or bracketed text).
 */
import { displayText30 } from './_replies30.ts';
import { quoteSentence28 } from './_quote-lists28.ts';
import type { RecordOperation } from '../plan/types.ts';
import { isKnownWord } from '../text/index.ts';
import { listNoun } from './_count-nouns.ts';
import { isBlob } from './_blob.ts';
import { said } from './_say.ts';
import { sentinelValue } from './_field-meaning20.ts';
import { ID_KEY, LABEL_FIELDS } from './_response-keys.ts';
import { humanizeIdentifier, plural, singular } from './words.ts';

/** Words of a field that belong to whatever holds it: said with their owner when nested. */
export const OWNED_WORDS = /^(description|total|base|base amount|subtotal|tax|fee|fees|amount|status|state|reference|summary|title|label|note|notes|balance|currency|price)$/i;
/** Wrappers and list names whose fields are the record's own ({data: {description}}, {results: [{title}]}). */
export const GENERIC_OWNER = /^(data|result|results|item|items|payload|response|body|record|records|entry|entries|content|attributes|properties|details|info|object|value|values|current|now|today|main|summary|overview|general|\d+)$/i;

/** Was the field named with its owner ("account holder description"): another object's words, said after the record's own. */
export function ownedBy(name: string, key: string): boolean {
  const own = humanizeIdentifier(key).toLowerCase();
  const said = name.toLowerCase();
  return OWNED_WORDS.test(own) && said !== own && (said.endsWith(` ${own}`) || said.endsWith(' base amount'));
}

/** A moment named by an event ("providerPublishTime", "created_at", "timestamp"): a number there is a date only as seconds or milliseconds since 1970 (or a year). */
const EVENT_TIME = /(publish|published|create|created|update|updated|modified|posted|released|creation|publication|issued)(time|date|at|on)$|^(timestamps?|dates?|datetimes?)$/;
function meaninglessMoment(key: string, value: number): boolean {
  if (!EVENT_TIME.test(key.toLowerCase().replace(/[_-]/g, ''))) return false;
  return !((value >= 1e9 && value < 2.2e9) || (value >= 1e12 && value < 2.2e12) || (Number.isInteger(value) && value >= 1900 && value <= 2100));
}

export function sayable(leaf: { path: string[]; value: string | number | boolean }): boolean {
  // {providerPublishTime: 133}: no moment a person can be told.
  if (typeof leaf.value === 'number') return !meaninglessMoment(leaf.path[leaf.path.length - 1] ?? '', leaf.value);
  if (typeof leaf.value === 'string') {
    const v = leaf.value;
    if (isBlob(v)) return false;
    // {locality: "us"}: the site's country code (Indeed's subdomain), no place to tell.
    if (/^[a-z]{2}$/.test(v) && /^locality$/i.test(leaf.path[leaf.path.length - 1] ?? '')) return false;
    // {winner: "."}, {board: "..."}: a marker of nothing is no value ("no one has won yet" is said of a winner alone).
    if (sentinelValue(v) && !/^winner$/i.test(leaf.path[leaf.path.length - 1] ?? '')) return false;
    return v.length > 0 && v.length <= 60 && !/[{}[\]<>]/.test(v) && !/^(https?:|\/\/)/.test(v) && !v.includes('\n');
  }
  return true;
}

/** The name of a list item, when it has one a person can say. */
export function itemName(item: unknown, one = ''): string | undefined {
  if (item === null || typeof item !== 'object') return typeof item === 'string' || typeof item === 'number' ? said(item) : undefined;
  const entries = Object.entries(item as Record<string, unknown>).filter(([k, v]) => typeof v === 'string' && sayable({ path: [k], value: v }));
  // {genre: "Comedy", genre_id: 209250} in a list of genres, {display_name: "UberX"}: the item's own word names it.
  // A word that names ("Comedy", "Severe weather"), never a code ("MjUfkeT85Zq9") under {key} in a list of keys.
  const label = entries.find(([k]) => LABEL_FIELDS.test(k)) ?? entries.find(([k, v]) => (OTHER_LABEL.test(k) || (one.length > 2 && !ID_KEY.test(k) && !/^(key|code|value|type)$/i.test(k) && singular(humanizeIdentifier(k).toLowerCase()) === one)) && /^\p{L}[\p{L} '&.,:-]*$/u.test(v as string));
  if (label) return said(label[1] as string);
  const shown = displayText30(item as Record<string, unknown>);
  if (shown) return said(shown);
  // {entity: {name: "Mercedes-Benz EQ"}, score: 3}: a search hit wraps the thing found, which the hit is named by.
  const wrapped = Object.entries(item as Record<string, unknown>).find(([k, v]) => WRAPPER.test(k) && v !== null && typeof v === 'object' && !Array.isArray(v));
  return wrapped ? itemName(wrapped[1], one) : undefined;
}

const WRAPPER = /^(entity|item|node|record|object|resource|document|doc|_source|hit)$/i;

/** Name fields beside the plain ones ("display_name", "fullTitle", "headline"). */
const OTHER_LABEL = /^((display|full)_?(name|title)|headline)$/i;

/**
 * The noun of a nameless list ([{product_id, display_name}, …] from /estimates/time): what its items' own id says they
 * are ("products"), when the path's noun is not that; else the path's noun.
 */
export function itemsNoun(list: { items: unknown[]; name?: string }, operation: RecordOperation | undefined): string {
  const noun = listNoun(list.name, operation);
  const first = list.items[0];
  // Only where the path names no thing ("results") or a mass word made countable ("time entries").
  if (list.name !== undefined || !/^results$| entries$/.test(noun) || first === null || typeof first !== 'object' || Array.isArray(first)) return noun;
  const own = /^([a-z]{3,})_?id$/i.exec(Object.keys(first)[0] ?? '')?.[1]?.toLowerCase();
  return own && !noun.includes(own) && isKnownWord(own) && !/^(user|account|owner|parent|external|api|object|item|entity|record|resource)$/.test(own) ? plural(own) : noun;
}

/** A result that only says it worked ({status: "ok"}, {success: true}). */
export function onlyAcknowledges(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  const entries = Object.entries(result as Record<string, unknown>);
  return entries.length > 0 && entries.every(([k, v]) => (/^(status|result|message|state)$/i.test(k) && typeof v === 'string' && /^(ok|success|succeeded|done|accepted|deleted|removed|updated|created)$/i.test(v)) || (/^(success|ok)$/i.test(k) && v === true));
}

/**
 * An item named by a field of its own ("CompanyName", "criteria" in a list of criterias): said as its name, with its
 * symbol or its rating ("Hettinger Inc., NVDA", "Value for money rated 4"), never as "criteria …, rating 4".
 */
export function namedLabel<L extends { path: string[]; value: string | number | boolean }>(words: L[], nameOf: (l: L) => string, one: string, value: (l: L) => string): string | undefined {
  const keyOf = (l: L): string => l.path[l.path.length - 1] ?? '';
  // A name is words ("Value for money", "Hettinger Inc."), never a code like the seat "G39" in a list of seats.
  const label = words.find((l) => typeof l.value === 'string' && (/\p{Ll}{2}/u.test(l.value) || /^\p{Lu}{2,}\p{Ll}$/u.test(l.value)) && (/(?:^|_|[a-z])(?:name|Name|title|Title)$/.test(keyOf(l)) || (one.length > 2 && singular(nameOf(l).toLowerCase()) === one)));
  if (!label) return quotedBy(words, keyOf, value);
  const symbol = words.find((l) => l !== label && /^(symbol|ticker|code|abbreviation)$/i.test(keyOf(l)) && typeof l.value === 'string');
  if (symbol) return `${value(label)}, ${value(symbol)}`;
  const rating = words.find((l) => l !== label && /^(rating|score|stars|grade)$/i.test(keyOf(l)) && typeof l.value === 'number');
  if (rating) return `${value(label)} rated ${value(rating)}`;
  return value(label);
}

const TUPLE_KEYS = [/^(user|subject)$/i, /^relation$/i, /^object$/i];
const KIND_KEY = /^(operation|action|event|event_?type|change_?type|operation_?type|type|kind)$/i;
/** Codes a catalogue files a product under, said by no shopper. */
const CATALOGUE_CODE = /^(sku|skus|mpn|part_?number|partNumber)$/i;
/** What tells one variant of a product from another. */
const VARIANT_TRAIT = /^(size|colou?r|style|material|flavou?r|capacity|storage|edition|finish|pattern|fit|length|width)$/i;
const PRICE_KEY = /^(price|last|last_?price|close|settle|settlement|amount|rate)$/i;

/**
 * The fields an item of a list is said by: what kind of entry it is ("operation write") and its price ("last 88")
 * before the rest, kept in the item's own order; never a date and a symbol alone for a list of prices.
 */
export function gistFields<L extends { value: string | number | boolean }>(all: L[], keyOf: (l: L) => string, n: number): L[] {
  // A variant is told apart by its size and colour, never by its SKU (bundled #36): catalogue codes go when other fields remain.
  const named = all.filter((l) => !CATALOGUE_CODE.test(keyOf(l)));
  const words = named.length > 0 ? named : all;
  const kind = words.find((l) => KIND_KEY.test(keyOf(l)) && typeof l.value === 'string');
  const price = words.find((l) => PRICE_KEY.test(keyOf(l)) && typeof l.value === 'number');
  const traits = words.filter((l) => VARIANT_TRAIT.test(keyOf(l)) && typeof l.value !== 'boolean');
  // A relationship tuple is its user, relation and object together: "user:alek is reader" says on what of nothing.
  const triple = TUPLE_KEYS.map((k) => words.find((l) => k.test(keyOf(l))));
  const tuple = triple.every((l) => l !== undefined) ? (triple as L[]) : [];
  const first = [kind, ...traits, price, ...tuple].filter((l): l is L => l !== undefined);
  if (first.length === 0) return words.slice(0, n);
  n = Math.max(n, first.length);
  const chosen = new Set([...first, ...words].slice(0, n + first.length).filter((l, i, all) => all.indexOf(l) === i).slice(0, n));
  return words.filter((l) => chosen.has(l));
}

/** A quote said whole when short, else its first sentence ("Works well, though it took a while to set up"). */
export function shortQuote(text: string): string | undefined {
  if (text.length <= 80) return text;
  const first = /^(.{12,80}?[.!?])\s/.exec(text)?.[1];
  return quoteSentence28(text, first); // the sentence the search matched, when the first is not it
}

const QUOTE_KEY = /^(text|body|comment|content|review|quote|message|review_?text)$/i;

/** A review's text too long to say whole that is still said by its first sentence: said when the item is a quote. */
export function quotable(leaf: { path: string[]; value: string | number | boolean }): boolean {
  return typeof leaf.value === 'string' && QUOTE_KEY.test(leaf.path[leaf.path.length - 1] ?? '') && leaf.value.length <= 400 && !/[{}[\]<>\n]/.test(leaf.value) && shortQuote(leaf.value) !== undefined;
}

/** {text: "Better than I expected.", author: "Myrtle Wilkinson"}: “Better than I expected” by Myrtle Wilkinson. */
function quotedBy<L extends { path: string[]; value: string | number | boolean }>(words: L[], keyOf: (l: L) => string, value: (l: L) => string): string | undefined {
  const quote = words.find((l) => QUOTE_KEY.test(keyOf(l)) && typeof l.value === 'string' && / /.test(l.value) && shortQuote(l.value) !== undefined);
  const author = words.find((l) => /^(author|author_?name|user_?name|username|reviewer|reviewer_?name|by)$/i.test(keyOf(l)) && typeof l.value === 'string');
  if (!quote || !author) return undefined;
  const text = quote.value as string;
  return `“${text.length <= 80 ? value(quote) : value({ ...quote, value: shortQuote(text) as string })}” by ${value(author)}`;
}

/**
 * The names of a list's items, each with the field the list is named for when that is not the name: from /symbols,
 * "Vertex (ZR), Keystone (ZR)", never "3 symbols: Vertex, Keystone" calling names symbols. The tagged field of the
 * first item joins `known`, so its facts do not say it again.
 */
export function nounTagged(items: readonly unknown[], one: string, known: Set<string>): (string | undefined)[] {
  const names = items.map((item) => itemName(item, one));
  if (one.length < 3 || names.some((n) => !n)) return names;
  const tags = items.map((item) => {
    if (item === null || typeof item !== 'object') return undefined;
    const field = Object.entries(item as Record<string, unknown>).find(([k, v]) => typeof v === 'string' && !ID_KEY.test(k) && singular(humanizeIdentifier(k).toLowerCase()) === one);
    return field && (field[1] as string).length <= 24 && field[1] !== names[items.indexOf(item)] ? (field[1] as string) : undefined;
  });
  if (tags.some((t) => t === undefined)) return names;
  known.add(tags[0] as string);
  return names.map((n, i) => `${n} (${tags[i] as string})`);
}
export { missingMark27 } from './_missing-mark27.ts';
export { domainName27 } from './_domain-items27.ts';
