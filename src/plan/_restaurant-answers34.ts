/**
 * A restaurant reads as one place (QUALITY.md E, wave 34; bundled 2026-347): its cuisines are one kitchen's
 * ("Turner's Grill" is no korean, japanese and thai house), its name fits them (a trattoria is Italian), and its
 * hours are a restaurant's, open into the evening ("Mon-Fri 09:00-18:00 … Sun closed" is an office's). Values the
 * call sent or a chain reads never change; when the cuisines are kept, the name yields. No randomness: a
 * replacement is chosen by the value it replaces.
 */

type Rec = Record<string, unknown>;

const CUISINE_KEY = /^(cuisines?|cuisine_?codes?|cuisineCodes?|cuisine_?types?|cuisineTypes?)$/;
const NAME_KEY = /^(name|title|restaurant_?name|restaurantName)$/;
const HOURS_KEY = /^(opening_?hours|openingHours|hours|business_?hours|businessHours|open_?hours|openHours)$/;

/** Kitchens that share a menu: a place serves one family, or two neighbours of it. */
const FAMILIES: readonly (readonly string[])[] = [
  ['japanese', 'korean'],
  ['thai', 'vietnamese'],
  ['chinese'],
  ['indian'],
  ['italian'],
  ['french'],
  ['greek', 'lebanese'],
  ['spanish', 'portuguese'],
  ['mexican'],
  ['vegetarian'],
];
/** What a name's last word promises; a word not here ("Kitchen") fits any kitchen. */
const NAME_FITS: Readonly<Record<string, readonly string[]>> = {
  trattoria: ['italian'],
  pizzeria: ['italian'],
  bistro: ['french', 'italian', 'spanish'],
  brasserie: ['french'],
  grill: ['greek', 'lebanese', 'portuguese', 'mexican', 'korean', 'spanish'],
  diner: [],
  taqueria: ['mexican'],
};

const RESTAURANT_WEEKS: readonly (readonly string[])[] = [
  ['Daily 11:30-22:30'],
  ['Tue-Sun 12:00-23:00', 'Mon closed'],
  ['Mon-Thu 12:00-22:00', 'Fri-Sat 12:00-23:00', 'Sun 12:00-21:00'],
  ['Mon 17:00-22:00', 'Tue-Thu 12:00-22:00', 'Fri-Sat 12:00-23:30', 'Sun 12:00-21:00'],
];

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

const plain = (c: string): string => c.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
/** `word` written as `like` is ("Thai", "thai", "THAI"). */
const styled = (word: string, like: string): string => (like === like.toUpperCase() && /[A-Z]/.test(like) ? word.toUpperCase() : /^[A-Z]/.test(like) ? word.replace(/^\w/, (c) => c.toUpperCase()) : word);

const familyOf = (c: string): readonly string[] | undefined => FAMILIES.find((f) => f.includes(plain(c)));

/** A record that is a restaurant: a name beside cuisines. */
export function restaurantOfOneKitchen34(record: Rec, isKept: (v: unknown) => boolean): void {
  const cuisineKey = Object.keys(record).find((k) => CUISINE_KEY.test(k));
  if (cuisineKey === undefined) return;
  const nameKey = Object.keys(record).find((k) => NAME_KEY.test(k) && typeof record[k] === 'string');
  if (nameKey === undefined) return;
  const value = record[cuisineKey];
  const list = Array.isArray(value) && value.length > 0 && value.every((c) => typeof c === 'string') ? (value as string[]) : typeof value === 'string' ? [value] : undefined;
  if (list === undefined || !list.every((c) => familyOf(c) !== undefined)) return;
  const name = record[nameKey] as string;
  const word = name.split(' ').pop()!.toLowerCase();
  const fits = NAME_FITS[word];
  const keptCuisine = isKept(value) || list.some(isKept);
  if (!keptCuisine) {
    // The first kitchen leads, unless the name promises another; its neighbour may join it, no one else.
    const lead = fits && fits.length > 0 && !fits.includes(plain(list[0]!)) ? fits[hash(name) % fits.length]! : plain(list[0]!);
    const family = familyOf(lead)!;
    const rest = list.slice(1).map(plain).filter((c) => family.includes(c) && c !== lead);
    // Drawn as several, it stays several where the kitchen has a neighbour ("spanish and portuguese").
    if (rest.length === 0 && list.length > 1 && family.length > 1) rest.push(family.find((c) => c !== lead)!);
    const fresh = [lead, ...rest].map((c) => styled(c, list[0]!));
    if (Array.isArray(value)) record[cuisineKey] = fresh;
    else record[cuisineKey] = fresh[0];
  } else if (fits !== undefined && !isKept(name) && !list.some((c) => fits.includes(plain(c)))) {
    record[nameKey] = `${name.slice(0, name.length - word.length)}Kitchen`;
  }
  restaurantHours(record, isKept);
}

/** A restaurant's week: open into the evening, never an office's 09:00–18:00 with Sunday closed. */
function restaurantHours(record: Rec, isKept: (v: unknown) => boolean): void {
  const key = Object.keys(record).find((k) => HOURS_KEY.test(k));
  if (key === undefined) return;
  const value = record[key];
  const lines = Array.isArray(value) && value.every((l) => typeof l === 'string') ? (value as string[]) : typeof value === 'string' ? [value] : undefined;
  if (lines === undefined || lines.length === 0 || isKept(value) || lines.some(isKept)) return;
  const closes = lines.flatMap((l) => [...l.matchAll(/-(\d\d):\d\d\b/g)].map((m) => Number(m[1])));
  if (closes.length === 0 || closes.every((h) => h >= 21)) return;
  const weeks = RESTAURANT_WEEKS.filter((w) => (Array.isArray(value) ? w.length === lines.length : w.length === 1));
  if (weeks.length === 0) return;
  const week = weeks[hash(lines.join('|')) % weeks.length]!;
  record[key] = Array.isArray(value) ? [...week] : week[0];
}
