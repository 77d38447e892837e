import { snakeKey } from '../text/key-words-speed28.ts';
/**
 * Money that means what it says in its currency (QUALITY.md E): amounts are drawn on a dollar's scale, so
 * beside a currency code they are scaled by a rough rate (53 won is no delivery fee; 71 750 won is) and
 * rounded to that currency's minor unit (no cents of a won or a yen). A fee or a tip is a small part of a
 * price; a total is its base plus a believable tax. Seats held in one request sit together: one section,
 * one row, seats side by side. Values the call sent or the chain reads (`keep`) never change.
 */
import { fitToKind, pricedKind, priceKindNamed } from './_price-kinds.ts';
import { EVENT_CONTEXT24, fitPriceRange24, PRICE_RANGE24, roundedPrice24 } from './_price-round24.ts';

/** Rough units per US dollar; enough to put an amount in the right order of magnitude. */
const PER_DOLLAR: Record<string, number> = {
  USD: 1, EUR: 0.92, GBP: 0.79, CHF: 0.88, CAD: 1.36, AUD: 1.52, NZD: 1.65, JPY: 150, KRW: 1350, CNY: 7.2, HKD: 7.8,
  TWD: 32, SGD: 1.35, INR: 83, BRL: 5, MXN: 17, ARS: 900, CLP: 900, COP: 3900, PEN: 3.7, UYU: 39, ZAR: 18.5, EGP: 48,
  NGN: 1500, KES: 130, GHS: 14, MAD: 10, TND: 3.1, TRY: 32, AED: 3.67, SAR: 3.75, QAR: 3.64, ILS: 3.7, SEK: 10.5,
  NOK: 10.7, DKK: 6.9, ISK: 138, PLN: 4, CZK: 23, HUF: 360, RON: 4.6, BGN: 1.8, RUB: 92, UAH: 39, THB: 36, VND: 25000,
  PHP: 56, IDR: 16000, MYR: 4.7, PKR: 280, BDT: 110, LKR: 300, KWD: 0.31, BHD: 0.38, OMR: 0.38, JOD: 0.71, UGX: 3800,
  TZS: 2600, XOF: 600, XAF: 600, PYG: 7300,
};
/** ISO 4217 currencies without a minor unit, and those with three decimals. */
const NO_MINOR = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
const THREE_MINOR = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

const CURRENCY_KEY = /^(currency|currency_?code|currency_?iso|iso_?currency)$/i;
const AMOUNT_KEY = /(^|_)(price|prices|cost|amount|total|subtotal|tax|taxes|fee|fees|tip|balance|discount|shipping|shipping_?cost|delivery_?fee|service_?fee|base|base_?fare|base_?amount|fare|value|min_?price|max_?price|grand_?total|refund|refunded|principal)$/;
const SMALL_KEY = /(^|_)(fee|fees|tip|shipping|shipping_?cost|delivery_?fee|service_?fee)$/;
const BASE_KEY = /^(base|base_?fare|base_?amount|base_?price|subtotal|net|net_?amount)$/;
const TOTAL_KEY = /^(total|total_?amount|total_?price|grand_?total|amount_?total|gross|gross_?amount)$/;
const TAX_KEY = /^(tax|taxes|tax_?amount|vat|fees_?and_?taxes)$/;

/** Amounts that price one thing (not a fee, a tax or a sum): the ones a kind of thing sets the scale of. */
const UNIT_KEY = /^(price|prices|amount|cost|value|unit_?price|price_?value|item_?price|ticket_?price|min_?price|max_?price|prize|prize_?money|purse|earnings|winnings)$/;
/** A record that sums or counts (an order line) keeps its amounts' ratios: its price is left on its scale. */
const SUMS_KEY = /(^|_)(quantity|qty|total|subtotal|tax|taxes|count)$/;

const words = snakeKey;

/** The number of decimals of `currency`'s minor unit. */
export function minorUnits(currency: string): number {
  return NO_MINOR.has(currency) ? 0 : THREE_MINOR.has(currency) ? 3 : 2;
}

/** An amount of dollars in `currency`, rounded to its minor unit. */
export function inCurrency(dollars: number, currency: string): number {
  const scaled = dollars * (PER_DOLLAR[currency] ?? 1);
  const digits = minorUnits(currency);
  return Number(scaled.toFixed(digits));
}

