/**
 * A listing is priced in its market's currency (QUALITY.md E): a stock record with a ticker (`Symbol: "JPM"`)
 * and a currency says the currency of the exchange it names (NASDAQ → USD, LSE → GBP), else of its ticker's
 * market suffix (`VOD.L` → GBP, `SAP.DE` → EUR), and a bare one-to-five-letter ticker is a US listing (USD):
 * never JPM in CLP. Called per object by `agreeFields`.
 */

const SYMBOL_KEY = /^(symbol|ticker|ticker_?symbol|stock_?symbol|underlying_?sym(bol)?)$/i;
const CURRENCY_KEY = /^(currency|currency_?code|price_?currency|trading_?currency)$/i;
const EXCHANGE_KEY = /^(exchange|exchange_?name|market|exchange_?code|primary_?exchange|listing_?exchange)$/i;

const BY_EXCHANGE: readonly [RegExp, string][] = [
  [/^(nasdaq|nyse|amex|nyse ?arca|arca|bats|cboe|otc|nms|ngm|ncm|nyq|nmq|us|cme|cbot|comex|nymex|globex)\b/i, 'USD'],
  [/^(lse|london|lon)\b/i, 'GBP'],
  [/^(tsx|tsxv|toronto)\b/i, 'CAD'],
  [/^(xetra|fra|frankfurt|euronext|epa|ams|bru|lis|bit|mil|bme|mce)\b/i, 'EUR'],
  [/^(tse|jpx|tyo|tokyo)\b/i, 'JPY'],
  [/^(hkex|hkg|hong ?kong)\b/i, 'HKD'],
  [/^(asx)\b/i, 'AUD'],
  [/^(six|swx)\b/i, 'CHF'],
  [/^(nse|bse)\b/i, 'INR'],
];
const BY_SUFFIX: Readonly<Record<string, string>> = {
  L: 'GBP', TO: 'CAD', V: 'CAD', PA: 'EUR', DE: 'EUR', F: 'EUR', AS: 'EUR', MI: 'EUR', MC: 'EUR', BR: 'EUR', LS: 'EUR',
  T: 'JPY', HK: 'HKD', AX: 'AUD', SW: 'CHF', NS: 'INR', BO: 'INR', SA: 'BRL', SS: 'CNY', SZ: 'CNY', KS: 'KRW', ST: 'SEK', OL: 'NOK', CO: 'DKK',
};
/** Coins and currencies have symbols too, but a coin is quoted in whatever currency was asked. */
const NOT_STOCK = /^(BTC|ETH|USDT|USDC|BNB|SOL|XRP|ADA|DOGE|DOT|LTC|TRX|AVAX|SHIB|MATIC|LINK|XLM|BCH|ATOM|XMR|ETC|UNI|USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|XAU|XAG)$/;
const COIN_KEY = /coin|crypto|token|pair|forex|fx_?rate/i;
const TICKER = /^([A-Z]{1,5})(?:\.([A-Z]{1,2}))?$/;

/** The currency a listing trades in, from its exchange or its ticker; undefined when neither says. */
export function listingCurrency(symbol: string, exchange: string | undefined): string | undefined {
  if (exchange !== undefined) {
    const hit = BY_EXCHANGE.find(([test]) => test.test(exchange.trim()));
    if (hit) return hit[1];
  }
  const m = TICKER.exec(symbol);
  if (!m || NOT_STOCK.test(m[1]!)) return undefined;
  return m[2] === undefined ? 'USD' : BY_SUFFIX[m[2]];
}

/** A stock record's currency made its market's (see the file comment); a currency the chain reads stays. */
export function listingInItsCurrency(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  let symbol: string | undefined;
  let currencyKey: string | undefined;
  let exchange: string | undefined;
  for (const k in obj) {
    const v = obj[k];
    if (COIN_KEY.test(k)) return;
    if (typeof v !== 'string') continue;
    if (SYMBOL_KEY.test(k)) symbol = v;
    else if (CURRENCY_KEY.test(k) && /^[A-Z]{3}$/.test(v)) currencyKey = k;
    else if (EXCHANGE_KEY.test(k)) exchange = v;
  }
  if (symbol === undefined || currencyKey === undefined || !free(currencyKey)) return;
  const currency = listingCurrency(symbol, exchange);
  if (currency !== undefined) obj[currencyKey] = currency;
}
