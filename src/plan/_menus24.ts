/**
 * A menu reads like a restaurant's (QUALITY.md E, wave 24; bundled #37, #90, #119, #261): its dishes are real
 * dishes of their section's course, each tagged only with labels it fits (a Caprese Salad is never vegan; a vegan
 * dish is vegetarian too), each section titled after what it holds (no soup under Mains), and each dish priced
 * on its course's scale in the menu's currency (a main costs more than a dessert). Runs once the dietary and
 * query passes have renamed dishes; values the call sent or a chain reads (`keep`, as JSON) never change. No
 * randomness: a replacement is chosen by the value it replaces.
 */
import { COURSE_DOLLARS, dishesFitting, flagOf, knownDish, type Course } from './_dishes24.ts';
import { sectionOfDish } from './_menu.ts';
import { inCurrency, inDollars, minorUnits } from './_money.ts';

const SECTION_TITLE = /^(title|name|section_?name|section_?title)$/i;
const DISH_NAME = /^(name|title|dish_?name|item_?name)$/i;
const DIET_KEY = /^(dietary|diet|dietary_?(labels?|tags?|flags?|info)|diets|labels|tags)$/i;
const PRICE_KEY = /^(price|unit_?price|amount|cost)$/i;
const CURRENCY_KEY = /^(currency|currency_?code|currencyCode)$/;
const COURSES = new Set<string>(['Starters', 'Soups', 'Salads', 'Mains', 'Desserts', 'Sides', 'Drinks']);
/** Titles a menu gives its sections, of a course or not; a list of sections titled otherwise is no menu. */
const MENU_TITLE = /^(starters|mains|desserts|sides|drinks|specials|salads|soups|appetizers|breakfast|lunch|dinner|beverages|kids|brunch|chef's choice|seasonal|house favourites|small plates|sharing|classics|light bites)$/i;
const OPEN_TITLES = ['Specials', "Chef's Choice", 'Seasonal', 'House Favourites', 'Classics', 'Light Bites'];

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

type Rec = Record<string, unknown>;
interface Section {
  record: Rec;
  titleKey: string;
  dishes: { record: Rec; nameKey: string }[];
}

function sectionOf(item: unknown): Section | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const record = item as Rec;
  const titleKey = Object.keys(record).find((k) => SECTION_TITLE.test(k) && typeof record[k] === 'string');
  const list = Object.values(record).find((v) => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) as Rec[] | undefined;
  if (titleKey === undefined || !list) return undefined;
  const dishes: Section['dishes'] = [];
  for (const dish of list) {
    const nameKey = Object.keys(dish).find((k) => DISH_NAME.test(k) && typeof dish[k] === 'string');
    if (nameKey === undefined) return undefined;
    dishes.push({ record: dish, nameKey });
  }
  return { record, titleKey, dishes };
}

/** The menu `list` (sections of dishes) under `parent`, settled as the file comment says. */
export function settleMenu24(parent: Rec, list: readonly unknown[], keep: ReadonlySet<string>): void {
  const sections = list.map(sectionOf);
  if (sections.length === 0 || sections.some((s) => s === undefined)) return;
  const all = sections as Section[];
  // Sections titled as a menu's are, holding priced or labelled dishes: a fight card or an album is no menu.
  if (!all.some((s) => MENU_TITLE.test(s.record[s.titleKey] as string))) return;
  if (!all.some((s) => s.dishes.some((d) => Object.keys(d.record).some((k) => PRICE_KEY.test(k) || DIET_KEY.test(k))))) return;
  const kept = (v: unknown): boolean => keep.size > 0 && keep.has(JSON.stringify(v));
  const used = new Set<string>(all.flatMap((s) => s.dishes.map((d) => d.record[d.nameKey] as string)).filter((n) => knownDish(n) !== undefined || kept(n)));
  for (const section of all) {
    const title = section.record[section.titleKey] as string;
    for (const dish of section.dishes) realDish(dish.record, dish.nameKey, COURSES.has(title) ? (title as Course) : undefined, used, kept);
    retitle(section, kept);
  }
  apartTitles(all, kept);
  const currency = currencyOf(parent, all);
  // One menu ends its prices one way (all "14.95" or all "15"): a "47" beside a "13.99" reads as two menus.
  const ending = [0, 0.95, 0.99, 0.5][hash(`${currency}|${all.length}|${all[0]?.dishes.length ?? 0}`) % 4]!;
  for (const section of all) for (const dish of section.dishes) coursePrice(dish.record, dish.record[dish.nameKey] as string, currency, ending, kept);
}