/** An amount in `currency` as rough US dollars. */
export function inDollars(amount: number, currency: string): number {
  return amount / (PER_DOLLAR[currency] ?? 1);
}

/** Amount keys a result holds as whole numbers (`integer` in its schema) and, of those, in minor units (cents). */
export interface MoneyUnits {
  whole: ReadonlySet<string>;
  minor: ReadonlySet<string>;
}

const NO_UNITS: MoneyUnits = { whole: new Set(), minor: new Set() };
const MINOR_UNITS = /\bminor units?\b|\bsmallest (?:currency )?unit\b|\bin cents\b|\bcents\b|\bin pence\b/i;
const unitsByFields = new WeakMap<object, MoneyUnits>();

/** The whole-number and minor-unit amount keys of a result's fields (`amount.value` "in minor units", an integer). */
export function moneyUnitsOf(fields: ReadonlyArray<{ path: string; schema: { type?: unknown; description?: unknown }; description?: string }>): MoneyUnits {
  let units = unitsByFields.get(fields);
  if (units !== undefined) return units;
  const whole = new Set<string>();
  const minor = new Set<string>();
  for (const field of fields) {
    const key = field.path.slice(field.path.lastIndexOf('.') + 1).replace(/\[\]$/, '');
    if (field.schema.type !== 'integer' || !AMOUNT_KEY.test(words(key))) continue;
    whole.add(key);
    const said = `${field.description ?? ''} ${typeof field.schema.description === 'string' ? field.schema.description : ''}`;
    if (MINOR_UNITS.test(said)) minor.add(key);
  }
  // One API holds all its whole-number amounts in one unit: Adyen's grant says `amount.value` is in minor units and its
  // balances' `fee`, `principal` and `total` are too, though their own words say only "Fee amount".
  units = whole.size === 0 ? NO_UNITS : { whole, minor: minor.size > 0 ? whole : minor };
  unitsByFields.set(fields, units);
  return units;
}

/** A tool turn's mark of the amounts its result holds in minor units (so that the reply says them in major units); empty when none. */
export function minorUnitsMark(fields: Parameters<typeof moneyUnitsOf>[0]): { minor_units?: string[] } {
  const { minor } = moneyUnitsOf(fields);
  return minor.size > 0 ? { minor_units: [...minor] } : {};
}

/** An amount in `currency` written as its field holds it: in minor units (1360 for 13.60), whole, or as drawn. */
function heldAs(amount: number, key: string, currency: string, units: MoneyUnits): number {
  if (units.minor.has(key)) return Math.round(amount * 10 ** minorUnits(currency));
  return units.whole.has(key) ? Math.round(amount) : amount;
}

/**
 * Amounts of a result put in their currency, on the scale of what they price (`_price-kinds.ts`); `keep` holds
 * the JSON of values that must not change, `context` the operation's words, `units` the keys held whole or in minor units.
 */
export function fitMoney(value: unknown, keep: ReadonlySet<string>, context = '', units: MoneyUnits = NO_UNITS): void {
  const path: string[] = [];
  const walk = (node: unknown, currency: string | undefined, depth: number, parent: Record<string, unknown> = {}): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) {
      seatsTogether(node, keep);
      for (const item of node) walk(item, currency, depth + 1, parent);
      return;
    }
    const obj = node as Record<string, unknown>;
    const ownKey = Object.keys(obj).find((k) => CURRENCY_KEY.test(k) && typeof obj[k] === 'string' && /^[A-Z]{3}$/.test(obj[k] as string));
    const own = ownKey !== undefined ? currencyForKept(obj, ownKey, keep) : undefined;
    const here = own ?? currency;
    // A price object ({amount, currency}) prices the record it sits in: that record names the thing.
    const priceObject = path.length > 0 && PRICE_OBJECT.test(words(path[path.length - 1]!));
    const scope: PriceScope = priceObject ? { owner: parent, path: path.slice(0, -1), context } : { owner: obj, path, context };
    if (here !== undefined) fitAmounts(obj, here, keep, scope, units);
    else fitKinds(obj, keep, scope, units);
    // {priceRange: {min, max, currencyCode}}: a range of one thing's prices, on its scale and in its currency.
    if (here !== undefined && path.length > 0 && PRICE_RANGE24.test(words(path[path.length - 1]!))) {
      // An event's price range is what its tickets cost.
      const kind = pricedKind(obj, 'price', path, context) ?? (EVENT_CONTEXT24.test(context) ? priceKindNamed('ticket') : undefined);
      fitPriceRange24(obj, words, (k) => keep.has(JSON.stringify(obj[k])), (d) => (kind ? fitToKind(d, kind) : d), (d) => inCurrency(d, here), minorUnits(here));
    }
    for (const [k, v] of Object.entries(obj)) {
      if (!v || typeof v !== 'object') continue;
      path.push(k);
      walk(v, here, depth + 1, obj);
      path.pop();
    }
  };
  walk(value, undefined, 0);
}

