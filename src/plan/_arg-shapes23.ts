/**
 * Values a user gives in the shape the parameter's documentation asks for (QUALITY.md E, H), wave 23: a domain
 * parameter ("Any domain name") is told a domain ("rotterdambikes.nl"), never a shop's name; a CSV list the
 * description exemplifies ("CSV list of country IDs e.g. 46,78") is told as numbers like those; options a
 * description enumerates as "Choose 1 for PGA Tour or 2 for LIV Tour" are the enum "1"/"2".
 */
import type { Rng } from '../random/index.ts';

/** A parameter that holds a domain: named so, or documented as "Any domain name". */
const DOMAIN_DESCRIBED = /^\s*(?:any|a|the|your|website'?s?|company'?s?)?\s*(?:web\s*site\s+)?domain(?:\s+name)?\b/i;

export function isDomainParam(nameWord: string, description: string | undefined): boolean {
  return /^(domain|domain_?name|hostname)$/i.test(nameWord) || DOMAIN_DESCRIBED.test(description ?? '');
}

/** Businesses' domains and the names they trade under: a search by the domain finds the business by its name. */
const DOMAIN_NAMES: Record<string, string> = {
  rotterdambikes: 'Rotterdam Bikes', northwindtraders: 'Northwind Traders', bluepeakoutdoors: 'Blue Peak Outdoors', greenleafcafe: 'Greenleaf Cafe', harborlightstudio: 'Harbor Light Studio',
  maplecrestbakery: 'Maple Crest Bakery', silverlakebooks: 'Silver Lake Books', brightpathtravel: 'Bright Path Travel', oakandironfurniture: 'Oak and Iron Furniture', tidewaterseafood: 'Tidewater Seafood',
};
const DOMAIN_WORDS = Object.keys(DOMAIN_NAMES);

/** "tidewaterseafood.com" → "Tidewater Seafood": the name of a business whose domain the generator drew; else undefined. */
export function nameOfDomain(value: string): string | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,6}\/?$/i.exec(value.trim());
  return m ? DOMAIN_NAMES[m[1]!.toLowerCase()] : undefined;
}
const TLDS = ['com', 'com', 'com', 'nl', 'de', 'co.uk', 'io'];

/** A registered-looking domain a person would type: a business's name run together and a top-level domain. */
export function domainValue(rng: Rng): string {
  return `${rng.pick(DOMAIN_WORDS)}.${rng.pick(TLDS)}`;
}

/** "e.g. 46,78": a comma-separated list of numbers given as the example. */
const NUMBER_LIST_EXAMPLE = /\b(?:e\.\s?g\.?|eg\.|for example|such as|example:?)\s*[,:]?\s*["'`]?(\d{1,6}(?:\s*,\s*\d{1,6}){1,9})\b/i;

/** A list of numbers in the exemplified shape (as many, of the same magnitude), when the description gives one. */
export function numberListLikeExample(description: string | undefined, rng: Rng): string | undefined {
  if (!description || !description.includes(',')) return undefined;
  const m = NUMBER_LIST_EXAMPLE.exec(description);
  if (!m) return undefined;
  const parts = m[1]!.split(/\s*,\s*/);
  const drawn = new Set<string>();
  for (const part of parts) {
    const lo = part.length === 1 ? 1 : 10 ** (part.length - 1);
    let value = String(rng.int(lo, 10 ** part.length - 1));
    while (drawn.has(value)) value = String(Number(value) + 1);
    drawn.add(value);
  }
  return [...drawn].join(',');
}

/** "Choose 1 for PGA Tour or 2 for LIV Tour": short codes, each "for" an option named in capitals. */
const CODE_FOR_OPTION = /(?:^|[\s,(])["'`]?([A-Za-z0-9]{1,6})["'`]?\s+(?:for|=|means)\s+(?:the\s+)?[A-Z][\w-]*/g;

/** The codes a description enumerates as "<code> for <Option>"; undefined unless it opens with a choice verb and names two or more. */
export function codesForOptions(description: string): string[] | undefined {
  if (!/^\s*(?:choose|use|enter|select|pick|set|pass|specify)\b/i.test(description)) return undefined;
  const codes = [...description.matchAll(CODE_FOR_OPTION)].map((m) => m[1]!).filter((c) => !/^(choose|use|enter|select|pick|set|pass|specify|or|and)$/i.test(c));
  return codes.length >= 2 && codes.length <= 12 ? [...new Set(codes)] : undefined;
}
