/**
 * A product's variants fit the product (QUALITY.md E): a food comes in pack sizes ("250 g", "500 g"), not in
 * colours and shoe sizes, and the stock of the variants adds up to the product's own stock.
 */
import { faker } from './_faker.ts';
import { careProductKind32 } from './_product-text.ts';

/** Product names that are food or drink. */
const FOOD = /\b(tuna|fish|salmon|chicken|beef|pork|sausages?|bacon|ham|pizza|salad|cheese|chips|crisps|coffee|tea|oats|oil|chocolate|honey|rice|pasta|sauce|jam|bread|cereal|granola|juice|beans|nuts|almonds|spices?|fruit|soup|biscuits|cookies|crackers|flour|sugar|butter|yogh?urt|milk|wine|beer|snacks?)\b/i;
const VARIANTS = /^(variants|variations|options|skus|product_?variants|sizes)$/i;
const COLOUR = /^(colou?r|colou?r_?name|shade)$/i;
const SIZE = /^(size|size_?name|weight|pack_?size|volume|net_?weight)$/i;
const STOCK = /^(in_?stock|stock|stock_?level|quantity|quantity_?available|available|inventory|inventory_?quantity|qty)$/i;
const NAME = /^(name|title|product_?name|product_?title)$/i;

const PACK_SIZES: readonly (readonly string[])[] = [['250 g', '500 g', '1 kg'], ['150 g', '300 g', '600 g'], ['200 g', '400 g', '800 g'], ['1 pack', '2 packs', '4 packs']];
const DRINK = /\b(coffee|tea|juice|oil|milk|wine|beer)\b/i;
const DRINK_SIZES: readonly (readonly string[])[] = [['250 ml', '500 ml', '1 l'], ['330 ml', '500 ml', '750 ml']];

const CARE_SIZES: readonly (readonly string[])[] = [['30 ml', '50 ml', '100 ml'], ['15 ml', '30 ml', '50 ml']];
const PILL_COUNTS: readonly (readonly string[])[] = [['30 tablets', '60 tablets', '90 tablets'], ['60 tablets', '120 tablets', '180 tablets']];

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A product record's variants made to fit it (the product's own stock stays: an earlier result may have shown it). */
export function fitVariants(record: Record<string, unknown>, keys: readonly string[]): void {
  const listKey = keys.find((k) => VARIANTS.test(k) && Array.isArray(record[k]));
  if (!listKey) return;
  const variants = (record[listKey] as unknown[]).filter(isRecord);
  if (variants.length === 0) return;
  const nameKey = Object.keys(record).find((k) => NAME.test(k) && typeof record[k] === 'string');
  const name = nameKey ? (record[nameKey] as string) : '';
  const care = careProductKind32(name);
  // A serum comes in bottle sizes, tablets in counts (wave 32), before the food test ("Argan Hair Oil" is no olive oil).
  if (care !== undefined) packSizes(variants, false, care === 'cosmetic' ? CARE_SIZES : PILL_COUNTS);
  else if (FOOD.test(name)) packSizes(variants, DRINK.test(name));
  else wornSizes(variants, name);
  const stockKey = Object.keys(record).find((k) => STOCK.test(k) && typeof record[k] === 'number');
  if (stockKey) shareStock(variants, record[stockKey] as number);
}

/** Goods worn on the feet or the body; every other good (a lamp, a thermometer, a puzzle) has no size to choose. */
const SHOES = /\b(shoes?|sneakers|trainers|boots|loafers|sandals|heels|slippers|flip-?flops|clogs|espadrilles)\b/i;
const CLOTHES = /\b(t-?shirts?|shirts?|jeans|trousers|pants|jumpers?|sweaters?|hoodies?|jackets?|coats?|dress(es)?|skirts?|shorts|bodysuits?|blouses?|cardigans?|leggings|socks|gloves|vests?|tops?|polo|pyjamas|sweatshirts?|parkas?|blazers?|suits?)\b/i;
const WORN_SIZE = /^(size|size_?name)$/i;
const SHOE_RUNS: readonly (readonly string[])[] = [['38', '39', '40', '41', '42', '43'], ['7', '8', '9', '10', '11', '12']];
const CLOTHES_RUN: readonly string[] = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

/**
 * Sizes fit the good: shoes take a run of shoe sizes and clothes letter sizes, distinct and in order; a good
 * that is neither has no size (an espresso machine in size 13), so the size is left out and the variants
 * differ by colour.
 */
function wornSizes(variants: Record<string, unknown>[], name: string): void {
  const key = Object.keys(variants[0]!).find((k) => WORN_SIZE.test(k) && typeof variants[0]![k] === 'string');
  if (!key) return;
  const run = SHOES.test(name) ? faker.helpers.arrayElement(SHOE_RUNS as (readonly string[])[]) : CLOTHES.test(name) ? CLOTHES_RUN : undefined;
  if (run) {
    const from = run.length > variants.length ? faker.number.int({ min: 0, max: Math.min(2, run.length - variants.length) }) : 0;
    variants.forEach((variant, i) => {
      if (typeof variant[key] === 'string') variant[key] = run[(from + i) % run.length]!;
    });
    return;
  }
  const colourKey = Object.keys(variants[0]!).find((k) => COLOUR.test(k) && typeof variants[0]![k] === 'string');
  if (!colourKey) return;
  const seen = new Set<string>();
  for (const variant of variants) {
    delete variant[key];
    // Variants that differ by nothing but a size they no longer have take distinct colours.
    let colour = variant[colourKey];
    for (let tries = 0; typeof colour === 'string' && seen.has(colour) && tries < 5; tries++) colour = faker.color.human();
    if (typeof colour === 'string') {
      variant[colourKey] = colour;
      seen.add(colour);
    }
  }
}

/** Food variants are pack sizes, distinct and in order; a colour means nothing on them and is left out. */
function packSizes(variants: Record<string, unknown>[], drink: boolean, runs?: readonly (readonly string[])[]): void {
  const sizes = faker.helpers.arrayElement((runs ?? (drink ? DRINK_SIZES : PACK_SIZES)) as (readonly string[])[]);
  variants.forEach((variant, i) => {
    for (const key of Object.keys(variant)) {
      if (COLOUR.test(key) && typeof variant[key] === 'string') delete variant[key];
      else if (SIZE.test(key) && typeof variant[key] === 'string') variant[key] = sizes[i % sizes.length]!;
    }
  });
}

/** The variants' stock adds up to the product's: the product's total split among them in their drawn proportions. */
function shareStock(variants: Record<string, unknown>[], total: number): void {
  const key = Object.keys(variants[0]!).find((k) => STOCK.test(k) && typeof variants[0]![k] === 'number');
  if (!key || !Number.isInteger(total) || total < 0 || !variants.every((v) => typeof v[key] === 'number')) return;
  const drawn = variants.map((v) => Math.max(0, v[key] as number));
  const sum = drawn.reduce((a, b) => a + b, 0);
  if (sum === total) return;
  let left = total;
  variants.forEach((variant, i) => {
    const share = i === variants.length - 1 ? left : sum === 0 ? Math.floor(total / variants.length) : Math.floor((total * drawn[i]!) / sum);
    variant[key] = share;
    left -= share;
  });
}
