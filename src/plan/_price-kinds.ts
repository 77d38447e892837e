/**
 * What a price is for sets its scale (QUALITY.md E): a dish costs a few dollars, a concert ticket tens to
 * hundreds, a car tens of thousands, a golf prize thousands to millions. Mock amounts are drawn on one scale
 * (a few dollars to two thousand), so an amount of a thing of a known kind is moved into that kind's range, in
 * dollars, before `_money.ts` puts it in its currency. The move is a pure function of the drawn amount, so a
 * record seen twice (a search, then a get) shows one price.
 */

/** A kind of priced thing and its believable range in US dollars (per unit: one dish, one ticket, one night). */
interface PriceKind {
  kind: string;
  lo: number;
  hi: number;
}

import { goodPrice30 } from './_good-prices30.ts';

const KINDS: Record<string, PriceKind> = {
  food: { kind: 'food', lo: 3, hi: 32 },
  drink: { kind: 'drink', lo: 2, hi: 12 },
  ticket: { kind: 'ticket', lo: 25, hi: 320 },
  car: { kind: 'car', lo: 16000, hi: 95000 },
  rental: { kind: 'rental', lo: 25, hi: 180 },
  prize: { kind: 'prize', lo: 8000, hi: 2400000 },
  room: { kind: 'room', lo: 70, hi: 480 },
  book: { kind: 'book', lo: 8, hi: 45 },
  subscription: { kind: 'subscription', lo: 4, hi: 30 },
  toy: { kind: 'toy', lo: 6, hi: 60 },
  care: { kind: 'care', lo: 4, hi: 45 },
  wear: { kind: 'wear', lo: 12, hi: 160 },
  household: { kind: 'household', lo: 8, hi: 220 },
  gadget: { kind: 'gadget', lo: 15, hi: 400 },
  appliance: { kind: 'appliance', lo: 60, hi: 900 },
  jewel: { kind: 'jewel', lo: 20, hi: 350 },
};

/** A kind by its name ("ticket"): what a price range of an event prices (`_price-round24.ts`). */
export const priceKindNamed = (kind: string): PriceKind | undefined => KINDS[kind];

/** Key words of the amount itself (`prize_money`, `earnings`) that say what it is. */
const AMOUNT_KIND: [RegExp, string][] = [[/(^|_)(prize|prizes|prize_?money|purse|earnings|winnings|payout)(_|$)/, 'prize']];
/** Words of the record's path (its list and parents) or of the operation, most specific first. */
const PATH_KINDS: [RegExp, string][] = [
  [/\b(earnings|prize|prizes|prize money|purse|winnings)\b/, 'prize'],
  [/\b(tickets?|ticket offers?|ticketing|seats?|admissions?)\b/, 'ticket'],
  [/\b(rentals?|hire|per day|daily rates?)\b/, 'rental'],
  [/\b(cars?|car models?|vehicles?|automobiles?|autos?|car makes?)\b/, 'car'],
  [/\b(menus?|menu items?|dishes|dish|meals?|recipes?|food items?)\b/, 'food'],
  [/\b(drinks?|beverages?|cocktails?|coffees?)\b/, 'drink'],
  [/\b(rooms?|hotel rooms?|room rates?|nightly rates?|stays?)\b/, 'room'],
  [/\b(books?|ebooks?|editions?|paperbacks?)\b/, 'book'],
  [/\b(subscriptions?|memberships?)\b/, 'subscription'],
];
/** Words of a record's name that make it food whatever it is sold as (a shop's "Homemade Tuna"). */
const FOOD_NAME = /\b(tuna|bacon|pizza|salad|chicken|fish|cheese|chips|sausages?|soup|pie|tart|cake|curry|stew|pasta|noodles|ramen|pho|sushi|maki|tacos?|burger|cheeseburger|gazpacho|risotto|lasagne|paella|fries|wings|edamame|hummus|falafel|kebab|steak|skewers|roast|bowl|bourguignon|carbonara|bolognese|alfredo|ravioli|dumplings?|bread|sandwich|wrap|omelette|pancakes?|waffles?|dessert|tiramis\S*|biryani|masala|sashimi|nigiri|poke|poutine|shakshuka|ratatouille|minestrone|ribollita|pierogi|souvlaki|arepas|dosa|caponata|tabouleh)\b/i;
const DRINK_NAME = /\b(coffee|espresso|latte|cappuccino|tea|juice|smoothie|lemonade|soda|cola|beer|wine|cocktail|mojito|milkshake|water)\b/i;
/** Words of a shop good's name and the kind that sets its price (a face cream is no 765-dollar buy, an espresso machine no 6-euro one). */
const GOOD_NAMES: [RegExp, string][] = [
  [/\b(espresso machine|coffee machine|monitor|ssd|laptop|cordless drill|tent|stroller|camping stove|dash cam|adjustable dumbbells|oak side table)\b/i, 'appliance'],
  [/\b(earbuds|speaker|charger|smart watch|headphones|keyboard|mouse|tyre inflator|electric toothbrush|cycling helmet|hiking backpack)\b/i, 'gadget'],
  [/\b(cream|serum|hair oil|sunscreen|tablets|thermometer|first aid kit|teething ring|oats|olive oil|ground coffee|chocolate bar|cleaning cloths|phone holder)\b/i, 'care'],
  [/\b(t-shirt|jeans|jumper|jacket|boots|sneakers|loafers|running shoes|bodysuit|sleeping bag|rain cover)\b/i, 'wear'],
  [/\b(earrings|necklace|strap watch)\b/i, 'jewel'],
  [/\b(travel guide|cookbook|novel|picture book)\b/i, 'book'],
  [/\b(lamp|cushion|towel|planter|hose|shears|path lights|yoga mat|football|water bottle|screwdriver|tape measure|spirit level|notebook|crayon|train set)\b/i, 'household'],
];
/** Words of a record's name that make it a toy or a game (a 500-piece jigsaw is no 480-dollar buy). */
const TOY_NAME = /\b(jigsaw|puzzles?|toys?|board games?|card games?|plush|teddy|lego|building blocks|dolls?|action figures?|yo-?yos?|kites?|rubik\S*)\b/i;
const NAME_KEY = /^(name|title|item_?name|product_?name|dish_?name|display_?name|label)$/i;