/** Currencies of a dollar's scale with cents, for an amount the user said in a drawn currency it does not fit. */
const CENTS_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'];

/**
 * The record's currency, made to fit an amount the call sent (kept): 531.97 is no refund in COP (13 US cents) nor an
 * amount in yen (no cents), so a drawn currency of another scale becomes one of a dollar's scale.
 */
function currencyForKept(obj: Record<string, unknown>, key: string, keep: ReadonlySet<string>): string {
  const code = obj[key] as string;
  if (keep.has(JSON.stringify(code))) return code;
  const misfit = Object.keys(obj).some((k) => {
    const v = obj[k];
    if (typeof v !== 'number' || v <= 0 || !AMOUNT_KEY.test(words(k)) || !keep.has(JSON.stringify(v))) return false;
    return inDollars(v, code) < 1 || (!Number.isInteger(v) && (minorUnits(code) === 0 || (PER_DOLLAR[code] ?? 1) >= 20));
  });
  if (!misfit) return code;
  const fitted = CENTS_CURRENCIES[[...code].reduce((s, c) => s + c.charCodeAt(0), 0) % CENTS_CURRENCIES.length]!;
  obj[key] = fitted;
  return fitted;
}

/** The amount keys of `obj` that may change: money-named, not kept, a number or a decimal string. */
const amountKeys = (obj: Record<string, unknown>, keep: ReadonlySet<string>, pattern: RegExp): string[] =>
  Object.keys(obj).filter((k) => pattern.test(words(k)) && !keep.has(JSON.stringify(obj[k])) && (typeof obj[k] === 'number' || (typeof obj[k] === 'string' && /^\d+\.\d{2}$/.test(obj[k] as string))));

const PRICE_OBJECT = /^(price|prices|cost|money|unit_?price|selling_?price|list_?price|sale_?price|price_?info)$/;

/** What an amount prices: the record naming the thing, the keys above it and the operation's words. */
interface PriceScope {
  owner: Record<string, unknown>;
  path: readonly string[];
  context: string;
}

/** The amount of a thing of a known kind, in dollars (the price of a dish is a few dollars, of a car thousands). */
function kindDollars(obj: Record<string, unknown>, key: string, drawn: number, scope: PriceScope): number {
  const sums = (o: Record<string, unknown>): boolean => Object.keys(o).some((k) => SUMS_KEY.test(words(k)));
  if (drawn <= 0 || !UNIT_KEY.test(words(key)) || sums(obj) || (scope.owner !== obj && sums(scope.owner))) return drawn;
  const kind = pricedKind(scope.owner, key, scope.path, scope.context);
  return kind ? fitToKind(drawn, kind) : drawn;
}

/** Without a currency, amounts of a thing of a known kind still sit on its scale (in dollars). */
function fitKinds(obj: Record<string, unknown>, keep: ReadonlySet<string>, scope: PriceScope, units: MoneyUnits): void {
  for (const k of amountKeys(obj, keep, UNIT_KEY)) {
    const drawn = Number(obj[k]);
    const fitted = kindDollars(obj, k, drawn, scope);
    if (fitted !== drawn) obj[k] = typeof obj[k] === 'string' ? fitted.toFixed(2) : heldAs(Number(fitted.toFixed(2)), k, 'USD', units);
  }
}

