/**
 * A product's description speaks of that product (QUALITY.md E): Faker's `productDescription` names a random
 * other product ("The General Bike is…" for a mouse) or claims for a tuna what fits a gadget ("Yttrium-enhanced
 * technology"). Lines here are written for the kind of goods the name says (food, clothing, other goods).
 */
import { faker } from './_faker.ts';

const FOOD = /\b(tuna|bacon|pizza|salad|chicken|fish|cheese|chips|sausages?|coffee|tea|chocolate|bread|honey|jam|pasta|rice|sauce|oil|cookies?|snacks?)\b/i;
const CLOTHING = /\b(shirt|t-shirt|pants|trousers|jeans|shoes|sneakers|boots|hat|cap|gloves|socks|jacket|coat|dress|sweater|hoodie|scarf|towels?)\b/i;

// Wave 32: a serum or a cream is no gadget ("comes with a two-year warranty"), tablets no food.
const COSMETIC = /\b(serum|cream|lotion|hair oil|body oil|face oil|sunscreen|spf|shampoo|conditioner|moisturi[sz]er|cleanser|toner|balm|perfume|fragrance|soap|shower gel|body wash|lipstick|mascara)\b/i;
const PILLS = /\b(tablets|capsules|gummies|supplements?|multivitamins?)\b/i;
const COSMETIC_LINES = ['dermatologically tested and suitable for all skin types', 'free of parabens and synthetic fragrance', 'absorbs quickly without a greasy feel', 'made with plant-based ingredients'];
const PILL_LINES = ['a three-month supply at one a day', 'suitable for vegetarians', 'easy-to-swallow, with no artificial colours'];
const FOOD_LINES = ['packed fresh and best kept refrigerated', 'made in small batches from local produce', 'sold by weight, ready to serve', 'a pantry favourite, no added preservatives', 'good for two to three servings'];
const CLOTHING_LINES = ['cut for a comfortable everyday fit', 'machine washable at 30 °C', 'available in several sizes', 'made to last through many washes'];
const GOODS_LINES = ['built for everyday use and easy to clean', 'comes with a two-year warranty', 'light, sturdy and quick to set up', 'one of this season\'s best sellers', 'ships within two working days'];

/** A one-line description of the product named `name`; without a name, a line that names no product. */
export function productBlurb(name?: string): string {
  const lines = name && COSMETIC.test(name) ? COSMETIC_LINES : name && PILLS.test(name) ? PILL_LINES : name && FOOD.test(name) ? FOOD_LINES : name && CLOTHING.test(name) ? CLOTHING_LINES : GOODS_LINES;
  const line = faker.helpers.arrayElement(lines);
  return name ? `${name}: ${line}.` : `${line.replace(/^\w/, (c) => c.toUpperCase())}.`;
}

/** Whether a product named `name` is food (a food product has no colour or clothing size). */
export const isFoodProduct = (name: string): boolean => FOOD.test(name) && !CLOTHING.test(name);

/** Whether a product named `name` is a cosmetic (it comes in millilitres, not in colours) or tablets (in counts). */
export const careProductKind32 = (name: string): 'cosmetic' | 'pills' | undefined => (COSMETIC.test(name) ? 'cosmetic' : PILLS.test(name) ? 'pills' : undefined);
