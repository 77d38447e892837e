/**
 * A list result holds every filter its call sent (QUALITY.md E): the records a search returns are dated inside the
 * range sent (`createdSince`/`createdUntil`, `postedSince`), on the day sent (`published_date`), in the year sent;
 * they carry the country, market, condition or category sent, a documented default counting as sent (a call with no
 * `country` asks for `US`); a menu asked for `dietary=halal` lists halal dishes, and no dish is tagged against its
 * name (no vegetarian duck); a road's roadworks name that road ("A6 | …", not "A1 | …").
 * The records are the items of the result's lists (nested lists too: `sections[].items[]`) and the root and wrapper
 * objects for the equality filters; values the chain reads later (pinned) are left as drawn.
 */
import { en } from '@faker-js/faker';
import type { Operation, Param } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const DAY = /^\d{4}-\d{2}-\d{2}/;
const LOW = new Set(['since', 'after', 'from', 'start', 'begin', 'min', 'gte', 'earliest', 'starting', 'oldest']);
const HIGH = new Set(['until', 'till', 'before', 'to', 'end', 'max', 'lte', 'latest', 'ending', 'newest']);
/** Bound words that stand alone ("since 2024-11-16"); `from`, `start`, `min` alone may be an anchor (`dateFrom` + `daysFrom`). */
const ALONE = new Set(['since', 'after', 'until', 'till', 'before', 'earliest', 'latest']);
const DATE_WORD = new Set(['date', 'time', 'datetime', 'day', 'at', 'on', 'dt', 'timestamp', 'utc', 'gmt', 'iso', 'local']);
/** Field names that are "the" date of a record whatever the filter's word. */
const PLAIN_DATE = /^(date|datetime|date_time|timestamp|time|day)$/;
/** Filters a record holds as its own value, by the argument's last word. */
const EQUAL = /^(country|country_code|market|region|condition|language|lang|category|genre|dietary|diet|cuisine|channel|author|platform)$/;
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });
const MS_DAY = 86_400_000;

/** The root a word's forms share: created/creation → creat, published → publi, posted → post. */
const SUFFIXES = ['ion', 'ing', 'ed', 'es', 'e', 's'];
const root = (w: string): string => {
  const suffix = SUFFIXES.find((x) => w.endsWith(x) && w.length > x.length + 2);
  return (suffix ? w.slice(0, -suffix.length) : w).slice(0, 5);
};

/** A cheap stable number from a string (the same value moves to the same day). */
function hashOf(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

interface DateFilter {
  side: 'low' | 'high' | 'day';
  /** A bound that holds without its other end. */
  alone: boolean;
  /** The root of the event the filter dates (`creat`), or '' for a plain date. */
  stem: string;
  day: string;
}

/** What a date-valued argument filters on, if it does (`createdSince` → low bound of the `creat…` dates). */
function dateFilterOf(name: string, value: unknown): DateFilter | undefined {
  if (typeof value !== 'string' || !DAY.test(value)) return undefined;
  const words = lastNameWord(name).split('_');
  const side = words.some((w) => LOW.has(w)) ? 'low' : words.some((w) => HIGH.has(w)) ? 'high' : words.some((w) => w === 'date' || w === 'day' || w === 'on') ? 'day' : undefined;
  if (side === undefined) return undefined;
  const rest = words.filter((w) => !LOW.has(w) && !HIGH.has(w) && !DATE_WORD.has(w));
  return { side, alone: words.some((w) => ALONE.has(w)), stem: rest.length > 0 ? root(rest[0]!) : '', day: value.slice(0, 10) };
}

/** The date fields of `item` a filter with this stem is about: the fields of that event, else its plain date. */
function datedFields(item: Json, stem: string): string[] {
  const dated = Object.keys(item).filter((k) => typeof item[k] === 'string' && DAY.test(item[k] as string));
  if (stem !== '') {
    const own = dated.filter((k) => lastNameWord(k).split('_').some((w) => root(w) === stem));
    if (own.length > 0) return own;
  }
  if (dated.length === 1) return dated;
  const plain = dated.filter((k) => PLAIN_DATE.test(lastNameWord(k)));
  // An event listed between two dates starts between them (`startDate`, `starts_at`).
  return plain.length > 0 ? plain : dated.filter((k) => lastNameWord(k).split('_').some((w) => w === 'start' || w === 'starts' || w === 'begin'));
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / MS_DAY;
const dayText = (n: number): string => new Date(n * MS_DAY).toISOString().slice(0, 10);

/** Records that are items of a list, at any depth up to four levels, with their concrete paths. */
function listItems(result: unknown): Array<[Json, string]> {
  const out: Array<[Json, string]> = [];
  const visit = (value: unknown, path: string, depth: number, inList: boolean): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, depth + 1, true));
      return;
    }
    if (!isRecord(value)) return;
    if (inList) out.push([value, path]);
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v === 'object') visit(v, path === '' ? k : `${path}.${k}`, depth + 1, false);
  };
  visit(result, '', 0, false);
  return out;
}

