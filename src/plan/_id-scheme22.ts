/**
 * The ids of one list share one scheme (QUALITY.md E), wave 22: a recorded sample row gives the first item
 * `courseId` "1" or `ID` "price" while the others are drawn as tokens ("LRsoiv5d"), and a chained id sits among
 * drawn ones. The item the chain holds, else one whose id the spec's samples give, else the first, sets the scheme;
 * the other items' ids are drawn again in it.
 */
import type { Rng } from '../random/index.ts';
import { faker } from './_faker.ts';
import { shapedLike } from './_examples.ts';
import { alphanumeric } from './_id-string.ts';
import { lastNameWord } from './_params.ts';

const ID_KEY = /(^|_)(id|uuid)$/;
const MIXED = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789';

/** digits, a UUID, a word, a prefix with its separator, or a token of its length (as the checker reads them). */
function schemeOf(value: string): string {
  if (/^\d+$/.test(value)) return 'digits';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return 'uuid';
  if (/^[a-z]+(?:[_-][a-z]+)*$/.test(value)) return 'word';
  const prefix = /^([A-Za-z]{1,8})([_:-])/.exec(value);
  if (prefix) return `prefix ${prefix[1]!.toLowerCase()}${prefix[2]}`;
  if (/^[A-Za-z0-9]+$/.test(value)) return `token of ${value.length}`;
  return 'other';
}

/** A fresh id in the scheme of `ref`: digits of its length, a word (an unused sample first), or its shape. */
function inScheme(ref: string, scheme: string, samples: readonly unknown[], used: ReadonlySet<string>, rng: Rng): string {
  if (scheme === 'digits') return ref.length <= 2 ? String(rng.int(1, 99)) : String(rng.int(10 ** (ref.length - 1), 10 ** ref.length - 1));
  if (scheme === 'word') {
    const free = samples.find((v): v is string => typeof v === 'string' && !used.has(v) && schemeOf(v) === 'word');
    return free ?? (faker.word.noun({ length: { min: 4, max: 9 } }).toLowerCase().replace(/[^a-z]/g, '') || 'general');
  }
  return shapedLike([ref], (lo, hi) => rng.int(lo, hi)) ?? (/^[A-Za-z0-9]+$/.test(ref) ? alphanumeric(rng, ref.length, MIXED) : `${ref}-${rng.int(2, 99)}`);
}

/**
 * Puts the string ids of a list's records in one scheme. `keep` is the item the chain holds (-1 when none);
 * `samplesOf` gives a key's recorded values; `fixed` says which keys hold a value the call or chain set.
 */
export function oneIdScheme(items: unknown[], keep: number, samplesOf: (key: string) => readonly unknown[] | undefined, fixed: (key: string) => boolean, rng: Rng, pinned: (key: string) => boolean = () => true): void {
  if (items.length < 2) return;
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  for (const key of Object.keys(first)) {
    if (!ID_KEY.test(lastNameWord(key)) || fixed(key)) continue;
    const values = items.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
    if (!values.every((v): v is string => typeof v === 'string' && v !== '')) continue;
    const schemes = values.map(schemeOf);
    if (schemes.includes('other')) continue;
    if (wordIdsByName(items, key, values, schemes, keep, pinned)) continue;
    if (schemes.every((s) => s === schemes[0])) continue;
    const samples = samplesOf(key) ?? [];
    const ref = keep >= 0 && keep < values.length ? keep : Math.max(0, values.findIndex((v) => samples.includes(v)));
    const used = new Set(values);
    values.forEach((value, i) => {
      if (i === ref || schemes[i] === schemes[ref]) return;
      let next = inScheme(values[ref]!, schemes[ref]!, samples, used, rng);
      for (let attempt = 0; used.has(next) && attempt < 5; attempt++) next = inScheme(values[ref]!, schemes[ref]!, samples, used, rng);
      if (used.has(next)) return;
      used.add(next);
      (items[i] as Record<string, unknown>)[key] = next;
    });
  }
}

const NAME_KEY = /^(name|title|label|display_name)$/;
const slug = (text: string): string => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');

/**
 * Word ids of named items are their names' words (Spotify's category "dinner" is named "Dinner"): never "dinner"
 * for a category named "Sports". The chained item keeps its id and takes its name from it unless its name is
 * pinned. True when the list's ids were set so.
 */
function wordIdsByName(items: unknown[], key: string, values: readonly string[], schemes: readonly string[], keep: number, pinned: (key: string) => boolean): boolean {
  const ref = keep >= 0 && keep < values.length ? keep : 0;
  if (schemes[ref] !== 'word') return false;
  const nameKey = Object.keys(items[0] as object).find((k) => NAME_KEY.test(lastNameWord(k)));
  if (nameKey === undefined) return false;
  const ids = items.map((item, i) => (i === keep ? values[i]! : slug(String((item as Record<string, unknown>)[nameKey] ?? ''))));
  if (ids.some((id) => !/^[a-z]{2,}(_[a-z]+)*$/.test(id)) || new Set(ids).size !== ids.length) return false;
  ids.forEach((id, i) => ((items[i] as Record<string, unknown>)[key] = id));
  // The chained item's word id ("dinner", the spec's example) names it, where nothing else fixed its name.
  const kept = items[keep] as Record<string, unknown> | undefined;
  if (kept && !pinned(nameKey) && slug(String(kept[nameKey] ?? '')) !== values[keep]) kept[nameKey] = values[keep]!.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return true;
}
