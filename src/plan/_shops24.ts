/**
 * A shop is a small business (QUALITY.md E, wave 24; bundled #329): a company named for a trade a shop plies
 * ("Woodlands Road Bike Shop", "Hoppe's Bakery") employs a handful of people, never "201-1000". Its headcount
 * band or count is moved into the small ones; values the call sent or a chain reads (`kept`) never change.
 */
type Json = Record<string, unknown>;

/** Trades of one shop or one café: a chain of them would be named otherwise. */
const SHOP_TRADE = /\b(Bakery|Bagels|Deli|Noodle Bar|Tea House|Ice Cream|Coffee Roasters|Street Kitchen|Wine Bar|Books|Florist|Bike Shop|Outdoor Gear|Hardware|Pet Supplies|Opticians|Tailors|Barbers|Records)$/;
const HEADCOUNT = /^(employees|employee_?count|employeeCount|number_?of_?employees|numberOfEmployees|company_?size|companySize|headcount|staff_?count|size)$/;
const SMALL_BANDS = ['1-10', '11-50'];

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** `obj`'s headcount, when its name is a shop's, within a shop's size. */
export function shopHeadcount(obj: Json, name: string, kept: ReadonlySet<string>): void {
  if (!SHOP_TRADE.test(name)) return;
  for (const [k, v] of Object.entries(obj)) {
    if (!HEADCOUNT.test(k) || kept.has(JSON.stringify(v))) continue;
    if (typeof v === 'number' && v > 60) obj[k] = 3 + (hash(name) % 38);
    else if (typeof v === 'string') {
      const low = /^(\d[\d,]*)\s*(?:[-–]|\+|to )/.exec(v)?.[1];
      if (low !== undefined && Number(low.replace(/,/g, '')) > 50) obj[k] = v.includes('–') ? SMALL_BANDS[hash(name) % 2]!.replace('-', '–') : SMALL_BANDS[hash(name) % 2]!;
    }
  }
}