/** The root object and one wrapper below it (`data`), which hold what the whole answer is about (`data.country`). */
function wrappers(result: unknown): Array<[Json, string]> {
  if (!isRecord(result)) return [];
  const out: Array<[Json, string]> = [[result, '']];
  for (const [k, v] of Object.entries(result)) if (isRecord(v)) out.push([v, k]);
  return out;
}

/** Put the record's dates for this filter inside the range (low..high days) it sets. */
function fitDates(item: Json, path: string, stem: string, low: string | undefined, high: string | undefined, pinned: ReadonlySet<string>): void {
  const lo = low !== undefined ? dayNumber(low) : dayNumber(high!) - 60;
  const hi = high !== undefined ? dayNumber(high) : lo + 60;
  if (!(hi >= lo)) return;
  const fields = datedFields(item, stem);
  let shift = 0;
  for (const key of fields) {
    if (pinned.has(path === '' ? key : `${path}.${key}`)) continue;
    const value = item[key] as string;
    const n = dayNumber(value.slice(0, 10));
    if (n >= lo && n <= hi) continue;
    // Strictly inside where the range allows it, so a time of day never falls before a since-time on its first day.
    const span = hi - lo;
    const day = span >= 2 ? lo + 1 + (hashOf(value) % (span - 1)) : hi;
    item[key] = dayText(day) + value.slice(10);
    if (shift === 0) shift = day - n;
  }
  if (shift === 0 || !Number.isFinite(shift)) return;
  // The record's other dates move with it: an event still ends after it starts, a job's deadline follows its posting.
  for (const [key, value] of Object.entries(item)) {
    if (fields.includes(key) || typeof value !== 'string' || !DAY.test(value) || pinned.has(path === '' ? key : `${path}.${key}`)) continue;
    const n = dayNumber(value.slice(0, 10));
    if (Number.isFinite(n)) item[key] = dayText(n + shift) + value.slice(10);
  }
}

/** A record's own year under a longer name: a car's `model_year` is what a `year` filter asks for. */
const YEAR_OF_RECORD = /^(model|release|production|make|vehicle)_?year$/;

/** A year filter (`year`, `release_year`, `y` described as a year) or range (`start_year`..`end_year`): the records' years and dates fall in it. */
function fitYear(items: ReadonlyArray<[Json, string]>, args: Readonly<Json>, inputs: readonly Param[] | undefined, pinned: ReadonlySet<string>): void {
  let low: number | undefined;
  let high: number | undefined;
  let stem = '';
  let own = 'year';
  for (const [name, value] of Object.entries(args)) {
    const words = lastNameWord(name);
    const described = words.length <= 2 && /\byear\b/i.test(inputs?.find((p) => p.name === name)?.description ?? '');
    if (!(words === 'year' || /_year$/.test(words) || described) || !/^(1[89]|20)\d\d$/.test(String(value))) continue;
    const parts = words.split('_');
    const side = parts.some((w) => LOW.has(w)) ? 'low' : parts.some((w) => HIGH.has(w)) ? 'high' : 'one';
    if (side !== 'high') low = Number(value);
    if (side !== 'low') high = Number(value);
    const rest = parts.filter((w) => !LOW.has(w) && !HIGH.has(w) && w !== 'year');
    if (rest.length > 0) stem = root(rest[0]!);
    if (side === 'one') own = words;
  }
  if (low === undefined && high === undefined) return;
  const lo = low ?? high! - 10;
  const hi = high ?? low! + 10;
  if (hi < lo) return;
  for (const [item, path] of items) {
    // One year for the record, kept if inside; its year fields and its dates say that year.
    let year: number | undefined;
    const inside = (y: number): number => (y >= lo && y <= hi ? y : lo + (y % (hi - lo + 1)));
    for (const key of Object.keys(item)) {
      const v = item[key];
      const k = lastNameWord(key);
      if (pinned.has(path === '' ? key : `${path}.${key}`) || !(k === 'year' || k === own || (own === 'year' && YEAR_OF_RECORD.test(k))) || !(typeof v === 'number' || typeof v === 'string') || !/^\d{4}$/.test(String(v))) continue;
      year ??= inside(Number(v));
      item[key] = typeof v === 'number' ? year : String(year);
    }
    for (const key of datedFields(item, stem)) {
      if (pinned.has(path === '' ? key : `${path}.${key}`)) continue;
      const v = item[key] as string;
      year ??= inside(Number(v.slice(0, 4)));
      if (Number(v.slice(0, 4)) !== year) item[key] = String(year) + v.slice(4).replace(/^-02-29/, '-02-28');
    }
  }
}

