/**
 * A result says back the instrument it was fetched for (QUALITY.md E): articles fetched for ticker AAPL are tagged
 * AAPL (`tickers: ["AAPL"]`), not GOOGL; quotes fetched for "AAPL,MSFT" are each one of those two. Only where a sent
 * argument is a ticker (`ticker`, `symbol`, `ticker_symbol`, `tickers`, upper-case codes) and the result field
 * named like it holds a ticker-like code; lists that are about other instruments (peers, movers) are left alone.
 * And a money string agrees with its record's currency: "$475.00" beside `currency: "EUR"` reads "€475.00".
 * Each is one pass over the root and its lists' records (one wrapper level), no per-call patterns.
 */
import { lastNameWord } from './_params.ts';
import { TICKER_COMPANIES } from '../world/index.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A parameter or field that names a traded instrument by its ticker. */
const SYMBOL_NAME = /^(?:(?:stock|ticker|company|instrument)_)?(ticker|tickers|symbol|symbols)$|^stock_?(code|codes)?$/;
/** A result field that names the instrument a record is about: the sent one's option root or underlying (`RootSymbol`) too. */
const SYMBOL_FIELD = /^(?:(?:stock|ticker|company|instrument|root|underlying)_)?(ticker|tickers|symbol|symbols|sym)(?:_(?:in|out))?$|^stock_?(code|codes)?$/;
/** A ticker: upper-case letters, maybe digits, a class or market suffix (`BRK.B`, `BTC-USD`, `^GSPC`). */
const TICKER = /^\^?[A-Z][A-Z0-9]{0,9}([.\-=][A-Z0-9]{1,5})?$/;
/** Operations whose lists are other instruments than the one sent: peers, similar, movers, screeners. */
const OTHER_INSTRUMENTS = /peer|similar|related|recommend|compet|correlat|gainer|loser|mover|active|trending|screen|compare/i;

/** The tickers the call was sent (`"AAPL"`, `"AAPL,MSFT"`, `["AAPL"]`), or none. */
function sentTickers(args: Readonly<Json>): string[] {
  for (const [key, value] of Object.entries(args)) {
    if (!SYMBOL_NAME.test(lastNameWord(key))) continue;
    const parts = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map((v) => (typeof v === 'string' ? v.trim() : ''));
    if (parts.length > 0 && parts.every((p) => TICKER.test(p))) return parts;
  }
  return [];
}

function echoTickerIn(record: Json, sent: readonly string[], at: number, path: string, pinned: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(record)) {
    if (!SYMBOL_FIELD.test(lastNameWord(key)) || pinned.has(path === '' ? key : `${path}.${key}`)) continue;
    const own = sent[at % sent.length]!;
    if (typeof value === 'string' && TICKER.test(value) && !sent.includes(value)) record[key] = own;
    else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && TICKER.test(v)) && !value.some((v) => sent.includes(v as string))) value[0] = own;
  }
}

/** Fields named like a sent ticker parameter hold a sent ticker (see the file comment). */
export function echoSentTickers(result: unknown, args: Readonly<Json>, operationName: string, pinnedPaths: readonly string[]): void {
  const sent = sentTickers(args);
  if (sent.length === 0 || OTHER_INSTRUMENTS.test(operationName)) return;
  const pinned = new Set(pinnedPaths);
  const visit = (value: unknown, path: string, depth: number, at: number): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, depth, i));
      return;
    }
    if (!isRecord(value)) return;
    echoTickerIn(value, sent, at, path, pinned);
    if (depth >= 1) return;
    for (const [key, child] of Object.entries(value)) if (child !== null && typeof child === 'object') visit(child, path === '' ? key : `${path}.${key}`, depth + 1, at);
  };
  visit(result, '', 0, 0);
}

/** A field naming the company or security a ticker record is about. */
const COMPANY_NAME_FIELD = /^(name|company|company_name|short_name|long_name|display_name|security_name|issuer_name|instrument_name|stock_name|legal_name)$/;
/** The word a company's name is known by ("apple" of "Apple Inc.", "walt" of "The Walt Disney Company"). */
const companyWord = (company: string): string => company.replace(/^The /, '').split(/[\s.]/)[0]!.toLowerCase();

/** The known company of the first symbol field of a record holding a well-known ticker, if any. */
function tickerCompany(record: Json): [string, string] | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !SYMBOL_FIELD.test(lastNameWord(key))) continue;
    const company = TICKER_COMPANIES[value];
    if (company !== undefined) return [value, company];
  }
  return undefined;
}

/**
 * A record about a well-known ticker is named for its company (QUALITY.md E): `{Symbol: "AAPL", Name: "Tesla Inc"}`
 * reads `Name: "Apple Inc."`. A name that already says the company or the ticker stays. One pass over records
 * to four levels deep.
 */
