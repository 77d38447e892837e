/**
 * Images that are images (QUALITY.md E): a link typed `image/png` ends in a `.png` file, not at a site's
 * root ("https://mad-charlatan.net"); an image's encoded data starts as an image does, never as encoded prose.
 */
import { siteBase } from './_own-urls20.ts';
import { faker } from './_faker.ts';
import type { Rng } from '../random/index.ts';

/** The smallest PNG (1×1, transparent), base64: image data that decodes to an image. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const IMAGE_WORDS = /(^|_|\b)(img|image|images|photo|photos|picture|pictures|avatar|logo|icon|thumbnail|thumb|poster|banner|cover|png|jpe?g|webp|gif|screenshot)(_|\b|$)/;

/** Encoded bytes of no known kind: random bytes, never encoded prose ("U3VwcG9ubyBk…" is Latin). */
export function encodedBytes(): string {
  const bytes = Buffer.alloc(faker.number.int({ min: 12, max: 24 }));
  for (let i = 0; i < bytes.length; i++) bytes[i] = faker.number.int({ min: 0, max: 255 });
  return bytes.toString('base64');
}

/** Encoded data of a field named or used for an image: a real image's bytes. */
export function imageData(name: string, context: string): string | undefined {
  return IMAGE_WORDS.test(name) || IMAGE_WORDS.test(context) ? PNG_1X1 : undefined;
}

