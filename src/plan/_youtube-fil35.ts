/**
 * YouTube's own ids (QUALITY.md E): a video id is 11 characters of base64url ("dQw4w9WgXcQ"), a playlist id "PL"
 * and 32 more; never an 8-letter token nor one template every id shares ("8A5Qw83As83", "3A4Qw71As73").
 */
import type { Rng } from '../random/index.ts';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const drawn = (rng: Rng, n: number, alphabet: string): string => {
  let out = '';
  // The last character of an id is never '-' or '_', so one is never read as a separator.
  for (let i = 0; i < n; i++) out += (i === n - 1 ? LETTERS : alphabet)[rng.int(0, (i === n - 1 ? LETTERS : alphabet).length - 1)];
  return out;
};

/** A YouTube video or playlist id for an id field of a YouTube API (`n` its name's words; a bare `id` where videos are the first kind its operation names), or undefined. */
export function youtubeId35(n: string, context: string, rng: Rng): string | undefined {
  if (!/youtube/.test(context)) return undefined;
  if (/^(video_id|videoid)$/.test(n) || (n === 'id' && /^video/.test(/\b(videos?|channels?|playlists?|comments?)\b/.exec(context)?.[1] ?? ''))) return drawn(rng, 11, URL_SAFE);
  if (/^(playlist_id|playlistid)$/.test(n)) return `PL${drawn(rng, 32, URL_SAFE)}`;
  return undefined;
}