/** The value sent for each input, with the documented default of one not sent. */
function sentValues(args: Readonly<Json>, inputs: readonly Param[] | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>(Object.entries(args));
  // A default language is the language of the answer, not a filter on what is listed.
  for (const p of inputs ?? []) if (!out.has(p.name) && typeof p.default === 'string' && p.default !== '' && /^(country|country_code|market|region|condition)$/.test(equalWord(p.name) ?? '')) out.set(p.name, p.default);
  return out;
}

/** The filter word of an argument (`product_condition` → condition, `country_code` stays), if it is an equality filter. */
function equalWord(name: string): string | undefined {
  const words = lastNameWord(name);
  if (EQUAL.test(words)) return words;
  const last = words.split('_').pop()!;
  if (/(^|_)country_code$/.test(words)) return 'country_code';
  return EQUAL.test(last) ? last : undefined;
}

/** Is the field `key` the record's own value of the filter `word` (or a list of them: `available_markets`, `dietary`)? */
function fieldOf(key: string, word: string, argWords = word): boolean {
  const words = lastNameWord(key);
  if (words === 'id' || words.endsWith('_id')) return false;
  const last = words.split('_').pop()!;
  const base = word === 'country_code' ? 'country' : word === 'lang' ? 'language' : word;
  const plural = base.endsWith('y') ? `${base.slice(0, -1)}ies` : `${base}s`;
  // The field itself (`condition`, `country_code`) or the list of them (`available_markets`); a qualified one
  // (`original_language`, `origin_country`) is another fact about the record.
  if (words === argWords || words === word || words === base || last === plural || words === `${base}_code`) return true;
  return (base === 'dietary' || base === 'diet') && /^(dietary|diet|diets|dietary_(labels?|tags?|restrictions?|options?))$/.test(words);
}

/** The argument written as the field writes its values: case of a code, "Used" beside "New", "US" as "United States". */
function asField(wanted: string, before: string): string {
  if (/^[A-Za-z]{2}$/.test(wanted) && before.length > 3 && /^\p{Lu}\p{Ll}/u.test(before)) {
    try {
      return REGIONS.of(wanted.toUpperCase()) ?? wanted;
    } catch {
      return wanted;
    }
  }
  if (before.length > 0 && before === before.toUpperCase() && /[A-Z]/.test(before)) return wanted.toUpperCase();
  if (/^\p{Lu}/u.test(before) && wanted === wanted.toLowerCase()) return wanted.charAt(0).toUpperCase() + wanted.slice(1);
  if (before === before.toLowerCase() && /^[A-Z][A-Z_]+$/.test(wanted)) return wanted.toLowerCase();
  return wanted;
}

