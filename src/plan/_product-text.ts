/**
 * A product's description speaks of that product (QUALITY.md E): Faker's `productDescription` names a random
 * other product ("The General Bike is…" for a mouse) or claims for a tuna what fits a gadget ("Yttrium-enhanced
 * technology"). Lines here are written for the kind of goods the name says (food, clothing, other goods).
 */
import { faker } from './_faker.ts';

const FOOD = /\b(tuna|bacon|pizza|salad|chicken|fish|cheese|chips|sausages?|coffee|tea|chocolate|bread|honey|jam|pasta|rice|sauce|oil|cookies?|snacks?)\b/i;
const CLOTHING = /\b(shirt|t-shirt|pants|trousers|jeans|shoes|sneakers|boots|hat|cap|gloves|socks|jacket|coat|dress|sweater|hoodie|scarf|towels?)\b/i;

const FOOD_LINES = ['packed fresh and best kept refrigerated', 'made in small batches from local produce', 'sold by weight, ready to serve', 'a pantry favourite, no added preservatives', 'good for two to three servings'];
const CLOTHING_LINES = ['cut for a comfortable everyday fit', 'machine washable at 30 °C', 'available in several sizes', 'made to last through many washes'];
const GOODS_LINES = ['built for everyday use and easy to clean', 'comes with a two-year warranty', 'light, sturdy and quick to set up', 'one of this season\'s best sellers', 'ships within two working days'];

/** A one-line description of the product named `name`; without a name, a line that names no product. */
export function productBlurb(name?: string): string {
  const lines = name && FOOD.test(name) ? FOOD_LINES : name && CLOTHING.test(name) ? CLOTHING_LINES : GOODS_LINES;
  const line = faker.helpers.arrayElement(lines);
  return name ? `${name}: ${line}.` : `${line.replace(/^\w/, (c) => c.toUpperCase())}.`;
}

/** Whether a product named `name` is food (a food product has no colour or clothing size). */
export const isFoodProduct = (name: string): boolean => FOOD.test(name) && !CLOTHING.test(name);
