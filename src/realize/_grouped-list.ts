/**
 * A short list of named groups, each holding a short list of named things (a menu's sections and their dishes, an
 * album's discs and tracks): said whole, group by group ("Soups: Gazpacho (4.59 EUR); Sides: Chicken Wings (3.67
 * EUR)"), never as the groups' names and the first group's contents.
 */
import { itemName } from './_response-items.ts';
import { said } from './_say.ts';
import { joinList } from './words.ts';
import { CURRENCY_FIELDS, ID_KEY, LABEL_FIELDS } from './_response-keys.ts';

const PRICE = /^(price|amount|cost|fee)$/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The currency a result or a thing names ({currencyCode: "EUR"}). */
function currencyOf(value: unknown): string | undefined {
  if (!isObj(value)) return undefined;
  const hit = Object.entries(value).find(([k, v]) => CURRENCY_FIELDS.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v));
  return hit?.[1] as string | undefined;
}

/** "Gazpacho (4.59 EUR)": a thing by its name, with its price when it has one. */
function thing(item: Obj, currency: string | undefined): string | undefined {
  const name = itemName(item);
  if (!name) return undefined;
  const price = Object.entries(item).find(([k, v]) => PRICE.test(k) && typeof v === 'number' && Number.isFinite(v))?.[1] as number | undefined;
  const unit = currencyOf(item) ?? currency;
  return price === undefined ? name : `${name} (${said(price)}${unit ? ` ${unit}` : ''})`;
}

/** "Soups: Gazpacho (4.59 EUR); Sides: Chicken Wings (3.67 EUR)", when every group is named and holds named things. */
export function groupedList(result: unknown, items: readonly unknown[]): string | undefined {
  if (items.length < 2 || items.length > 5 || !items.every(isObj)) return undefined;
  const currency = currencyOf(result);
  const groups: string[] = [];
  let total = 0;
  for (const group of items as Obj[]) {
    const name = itemName(group);
    const lists = Object.values(group).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every(isObj));
    // A group is a container (a section: its title and its items); a work with its year and its authors is a thing.
    const own = Object.entries(group).filter(([k, v]) => v !== null && typeof v !== 'object' && !ID_KEY.test(k) && !LABEL_FIELDS.test(k));
    if (!name || lists.length !== 1 || own.length > 0) return undefined;
    const things = (lists[0] as Obj[]).map((t) => thing(t, currencyOf(group) ?? currency));
    if (things.some((t) => t === undefined)) return undefined;
    total += things.length;
    groups.push(`${name}: ${joinList(things as string[])}`);
  }
  return total <= 10 ? groups.join('; ') : undefined;
}
