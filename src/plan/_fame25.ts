/**
 * Numbers of one record that must agree with each other (QUALITY.md E): an artist's popularity (0–100) and its
 * followers (Spotify's popularity 81 comes with millions of followers, never 724), and an image's width and
 * height with the `WxH` its own link names (`…/128x24.png` is 128 wide).
 */

const POPULARITY = /^popularity$/i;
const FOLLOWERS = /^(followers|follower_count|followers_count|followers_total|fans|fan_count|nb_fan|subscribers|subscriber_count)$/i;

/** Followers in keeping with a 0–100 popularity: about 30 at 0, a million at 70, some 100 million at 100. */
export function followersFor(popularity: number, seed: number): number {
  const base = Math.pow(10, 1.5 + popularity * 0.065);
  const jitter = 0.7 + (Math.abs(Math.trunc(seed)) % 1000) / 1666;
  return Math.max(1, Math.round(base * jitter));
}

/** Sets the followers of a record with a popularity from that popularity (a number or `{ total }`). */
export function followersOfPopularity(record: Record<string, unknown>, fixed: readonly string[]): void {
  const popKey = Object.keys(record).find((k) => POPULARITY.test(k));
  if (popKey === undefined) return;
  const popularity = record[popKey];
  if (typeof popularity !== 'number' || popularity < 0 || popularity > 100) return;
  for (const key of Object.keys(record)) {
    if (!FOLLOWERS.test(key) || fixed.includes(key)) continue;
    const value = record[key];
    if (typeof value === 'number') record[key] = followersFor(popularity, value);
    else if (value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)['total'] === 'number') {
      const box = value as Record<string, unknown>;
      box['total'] = followersFor(popularity, box['total'] as number);
    }
  }
}

const KEY_SIZE = /(\d{2,4})x(\d{2,4})$/i;
const SIZE_IN_LINK = /(?:^|[/_.-])(\d{2,4})x(\d{2,4})(?=[/_.-]|$)/i;

/** Width and height of an image record whose link names its size (`128x24.png`) are that size. */
export function sizeOfNamedImage(record: Record<string, unknown>, fixed: readonly string[]): void {
  // A key naming a size (`star512x96`) holds an image of that size.
  for (const [key, value] of Object.entries(record)) {
    const named = KEY_SIZE.exec(key);
    if (named === null || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const image = value as Record<string, unknown>;
    if (typeof image['width'] === 'number') image['width'] = Number(named[1]);
    if (typeof image['height'] === 'number') image['height'] = Number(named[2]);
  }
  if (typeof record['width'] !== 'number' || typeof record['height'] !== 'number') return;
  const url = Object.values(record).find((v): v is string => typeof v === 'string' && SIZE_IN_LINK.test(v));
  if (url === undefined) return;
  const m = SIZE_IN_LINK.exec(url)!;
  if (!fixed.includes('width')) record['width'] = Number(m[1]);
  if (!fixed.includes('height')) record['height'] = Number(m[2]);
}
