/**
 * A menu's sections hold dishes of their kind (QUALITY.md E): a pie is no soup, edamame no drink. Section
 * titles are drawn before the dishes, so a section is titled after what it holds once both are known (titles
 * carry no ids and nothing reads them, so the dishes a chain may take stay as they are).
 */

const KIND_OF_DISH: [RegExp, string][] = [
  [/\b(coffee|espresso|latte|cappuccino|tea|juice|smoothie|lemonade|soda|cola|beer|wine|cocktail|mojito|milkshake|water|spritz)\b/i, 'Drinks'],
  [/\b(soup|gazpacho|minestrone|ribollita|ramen|pho|chowder|bisque|broth|tom kha)\b/i, 'Soups'],
  [/\b(tart|cake|cheesecake|tiramis\S*|pudding|brownie|ice cream|sorbet|mousse|crumble|panna cotta|french toast|pancakes?|waffles?)\b|^\w+ pie$/i, 'Desserts'],
  [/\b(salad|tabouleh|caprese|som tam)\b/i, 'Salads'],
  [/\b(edamame|fries|wings|hummus|bruschett\w*|nachos|scotch eggs|baba ganoush|caponata|bread|chips|dumplings|spring rolls)\b/i, 'Starters'],
];
const SECTION_TITLE = /^(title|name|section_?name|section_?title)$/i;
const DISH_NAME = /^(name|title|dish_?name|item_?name)$/i;
/** Titles that say what kind of dish a section holds; others ("Specials", "Mains") hold anything but these. */
const KIND_TITLES = new Set(['Drinks', 'Soups', 'Desserts', 'Salads', 'Starters', 'Sides', 'Mains']);

/** The menu section a dish belongs in by its name ("Pear Pie" → Desserts); a main course when nothing says. */
export function sectionOfDish(name: string): string {
  for (const [re, title] of KIND_OF_DISH) if (re.test(name)) return title;
  return 'Mains';
}

/** A menu section (a title beside a list of named dishes) is titled after its dishes; mixed ones are "Specials". */
export function titleSection(record: Record<string, unknown>, fixed: readonly string[]): void {
  const titleKey = Object.keys(record).find((k) => SECTION_TITLE.test(k) && typeof record[k] === 'string');
  if (titleKey === undefined || fixed.includes(titleKey) || !KIND_TITLES.has(record[titleKey] as string)) return;
  const list = Object.values(record).find((v) => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) as Record<string, unknown>[] | undefined;
  if (!list) return;
  const kinds = new Set<string>();
  for (const dish of list) {
    const nameKey = Object.keys(dish).find((k) => DISH_NAME.test(k) && typeof dish[k] === 'string');
    if (nameKey === undefined) return;
    const kind = sectionOfDish(dish[nameKey] as string);
    kinds.add(kind === 'Starters' && record[titleKey] === 'Sides' ? 'Sides' : kind);
  }
  record[titleKey] = kinds.size === 1 ? [...kinds][0]! : 'Specials';
}

