/**
 * A result about one symbol names that symbol only (QUALITY.md E, rd35 control): option fundamentals asked for KO
 * came back from Tesla's recorded example, "SecName": "Tesla, Inc.", deliverables "100 TSLA", expiration roots
 * TSLA and AAPL. Where the call sent one listed stock symbol and every symbol field of the result is that symbol,
 * another listed ticker inside a text is the example's and becomes the symbol sent, and a company name naming
 * another listed company becomes the sent symbol's company. A result listing several symbols keeps them. Values
 * the chain reads (pinned) stay.
 */
import { marketLevel, STOCK_COMPANIES } from '../world/index.ts';
import { squashedKey } from '../text/key-words-speed28.ts';

type Obj = Record<string, unknown>;

const SYMBOL_ARG = /^(symbol|ticker|tickersymbol|stocksymbol|stock)$/;
/** A record's own symbol: a second value here means the result lists several symbols, which it keeps. */
const PRIMARY_FIELD = /^(symbol|ticker|tickersymbol|stocksymbol)$/;
const SYMBOL_FIELD = /^(symbol|ticker|tickersymbol|stocksymbol|underlyingsym|underlyingsymbol|underlying|rootsymbol|root|sym)$/;
const COMPANY_FIELD = /^(secname|securityname|companyname|company|longname|shortname|issuername|name)$/;
const TICKER_WORD = /\b[A-Z]{2,5}\b/g;

/** Every string in `node` with its object and key, to a small depth. */
function strings(node: unknown, visit: (obj: Obj, key: string, value: string) => void, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => (typeof item === 'string' ? visit(node as unknown as Obj, String(i), item) : strings(item, visit, depth + 1)));
    return;
  }
  for (const [k, v] of Object.entries(node as Obj)) typeof v === 'string' ? visit(node as Obj, k, v) : strings(v, visit, depth + 1);
}

/** Other listed stock tickers (and their companies) in a one-symbol result, made the sent symbol's, in place. */
export function oneSymbolTexts35(result: unknown, args: Readonly<Record<string, unknown>>, pinned: ReadonlySet<string>): void {
  const argKey = Object.keys(args).find((k) => SYMBOL_ARG.test(squashedKey(k)));
  const sent = argKey === undefined ? undefined : args[argKey];
  if (typeof sent !== 'string' || !/^[A-Z]{1,5}$/.test(sent) || !result || typeof result !== 'object') return;
  const level = marketLevel(sent);
  if (level?.kind !== 'stock') return;
  let own = false;
  let several = false;
  strings(result, (_o, k, v) => {
    const key = squashedKey(k);
    if (SYMBOL_FIELD.test(key) && v === sent) own = true;
    else if (PRIMARY_FIELD.test(key) && v !== sent && /^[A-Z.]{1,6}$/.test(v)) several = true;
  });
  if (!own || several) return;
  strings(result, (obj, k, v) => {
    if (pinned.has(JSON.stringify(v))) return;
    const key = squashedKey(k);
    if (COMPANY_FIELD.test(key) && otherCompany(v, level.name)) obj[k] = level.name;
    else if (SYMBOL_FIELD.test(key) && v !== sent && marketLevel(v)?.kind === 'stock') obj[k] = sent;
    else if (v.length <= 24 && (/\d/.test(v) || key.includes('deliverable'))) obj[k] = v.replace(TICKER_WORD, (w) => (w !== sent && marketLevel(w)?.kind === 'stock' ? sent : w));
  });
}

/** Whether a company text names a listed company other than `name` ("Tesla, Inc." beside Coca-Cola). */
const otherCompany = (text: string, name: string): boolean => !text.includes(name) && STOCK_COMPANIES.some((c) => c !== name && text.includes(c));