/** A vegan dish is vegetarian too: a list of labels holding `vegan` holds `vegetarian`. */
const holds = (labels: readonly unknown[], wanted: string): boolean => labels.some((v) => typeof v === 'string' && (same(v, wanted) || (same(wanted, 'vegetarian') && same(v, 'vegan'))));
const same = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/[\s-]+/g, '_') === b.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Make one record hold the equality filter `wanted` at its field `key` (a value, or one of a list of values). */
function holdValue(record: Json, key: string, wanted: string, otherValues: readonly string[]): void {
  const before = record[key];
  if (Array.isArray(before)) {
    if (before.length === 0 || !before.every((v) => typeof v === 'string') || holds(before, wanted)) return;
    // A list of codes or words of the same kind: the one asked for comes first.
    const styled = asField(wanted, before[0] as string);
    if ((styled.length <= 3) !== ((before[0] as string).length <= 3)) return;
    before.unshift(styled);
    return;
  }
  if (typeof before !== 'string' || before === '' || same(before, wanted)) return;
  const styled = asField(wanted, before);
  if (same(before, styled)) return;
  const lower = before.toLowerCase();
  // A code for a code ("IT" → "US"), a name for a name ("Italy" → "United States"), the value sent for another
  // allowed one ("Excellent condition (Refurbished)" where Used was asked), a short label for a short label.
  if (CODE.test(before)) {
    if (CODE.test(wanted.toUpperCase())) record[key] = styled;
  } else if (styled !== wanted && /^[A-Za-z]{2}$/.test(wanted)) record[key] = styled;
  else if (otherValues.some((v) => v.length >= 3 && !same(v, wanted) && lower.includes(v.toLowerCase()))) record[key] = styled;
  else if (before.length <= 30 && before.split(' ').length <= 3) record[key] = styled;
}
const CODE = /^[A-Z]{2,3}$/;
/** The conditions an item is sold in, whatever words a spec lists for them. */
const CONDITIONS = ['new', 'used', 'refurbished', 'renewed', 'collectible'];

