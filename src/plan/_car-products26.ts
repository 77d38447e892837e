import { snakeKey } from '../text/key-words-speed28.ts';
/**
 * Products a search for a car finds are goods for cars (QUALITY.md E), wave 26: a search for "Nissan Leaf" lists
 * tires, car seats and batteries, never "Running Shoes". A product's brand is its maker's. No randomness: the
 * replacements are taken in order from a start the drawn names give, each once.
 */
type Json = Record<string, unknown>;

const PRODUCTS: ReadonlyArray<readonly [string, string]> = [
  ['Defender2 Tire', 'Michelin'], ['4Ever DLX Car Seat', 'Graco'], ['Platinum AGM Battery', 'DieHard'], ['Assurance WeatherReady Tire', 'Goodyear'],
  ['KeyFit 35 Infant Car Seat', 'Chicco'], ['RedTop Battery', 'Optima'], ['Mini 2 Dash Cam', 'Garmin'], ['GB40 Jump Starter', 'NOCO'],
  ['Beam Blade Wipers', 'Bosch'], ['Tyre Inflator', 'Ring'],
];
/** A product name that is a good for a car. */
const CAR_PRODUCT = /\b(tires?|tyres?|car seats?|batter(y|ies)|wipers?|wiper blades?|dash ?cams?|jump starters?|inflators?|motor oils?|car wax(es)?|booster seats?)\b/i;
const MODEL_KEY = /^(model_?name|name|product_?name|title)$/i;
const BRAND_KEY = /^(brand_?name|brand|manufacturer)$/i;
const snake = snakeKey;

/** The product lists (`products`) of a search about a car keep only goods for cars; `isFree`: a value the chain does not read. */
export function carProducts26(lists: readonly { key: string; items: Json[] }[], isFree: (obj: Json, key: string) => boolean): void {
  for (const { key, items } of lists) {
    if (!/^products?$/.test(key)) continue;
    const first = items[0]!;
    const model = Object.keys(first).find((k) => MODEL_KEY.test(snake(k)));
    if (model === undefined) continue;
    const brand = Object.keys(first).find((k) => BRAND_KEY.test(snake(k)));
    const used = new Set(items.map((item) => item[model]));
    // Where the list starts in PRODUCTS varies with the names drawn, so that searches do not all find the same three.
    const start = [...items.map((item) => String(item[model])).join('|')].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 100_003, 7);
    let tried = 0;
    for (const item of items) {
      if (typeof item[model] !== 'string' || CAR_PRODUCT.test(item[model] as string) || !isFree(item, model)) continue;
      while (tried < PRODUCTS.length && used.has(PRODUCTS[(start + tried) % PRODUCTS.length]![0])) tried++;
      if (tried >= PRODUCTS.length) return;
      const pick = PRODUCTS[(start + tried++) % PRODUCTS.length]!;
      item[model] = pick[0];
      used.add(pick[0]);
      if (brand !== undefined && typeof item[brand] === 'string' && isFree(item, brand)) item[brand] = pick[1];
    }
  }
}