/** A dish named as a restaurant names it, of its section's course, fitting its labels; its labels those it fits. */
function realDish(dish: Rec, nameKey: string, course: Course | undefined, used: Set<string>, kept: (v: unknown) => boolean): void {
  const name = dish[nameKey] as string;
  const dietKey = Object.keys(dish).find((k) => DIET_KEY.test(k) && Array.isArray(dish[k]) && (dish[k] as unknown[]).every((t) => typeof t === 'string'));
  const tags = dietKey === undefined ? [] : (dish[dietKey] as string[]);
  const wanted = tags.map(flagOf).filter((f): f is string => f !== undefined).join('');
  const known = knownDish(name);
  const fits = known !== undefined && [...wanted].every((f) => known.flags.includes(f)) && (course === undefined || known.course === course);
  if (!fits && !kept(name)) {
    const own = course ?? (sectionOfDish(name) as Course);
    const pool = dishesFitting(own, wanted, used);
    if (pool.length > 0) {
      const fresh = pool[hash(name) % pool.length]!;
      used.add(fresh);
      dish[nameKey] = fresh;
    }
  }
  if (dietKey === undefined || kept(tags)) return;
  const flags = knownDish(dish[nameKey] as string)?.flags;
  if (flags === undefined) return;
  const held = tags.filter((t) => flagOf(t) === undefined || flags.includes(flagOf(t)!));
  // A vegan dish is vegetarian: said so, in the labels' own spelling, wherever the vegan one is.
  const vegan = held.find((t) => flagOf(t) === 'V');
  if (vegan !== undefined && !held.some((t) => flagOf(t) === 'v')) held.splice(held.indexOf(vegan) + 1, 0, vegan === vegan.toUpperCase() ? 'VEGETARIAN' : /^[A-Z]/.test(vegan) ? 'Vegetarian' : 'vegetarian');
  dish[dietKey] = held;
}

/** A section titled for a course holds that course: a soup moves its section to "Soups", a mix to "Specials". */
function retitle(section: Section, kept: (v: unknown) => boolean): void {
  const title = section.record[section.titleKey] as string;
  if (!COURSES.has(title) || kept(title)) return;
  const courses = new Set(section.dishes.map((d) => knownDish(d.record[d.nameKey] as string)?.course ?? sectionOfDish(d.record[d.nameKey] as string)));
  if (courses.size === 1 && courses.has(title)) return;
  section.record[section.titleKey] = courses.size === 1 ? [...courses][0]! : 'Specials';
}

function apartTitles(all: readonly Section[], kept: (v: unknown) => boolean): void {
  const titles = new Set<string>();
  for (const s of all) {
    const title = s.record[s.titleKey] as string;
    if (titles.has(title) && !kept(title)) s.record[s.titleKey] = OPEN_TITLES.find((t) => !titles.has(t)) ?? title;
    titles.add(s.record[s.titleKey] as string);
  }
}

function currencyOf(parent: Rec, all: readonly Section[]): string {
  const code = (r: Rec): string | undefined => {
    const k = Object.keys(r).find((x) => CURRENCY_KEY.test(x) && typeof r[x] === 'string' && /^[A-Z]{3}$/.test(r[x] as string));
    return k === undefined ? undefined : (r[k] as string);
  };
  for (const s of all) for (const d of s.dishes) {
    const price = Object.values(d.record).find((v) => v && typeof v === 'object' && !Array.isArray(v) && code(v as Rec) !== undefined) as Rec | undefined;
    if (price) return code(price)!;
  }
  return code(parent) ?? 'USD';
}

/** A dish's price on its course's scale, in `currency`, rounded as menus round ("14.50", "1480"). */
function coursePrice(dish: Rec, name: string, currency: string, ending: number, kept: (v: unknown) => boolean): void {
  const known = knownDish(name);
  if (!known) return;
  let holder = dish;
  let key = Object.keys(dish).find((k) => PRICE_KEY.test(k) && (typeof dish[k] === 'number' || (dish[k] !== null && typeof dish[k] === 'object')));
  if (key !== undefined && typeof dish[key] === 'object') {
    holder = dish[key] as Rec;
    key = Object.keys(holder).find((k) => /^(amount|value|price)$/i.test(k) && typeof holder[k] === 'number');
  }
  if (key === undefined || typeof holder[key] !== 'number' || kept(holder[key])) return;
  const old = holder[key] as number;
  const [lo, hi] = COURSE_DOLLARS[known.course];
  const h = hash(`${name}|${old}`);
  const amount = inCurrency(lo * Math.pow(hi / lo, (h % 1000) / 1000), currency);
  const digits = minorUnits(currency);
  let price = digits === 0 ? (amount >= 1000 ? Math.round(amount / 50) * 50 : Math.round(amount / 10) * 10) : amount >= 100 ? Math.round(amount) : Math.floor(amount) + ending;
  // An amount held in cents stays in cents.
  if (digits > 0 && Number.isInteger(old) && inDollars(old, currency) > hi * 5) price = Math.round(price * 10 ** digits);
  holder[key] = price;
}
