/**
 * A result says back the kind it was asked for (QUALITY.md E): movers asked by `rankType: "MostActives"` report
 * `RankingType: "MostActives"`, not "NetLosers"; a list asked by `category: "Books"` says `category: "Books"`.
 * A readable name beside that field (`RankingTypeName`) names the same kind ("Most Actives").
 * The field is named like the parameter, word for word up to a word's form (rank/ranking, genre/genres); both
 * values are codes (one token), so a free-text field that merely shares a word is left alone.
 * One pass over the root and the records of its lists (one wrapper level), no per-call patterns.
 */
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;

/** The last word of a parameter that names a kind the result can say back. */
const KIND_WORD = /^(type|kind|genre|category|rank|ranking|class|classification|format|tier|level|status|mode|variant|edition)$/;
const CODE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A word's stem, enough to tell "rank"/"ranking", "genre"/"genres", "category"/"categories" apart from other words. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const stems = (key: string): string => lastNameWord(key).split('_').map(stem).join('_');

/** The sent codes by the stems of their names (`rank_type` → "MostActives"). */
function sentKinds(args: Readonly<Json>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string' || !CODE.test(value)) continue;
    const words = lastNameWord(key).split('_');
    if (!KIND_WORD.test(words[words.length - 1] ?? '')) continue;
    out.set(words.map(stem).join('_'), value);
  }
  return out;
}

function echoIn(record: Json, kinds: ReadonlyMap<string, string>, path: string, pinned: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !CODE.test(value)) continue;
    const sent = kinds.get(stems(key));
    if (sent === undefined || pinned.has(path === '' ? key : `${path}.${key}`)) continue;
    if (value.toLowerCase() !== sent.toLowerCase()) record[key] = sent;
    // Its readable name beside it (`RankingTypeName`) names the same kind: "Most Actives", not "Atlas".
    for (const nameKey of [`${key}Name`, `${key}_name`]) {
      const name = record[nameKey];
      if (typeof name !== 'string' || name.replace(/[\s_-]+/g, '').toLowerCase() === sent.replace(/[\s_-]+/g, '').toLowerCase()) continue;
      if (!pinned.has(path === '' ? nameKey : `${path}.${nameKey}`)) record[nameKey] = readable(sent);
    }
  }
}

/** A code as words: "MostActives" → "Most Actives", "net_losers" → "Net losers". */
function readable(code: string): string {
  const spaced = code.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2').replace(/[_-]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Fields named like a sent kind parameter hold the sent code (see the file comment). */
export function echoSentKinds(result: unknown, args: Readonly<Json>, pinnedPaths: readonly string[]): void {
  const kinds = sentKinds(args);
  if (kinds.size === 0) return;
  const pinned = new Set(pinnedPaths);
  const visit = (value: unknown, path: string, depth: number): void => {
    if (Array.isArray(value)) {
      // Items of a list (pinned paths of items carry an index, so item fields are never pinned by their bare path).
      value.forEach((item, i) => visit(item, `${path}[${i}]`, depth));
      return;
    }
    if (!isRecord(value)) return;
    echoIn(value, kinds, path, pinned);
    if (depth >= 1) return;
    for (const [key, child] of Object.entries(value)) if (child !== null && typeof child === 'object') visit(child, path === '' ? key : `${path}.${key}`, depth + 1);
  };
  visit(result, '', 0);
}
