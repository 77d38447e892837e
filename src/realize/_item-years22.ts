/**
 * Results of one model told apart by their years (QUALITY.md E): three Chirons said as "the city mpg is 9 …" three
 * times leave the user unable to tell which is which; each is led by its model year ("for the 2023 model, …").
 */
const YEAR_KEY = /^(year|model_?year|modelYear|model_?yr)$/;

/** The year of each item, said as "the 2023 model" (or "2023"), when every item has one and they differ. */
export function itemYears(items: readonly unknown[]): { said: string[]; years: string[] } | undefined {
  if (items.length < 2) return undefined;
  let model = false;
  const years = items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const hit = Object.entries(item as Record<string, unknown>).find(([k, v]) => YEAR_KEY.test(k) && (typeof v === 'number' || typeof v === 'string') && /^(19|20)\d\d$/.test(String(v)));
    if (hit && /model/i.test(hit[0])) model = true;
    return hit ? String(hit[1]) : undefined;
  });
  if (years.some((y) => y === undefined) || new Set(years).size < years.length) return undefined;
  const said = (years as string[]).map((y) => (model ? `the ${y} model` : y));
  return { said, years: years as string[] };
}