function fitAmounts(obj: Record<string, unknown>, currency: string, keep: ReadonlySet<string>, scope: PriceScope, units: MoneyUnits): void {
  const keys = amountKeys(obj, keep, AMOUNT_KEY);
  if (keys.length === 0) return;
  const dollars = new Map<string, number>();
  const rounded = new Set<string>();
  for (const k of keys) {
    const drawn = Number(obj[k]);
    // A fee, a tip or shipping is a few dollars, not a price.
    dollars.set(k, SMALL_KEY.test(words(k)) ? 1 + (Math.round(drawn * 100) % 1200) / 100 : kindDollars(obj, k, drawn, scope));
    // A ticket's price is rounded as sellers round it, in its own currency (no "349.65 SGD" beside "337.5 SGD").
    if (UNIT_KEY.test(words(k)) && !SUMS_KEY.test(words(k)) && pricedKind(scope.owner, k, scope.path, scope.context)?.kind === 'ticket') rounded.add(k);
  }
  // A total is its base plus 5–25 % of taxes and fees, and the tax what lies between.
  const base = keys.find((k) => BASE_KEY.test(words(k)));
  const total = keys.find((k) => TOTAL_KEY.test(words(k)));
  if (base !== undefined && total !== undefined) {
    const b = dollars.get(base)!;
    const t = b * (1.05 + (Math.round(b * 100) % 21) / 100);
    dollars.set(total, t);
    const tax = keys.find((k) => TAX_KEY.test(words(k)));
    if (tax !== undefined) dollars.set(tax, t - b);
  }
  const amounts = new Map(keys.map((k) => [k, rounded.has(k) ? roundedPrice24(inCurrency(dollars.get(k)!, currency), minorUnits(currency)) : inCurrency(dollars.get(k)!, currency)]));
  keepMultiples(obj, keys, amounts, rounded, minorUnits(currency));
  for (const k of keys) obj[k] = typeof obj[k] === 'string' ? amounts.get(k)!.toFixed(minorUnits(currency)) : heldAs(amounts.get(k)!, k, currency, units);
}

/** A sum that was N times a rounded price (a hold of 5 seats) stays N times it once the price is rounded. */
function keepMultiples(obj: Record<string, unknown>, keys: string[], amounts: Map<string, number>, rounded: ReadonlySet<string>, digits: number): void {
  for (const unit of rounded) {
    for (const sum of keys.filter((k) => !rounded.has(k) && TOTAL_KEY.test(words(k)))) {
      const n = Number(obj[sum]) / Number(obj[unit]);
      if (n >= 1 && Math.abs(n - Math.round(n)) < 1e-3) amounts.set(sum, Number((amounts.get(unit)! * Math.round(n)).toFixed(digits)));
    }
  }
}

const SECTION = /^(section|section_?(id|name|code)|block|zone|area)$/i;
const ROW = /^(row|row_?(id|name|number|code))$/i;
const SEAT = /^(seat|seat_?(number|no|label)|number)$/i;

/** The seats of one list (a hold, an order) sit in one section and row, side by side. */
function seatsTogether(items: unknown[], keep: ReadonlySet<string>): void {
  if (items.length < 2) return;
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  const head = first as Record<string, unknown>;
  const keys = Object.keys(head);
  const seatKey = keys.find((k) => SEAT.test(k) && /seat/i.test(k)) ?? (keys.some((k) => /seat/i.test(k)) ? keys.find((k) => SEAT.test(k)) : undefined);
  const sectionKey = keys.find((k) => SECTION.test(k));
  const rowKey = keys.find((k) => ROW.test(k));
  if (seatKey === undefined || (sectionKey === undefined && rowKey === undefined)) return;
  const seat0 = head[seatKey];
  const m = typeof seat0 === 'string' ? /^([A-Za-z]*)(\d+)$/.exec(seat0) : typeof seat0 === 'number' ? ['', '', String(seat0)] : null;
  items.forEach((item, i) => {
    if (i === 0 || !item || typeof item !== 'object' || Array.isArray(item)) return;
    const obj = item as Record<string, unknown>;
    for (const k of [sectionKey, rowKey]) if (k !== undefined && k in obj && !keep.has(JSON.stringify(obj[k]))) obj[k] = head[k];
    if (m && seatKey in obj && !keep.has(JSON.stringify(obj[seatKey]))) {
      const n = Number(m[2]) + i;
      obj[seatKey] = typeof seat0 === 'number' ? n : `${m[1]}${n}`;
    }
  });
}
