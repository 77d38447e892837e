/**
 * A car maker's categories are kinds of cars (QUALITY.md E): a brand record filled from a recorded sample of
 * another brand kept its categories, so Hyundai's were "High-definition camcorders, Noise-canceling headphones"
 * (rapidapi #275). A record naming a car maker (by faker's list of makers) has categories of car segments, each
 * named alike in all its name fields and slugs. No randomness.
 */
import { en } from '@faker-js/faker';

const MAKERS = new Set((en.vehicle?.manufacturer ?? []).map((m) => m.toLowerCase()));
const BRAND_KEY = /^(brand|brand_?name|make|make_?name|manufacturer|maker)$/i;
const SEGMENTS: ReadonlyArray<readonly [string, string]> = [['SUVs', 'SUV'], ['Sedans', 'Sedan'], ['Pickup Trucks', 'Pickup Truck'], ['Hybrids/EVs', 'Hybrid/EV'], ['Minivans', 'Minivan'], ['Small Cars', 'Small Car'], ['Sports Cars', 'Sports Car'], ['Wagons', 'Wagon']];
const PLURAL = /^(name|product_?group_?name|group_?name|category_?name|plural_?name|short_?name|original_?group_?name|title)$/i;
const SINGULAR = /^(singular_?name|breadcrumb_?name)$/i;
const PATH = /^(target_?path|path_?name)$/i;
const CATEGORY_LIST = /^(categories|product_?groups|segments)$/i;
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2');

/** The categories of a record naming a car maker are car segments (one each, in order); kept values stay. */
export function carMakerCategories(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const brandKey = Object.keys(record).find((k) => BRAND_KEY.test(snake(k)) && typeof record[k] === 'string');
  if (brandKey === undefined || !MAKERS.has((record[brandKey] as string).toLowerCase())) return;
  for (const [key, list] of Object.entries(record)) {
    if (!CATEGORY_LIST.test(snake(key)) || !Array.isArray(list) || keep.has(JSON.stringify(list))) continue;
    list.forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return;
      const category = item as Record<string, unknown>;
      const [plural, singular] = SEGMENTS[i % SEGMENTS.length]!;
      for (const k of Object.keys(category)) {
        if (typeof category[k] !== 'string' || keep.has(JSON.stringify(category[k]))) continue;
        const w = snake(k);
        if (PLURAL.test(w)) category[k] = plural;
        else if (SINGULAR.test(w)) category[k] = singular;
        else if (PATH.test(w)) category[k] = slug(singular);
        // Its children were settled first: a slug beside the renamed name is the new name's.
        else if (/slug/i.test(w)) category[k] = slug(plural);
      }
    });
  }
}
