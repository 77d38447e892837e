/**
 * Values shown to the user that must be plausible (QUALITY.md E/B), wave 34b, settled last on a read's result:
 * - the offers of one product (a list with a price, a seller and a condition, every offer drawn from one example
 *   seller) are sold by several sellers of the marketplace the call names (Amazon.es for Spain, never amazon.com),
 *   each with its own rating; they are priced around a plausible product price ($33,665 is no product offer, ¥475
 *   no more than $3), used or refurbished cheaper than new;
 * - a period's mileage is the yearly mileage times the years and its cost per mile the total over it, even when the
 *   yearly mileage moved after the breakdown was summed (15,000 a year for 5 years is 75,000, not 65,000).
 * - a search by name ("Santiago") that lists a few records on its first page counts those and one page, never
 *   "200 cities in all" over 200 pages of one city each.
 * Dialogues where these already hold keep every value. Values the chain reads (pinned) stay.
 */
import { inCurrency, inDollars, minorUnits } from './_money.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A fixed number in [0, 1) from a text: values vary between dialogues, never by chance. */
function unit(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100003) / 100003;
}

/** Settles the values of the file comment in `result`; `pinned`: JSON of values the chain reads. */
export function settleRape34b(result: unknown, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (!isRecord(result)) return;
  milesAgree(result, pinned);
  nameSearchCounts(result, args, pinned);
  const data = isRecord(result['data']) ? result['data'] : result;
  for (const [k, v] of Object.entries(data)) {
    if (OFFERS_KEY.test(k) && Array.isArray(v) && v.length >= 2 && v.every(isRecord)) varyOffers(v as Json[], data, args, pinned);
  }
}

// ---- mileage over the period -------------------------------------------------------------------------------
const MILES_YEAR = /^(?:mileage|miles)_?(?:per_?)?year$/i;
const YEARS_MILES = /^(\d{1,2})_?(?:yr|year)s?_?(?:mileage|miles)$/i;
const PER_MILE = /_?per_?mile$/i;
const SUM_KEY = /^total_?cost_?(sum|all|overall|grand)$|^total_?cost_?sum$/i;

function milesAgree(result: Json, pinned: ReadonlySet<string>): void {
  const keys = Object.keys(result);
  const yearlyKey = keys.find((k) => MILES_YEAR.test(k));
  const periodKey = keys.find((k) => YEARS_MILES.test(k));
  if (yearlyKey === undefined || periodKey === undefined) return;
  const yearly = result[yearlyKey];
  const period = result[periodKey];
  if (typeof yearly !== 'number' || typeof period !== 'number' || yearly <= 0) return;
  const miles = yearly * Number(YEARS_MILES.exec(periodKey)![1]);
  if (miles === period || pinned.has(JSON.stringify(period))) return;
  result[periodKey] = miles;
  const sumKey = keys.find((k) => SUM_KEY.test(k));
  const sum = sumKey !== undefined ? result[sumKey] : undefined;
  if (typeof sum !== 'number') return;
  for (const k of keys) {
    if (PER_MILE.test(k) && typeof result[k] === 'number' && !pinned.has(JSON.stringify(result[k]))) result[k] = Math.round((sum / miles) * 100) / 100;
  }
}

// ---- a name search's counts ------------------------------------------------------------------------------
const NAME_ARG = /^(name|city_?name|q|query|search|keyword|term|title)$/i;
const PAGE_ARG = /^(page|page_?number|offset|skip|start|cursor)$/i;
const COUNT_KEY = /^(items|total_?items|item_?count|total|total_?count|total_?results|count)$/i;
const PAGES_KEY = /^(number_?of_?pages|total_?pages|pages|page_?count)$/i;
const CURRENT_KEY = /^(current_?page|page|page_?number)$/i;

