/**
 * Records that are the entity asked for (QUALITY.md E). `ticker_company_mismatch`: a record about a well-known
 * ticker is never named for another well-known company (`{Symbol: "AAPL", Name: "Tesla Inc"}`).
 * `symbol_lookup_not_echoed`: a call sent one ticker, and the result's lookup fields (`SymbolIn`, `SymbolOut`,
 * `requested_symbol`) say that ticker back, never another. `email_not_of_name`: a person's email names that person
 * (the minister "Marco Sato" does not write from travis.vonrueden52@hotmail.com); firms, teams and templates are not
 * read. `list_filter_missing`: records listed for a label, tag or category (`label: "Important"`) carry it in their
 * plural field (`labels`). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ECHO16_INVARIANTS = ['ticker_company_mismatch', 'symbol_lookup_not_echoed', 'email_not_of_name', 'list_filter_missing'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The word each well-known ticker's company is known by. */
const COMPANY_WORD: Readonly<Record<string, string>> = {
  AAPL: 'apple', MSFT: 'microsoft', GOOGL: 'alphabet', GOOG: 'alphabet', AMZN: 'amazon', TSLA: 'tesla', NVDA: 'nvidia',
  JPM: 'jpmorgan', KO: 'coca-cola', META: 'meta', NFLX: 'netflix', DIS: 'disney', WMT: 'walmart', INTC: 'intel', ORCL: 'oracle',
  XOM: 'exxon', PEP: 'pepsico',
};
const COMPANY_WORDS = [...new Set(Object.values(COMPANY_WORD))];
const SYMBOL_KEY = /^(?:(?:stock|ticker|company|instrument)_)?(ticker|symbol)$/;
const NAME_KEY = /^(name|company|company_name|short_name|long_name|display_name|security_name|issuer_name|instrument_name|stock_name|legal_name)$/;
const LOOKUP_KEY = /^(symbol_in|symbol_out|ticker_in|ticker_out|requested_symbol|input_symbol|symbol_requested)$/;
const TICKER_VALUE = /^\^?[A-Z][A-Z0-9]{0,9}([.\-=][A-Z0-9]{1,5})?$/;
const NOT_A_PERSON = /\b(group|labs?|holdings|inc|llc|llp|ltd|plc|corp|co|company|gmbh|ag|ab|as|asa|sa|sas|sarl|srl|spa|bv|nv|oy|pty|kk|digital|tech|technologies|software|consulting|logistics|ventures|capital|industries|enterprises|global|international|networks?|design|creative|works|foods|health|template|team|partners|studios?|media|systems|solutions|services|bank|club|fund|foundation|ministry|department|office|agency|store|shop|mix|list|playlist|support|sales|news)\b/i;
const PERSON_NAME = /^[A-Z][A-Za-zÀ-ÿ'’-]+(?: [A-Z][A-Za-zÀ-ÿ'’-]+){1,2}$/;
const SOLE_NAME_KEYS = ['name', 'full_name', 'display_name', 'headline', 'contact_name', 'person_name'];
const LIST_FILTER = /^(label|tag|category|genre)$/;
const plural = (word: string): string => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);
const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** Records of a result to four levels down, each once. */
function eachRecord(value: unknown, visit: (record: Json) => void, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v) => eachRecord(v, visit, depth + 1));
  visit(value as Json);
  for (const child of Object.values(value as Json)) if (child !== null && typeof child === 'object') eachRecord(child, visit, depth + 1);
}

