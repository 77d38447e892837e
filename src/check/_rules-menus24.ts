/**
 * Catalogue items and their filters (QUALITY.md E and F), wave 24. `filtered_item_unlabelled`: a list asked for with
 * a label filter (`dietary=vegetarian`) holds only items labelled so in the field of that name (a vegan dish counts
 * as vegetarian): never "Pasta And Beans" labelled [gluten_free] on a vegetarian menu. `variants_untold`: a reply
 * that counts a product's variants tells them apart by what distinguishes them (size, colour) when the result
 * holds it, never by SKUs alone ("sku SKU-14745, color gold; …" with the sizes left out). `menu_course_price`: on one
 * menu every main costs more than every starter, soup, side and dessert (no 4499-yen pie beside a 2998-yen main).
 * `shop_headcount`: a company named for a shop's trade ("Woodlands Road Bike Shop") employs a handful, never "201-1000".
 * Reads only the record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MENUS24_INVARIANTS = ['filtered_item_unlabelled', 'variants_untold', 'menu_course_price', 'shop_headcount'] as const satisfies readonly InvariantId[];

const VARIANTS_KEY = /^(variants|product_?variants|productVariants|options|skus)$/;
const TRAIT_KEY = /^(size|colou?r|style|material|flavou?r|capacity|storage|edition)$/i;
const norm = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, '_');

export function checkMenus24(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  for (let at = 0; at < turns.length; at++) {
    const turn = turns[at]!;
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') continue;
    const call = turns.slice(0, at).reverse().find((t) => t.speaker === 'assistant' && t.call !== undefined && t.call.id === turn.call_id);
    const args = call?.speaker === 'assistant' ? (call.call?.arguments ?? {}) : {};
    filtered(args as Record<string, unknown>, turn.result, at, add);
    coursePrices(turn.result, at, add);
    shopHeadcount(turn.result, at, add);
    const reply = turns.slice(at + 1).find((t) => t.speaker === 'assistant' && typeof t.text === 'string' && t.text !== '');
    if (reply?.speaker === 'assistant' && typeof reply.text === 'string' && /\bvariants?\b/i.test(reply.text)) variants(turn.result, reply.text, at, add);
  }
}

/** Each array of labels under a filter's own name holds the filter's value. */
function filtered(args: Record<string, unknown>, result: unknown, at: number, add: Add): void {
  const filters = Object.entries(args).filter(([, v]) => typeof v === 'string' && /^[A-Za-z][A-Za-z _-]{2,30}$/.test(v));
  if (filters.length === 0) return;
  let said = false;
  eachObject(result, (obj) => {
    if (said) return;
    for (const [key, value] of filters) {
      const labels = obj[key];
      if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === 'string')) continue;
      const want = norm(value as string);
      const held = (labels as string[]).map(norm);
      if (held.includes(want) || (want === 'vegetarian' && held.includes('vegan'))) continue;
      said = true;
      const name = typeof obj.name === 'string' ? `"${obj.name}"` : 'an item';
      add('filtered_item_unlabelled', at, `${name} is listed for ${key}=${String(value)} but labelled [${labels.join(', ')}]`);
      return;
    }
  });
}

