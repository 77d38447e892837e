/**
 * The fields an operation's own words list as its answer ("get up to date information for sunrise, sunset, moonrise,
 * moonset, moon phase and illumination"): what its reply leads with, before the place or the local time the result
 * also holds (QUALITY.md J, wave 26).
 */
import type { RecordOperation } from '../plan/types.ts';

/** "sunrise, sunset, moonrise, moonset, moon phase and illumination": three or more short items, joined by "and". */
const LISTED = /\b(?:for|of|with|including|returns?|gets?|provides?|shows?)\s+((?:[a-z]+(?: [a-z]+)?, ){2,}[a-z]+(?: [a-z]+)?,? and [a-z]+)\b/;
const cache = new WeakMap<RecordOperation, readonly string[]>();

/** The words of the fields the operation's first sentence lists (none when it lists nothing). */
export function describedFields26(op: RecordOperation | undefined): readonly string[] {
  if (!op) return [];
  let out = cache.get(op);
  if (out === undefined) {
    const first = (op.description ?? '').split(/(?<=[.!?])\s|\n/)[0] ?? '';
    const m = LISTED.exec(first);
    out = m ? (m[1] as string).split(/,? and |, /).flatMap((item) => item.split(' ')).filter((w) => w.length >= 3 && !/^(the|and|its|their|all|more|other|data|information|details)$/.test(w)) : [];
    cache.set(op, out);
  }
  return out;
}