export function namesOfTickers(result: unknown, pinnedPaths: readonly string[]): void {
  const pinned = new Set(pinnedPaths);
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1));
    const record = value as Json;
    const known = tickerCompany(record);
    for (const [key, child] of Object.entries(record)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (child !== null && typeof child === 'object') visit(child, at, depth + 1);
      else if (known && typeof child === 'string' && COMPANY_NAME_FIELD.test(lastNameWord(key)) && !pinned.has(at)) {
        const lower = child.toLowerCase();
        if (!lower.includes(companyWord(known[1])) && !lower.split(/[^a-z0-9]+/).includes(known[0].toLowerCase())) record[key] = known[1];
      }
    }
  };
  visit(result, '', 0);
}

/** The sign each currency is written with; a currency missing here is written by its code. */
const SIGN: Readonly<Record<string, string>> = { USD: '$', CAD: '$', AUD: '$', NZD: '$', SGD: '$', HKD: '$', MXN: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩' };
const MONEY_TEXT = /^([$€£¥₹₩])\s?(\d[\d,]*(?:\.\d+)?)$/;
const CURRENCY_KEY = /^(currency|currency_code|currency_id|currency_iso)$/;

/** A money string in a record with a currency code is written in that currency (see the file comment). */
export function moneyTextsAgree(result: unknown): void {
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const obj = node as Json;
    const currencyKey = Object.keys(obj).find((k) => CURRENCY_KEY.test(lastNameWord(k)) && typeof obj[k] === 'string' && /^[A-Z]{3}$/.test(obj[k] as string));
    const code = currencyKey === undefined ? undefined : (obj[currencyKey] as string);
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string') {
        const m = code !== undefined ? MONEY_TEXT.exec(v) : null;
        if (m && SIGN[code!] !== m[1] && !(m[1] === '$' && SIGN[code!] === '$')) obj[k] = SIGN[code!] !== undefined ? `${SIGN[code!]}${m[2]}` : `${m[2]} ${code}`;
      } else if (v !== null && typeof v === 'object') walk(v, depth + 1);
    }
  };
  walk(result, 0);
}

/** A record of a result that says the request back (`parameters: {query, near}`). */
const REQUEST_ECHO = /^(parameters|params|request|request_parameters|search_parameters|query_parameters|input|args|arguments)$/;
/** A place said of a request: where it searched. */
const PLACE_ARG = /^(near|location|loc|city|country|region|address|place|lat|lng|lon|latitude|longitude|zip|postcode|postal_code|coordinates|ll)$/;

/**
 * The request a result says back holds only what was sent (QUALITY.md E): a search sent `query: "ice cream"` alone
 * is never echoed as searched near "Stockholm". An unsent place is dropped; unsent defaults (units, zoom) stay.
 */
export function dropUnsentPlaces(result: unknown, args: Readonly<Json>): void {
  if (!isRecord(result)) return;
  const sent = new Set(Object.keys(args).map((k) => lastNameWord(k)));
  const wrappers = [result, ...Object.values(result).filter(isRecord)];
  for (const wrapper of wrappers) {
    for (const [key, echo] of Object.entries(wrapper)) {
      if (!isRecord(echo) || !REQUEST_ECHO.test(lastNameWord(key))) continue;
      const keys = Object.keys(echo);
      if (!keys.some((k) => sent.has(lastNameWord(k)))) continue;
      for (const k of keys) if (!sent.has(lastNameWord(k)) && PLACE_ARG.test(lastNameWord(k))) delete echo[k];
    }
  }
}

/** A parent-id argument (`order_id`, `orderId`) and the noun it names (`order`). */
const PARENT_ARG = /^([a-z]+)_?id$/i;
const CITED = /\b([A-Z][a-z]+)\s+#(\d+)\b/g;

/**
 * Texts of records fetched for a parent (`order_id: 820005`) that cite that kind of parent by number cite the sent
 * one: "Re: Order #181" reads "Re: Order #820005". One pass over the root and its lists' records' strings.
 */
export function citeSentParent(result: unknown, args: Readonly<Json>): void {
  const parents = new Map<string, string>();
  for (const [key, value] of Object.entries(args)) {
    const m = PARENT_ARG.exec(key);
    if (m && (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))) parents.set(m[1]!.toLowerCase(), String(value));
  }
  if (parents.size === 0) return;
  const fix = (record: Json): void => {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && value.includes('#')) record[key] = value.replace(CITED, (all, noun: string) => (parents.has(noun.toLowerCase()) ? `${noun} #${parents.get(noun.toLowerCase())!}` : all));
    }
  };
  const items = Array.isArray(result) ? result : isRecord(result) ? [result, ...Object.values(result).filter(Array.isArray).flat()] : [];
  for (const item of items) if (isRecord(item)) fix(item);
}