function nameSearchCounts(result: Json, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  const keys = Object.keys(result);
  const pagesKey = keys.find((k) => PAGES_KEY.test(k) && typeof result[k] === 'number');
  if (pagesKey === undefined) return;
  if (!Object.entries(args).some(([k, v]) => NAME_ARG.test(k) && typeof v === 'string' && v.trim() !== '')) return;
  if (Object.entries(args).some(([k, v]) => PAGE_ARG.test(k) && v !== 0 && v !== 1 && v !== '0' && v !== '1')) return;
  const current = keys.find((k) => CURRENT_KEY.test(k));
  if (current !== undefined && result[current] !== 1 && result[current] !== 0) return;
  const list = Object.values(result).find((v): v is unknown[] => Array.isArray(v) && v.length > 0);
  const countKey = keys.find((k) => COUNT_KEY.test(k) && typeof result[k] === 'number');
  // (Pages of one or two records are no page size: three results of six over two pages may be.)
  if (list === undefined || list.length > 2 || countKey === undefined) return;
  const count = result[countKey] as number;
  // Pages of one record each, as many as the records counted: the page holds what the name found, and is the only one.
  if (count <= list.length || result[pagesKey] as number <= 1 || Math.ceil(count / list.length) !== result[pagesKey]) return;
  if (pinned.has(JSON.stringify(count)) || pinned.has(JSON.stringify(result[pagesKey]))) return;
  result[countKey] = list.length;
  result[pagesKey] = 1;
}

// ---- offers of one product ---------------------------------------------------------------------------------
const OFFERS_KEY = /^(product_?offers|offers|listings|sellers)$/i;
const PRICE = /^(price|product_?price|offer_?price)$/i;
const CONDITION = /^(condition|product_?condition|item_?condition)$/i;
const MONEY = /^(\D*?)(\d[\d,]*)(?:\.(\d+))?(\D*)$/;
/** A marketplace's Amazon site by country code. */
const SITE: Readonly<Record<string, string>> = {
  US: 'com', ES: 'es', JP: 'co.jp', DE: 'de', FR: 'fr', IT: 'it', GB: 'co.uk', UK: 'co.uk', CA: 'ca', MX: 'com.mx', BR: 'com.br',
  IN: 'in', AU: 'com.au', NL: 'nl', SE: 'se', PL: 'pl', TR: 'com.tr', AE: 'ae', SA: 'sa', SG: 'sg', BE: 'com.be', EG: 'eg', ZA: 'co.za', IE: 'ie',
};
/** The country a currency other than the euro and the dollar names. */
const CURRENCY_COUNTRY: Readonly<Record<string, string>> = {
  JPY: 'JP', GBP: 'GB', INR: 'IN', AUD: 'AU', CAD: 'CA', MXN: 'MX', BRL: 'BR', AED: 'AE', SEK: 'SE', PLN: 'PL', TRY: 'TR', SGD: 'SG', SAR: 'SA', EGP: 'EG', ZAR: 'ZA',
};
const SELLERS = ['Blue Harbor Goods', 'TechNest Outlet', 'Second Chance Electronics', 'Northwind Trading', 'Maple Street Deals',
  'BrightBuy Warehouse', 'ReNew Direct', 'Cedar & Co Retail', 'Urban Gadget Store', 'Prime Value Sellers', 'Kestrel Supply', 'Golden Gate Resale'];
/** A used or refurbished offer is cheaper than a new one. */
function conditionFactor(condition: string): number {
  const c = condition.toLowerCase().replace(/_/g, ' ');
  if (/like new|mint/.test(c)) return 0.88;
  if (/very good/.test(c)) return 0.8;
  if (/acceptable|fair/.test(c)) return 0.62;
  if (/good/.test(c)) return 0.72;
  if (/refurb|renewed|excellent/.test(c)) return 0.84;
  if (/used/.test(c)) return 0.75;
  return 1;
}

function amountOf(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = MONEY.exec(v.trim());
  return m === null ? undefined : Number(`${m[2]!.replace(/,/g, '')}.${m[3] ?? '0'}`);
}

/** `amount` written as `like` is ("$475.00" → "$94.50"), to its currency's minor unit. */
function written(like: string, amount: number, currency: string): string {
  const m = MONEY.exec(like.trim())!;
  const decimals = m[3] !== undefined ? minorUnits(currency) : 0;
  const [whole, frac] = amount.toFixed(decimals).split('.');
  const grouped = m[2]!.includes(',') || (decimals === 0 && whole!.length > 3) ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole!;
  return `${m[1]}${grouped}${frac !== undefined ? `.${frac}` : ''}${m[4]}`;
}

