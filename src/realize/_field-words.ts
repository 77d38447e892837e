/**
 * A result field's name as a person says it (QUALITY.md A/B/J): glued keys apart ("localtime" → local time), the
 * bookkeeping words of a key turned into words ("cost inc tax" → cost including tax, "total cost sum" → overall
 * total cost, "start timestamp" → start time), and milliseconds as minutes and seconds.
 */
import type { RecordOperation } from '../plan/types.ts';
import { valueOfRecord34 } from './_specvals34.ts';
import { gluedWords, isKnownWord } from '../text/index.ts';
import { unglued } from './_unglue.ts';
import { GENERIC_OWNER, OWNED_WORDS } from './_response-items.ts';
import { humanizeFor, isPluralNoun, plural, singular } from './words.ts';
import { officeFieldName } from './_office-field24.ts';

/** People a label is shown to ({display_name_customer}, {title_public}). */
const AUDIENCE = /^(customer|merchant|user|admin|public|internal|seller|buyer|client|staff|owner|guest)$/;

/** Whose name a "<role> name" key holds: said as the role itself. */
const ROLE = /^(owner|author|artist|courier|driver|venue|company|publisher|seller|host|organizer|organiser|creator|team|player|school|store|shop|brand|manufacturer|director|composer|performer|agent|landlord|employer|sender|recipient|customer|merchant)$/;

/** {seo_nmae}: a key word that is no word, two of whose neighbouring letters swapped make one, is a typo ("name"). */
const transposedCache = new Map<string, string>();
function untransposed(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  let out = transposedCache.get(word);
  if (out !== undefined) return out;
  out = word;
  if (!isKnownWord(word)) {
    const fixes = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
      if (isKnownWord(swapped)) fixes.add(swapped);
    }
    if (fixes.size === 1) out = [...fixes][0] as string;
  }
  if (transposedCache.size < 5000) transposedCache.set(word, out);
  return out;
}

const STRUCK_PRICE: Record<string, string> = { open: 'opening price', close: 'closing price', 'previous close': 'previous closing price', 'prev close': 'previous closing price', high: 'high price', low: 'low price', last: 'last price' };

/** The spoken form of a field name already in words ("display name customer" → "name for the customer"). */
export function spokenFieldName(name: string): string {
  let out = name.includes(' ') ? name.split(' ').map(unglued).map(untransposed).join(' ') : untransposed(unglued(name));
  out = out.replace(/\bpublish (?=date|year|time|day)/, 'publication ').replace(/\b(?:inc|incl) tax\b/, 'including tax').replace(/\b(?:ex|excl) tax\b/, 'excluding tax');
  const labelFor = /^(?:display )?(name|title|label) ([a-z]+)$/.exec(out);
  if (labelFor && AUDIENCE.test(labelFor[2] ?? '')) return `${labelFor[1]} for the ${labelFor[2]}`;
  // {formattedAddress}, {formatted_price}: how the value is written is no part of what it is.
  out = out.replace(/^formatted (?=[a-z])/, '');
  // {owner_name: "Ivan Walsh"}: the owner is a person or a place, said by its role ("the owner is Ivan Walsh").
  const role = /^([a-z]+) (?:full |display )?name$/.exec(out);
  if (role && ROLE.test(role[1] ?? '')) return role[1] as string;
  if (out === 'stdev' || out === 'std dev') return 'standard deviation';
  if (out === 'datetime') return 'date and time';
  if (out === 'locality') return 'location'; // {locality, location} of one job: one place, said once ("it is in Tokyo")
  // {PriceOpen}, {price_previous_close}: a price named by the moment of the day it was struck ("the opening price").
  const struck = /^price (open|close|previous close|prev close|high|low|last)$/.exec(out);
  if (struck) return STRUCK_PRICE[struck[1] ?? ''] ?? out;
  // {startTimestamp}: the start time; a bare "timestamp" stays, the clause says it as a date.
  out = out.replace(/^([a-z]+(?: [a-z]+)?) (?:timestamp|datetime)$/, '$1 time');
  // {total_cost_sum} beside {total_cost: […]}: the sum of them all.
  const sum = /^([a-z]+(?: [a-z]+)?) sum$/.exec(out);
  if (sum) return `overall ${sum[1]}`;
  return out;
}

/** {cuisineCodes: ["indian", "thai"]}, {category_code: "cafe"}: codes that are words are named by what they are. */
export function codesThatAreWords(name: string, value: string | number | boolean): string | undefined {
  const codes = /^([a-z]+(?: [a-z]+)?) (codes?|keys?|slugs?)$/.exec(name);
  if (!codes || typeof value !== 'string') return undefined;
  const words = value.split(/, | and /);
  if (!words.every((w) => /^[a-z]{3,}$/.test(w) && isKnownWord(w))) return undefined;
  return codes[2]?.endsWith('s') ? `${codes[1]}s` : codes[1];
}

const PRICE_OF: Record<string, string> = { close: 'closing price', last: 'last price', settle: 'settlement price', open: 'opening price' };

