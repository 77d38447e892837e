/**
 * An autocomplete completes what was typed (QUALITY.md E), wave 31. Suggestions for "sydney" that read "vegan
 * recipes", "jazz" and "Melbourne City - Greater Region, VIC" (rapidapi m30-i2d 90: a suggestion's text drew a
 * general search term) teach that an autocomplete returns anything. In a read named for completing or suggesting,
 * the suggestions whose text (`text`, `label`, or `display.text`) does not carry the query go; when none carries
 * it, the first stays, named by the query, and a place record nested in it (`source: {name, postcode}`) too.
 * Values a later call reads (pinned) are kept.
 */
import type { Operation } from '../specs/types.ts';
import { CITY_POSTCODE_PREFIX, knownPlaces } from '../world/index.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const COMPLETES = /auto[-_ ]?complete|suggest|typeahead|complet(e|ion)s?$/i;
const QUERY_ARG = /^(q|query|term|text|input|prefix|keyword|search)$/i;
const LIST = /^(suggestions?|predictions?|completions?|results|items|data)$/i;
const TEXT = /^(text|label|display_?text|suggestion)$/i;
const HOLDER = /^(display|label|structured_formatting)$/i;
const PLACE_SIGN = /^(postcode|post_?code|zip|zip_?code|state|country|region|lat|latitude)$/i;

const titled = (q: string): string => (/\p{Lu}/u.test(q) ? q : q.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()));

/** Where a suggestion's text sits: the record holding it and its key. */
function textOf(item: Json): { holder: Json; key: string } | undefined {
  for (const [k, v] of Object.entries(item)) if (TEXT.test(k) && typeof v === 'string') return { holder: item, key: k };
  for (const [k, v] of Object.entries(item)) {
    if (!HOLDER.test(k) || !isRecord(v)) continue;
    const key = Object.keys(v).find((n) => /^(text|main_?text)$/i.test(n) && typeof v[n] === 'string');
    if (key !== undefined) return { holder: v, key };
  }
  return undefined;
}

/** A place record named `city`: of a well-known city, its state is the city's (never "completed") and its postcode the city's. */
function placeOf(record: Json, city: string): void {
  record.name = city;
  const place = knownPlaces().find((p) => p.city.toLowerCase() === city.toLowerCase());
  if (place === undefined) return;
  if (typeof record.state === 'string' && record.state !== place.region && record.state !== place.regionCode) record.state = place.regionCode;
  const prefix = CITY_POSTCODE_PREFIX[place.city];
  for (const key of ['postcode', 'post_code', 'postCode', 'zip', 'zipcode']) {
    const code = record[key];
    if (prefix !== undefined && typeof code === 'string' && /^\d{4,5}$/.test(code) && !code.startsWith(prefix)) record[key] = prefix + code.slice(prefix.length);
  }
}

/** A value of the record (or of a record in it) that a later call reads. */
function held(record: Json, pinned: ReadonlySet<string>): boolean {
  return Object.values(record).some((v) => (isRecord(v) ? Object.values(v).some((w) => w !== null && typeof w !== 'object' && pinned.has(JSON.stringify(w))) : v !== null && typeof v !== 'object' && pinned.has(JSON.stringify(v))));
}

/** Applies the rule of the file comment to a read's result. */
export function settleSuggestions31(result: unknown, args: Readonly<Json>, operation: Pick<Operation, 'effect' | 'name' | 'path'>, pinned: ReadonlySet<string>): void {
  if (operation.effect !== 'read' || !COMPLETES.test(`${operation.name} ${operation.path}`) || !isRecord(result)) return;
  const q = Object.entries(args).find(([k, v]) => QUERY_ARG.test(k) && typeof v === 'string' && v.trim().length >= 2)?.[1] as string | undefined;
  if (q === undefined || q.length > 60) return;
  const lower = q.trim().toLowerCase();
  const lists: unknown[][] = [];
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v) && LIST.test(k)) lists.push(v);
    else if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2) && LIST.test(k2)) lists.push(v2);
  }
  for (const list of lists) {
    const records = list.filter(isRecord);
    if (records.length === 0 || records.length !== list.length) continue;
    const texts = records.map(textOf);
    if (texts.some((t) => t === undefined) || records.some((r) => held(r, pinned))) continue;
    const carries = (i: number): boolean => String(texts[i]!.holder[texts[i]!.key]).toLowerCase().includes(lower);
    const keep = records.filter((_, i) => carries(i));
    if (keep.length === 0) {
      const first = records[0]!;
      const { holder, key } = texts[0]!;
      holder[key] = titled(q.trim());
      // The place it names is that place ("source": {"name": "Sydney", "postcode": "2000"}), never another.
      for (const v of Object.values(first)) if (isRecord(v) && v !== holder && typeof v.name === 'string' && Object.keys(v).some((k) => PLACE_SIGN.test(k))) placeOf(v, titled(q.trim()));
      keep.push(first);
    }
    if (keep.length < list.length) {
      list.splice(0, list.length, ...keep);
      // The count beside them counts what is left ("count": "228" over one suggestion says more were found).
      for (const key of ['count', 'total', 'total_count', 'totalCount']) {
        const n = result[key];
        if (typeof n === 'number' && n > keep.length) result[key] = keep.length;
        else if (typeof n === 'string' && /^\d+$/.test(n) && Number(n) > keep.length) result[key] = String(keep.length);
      }
    }
  }
}
