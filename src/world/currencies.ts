/**
 * One currency's facts, all of the same currency: its ISO 4217 code, English name, symbol and the country that
 * issues it. A currency record in a result takes them all, so THB is never "SGD" with the symbol €.
 */
export interface CurrencyFacts {
  code: string;
  name: string;
  symbol: string;
  country: string;
}

/** [code, name, symbol, country] of the currencies users ask about most, in a fixed order. */
const TABLE: readonly (readonly [string, string, string, string])[] = [
  ['USD', 'US Dollar', '$', 'United States'], ['EUR', 'Euro', '€', 'European Union'], ['GBP', 'British Pound', '£', 'United Kingdom'],
  ['JPY', 'Japanese Yen', '¥', 'Japan'], ['CHF', 'Swiss Franc', 'CHF', 'Switzerland'], ['CAD', 'Canadian Dollar', 'CA$', 'Canada'],
  ['AUD', 'Australian Dollar', 'A$', 'Australia'], ['NZD', 'New Zealand Dollar', 'NZ$', 'New Zealand'], ['CNY', 'Chinese Yuan', '¥', 'China'],
  ['INR', 'Indian Rupee', '₹', 'India'], ['KRW', 'South Korean Won', '₩', 'South Korea'], ['SGD', 'Singapore Dollar', 'S$', 'Singapore'],
  ['THB', 'Thai Baht', '฿', 'Thailand'], ['BRL', 'Brazilian Real', 'R$', 'Brazil'], ['MXN', 'Mexican Peso', 'MX$', 'Mexico'],
  ['SEK', 'Swedish Krona', 'kr', 'Sweden'], ['NOK', 'Norwegian Krone', 'kr', 'Norway'], ['DKK', 'Danish Krone', 'kr', 'Denmark'],
  ['PLN', 'Polish Zloty', 'zł', 'Poland'], ['CZK', 'Czech Koruna', 'Kč', 'Czechia'], ['HUF', 'Hungarian Forint', 'Ft', 'Hungary'],
  ['ZAR', 'South African Rand', 'R', 'South Africa'], ['TRY', 'Turkish Lira', '₺', 'Turkey'], ['AED', 'UAE Dirham', 'AED', 'United Arab Emirates'],
  ['HKD', 'Hong Kong Dollar', 'HK$', 'Hong Kong'], ['ILS', 'Israeli New Shekel', '₪', 'Israel'], ['KES', 'Kenyan Shilling', 'KSh', 'Kenya'],
  ['ETB', 'Ethiopian Birr', 'Br', 'Ethiopia'], ['NGN', 'Nigerian Naira', '₦', 'Nigeria'], ['EGP', 'Egyptian Pound', 'E£', 'Egypt'],
  ['ARS', 'Argentine Peso', 'AR$', 'Argentina'], ['CLP', 'Chilean Peso', 'CL$', 'Chile'], ['COP', 'Colombian Peso', 'COL$', 'Colombia'],
  ['PEN', 'Peruvian Sol', 'S/', 'Peru'], ['IDR', 'Indonesian Rupiah', 'Rp', 'Indonesia'], ['MYR', 'Malaysian Ringgit', 'RM', 'Malaysia'],
  ['PHP', 'Philippine Peso', '₱', 'Philippines'], ['VND', 'Vietnamese Dong', '₫', 'Vietnam'], ['TWD', 'New Taiwan Dollar', 'NT$', 'Taiwan'],
  ['ISK', 'Icelandic Krona', 'kr', 'Iceland'], ['RON', 'Romanian Leu', 'lei', 'Romania'], ['UAH', 'Ukrainian Hryvnia', '₴', 'Ukraine'],
];

const BY_CODE = new Map(TABLE.map(([code, name, symbol, country]) => [code, { code, name, symbol, country }]));

/** The facts of the currency with this ISO 4217 code; undefined for one not in the table. */
export function currencyFacts(code: string): CurrencyFacts | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** The codes of the table, in its order. */
export const CURRENCY_CODES: readonly string[] = TABLE.map(([code]) => code);