const MIME_KEY = /^(image_?type|mime_?type|mimetype|content_?type|media_?type|type|format)$/i;
const LINK_KEY = /^(url|uri|link|href|src|source|image|image_?url|download_?url)$/i;
const FILE_NAME_KEY = /^(file_?name|filename|image_?name|image_?file)$/i;
const EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/jpg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/avif': 'avif' };
/** A link whose path (not its host: "https://criminal-lid.net" is none) ends in a file. */
const HAS_FILE = /^(?:[a-z]+:\/\/[^/?#]+)?(?:\/[^/?#]*)*\/[^/?#]+\.[a-z0-9]{2,5}([?#].*)?$/i;

/** A short file name from the link itself (no draw: the record reads the same wherever it is rebuilt). */
function fileStem(url: string): string {
  let h = 2166136261;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36);
}

/** A link beside an image type (`image/png`) names a file of that type; a link kept by the chain stays. */
export function imageFile(record: Record<string, unknown>, fixed: readonly string[]): void {
  const mimeKey = Object.keys(record).find((k) => MIME_KEY.test(k) && typeof record[k] === 'string' && /^image\//i.test(record[k] as string));
  if (mimeKey === undefined) return;
  const ext = EXT[(record[mimeKey] as string).toLowerCase()] ?? 'jpg';
  // A file name beside the type is a file of that type ("unexpectedly-or.docx" typed image/webp is no image).
  for (const key of Object.keys(record)) {
    const name = record[key];
    if (!FILE_NAME_KEY.test(key) || fixed.includes(key) || typeof name !== 'string' || name === '' || name.toLowerCase().endsWith(`.${ext}`)) continue;
    record[key] = `${name.replace(/\.[a-z0-9]{2,5}$/i, '')}.${ext}`;
  }
  for (const key of Object.keys(record)) {
    const url = record[key];
    if (!LINK_KEY.test(key) || fixed.includes(key) || typeof url !== 'string' || !/^https?:\/\//.test(url)) continue;
    if (HAS_FILE.test(url) && url.toLowerCase().replace(/[?#].*$/, '').endsWith(`.${ext}`)) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    // The folder of a file link stays (its file is renamed); a bare site gets an images folder.
    const folder = parsed.pathname.replace(/\/[^/]*$/, '');
    record[key] = `${parsed.origin}${folder === '' ? '/images' : folder}/${fileStem(url)}.${ext}`;
  }
}

const FILE_LINK_KEY = /^(url|uri|link|href|src|download_?url|download_?link|file_?url|file_?link|web_?url)$/i;
const FILE_OF_LINK_KEY = /^(name|file_?name|filename|file|title|path|key)$/i;
const IMAGE_LINK_KEY = /^(image|img|thumbnail|thumb|photo|picture|avatar|logo|cover|poster|banner|icon|backdrop|profile_?image|profile_?photo)(_?url|_?link|_?src|_?uri)?$/i;
const FILE_NAME = /^[^/\\?#\s]{1,120}\.(pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|zip|gz|tar|jpe?g|png|gif|webp|svg|mp3|mp4|mov|wav|md|html?|log|ya?ml|odt|rtf|tiff?|bmp|heic|avi|mkv|epub)$/i;

/**
 * A file's link points at that file: `{url, name: "report.pdf"}` reads `https://host/files/report.pdf`, never a bare
 * site ("https://fake-settler.name/"). A link already ending in a file, or kept by the chain, stays.
 */
export function fileLink(record: Record<string, unknown>, fixed: readonly string[]): void {
  // An image's link (`imageUrl`, `posterUrl`) is an image file, not a site's root.
  // An image the API returns is served from its own host (QUALITY.md E), not a random domain.
  for (const key of Object.keys(record)) {
    const url = record[key];
    if (!IMAGE_LINK_KEY.test(key) || fixed.includes(key) || typeof url !== 'string') continue;
    const bare = /^(https?:\/\/[^/?#]+)\/?$/.exec(url);
    if (bare) record[key] = `${siteBase() ?? bare[1]}/images/${fileStem(url)}.jpg`;
  }
  const nameKey = Object.keys(record).find((k) => FILE_OF_LINK_KEY.test(k) && typeof record[k] === 'string' && FILE_NAME.test(record[k] as string));
  if (nameKey === undefined) return;
  for (const key of Object.keys(record)) {
    const url = record[key];
    if (!FILE_LINK_KEY.test(key) || fixed.includes(key) || typeof url !== 'string' || HAS_FILE.test(url)) continue;
    const origin = /^https?:\/\/[^/?#]+/.exec(url)?.[0];
    // The API's own files are served from its own host (QUALITY.md E), never a random domain.
    if (origin !== undefined) record[key] = `${siteBase() ?? origin}/files/${encodeURIComponent(record[nameKey] as string)}`;
  }
}

const MEDIA_CONTEXT = /\b(videos?|youtube|clips?|tracks?|songs?|episodes?|podcasts?|music|audio|reels?|shorts|streams?)\b/;

/** Media fields by name (read before the general rules, whose "length" is a measure in km). */
export const MEDIA_WORD_RULES: Array<[test: (n: string, tail: string, context: string) => boolean, make: (rng: Rng, context: string) => string]> = [
  // A title's maturity rating is a rating board's ("TV-14", "PG-13"), never a ticket's "Priority".
  [(n) => /(^|_)(maturity_(label|rating)|parental_rating|content_rating|mpaa_rating|certification|rated|tv_rating|film_rating)$/.test(n), (rng) => rng.pick(['G', 'PG', 'PG-13', 'R', 'TV-PG', 'TV-14', 'TV-MA', 'TV-Y7'])],
  // Netflix's maturity level is a number on its scale (a kids' title 41, an adult one 110), never a code like "D34".
  [(n) => /(^|_)maturity_level$/.test(n), (rng) => rng.pick(['41', '70', '80', '90', '100', '110'])],
  // A relative time reads as one ("3 days ago"), never a clock time.
  [(n) => /(^|_)(relative_time|formatted_relative_time|time_ago|ago|posted_ago|relative_date|formatted_relative_date)$/.test(n), (rng) => rng.pick(['just now', '2 hours ago', '5 hours ago', '1 day ago', '3 days ago', '1 week ago', '30+ days ago'])],
  // A track's credits are grouped by role ("Writers"), never under a song title.
  [(n, _t, c) => /(^|_)(role_title|credit_role|role_name|credit_type)$/.test(n) && /\b(tracks?|songs?|music|albums?|credits?)\b/.test(c), (rng) => rng.pick(['Performers', 'Writers', 'Producers', 'Composers', 'Mixing Engineers'])],
  // A video's or a song's length as players show it ("12:07"), never a bare "15.73".
  [(n, _t, c) => /(^|_)(length|length_text|duration_text|video_length|track_length|song_length|duration_string)$/.test(n) && MEDIA_CONTEXT.test(c), (rng, c) => (/\b(songs?|tracks?|music)\b/.test(c) ? `${rng.int(2, 5)}` : `${rng.int(1, 24)}`) + `:${String(rng.int(0, 59)).padStart(2, '0')}`],
];

/** A state few records are in (a video streaming live now, an account banned): seldom true. */
export const RARE_STATE = /^(is_?)?(live|live_?now|live_?content|live_?stream|upcoming|deleted|banned|blocked|suspended|locked|archived|spam|nsfw|removed|disabled)$/i;
