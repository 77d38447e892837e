/**
 * Internal tokens a reply never reads out unless asked (QUALITY.md J), wave 28: a playlist's snapshot id, an etag, a
 * checksum or hash, a revision or concurrency token. They exist for the next request's bookkeeping; said to a person
 * ("the snapshot ID is Qk71Ysjk", "the sample MD5 is 57325ca8…") they teach a model to recite plumbing.
 */
const TOKEN_KEY = /(?:^|_|[a-z])(?:snapshot_?id|e_?tag|check_?sum|md5|sha(?:1|256|512)?|hash|nonce|fingerprint|version_?token|(?:revision|concurrency|sync|change)_?(?:token|key|tag))$/i;

/** Is this field an internal token (an opaque string, or a hex number, under a token's name)? */
export function internalToken28(key: string, value: unknown): boolean {
  return typeof value === 'string' && !/\s/.test(value) && TOKEN_KEY.test(key);
}

const MIME = /^(?:image|video|audio|application|text|font|model|multipart)\/[\w.+-]{2,60}$/i;
/** {location: {locationType: "GeoPoint"}}: the schema's name for a place's point, never a fact about the place (a part's "Polygon" is one). */
const SHAPE_TYPE = /(?:^|_|[a-z])location_?type$/i;
const FILE_FACT = /(?:size|bytes|length|download)/i;

/**
 * A technical field that is not the fact to report (rapidapi 160: "The first one: the image type is image/png"): a
 * MIME type, unless the record is a file to fetch (its size or download link beside it, QUALITY.md F), or the schema's
 * name of a location's shape ("the location type is GeoPoint", rapidapi 18).
 */
export function technicalField28(key: string, value: unknown, keys: () => readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  if (SHAPE_TYPE.test(key)) return /^[A-Za-z]+$/.test(value);
  return MIME.test(value) && !keys().some((k) => FILE_FACT.test(k));
}

/** {object: {limit: 50, total: 3}} beside a list of 3: a page's own count, which the list's clause says ("The total is 3."). */
export function pageCount28(fact: { key: string; text: string }): boolean {
  return /(?:^|\.)(?:total|count|size|limit|offset|total_?count|total_?results|page_?size|per_?page)$/i.test(fact.key) && / (?:is|are) \d+$/.test(fact.text);
}
