/**
 * Amounts of money as a person says them: cents in two digits ("556.20 NOK", never "556.2 NOK"). Shared by the
 * realizer (which writes them so) and the checker (which rejects a reply that does not).
 */

/** ISO 4217 codes a reply may name after an amount; a three-letter word outside it ("the 5.5 GHZ band") is no money. */
const CURRENCIES = new Set(
  'USD EUR GBP JPY CNY CHF CAD AUD NZD SEK NOK DKK PLN CZK HUF RON BGN HRK ISK TRY RUB UAH INR IDR MYR SGD THB PHP VND KRW HKD TWD ZAR NGN KES EGP MAD ILS AED SAR QAR KWD BHD OMR JOD BRL MXN ARS CLP COP PEN UYU PKR BDT LKR GHS TZS UGX XOF XAF'.split(' '),
);
/** Currencies without cents: their amounts are whole, so a single decimal there is not padded. */
const NO_CENTS = new Set(['JPY', 'KRW', 'ISK', 'VND', 'CLP', 'UGX', 'XOF', 'XAF']);

// "556.2 NOK", "$72.6", "27.5 to 67.5 USD": one digit after the point, then a currency (or a symbol before).
// Never "$1.2 million": a scale word after the figure makes it a rounded figure, not an amount in cents.
const CODE_AFTER = /(?<![\d.,])(-?\d[\d,]*\.\d)(?!\d)((?: to -?\d[\d,]*(?:\.\d+)?)? ([A-Z]{3}))\b(?! ?(?:million|billion|thousand|trillion)\b)/g;
const RANGE_END = / to (-?\d[\d,]*\.\d)(?!\d) ([A-Z]{3})\b/g;
const SYMBOL_BEFORE = /(?<![\w.])([$€£])(\d[\d,]*\.\d)(?![\d.]?\d)(?! ?(?:million|billion|thousand|trillion|bn|mn|[kKmMbB])\b)/g;

const cents = (code: string): boolean => CURRENCIES.has(code) && !NO_CENTS.has(code);

/** The text with every amount of one decimal in a currency with cents said with two: "-556.2 NOK" → "-556.20 NOK". */
export function moneyInCents(text: string): string {
  if (!/\.\d/.test(text)) return text;
  return text
    .replace(CODE_AFTER, (all, figure: string, rest: string, code: string) => (cents(code) ? `${figure}0${rest}` : all))
    .replace(RANGE_END, (all, figure: string, code: string) => (cents(code) ? ` to ${figure}0 ${code}` : all))
    .replace(SYMBOL_BEFORE, (_all, symbol: string, figure: string) => `${symbol}${figure}0`);
}

/** The first amount said with one decimal ("556.2 NOK", "$72.6"), or undefined. */
export function oneDecimalMoney(text: string): string | undefined {
  if (!/\.\d/.test(text)) return undefined;
  for (const re of [CODE_AFTER, RANGE_END, SYMBOL_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const code = re === SYMBOL_BEFORE ? 'USD' : (m[3] ?? m[2] ?? '');
      if (cents(re === RANGE_END ? (m[2] ?? '') : code)) return m[0].trim();
    }
  }
  return undefined;
}