/** A reply counting variants names at least one size or colour the first variants differ by. */
function variants(result: unknown, text: string, at: number, add: Add): void {
  let said = false;
  eachObject(result, (obj) => {
    if (said) return;
    for (const [key, list] of Object.entries(obj)) {
      if (!VARIANTS_KEY.test(key) || !Array.isArray(list) || list.length < 2 || !list.every((x) => x && typeof x === 'object' && !Array.isArray(x))) continue;
      const items = list as Record<string, unknown>[];
      const traits = Object.keys(items[0]!).filter((k) => TRAIT_KEY.test(k) && new Set(items.map((x) => String(x[k]))).size > 1);
      if (traits.length === 0) continue;
      const lower = text.toLowerCase();
      const told = (v: unknown): boolean => (typeof v === 'string' || typeof v === 'number') && new RegExp(`(^|[^a-z0-9])${String(v).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(lower);
      // Every field the variants differ by is heard: colours alone leave three sizes of one colour-blind list.
      const untold = traits.filter((k) => !items.slice(0, 3).some((x) => told(x[k])));
      if (untold.length === 0) continue;
      said = true;
      add('variants_untold', at, `the reply counts ${key} without their ${untold.join(' or ')} (${items.slice(0, 3).map((x) => String(x[untold[0]!])).join(', ')})`);
      return;
    }
  });
}

const SECTION_TITLE = /^(title|name|section_?name|section_?title)$/i;
const SMALL_COURSE = /^(starters|appetizers|soups|sides|desserts)$/i;
const price = (dish: Record<string, unknown>): number | undefined => {
  const p = dish.price ?? dish.amount;
  if (typeof p === 'number') return p;
  const inner = p && typeof p === 'object' ? (p as Record<string, unknown>).amount : undefined;
  return typeof inner === 'number' ? inner : undefined;
};

/** A menu's cheapest main costs more than its dearest starter, soup, side or dessert. */
function coursePrices(result: unknown, at: number, add: Add): void {
  let said = false;
  eachObject(result, (obj) => {
    if (said) return;
    for (const list of Object.values(obj)) {
      if (!Array.isArray(list) || list.length < 2) continue;
      let mains = Infinity;
      let small = -Infinity;
      let which = '';
      for (const section of list) {
        if (!section || typeof section !== 'object' || Array.isArray(section)) continue;
        const rec = section as Record<string, unknown>;
        const titleKey = Object.keys(rec).find((k) => SECTION_TITLE.test(k) && typeof rec[k] === 'string');
        const title = titleKey === undefined ? '' : (rec[titleKey] as string);
        const main = /^mains?( courses?)?$/i.test(title);
        if (!main && !SMALL_COURSE.test(title)) continue;
        const dishes = Object.values(rec).find((v) => Array.isArray(v)) as unknown[] | undefined;
        for (const d of dishes ?? []) {
          const p = d && typeof d === 'object' ? price(d as Record<string, unknown>) : undefined;
          if (p === undefined) continue;
          if (main) mains = Math.min(mains, p);
          else if (p > small) [small, which] = [p, title];
        }
      }
      if (mains !== Infinity && small !== -Infinity && mains < small) {
        said = true;
        add('menu_course_price', at, `a main costs ${mains}, less than a dish of ${which} at ${small}`);
        return;
      }
    }
  });
}

const SHOP_NAME = /\b(Bakery|Bagels|Deli|Noodle Bar|Tea House|Ice Cream|Coffee Roasters|Street Kitchen|Wine Bar|Books|Florist|Bike Shop|Outdoor Gear|Hardware|Pet Supplies|Opticians|Tailors|Barbers|Records)$/;
const HEADCOUNT = /^(employees|employee_?count|employeeCount|number_?of_?employees|numberOfEmployees|company_?size|companySize|headcount|staff_?count)$/;

/** A company named as one shop is has at most 50 employees, in a band ("201-1000") or a count. */
function shopHeadcount(result: unknown, at: number, add: Add): void {
  let said = false;
  eachObject(result, (obj) => {
    if (said || typeof obj.name !== 'string' || !SHOP_NAME.test(obj.name)) return;
    for (const [k, v] of Object.entries(obj)) {
      if (!HEADCOUNT.test(k)) continue;
      const low = typeof v === 'number' ? v : typeof v === 'string' ? Number(/^(\d[\d,]*)/.exec(v)?.[1]?.replace(/,/g, '') ?? NaN) : NaN;
      if (!(low > 60)) continue;
      said = true;
      add('shop_headcount', at, `"${obj.name}" has ${String(v)} employees`);
      return;
    }
  });
}
