/**
 * A comma list of ids (`ids` = "A comma-separated list of the Spotify IDs", example "18yVq…,1HGw…,7iHf…") holds
 * several ids, each shaped like the example's, joined as it joins them: a single short code under a plural
 * name ("the album IDs are zZVwNM43") sends a batch read for one record (QUALITY.md J).
 */
import type { Rng } from '../random/index.ts';
import { shapedLike } from './_examples.ts';

const LIST_NAME = /(^|_)ids$/;
const COMMA_LIST = /\bcomma[- ]?(?:separated|delimited)\b|\bseparated by commas?\b/i;
const TOKEN = /^[A-Za-z0-9_:.+-]{2,40}$/;

/** Two or three ids for a comma-list parameter, or undefined where `name` is no such list. */
export function idListLike(name: string, examples: readonly unknown[], description: string | undefined, rng: Rng, one: () => string): string | undefined {
  if (!LIST_NAME.test(name)) return undefined;
  const listed = examples.find((v): v is string => typeof v === 'string' && v.includes(','));
  const parts = listed?.split(',').map((s) => s.trim()) ?? [];
  const shaped = parts.length >= 2 && parts.every((p) => TOKEN.test(p));
  if (!shaped && !(description !== undefined && COMMA_LIST.test(description))) return undefined;
  const count = rng.int(2, 3);
  const ids: string[] = [];
  const int = (lo: number, hi: number): number => rng.int(lo, hi);
  for (let i = 0; i < count * 3 && ids.length < count; i++) {
    const id = shaped ? shapedLike([parts[i % parts.length]!], int) ?? one() : one();
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.join(',');
}
