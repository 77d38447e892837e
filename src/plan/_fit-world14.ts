/**
 * One last walk over a finished result for facts that contradict each other or the world (QUALITY.md E), run after
 * list items were renamed (a renamed holiday must move to its own day): a named holiday on its real date, alerts
 * of one place that do not contradict, an artist's genres from one family (a known artist's own). No randomness;
 * values the call sent or the chain reads (`keep`) never change.
 */
import { agreeHoliday, holidayDate } from './_holidays.ts';
import { ownCountryHolidays } from './_holidays17.ts';
import { agreeAlertList } from './_alerts.ts';
import { genresLike, knownArtistGenres, oneFamily } from './_genres.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { BOOKS } from './_works.ts';
import { famousFollowers30 } from './_people-coherence30.ts';

type Json = Record<string, unknown>;
const words = snakeKey;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const ALERT_LIST = /(^|_)(alerts?|warnings?|advisories)$/;
const ARTIST_NAME = /^(name|artist|artist_name)$/;

export function fitWorldFacts(result: unknown, keep: ReadonlySet<string>): void {
  visit(result, '', keep, 0);
}

function visit(value: unknown, key: string, keep: ReadonlySet<string>, depth: number): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    ownCountryHolidays(value, keep);
    for (const item of value) visit(item, '', keep, depth + 1);
    if (value.length > 1 && ALERT_LIST.test(words(key))) agreeAlertList(value, (r) => Object.values(r).some((v) => keep.has(JSON.stringify(v))));
    if (value.length > 1 && isRecord(value[0])) marketsAgree(value, keep);
    return;
  }
  const record = value as Json;
  if (depth === 0) ownCountryHolidays([record], keep);
  for (const [k, v] of Object.entries(record)) if (v && typeof v === 'object') visit(v, k, keep, depth + 1);
  const keys = Object.keys(record);
  const nameKey = keys.find((k) => words(k) === 'name');
  if (nameKey !== undefined && typeof record[nameKey] === 'string' && holidayDate(record[nameKey] as string, 2026) !== undefined) agreeHoliday(record, keys, words, keys.filter((k) => keep.has(JSON.stringify(record[k]))));
  artistGenres(record, keep);
  famousFollowers30(record, keep);
  storyOfKnownWork(record, keep);
  spanInOrder(record, keep);
}

/** An artist's `genres`: a known artist's own, else all of the first genre's family. */
function artistGenres(record: Json, keep: ReadonlySet<string>): void {
  const genres = record['genres'];
  if (!Array.isArray(genres) || genres.length === 0 || !genres.every((g) => typeof g === 'string') || keep.has(JSON.stringify(genres))) return;
  const nameKey = Object.keys(record).find((k) => ARTIST_NAME.test(words(k)) && typeof record[k] === 'string');
  const known = nameKey !== undefined ? knownArtistGenres(record[nameKey] as string) : undefined;
  if (known !== undefined) record['genres'] = known.slice(0, Math.max(1, Math.min(genres.length, known.length)));
  else if (genres.length > 1 && !oneFamily(genres as string[])) record['genres'] = genresLike(genres[0] as string, genres.length);
}

const EXCHANGE = /^(exchange|exchange_name|exchange_id|market|market_name|venue)$/;
const QUOTE = /^(price|price_usd|last|last_price|price_quote|quote|rate)$/;
/** Keys that tell apart what is quoted (a list of pairs may price BTC and ETH on one exchange). */
const QUOTED = /^(pair|symbol|base|quote_currency|base_currency|asset|coin|currency|market_pair|ticker)$/;
const EXCHANGES = ['Coinbase', 'Binance', 'Kraken', 'Bitstamp', 'Bitfinex', 'Gemini', 'OKX', 'KuCoin', 'Bybit', 'Huobi'];

/**
 * One asset quoted on several exchanges: the exchanges are distinct and the prices agree within about 1 % of the
 * first (arbitrage keeps them close; Coinbase twice at 352.71 and 404.94 reads as noise).
 */
function marketsAgree(list: unknown[], keep: ReadonlySet<string>): void {
  const first = list[0] as Json;
  const exchangeKey = Object.keys(first).find((k) => EXCHANGE.test(words(k)) && typeof first[k] === 'string');
  const priceKey = Object.keys(first).find((k) => QUOTE.test(words(k)) && typeof first[k] === 'number');
  if (exchangeKey === undefined || priceKey === undefined || !list.every((r) => isRecord(r) && typeof r[exchangeKey] === 'string' && typeof r[priceKey] === 'number')) return;
  const rows = list as Json[];
  for (const k of Object.keys(first)) if (QUOTED.test(words(k)) && rows.some((r) => r[k] !== first[k])) return;
  const anchor = first[priceKey] as number;
  const used = new Set<string>();
  rows.forEach((row, i) => {
    const name = row[exchangeKey] as string;
    if (used.has(name) && !keep.has(JSON.stringify(name))) row[exchangeKey] = EXCHANGES.find((e) => !used.has(e) && !rows.some((r) => r[exchangeKey] === e)) ?? name;
    used.add(row[exchangeKey] as string);
    const price = row[priceKey] as number;
    if (i === 0 || anchor <= 0 || Math.abs(price / anchor - 1) <= 0.05 || keep.has(JSON.stringify(price))) return;
    const decimals = Math.min(8, (String(price).split('.')[1] ?? '').length);
    const spread = (((i * 37) % 21) - 10) / 1000;
    row[priceKey] = Number((anchor * (1 + spread)).toFixed(decimals));
  });
}

const STORY = /^(synopsis|plot|alt_plot|overview|summary|description)$/;
const TITLE = /^(title|name|original_title)$/;
const ABOUT = new Map(BOOKS.map((b) => [b.title.toLowerCase(), b.about]));

/** A real work keeps its real story (The Brothers Karamazov is never "the story of an architect torn between two cities"). */
function storyOfKnownWork(record: Json, keep: ReadonlySet<string>): void {
  const titleKey = Object.keys(record).find((k) => TITLE.test(words(k)) && typeof record[k] === 'string');
  const about = titleKey !== undefined ? ABOUT.get((record[titleKey] as string).toLowerCase()) : undefined;
  if (about === undefined) return;
  for (const k of Object.keys(record)) if (STORY.test(words(k)) && typeof record[k] === 'string' && record[k] !== about && !keep.has(JSON.stringify(record[k]))) record[k] = about;
}

const SPAN_START = /^(start_date|first_date|begin_date|earliest_date|from_date)$/;
const SPAN_END = /^(latest_date|end_date|last_date|to_date|until_date)$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** A span's first date is not after its last ("start_date" 2026 beside "latest_date" 2024): the two trade places. */
function spanInOrder(record: Json, keep: ReadonlySet<string>): void {
  const keys = Object.keys(record);
  const start = keys.find((k) => SPAN_START.test(words(k)));
  const end = keys.find((k) => SPAN_END.test(words(k)));
  if (start === undefined || end === undefined) return;
  const [a, b] = [record[start], record[end]];
  if (typeof a !== 'string' || typeof b !== 'string' || !ISO_DAY.test(a) || !ISO_DAY.test(b) || a <= b || a.length !== b.length) return;
  if (keep.has(JSON.stringify(a)) || keep.has(JSON.stringify(b))) return;
  record[start] = b;
  record[end] = a;
}
