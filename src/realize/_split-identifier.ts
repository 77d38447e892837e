/** An identifier's words as a person says them: case, digits and glued ids and words split. */
import { spokenParts } from '../text/index.ts';

/** Splits camelCase, PascalCase, snake_case, kebab-case, dotted and bracketed names into lower-case words. */
export function splitIdentifier(name: string): string[] {
  return name
    .replace(/\[\]/g, ' ')
    .replace(/(I[Dd]|U[Rr][Ll])s(?![a-z])/g, (m) => `${m.charAt(0)}${m.slice(1).toLowerCase()}`)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => unglueId(w.toLowerCase()))
    // "country_andorunique", "getordersbyemail": glued words of an identifier are said apart.
    .flatMap((w) => [...spokenParts(w)]);
}

/** Words that end in "id" without being "<thing> id". */
const NOT_GLUED_ID = new Set(['invalid', 'pyramid', 'hybrid', 'liquid', 'stupid', 'madrid', 'candid', 'squalid', 'splendid', 'arachnid', 'orchid', 'humid', 'rapid', 'vivid', 'placid', 'lucid', 'fervid', 'morbid', 'timid', 'torrid', 'insipid', 'intrepid', 'valid', 'david', 'druid', 'cupid', 'lipid', 'fluid', 'solid', 'forbid', 'amid', 'afraid', 'unpaid', 'prepaid', 'postpaid', 'mermaid', 'braid', 'overlaid', 'inlaid']);

/** Glued ids ("webcamid", "userid") are two words: "webcam ID". */
function unglueId(word: string): string[] {
  if (word.length >= 6 && word.endsWith('id') && !word.endsWith('oid') && !word.endsWith('aid') && !NOT_GLUED_ID.has(word) && /^[a-z]+$/.test(word)) return [word.slice(0, -2), 'id'];
  if (word.length >= 7 && word.endsWith('ids') && !word.endsWith('oids') && /^[a-z]+$/.test(word) && !NOT_GLUED_ID.has(word.slice(0, -1))) return [word.slice(0, -3), 'ids'];
  return [word];
}

