/**
 * A digest is a digest (QUALITY.md E): a field or parameter named for a hash (`sample_md5`, `sha256`,
 * `checksum`, `file_hash`) holds lowercase hex of its algorithm's length, never a code like "MD-37738".
 * The algorithm is the name's, else the description's ("SHA-256 of the file"), else MD5's 32 digits.
 */
import type { Rng } from '../random/index.ts';

const DIGEST_NAME = /(^|_)(md5|sha1|sha_1|sha224|sha256|sha_256|sha384|sha512|sha_512|checksum|hash|digest|content_md5)$/;
/** Hashes that are no digest: a store's short hash, a geohash, a hashtag, a password's hash is still one. */
const NOT_DIGEST = /(^|_)(store|geo|tag|url|short|location|route)_hash$/;
const LENGTHS: Array<[RegExp, number]> = [
  [/sha_?512/, 128],
  [/sha_?384/, 96],
  [/sha_?256/, 64],
  [/sha_?224/, 56],
  [/sha_?1(?!\d)/, 40],
  [/md5/, 32],
];

/** The hex digits of the digest a name (snake case) and description call for; undefined when the name is no digest. */
export function digestLength(words: string, description = ''): number | undefined {
  if (!DIGEST_NAME.test(words) || NOT_DIGEST.test(words)) return undefined;
  for (const [re, length] of LENGTHS) if (re.test(words)) return length;
  const said = description.toLowerCase().replace(/-/g, '');
  for (const [re, length] of LENGTHS) if (re.test(said)) return length;
  return 32;
}

/** A hex digest for a digest-named value, or undefined. */
export function hexDigest(words: string, description: string | undefined, rng: Rng): string | undefined {
  const length = digestLength(words, description);
  if (length === undefined) return undefined;
  let out = '';
  for (let i = 0; i < length; i++) out += '0123456789abcdef'[rng.int(0, 15)];
  return out;
}