function varyOffers(items: Json[], holder: Json, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  const first = items[0]!;
  const priceKey = Object.keys(first).find((k) => PRICE.test(k) && amountOf(first[k]) !== undefined);
  const conditionKey = Object.keys(first).find((k) => CONDITION.test(k) && typeof first[k] === 'string');
  const seller = first['seller'];
  if (priceKey === undefined || conditionKey === undefined || typeof seller !== 'string') return;
  // Only offers all drawn from one example seller: a list that already names several sellers stays as drawn.
  if (!items.every((i) => i['seller'] === seller && amountOf(i[priceKey]) !== undefined)) return;
  const kept = (v: unknown): boolean => pinned.has(JSON.stringify(v));
  const currency = typeof first['currency'] === 'string' ? first['currency'] : 'USD';
  const asked = typeof args['country'] === 'string' ? args['country'].toUpperCase() : typeof holder['country'] === 'string' ? holder['country'].toUpperCase() : 'US';
  const country = asked === 'US' && CURRENCY_COUNTRY[currency] !== undefined ? CURRENCY_COUNTRY[currency]! : asked;
  const seed = `${String(args['asin'] ?? holder['asin'] ?? '')}:${String(first[priceKey])}`;
  sellersOf(items, country, seller, seed, kept);
  if (items.some((i) => kept(i[priceKey]))) return;
  // The product's new price: the first offer's own level when it is a product's (10 to 1,500 dollars), else one drawn.
  const drawn = inDollars(amountOf(first[priceKey])!, currency) / conditionFactor(String(first[conditionKey]));
  const level = drawn >= 10 && drawn <= 1500 ? drawn : 25 + unit(`${seed}:level`) * 375;
  // One form for the list: "483.51 AED" beside a bare "493.21" reads as two currencies.
  const form = String(first[priceKey]);
  items.forEach((item, j) => {
    const factor = conditionFactor(String(item[conditionKey]));
    // A few percent apart, up the list: shipping and packaging differ between offers, not half the price.
    const dollars = level * factor * (1 + j * 0.025 + unit(`${seed}:${j}`) * 0.02);
    item[priceKey] = written(form, inCurrency(dollars, currency), currency);
  });
}

const ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
/** A seller id as Amazon writes them: "A" and 13 capitals and digits. */
function sellerId(seed: string): string {
  let out = 'A';
  for (let i = 0; i < 13; i++) out += ID_CHARS[Math.floor(unit(`${seed}:${i}`) * ID_CHARS.length)]!;
  return out;
}

/** The first offer is the marketplace's own (Amazon.es for Spain); the others are third-party sellers there. */
function sellersOf(items: Json[], country: string, seller: string, seed: string, kept: (v: unknown) => boolean): void {
  const site = SITE[country];
  const isSite = /^amazon\.[a-z.]+$/i.test(seller);
  if (items.some((i) => kept(i['seller']))) return;
  const home = isSite && site !== undefined ? `Amazon.${site}` : seller;
  const start = Math.floor(unit(`${seed}:sellers`) * SELLERS.length);
  items.forEach((item, j) => {
    const name = j === 0 ? home : SELLERS[(start + j * 5) % SELLERS.length]!;
    item['seller'] = name;
    if (typeof item['ships_from'] === 'string' && !kept(item['ships_from'])) item['ships_from'] = j === 0 || unit(`${seed}:ship:${j}`) < 0.5 ? home : name;
    if (typeof item['seller_link'] === 'string' && !kept(item['seller_link']) && site !== undefined) {
      item['seller_link'] = j === 0 ? `https://www.amazon.${site}/` : `https://www.amazon.${site}/sp?seller=${sellerId(`${seed}:id:${j}`)}`;
    }
    if (j === 0) return;
    if (typeof item['seller_star_rating'] === 'string' && !kept(item['seller_star_rating'])) item['seller_star_rating'] = (3.6 + unit(`${seed}:stars:${j}`) * 1.4).toFixed(1);
    if (typeof item['seller_star_rating_info'] === 'string' && !kept(item['seller_star_rating_info'])) {
      const n = 40 + Math.floor(unit(`${seed}:ratings:${j}`) * 9000);
      item['seller_star_rating_info'] = `${n.toLocaleString('en-US')} ratings`;
    }
  });
}
