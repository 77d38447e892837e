/** An identifier's words as a person says them: case, digits and glued ids and words split. */
import { spokenParts } from '../text/index.ts';

/** Splits camelCase, PascalCase, snake_case, kebab-case, dotted and bracketed names into lower-case words. */
export function splitIdentifier(name: string): string[] {
  return name
    .replace(/\[\]/g, ' ')
    .replace(/(I[Dd]|U[Rr][Ll])s(?![a-z])/g, (m) => `${m.charAt(0)}${m.slice(1).toLowerCase()}`)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    // "sample_md5", "sha256Hash": an acronym with its digits is one word ("MD5"), never "md 5".
    .replace(/([a-zA-Z])(\d)/g, (m, _l: string, _d: string, at: number, whole: string) => (DIGIT_ACRONYM.test(acronymAt(whole, at)) ? m : `${m.charAt(0)} ${m.charAt(1)}`))
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => unglueId(w.toLowerCase()))
    // "country_andorunique", "getordersbyemail": glued words of an identifier are said apart.
    .flatMap((w) => [...spokenParts(w)]);
}

/** Acronyms whose digits belong to them: said whole, like "MD5", "SHA256", "IPv4", "MP3", "H264", "UTF8". */
const DIGIT_ACRONYM = /^(?:md[245]|sha(?:1|224|256|384|512)?|ipv[46]|mp[34]|h26[345]|utf(?:8|16|32)|base(?:32|64)|x509|pm(?:25|10)|ec2|s3|crc32|p2p|3des|aes(?:128|256)?|oauth2|http2|h3|iso(?:8601|3166|4217|639))$/;

/** The letters and digits run around the letter at `at` (the letter before the first digit) in lower case. */
function acronymAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && /[a-zA-Z]/.test(text.charAt(start - 1))) start--;
  let end = at + 1;
  while (end < text.length && /\d/.test(text.charAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

/** Words that end in "id" without being "<thing> id". */
const NOT_GLUED_ID = new Set(['invalid', 'pyramid', 'hybrid', 'liquid', 'stupid', 'madrid', 'candid', 'squalid', 'splendid', 'arachnid', 'orchid', 'humid', 'rapid', 'vivid', 'placid', 'lucid', 'fervid', 'morbid', 'timid', 'torrid', 'insipid', 'intrepid', 'valid', 'david', 'druid', 'cupid', 'lipid', 'fluid', 'solid', 'forbid', 'amid', 'afraid', 'unpaid', 'prepaid', 'postpaid', 'mermaid', 'braid', 'overlaid', 'inlaid']);

/** Glued ids ("webcamid", "userid") are two words: "webcam ID". */
function unglueId(word: string): string[] {
  if (word.length >= 6 && word.endsWith('id') && !word.endsWith('oid') && !word.endsWith('aid') && !NOT_GLUED_ID.has(word) && /^[a-z]+$/.test(word)) return [word.slice(0, -2), 'id'];
  if (word.length >= 7 && word.endsWith('ids') && !word.endsWith('oids') && /^[a-z]+$/.test(word) && !NOT_GLUED_ID.has(word.slice(0, -1))) return [word.slice(0, -3), 'ids'];
  return [word];
}

