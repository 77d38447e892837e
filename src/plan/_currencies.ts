/**
 * A currency's own record ({code, name, symbol}) agrees with itself and the world: its name and symbol are those of
 * its code, the items of a list of currencies are different currencies, and the one the user asked about is that one.
 * "About SGD: the currency code is THB and the symbol is €" is never written.
 */
import { CURRENCY_CODES, currencyFacts } from '../world/index.ts';

const CODE = /^(code|currency|currency_?code|currency_?iso|iso_?currency|iso_?code|iso|iso_?4217|alpha_?code)$/i;
const SYMBOL = /^(symbol|currency_?symbol|sign|symbol_?native)$/i;
const NAME = /^(name|currency_?name|display_?name|full_?name|title|description)$/i;
const COUNTRY = /^(country|country_?name|issuer|region)$/i;
const CURRENCY_WORD = /currenc/i;

const MONEY_KEY = /price|amount|total|cost|fee|balance|rate|value|change|volume|open|close|market|quantity|shares/i;

/**
 * The key of a currency record's code: a three-letter code beside a symbol or a name, in a record of currencies (under
 * a `currencies` key, or its code key names the currency). A stock quote ({symbol: "TSLA", currency: "USD", price}) and
 * a priced record are not one.
 */
export function currencyRecordCode(obj: Record<string, unknown>, parentKey: string): string | undefined {
  const keys = Object.keys(obj);
  if (keys.length > 8 || keys.some((k) => MONEY_KEY.test(k))) return undefined;
  const code = keys.find((k) => CODE.test(k) && typeof obj[k] === 'string' && /^[A-Z]{3}$/.test(obj[k] as string));
  if (code === undefined) return undefined;
  // Outside a currency list, a `currency_code` beside a symbol that is no ticker ("TSLA" is a stock's).
  const symbol = keys.find((k) => SYMBOL.test(k));
  const ticker = symbol !== undefined && typeof obj[symbol] === 'string' && /^[A-Z][A-Z.]{0,5}$/.test(obj[symbol] as string) && !currencyFacts(obj[symbol] as string);
  const about = CURRENCY_WORD.test(parentKey) || (/currenc.*code|iso/i.test(code) && symbol !== undefined && !ticker);
  return about && keys.some((k) => SYMBOL.test(k) || NAME.test(k)) ? code : undefined;
}

/** Sets a currency record's name, symbol and country from its code; a code not in the table becomes `fallback`. */
function settleRecord(obj: Record<string, unknown>, codeKey: string, code: string): void {
  const facts = currencyFacts(code)!;
  obj[codeKey] = facts.code;
  for (const k of Object.keys(obj)) {
    if (k === codeKey || typeof obj[k] !== 'string') continue;
    if (SYMBOL.test(k)) obj[k] = facts.symbol;
    else if (NAME.test(k)) obj[k] = facts.name;
    else if (COUNTRY.test(k)) obj[k] = facts.country;
  }
}

/**
 * Settles every currency record under `value`: one asked about (`asked`, the user's code) is that currency, a list's
 * items are different currencies (a lone record of no known code is the home place's) (a repeat or an unknown code takes the next unused one of the table).
 */
export function settleCurrencyRecords(value: unknown, asked: string | undefined, home: string | undefined): void {
  const walk = (node: unknown, parentKey: string, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) {
      const used = new Set<string>();
      let next = 0;
      for (const item of node) {
        const obj = item as Record<string, unknown>;
        const codeKey = item && typeof item === 'object' && !Array.isArray(item) ? currencyRecordCode(obj, parentKey) : undefined;
        if (codeKey === undefined) { walk(item, parentKey, depth + 1); continue; }
        let code = (obj[codeKey] as string);
        if (used.size === 0 && asked !== undefined && currencyFacts(asked)) code = asked;
        while (used.has(code) || !currencyFacts(code)) {
          // The next unused code, starting from one the item's code picks so lists differ between dialogues.
          if (next === 0) next = 1 + ([...code].reduce((s, c) => s + c.charCodeAt(0), 0) % CURRENCY_CODES.length);
          code = CURRENCY_CODES[next++ % CURRENCY_CODES.length]!;
          if (next > 3 * CURRENCY_CODES.length) break;
        }
        used.add(code);
        settleRecord(obj, codeKey, code);
      }
      return;
    }
    const obj = node as Record<string, unknown>;
    const codeKey = currencyRecordCode(obj, parentKey);
    if (codeKey !== undefined) {
      const own = obj[codeKey] as string;
      const code = asked !== undefined && currencyFacts(asked) ? asked : currencyFacts(own) ? own : home !== undefined && currencyFacts(home) ? home : 'USD';
      settleRecord(obj, codeKey, code);
      return;
    }
    for (const [k, v] of Object.entries(obj)) if (v && typeof v === 'object') walk(v, k, depth + 1);
  };
  walk(value, '', 0);
}