/** A record naming a well-known ticker for another well-known company: the message, or none. */
function tickerCompany(record: Json): string | undefined {
  const keys = Object.keys(record);
  const symbol = keys.map((k) => record[k]).find((v, i) => typeof v === 'string' && COMPANY_WORD[v] !== undefined && SYMBOL_KEY.test(words(keys[i]!))) as string | undefined;
  if (symbol === undefined) return undefined;
  const own = COMPANY_WORD[symbol]!;
  for (const key of keys) {
    const name = record[key];
    if (typeof name !== 'string' || !NAME_KEY.test(words(key))) continue;
    const lower = name.toLowerCase();
    if (lower.includes(own)) continue;
    const other = COMPANY_WORDS.find((w) => w !== own && new RegExp(`\\b${w}\\b`).test(lower));
    if (other !== undefined) return `${symbol} is named "${name}"`;
  }
  return undefined;
}

/** An email of a record beside a person's name that shares no word with it: the message, or none. */
function emailOfOther(record: Json): string | undefined {
  // Most records have no email field: no map of their keys to build.
  if (!Object.keys(record).some((k) => words(k).includes('mail'))) return undefined;
  const byWords = new Map(Object.keys(record).map((k) => [words(k), k]));
  for (const [w, key] of byWords) {
    const email = record[key];
    const m = /^(.*?)_?e_?mail(?:_address|_html)?$/.exec(w);
    if (!m || typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email)) continue;
    const party = m[1] ?? '';
    const nameKey = (party === '' ? SOLE_NAME_KEYS : [`${party}_name`, `${party}_full_name`]).map((k) => byWords.get(k)).find((k) => k !== undefined);
    const name = nameKey === undefined ? undefined : record[nameKey];
    if (typeof name !== 'string' || !PERSON_NAME.test(name) || NOT_A_PERSON.test(name)) continue;
    const local = fold(email.split('@')[0]!);
    if (!name.split(' ').some((part) => fold(part).length >= 2 && local.includes(fold(part)))) return `${name} has the email ${email}`;
  }
  return undefined;
}

/** Items of a list that lack the label or tag they were listed for: the message, or none. */
function filterMissing(result: unknown, args: Json): string | undefined {
  const filters = Object.entries(args).filter(([k, v]) => LIST_FILTER.test(words(k)) && typeof v === 'string' && v !== '').map(([k, v]) => [plural(words(k)), (v as string).toLowerCase()] as const);
  if (filters.length === 0) return undefined;
  const items = Array.isArray(result) ? result : isRecord(result) ? Object.values(result).filter(Array.isArray).flat() : [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item)) {
      const values = item[key];
      const filter = filters.find(([plural]) => plural === words(key));
      if (filter === undefined || !Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) continue;
      if (!values.some((v) => (v as string).toLowerCase() === filter[1])) return `listed for ${filter[1]}, an item's ${key} is ${JSON.stringify(values)}`;
    }
  }
  return undefined;
}

export function checkEcho16(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, { args: Json }>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, { args: (turn.call.arguments ?? {}) as Json });
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const call = argsOf.get(turn.call_id);
    const sent = call === undefined ? undefined : (Object.entries(call.args).find(([k, v]) => SYMBOL_KEY.test(words(k)) && typeof v === 'string' && TICKER_VALUE.test(v))?.[1] as string | undefined);
    let ticker: string | undefined, lookup: string | undefined, email: string | undefined;
    eachRecord(turn.result, (r) => {
      ticker ??= tickerCompany(r);
      email ??= emailOfOther(r);
      if (sent !== undefined && lookup === undefined) {
        const key = Object.keys(r).find((k) => LOOKUP_KEY.test(words(k)) && typeof r[k] === 'string' && TICKER_VALUE.test(r[k] as string) && r[k] !== sent);
        if (key !== undefined) lookup = `sent ${sent}, the result's ${key} is ${String(r[key])}`;
      }
    });
    if (ticker !== undefined) add('ticker_company_mismatch', at, ticker);
    if (lookup !== undefined) add('symbol_lookup_not_echoed', at, lookup);
    if (email !== undefined) add('email_not_of_name', at, email);
    const missing = call === undefined ? undefined : filterMissing(turn.result, call.args);
    if (missing !== undefined) add('list_filter_missing', at, missing);
  });
}