/** {close: 258.55}: "the closing price", never "the close is 258.55"; "open" only beside a close (else a count or a flag). */
export function priceName(name: string, value: string | number | boolean, hasClose: boolean): string {
  return typeof value === 'number' && (/^(close|last|settle)$/.test(name) || (name === 'open' && hasClose)) ? (PRICE_OF[name] ?? name) : name;
}

/** Adjectives that stand for a name beside {name} ({native: "Pilipinas"}): "the native name", never "the native". */
const NAME_ADJECTIVE = /^(native|local|official|common|short|long|full|display|alternate|english)$/;

/**
 * A key said by what its value is (QUALITY.md B): {native: "Pilipinas"} is the native name, {phone: "+63"} the calling
 * code (a country's dialling prefix, no phone number).
 */
export function valuedName(name: string, value: string | number | boolean): string {
  if (typeof value !== 'string') return name;
  if (NAME_ADJECTIVE.test(name) && /^\p{Lu}/u.test(value)) return `${name} name`;
  if (/^(phone|phone prefix|dial|dialling|dialing)$/.test(name) && /^\+?\d{1,4}$/.test(value)) return 'calling code';
  return name;
}

/** {point: "10.729057,54.006057"}: a pair of coordinates in one string. */
export const COORDINATE_PAIR = /^-?\d{1,3}\.\d{3,}, ?-?\d{1,3}\.\d{3,}$/;

const ADJECTIVE_DATE = /^(latest|earliest|last|first|newest|oldest|min|max|minimum|maximum|other|alt|alternate) (date|time|datetime|timestamp)$/;

/** "the latest date": a date named by no event says nothing of what happened then; it is said only when little else is. */
export function unnamedDate(name: string): boolean {
  return ADJECTIVE_DATE.test(name);
}

/**
 * 1686230 milliseconds → "28 minutes 6 seconds", 6300 milliseconds → "6.3 seconds", 5400 seconds → "1 hour 30 minutes";
 * undefined for anything under a minute in seconds, or not milliseconds or seconds.
 */