const splitWords = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\-./[\]]+/g, ' ').toLowerCase();

/**
 * The kind of thing a record's amount prices: from the amount's key, the record's name, the keys above it
 * (`carModels`, `menu.sections[].items`), then the operation's words. Undefined when nothing says.
 */
export function pricedKind(record: Record<string, unknown>, amountKey: string, path: readonly string[], context: string): PriceKind | undefined {
  const key = splitWords(amountKey).replace(/ /g, '_');
  for (const [re, kind] of AMOUNT_KIND) if (re.test(key)) return KINDS[kind];
  const nameKey = Object.keys(record).find((k) => NAME_KEY.test(k) && typeof record[k] === 'string');
  const name = nameKey === undefined ? '' : (record[nameKey] as string);
  const pathWords = path.length > 0 ? splitWords(path.join(' ')) : '';
  // A ticket or a car is priced as one whatever its name; a dish by its name within a menu or a shop.
  for (const [re, kind] of PATH_KINDS) if ((kind === 'ticket' || kind === 'car' || kind === 'prize' || kind === 'rental') && re.test(pathWords)) return KINDS[kind];
  // A shop's good by its name first: an espresso machine is no espresso.
  const good = goodPrice30(name); // a good of the catalogue in its own range (_good-prices30.ts)
  if (good) return good;
  if (name !== '') for (const [re, kind] of GOOD_NAMES) if (re.test(name)) return KINDS[kind];
  if (name !== '' && DRINK_NAME.test(name) && !FOOD_NAME.test(name)) return KINDS.drink;
  if (name !== '' && FOOD_NAME.test(name)) return KINDS.food;
  if (name !== '' && TOY_NAME.test(name)) return KINDS.toy;
  for (const [re, kind] of PATH_KINDS) if (re.test(pathWords)) return KINDS[kind];
  for (const [re, kind] of PATH_KINDS) if (re.test(context)) return KINDS[kind];
  return undefined;
}

/**
 * A drawn dollar amount moved into `kind`'s range: kept where it already fits (so a value fitted once stays),
 * else spread over the range on a log scale by the drawn amount's own digits, and rounded as such prices are.
 */
export function fitToKind(dollars: number, kind: PriceKind): number {
  if (dollars >= kind.lo && dollars <= kind.hi) return dollars;
  const spread = (Math.round(Math.abs(dollars) * 100) % 997) / 997;
  const amount = kind.lo * Math.pow(kind.hi / kind.lo, spread);
  if (amount >= 10000) return Math.round(amount / 100) * 100;
  if (amount >= 100) return Math.round(amount);
  return Math.floor(amount) + (amount % 1 < 0.5 ? 0.5 : 0.99);
}
