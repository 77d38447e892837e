/**
 * The fields an operation's own words list as its answer ("get up to date information for sunrise, sunset, moonrise,
 * moonset, moon phase and illumination"): what its reply leads with, before the place or the local time the result
 * also holds (QUALITY.md J, wave 26).
 */
import type { RecordOperation } from '../plan/types.ts';

/** "sunrise, sunset, moonrise, moonset, moon phase and illumination": three or more short items, joined by "and". */
// "Returns a restaurant's address, phone, opening hours and rating": the owner's name before the list is no field (reading 32).
const LISTED = /\b(?:for|of|with|including|returns?|gets?|provides?|shows?)\s+(?:(?:an?|the|its|their) )?(?:[a-z]+['’]s )?((?:[a-z]+(?: [a-z]+)?, ){2,}[a-z]+(?: [a-z]+)?,? and [a-z]+)\b/;
const cache = new WeakMap<RecordOperation, readonly string[]>();

/** The words of the fields the operation's first sentence lists (none when it lists nothing). */
export function describedFields26(op: RecordOperation | undefined): readonly string[] {
  if (!op) return [];
  let out = cache.get(op);
  if (out === undefined) {
    const first = (op.description ?? '').split(/(?<=[.!?])\s|\n/)[0] ?? '';
    const read = first.replace(/ — Returns? (?=(?:an?|the) [a-z]+['’]s )/, ' returns '); // "— Returns a restaurant's …" after a summary
    const m = LISTED.exec(read);
    out = m ? (m[1] as string).split(/,? and |, /).flatMap((item) => item.split(' ')).filter((w) => w.length >= 3 && !/^(the|and|its|their|all|more|other|data|information|details)$/.test(w)) : [];
    // A record's own fields ("a restaurant's address, phone …"): a website is left to the record's other facts (a
    // mock site is no news) (reading 32).
    if (m && /['’]s $/.test(read.slice(0, m.index + m[0].length - (m[1] as string).length))) out = [...out.filter((w) => !/^(website|homepage|url|link)$/.test(w))];
    cache.set(op, out);
  }
  return out;
}