export function spokenDuration(value: number, unit: string): string | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  const seconds = unit === 'milliseconds' ? value / 1000 : unit === 'seconds' ? value : undefined;
  if (seconds === undefined || (unit === 'seconds' && seconds < 60)) return undefined;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} seconds`;
  const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const whole = Math.round(seconds);
  if (whole < 3600) {
    const s = whole % 60;
    return `${count(Math.floor(whole / 60), 'minute')}${s > 0 ? ` ${count(s, 'second')}` : ''}`;
  }
  const minutes = Math.round(whole / 60);
  const m = minutes % 60;
  return `${count(Math.floor(minutes / 60), 'hour')}${m > 0 ? ` ${count(m, 'minute')}` : ''}`;
}

/** A result field's name as the response says it ("the local time", "the cost including tax"). */
export function fieldName(path: string[], op: RecordOperation | undefined): string {
  // A pure function of the path and the operation, asked for every field of every result: kept per operation.
  const byPath = op ? (fieldNames.get(op) ?? fieldNames.set(op, new Map()).get(op)!) : unowned;
  const key = path.join('\u0000');
  let out = byPath.get(key);
  if (out === undefined) {
    out = spokenFieldName(fieldNameOf(path, op));
    if (byPath.size >= 5000) byPath.clear();
    byPath.set(key, out);
  }
  return out;
}
const fieldNames = new WeakMap<RecordOperation, Map<string, string>>();
const unowned = new Map<string, string>();

/** A result field's name in words, from its path: what it is with its owner where the word could be anyone's. */
function fieldNameOf(path: string[], op: RecordOperation | undefined): string {
  const last = path[path.length - 1] ?? 'value';
  const office = officeFieldName(last, path, op);
  if (office !== undefined) return office;
  // "the base is 59.57 CAD" does not say what the base is.
  if (/^base$/i.test(last) && path.length === 1) return 'base amount';
  if (/^sid$/i.test(last)) return 'ID';
  const recordValue = valueOfRecord34(path, op?.path); // "the custom field option value is …" (_specvals34.ts)
  if (recordValue !== undefined) return recordValue;
  // {counts: {"1": 0, "2": 1}}: ratings per star, not "the 1 is 0".
  if (/^[1-5]$/.test(last) && /^(counts|distribution|histogram|breakdown|ratings?_?counts?|star_?counts)$/i.test(path[path.length - 2] ?? '')) return `number of ${last}-star ratings`;
  // "datefrom", "dateto": glued bounds of a period.
  const bound = /^(date|time)(from|to|start|end)$/i.exec(last);
  if (bound) return `${/^(from|start)$/i.test(bound[2] ?? '') ? 'start' : 'end'} ${(bound[1] ?? '').toLowerCase()}`;
  // {emailHtml: "…"}, {summary_markdown: "…"}: the markup is how the field is stored, the noun is what it holds ("the email").
  const marked = /^([a-z][a-z]+?)[_-]?(?:html|markdown|md|plain|formatted|raw)$/i.exec(last);
  const words = humanizeFor(marked ? (marked[1] as string) : last, op);
  // {sentiment: {article: "neutral"}}: the article's sentiment, never "the article is neutral", wave 30.
  if (path.length > 1 && /^sentiments?$/i.test(path[path.length - 2] ?? '') && !/sentiment|score|label|polarity|link|url/i.test(last)) return /^(article|overall|text|document|body|content)$/i.test(last) ? 'sentiment' : `${words} sentiment`;
  // {followers: {total: 169}}: "the number of followers".
  if (/^(total|count)$/i.test(last) && path.length > 1) {
    const parent = humanizeFor(path[path.length - 2] ?? '', op);
    if (isPluralNoun(parent)) return `number of ${parent}`;
  }
  // GET /books/{id}/ratings → {average, count}: "the average rating", "the number of ratings".
  if (/^(average|avg|mean|count)$/i.test(last) && path.length === 1) {
    // "/orders/{id}/shipments/count": the path's own "count" is no resource ("20 counts"); the shipments are.
    const resource = (op?.path ?? '').split('/').filter((x) => /^[a-z]+$/i.test(x) && !/^(api|v\d+|count|counts|total|totals|average|stats|statistics|summary|aggregate)$/i.test(x)).pop();
    if (resource && resource.length > 3) {
      const one = singular(resource.toLowerCase());
      return /^count$/i.test(last) ? `number of ${plural(one)}` : `average ${one}`;
    }
  }
  // {rate: {value: 66.49, currency: "JPY"}}: "the rate is 66.49 JPY".
  // {difficulty: {degree: "hard"}}, {question: {text: "…"}}: a generic attribute says the parent ("the difficulty is hard").
  if (/^(value|amount)$/i.test(last) && path.length > 1) return humanizeFor(path[path.length - 2] ?? '', op);
  if (/^(degree|level|grade|text)$/i.test(last) && path.length > 1 && /^[a-z]/i.test(path[path.length - 2] ?? '') && !/^(data|results?|response|payload|body|items?|attributes|properties|info|details|content|message|error)$/i.test(path[path.length - 2] ?? '')) return humanizeFor(path[path.length - 2] ?? '', op);
  if (/^(ID|name|code|key|value|type)$/i.test(words) && path.length > 1) {
    const parent = path[path.length - 2] ?? '';
    // {QuoteOutput: {Name}}, {data: {name}}: the name of what a wrapper holds is the record's own name.
    if (/^name$/i.test(words) && (GENERIC_OWNER.test(parent) || WRAPPER_WORD.test(parent))) return words;
    // {category: {name: "Art"}}: "the category is Art", never "the category name is Art".
    // A weather condition or a status ranks by its own word: {condition: {name: "condition1"}} stays "condition name".
    if (/^name$/i.test(words) && /^[a-z]+$/i.test(parent) && !/^(condition|weather|summary|status|state|type|kind)$/i.test(parent)) return humanizeFor(parent, op);
    return `${humanizeFor(parent, op)} ${words}`.replace(/s (ID|name|code|key|value|type)$/i, ' $1');
  }
  // {refund: {total, base}}, {accountHolder: {description}}: a word that could be anyone's is said with its owner
  // ("the refund total", "the account holder description"), never as the record's own.
  const owner = path.length > 1 ? path[path.length - 2] ?? '' : '';
  if (OWNED_WORDS.test(words) && owner && !GENERIC_OWNER.test(owner)) {
    const whose = singular(humanizeFor(owner, op)).toLowerCase();
    // {price: {total, base}}: "the total price", "the base price".
    if (/^(price|cost|fare|fee)$/.test(whose) && /^(total|base|subtotal|net|gross)$/.test(words)) return `${words} ${whose}`;
    if (whose !== words) return `${whose} ${words === 'base' ? 'base amount' : words}`;
  }
  return words;
}

/** {QuoteOutput}, {StocksReply}, {searchResult}: a key that only wraps what it holds. */
const WRAPPER_WORD = /(output|reply|response|result|results|payload|wrapper|data|info)$/i;


/** {status: "INPROGRESS"}: a state glued in capitals said as words ("in progress"); else the value as it is. */
export function gluedState(name: string, value: string): string {
  if (/^(status|state)$/.test(name) && SHOUTED_STATE.test(value) && isKnownWord(value.toLowerCase())) return value.toLowerCase(); // "ACTIVE" is said "active" (wave 34)
  if (!/^(status|state)$/.test(name) || !/^(?:[A-Z]{6,}|[a-z]{6,})$/.test(value)) return value;
  const parts = gluedWords(value.toLowerCase());
  // {status: "onsale"}, {status: "notstarted"}: a state glued in lower case opens with a particle ("on sale"); a
  // compound word stays whole ("timeout", "backorder", "presale").
  if (parts && /^[a-z]/.test(value) && !GLUED_PARTICLE.test(parts[0] ?? '')) return value;
  return parts ? parts.join(' ') : value;
}

/** A state constant of one word in capitals ("ACTIVE", "LOCKED", "DELETED"): a word a person says in lower case. */
const SHOUTED_STATE = /^[A-Z]{4,}$/;

/** First words of a state glued in lower case ("onsale", "soldout", "inprogress", "notstarted"). */
const GLUED_PARTICLE = /^(on|off|in|out|not|no|sold|under|partially|awaiting)$/;