/** The allowed values of an input (its enum, or the "Allowed values:" its description lists). */
function allowed(param: Param | undefined): string[] {
  if (!param) return [];
  if (param.enum) return param.enum.filter((v): v is string => typeof v === 'string');
  const listed = /allowed values:\**\s*`?([^`\n]+)`?/i.exec(param.description ?? '')?.[1];
  return listed ? listed.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
}

/** Make the result's records hold the filters of their call (see the file comment). */
export function honourFilters(result: unknown, args: Readonly<Json>, operation: Pick<Operation, 'effect'> & { inputs?: readonly Param[] }, pinnedPaths: readonly string[]): void {
  if (operation.effect !== 'read' || result === null || typeof result !== 'object') return;
  const pinned = new Set(pinnedPaths);
  const items = listItems(result);
  // Dates: a range per event stem, and days.
  const ranges = new Map<string, { low?: string; high?: string; day?: string; alone?: boolean }>();
  for (const [name, value] of Object.entries(args)) {
    const f = dateFilterOf(name, value);
    if (!f) continue;
    const r = ranges.get(f.stem) ?? {};
    r[f.side] = f.day;
    if (f.alone) r.alone = true;
    ranges.set(f.stem, r);
  }
  for (const [stem, r] of ranges) {
    const low = r.day ?? r.low;
    const high = r.day ?? r.high;
    if (low !== undefined && high !== undefined && low > high) continue;
    if ((low === undefined || high === undefined) && !r.alone) continue;
    for (const [item, path] of items) fitDates(item, path, stem, low, high, pinned);
  }
  fitYear(items, args, operation.inputs, pinned);
  // Equality filters, sent or at their documented default.
  const sent = sentValues(args, operation.inputs);
  for (const [name, value] of sent) {
    const word = equalWord(name);
    if (word === undefined || typeof value !== 'string' || value === '' || value.length > 40 || /[,|*]/.test(value) || /^(all|any|none)$/i.test(value)) continue;
    const others = [...allowed(operation.inputs?.find((p) => p.name === name)), ...(word === 'condition' ? CONDITIONS : [])];
    for (const [record, path] of [...wrappers(result), ...items]) {
      for (const key of Object.keys(record)) {
        if (!fieldOf(key, word, lastNameWord(name)) || pinned.has(path === '' ? key : `${path}.${key}`)) continue;
        holdValue(record, key, value, others);
      }
    }
  }
  const diet = [...sent].find(([name, v]) => equalWord(name) !== undefined && /^diet/.test(equalWord(name)!) && typeof v === 'string')?.[1] as string | undefined;
  for (const [item] of items) fitDishTags(item, diet);
  nameTheRoad(items, args);
}

/** What a dish's name rules out: meat and fish for vegetarian, any animal product for vegan, pork and alcohol for halal. */
/** Faker's own meats (its dishes are "{meat} with {vegetable}": "Sweet Pigeon With English Spinach") and more. */
const MEAT_WORDS = [...(en.food?.meat ?? []), 'pork', 'bacon', 'ham', 'veal', 'sausages?', 'salami', 'pepperoni', 'prosciutto', 'pancetta', 'chorizo', 'steak', 'burgers?', 'cheeseburger', 'meatballs?', 'ribs', 'chicken wings', 'brisket', 'fish', 'tuna', 'cod', 'shrimps?', 'prawns?', 'crab', 'lobster', 'oysters?', 'mussels', 'clams', 'scallops', 'squid', 'calamari', 'anchov\\w*', 'sardines?', 'octopus', 'eel', 'sushi', 'sashimi', 'nigiri', 'katsu', 'kebabs?', 'gyros?', 'souvlaki', 'carpaccio', 'alla bolognese', 'carbonara', 'pâté', 'foie', 'goulash', 'pho', 'carne', 'seafood', 'poke', 'ebiten', 'california maki', 'philadelphia maki', 'scotch eggs'];
const MEAT = new RegExp(`\\b(${[...new Set(MEAT_WORDS)].join('|')})\\b`, 'i');
const ANIMAL = /\b(cheese|cheesy|cream|creamy|butter|buttermilk|alfredo|milk|yogh?urt|eggs?|omelette|honey|mayonnaise|custard|parmesan|parmigiana|mozzarella|feta|ricotta|brie|cheddar|halloumi|paneer|gelato|cheesecake|tiramis\w*|french toast|shakshuka|quiche|pancakes?|waffles?|benedict|souffl\w*|panna cotta|carbonara|latte|cappuccino|milkshake|risotto)\b/i;
const NOT_HALAL = /\b(pork|bacon|ham|prosciutto|pancetta|chorizo|salami|pepperoni|lard|wine|beer|rum|vodka|whiske?y|gin|sake|brandy|sherry|bourguignon|coq au vin|carbonara)\b/i;
const RULES: Record<string, (name: string) => boolean> = {
  vegetarian: (n) => MEAT.test(n),
  vegan: (n) => MEAT.test(n) || ANIMAL.test(n),
  halal: (n) => NOT_HALAL.test(n),
};
/** Dishes every dietary label here fits (vegan, halal, no gluten). */
const PLAIN_DISHES = ['Lentil Soup', 'Chickpea Curry', 'Roasted Vegetable Salad', 'Tomato Soup', 'Grilled Vegetable Skewers', 'Quinoa Salad', 'Dal Tadka', 'Vegetable Paella', 'Hummus Plate', 'Stuffed Peppers', 'Ratatouille', 'Fruit Salad', 'Black Bean Chili', 'Sweet Potato Fries', 'Mango Sorbet', 'Chana Masala'];

/**
 * A dish is never tagged against its name: a tag its name rules out goes, and a dish whose name rules out the label
 * the call asked for (`wanted`, held by `holdValue`) is renamed to a dish that fits.
 */
function fitDishTags(item: Json, wanted: string | undefined): void {
  const nameKey = Object.keys(item).find((k) => /^(name|title|dish|dish_name)$/.test(lastNameWord(k)) && typeof item[k] === 'string');
  const tagKey = Object.keys(item).find((k) => fieldOf(k, 'dietary') && Array.isArray(item[k]));
  if (nameKey === undefined || tagKey === undefined) return;
  const tags = item[tagKey] as unknown[];
  const name = item[nameKey] as string;
  const ruledOut = (t: unknown): boolean => typeof t === 'string' && RULES[t.toLowerCase()]?.(name) === true;
  if (!tags.some(ruledOut)) return;
  if (wanted !== undefined && holds(tags, wanted) && tags.some((t) => ruledOut(t) && (same(t as string, wanted) || same(t as string, 'vegan')))) {
    const dish = PLAIN_DISHES[hashOf(name) % PLAIN_DISHES.length]!;
    item[nameKey] = dish;
    return;
  }
  item[tagKey] = tags.filter((t) => !ruledOut(t));
}

const ROAD = /^([A-Z]{1,2})(\d{1,4})(?= ?[|:–-] )/;
/** A road (`roadId: A6`) names its own items: "A1 | AS Pansdorf" under road A6 is "A6 | AS Pansdorf". */
function nameTheRoad(items: ReadonlyArray<[Json, string]>, args: Readonly<Json>): void {
  const codes = Object.values(args).filter((v): v is string => typeof v === 'string' && /^[A-Z]{1,2}\d{1,4}$/.test(v));
  if (codes.length !== 1) return;
  const code = codes[0]!;
  const letters = /^[A-Z]+/.exec(code)![0];
  for (const [item] of items) {
    for (const [k, v] of Object.entries(item)) {
      if (typeof v !== 'string') continue;
      const m = ROAD.exec(v);
      if (m && m[1] === letters && m[0] !== code) item[k] = code + v.slice(m[0].length);
    }
  }
}
