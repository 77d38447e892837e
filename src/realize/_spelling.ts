/**
 * How the spec spells a name (QUALITY.md A): identifiers and slugs lose their case ("openfga", "imdb_id",
 * "motorsportapi"), and splitting them by case or by dictionary tears acronyms apart ("im db"). The operation's
 * own text spells them ("OpenFGA", "IMDb ID", "YouTube"): that spelling is said, or the name is left unsaid.
 */
import type { RecordOperation } from '../plan/types.ts';
import { siteName } from './_name-nouns.ts';

/**
 * A brand's spelling: small letters with a run of capitals ("OpenFGA", "IMDb", "TLDs", "MotoGP") or one small letter
 * before a capital ("eBay", "iPhone"). Code identifiers ("ProjectRoles", "dictType", "userID", "HTTPStatus") are none.
 */
function isBrand(word: string): boolean {
  if (!/[a-z]/.test(word) || !(/[A-Z]{2}/.test(word) || /^[a-z][A-Z]/.test(word))) return false;
  return !/(?:ID|IDs|Id|Ids|URL|URLs|URI|UUID|JSON|XML|API|Api|HTML|HTTP|SQL|DTO)$|^(?:HTTP|URL|URI|XML|JSON|API|SQL|HTML|UUID|ID)[A-Z]?[a-z]|^[a-z]+[A-Z][a-z]/.test(word);
}

const spellingCache = new WeakMap<RecordOperation, Map<string, string>>();

/** Mixed-case words of the operation's description and its inputs' descriptions, by their lower-case form. */
export function documentedSpellings(op: RecordOperation): Map<string, string> {
  let out = spellingCache.get(op);
  if (out) return out;
  out = new Map();
  const inputs = Object.values(op.parameters.properties ?? {}).map((p) => (p && typeof p === 'object' && typeof (p as { description?: unknown }).description === 'string' ? (p as { description: string }).description : ''));
  for (const text of [op.description, ...inputs]) {
    for (const word of text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []) {
      if (isBrand(word) && !out.has(word.toLowerCase())) out.set(word.toLowerCase(), word);
    }
  }
  spellingCache.set(op, out);
  return out;
}

/** "look up the details for an im db ID" → "… for an IMDb ID": words torn from one documented name are joined again. */
export function respelled(phrase: string, spellings: ReadonlyMap<string, string>): string {
  if (spellings.size === 0) return phrase;
  const words = phrase.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    let joined = false;
    for (const span of [3, 2]) {
      const part = words.slice(i, i + span);
      if (part.length < span || !part.every((w) => /^[a-z]+$/i.test(w))) continue;
      const spelled = spellings.get(part.join('').toLowerCase());
      if (spelled) {
        out.push(spelled);
        i += span - 1;
        joined = true;
        break;
      }
    }
    if (joined) continue;
    const word = words[i] as string;
    out.push(/^[a-z]+$/.test(word) ? spellings.get(word) ?? word : word);
  }
  // "an IMDb ID": the article agrees with the new spelling's sound as before (a vowel letter stays a vowel letter).
  return out.join(' ');
}

/** A slug said as a name only when its spelling is sure: one glued word of 7+ letters the operation never spells is left unsaid ("openfga", "motorsportapi"). */
const sureCache = new WeakMap<RecordOperation, boolean>();
export function sureApiName(op: RecordOperation, said: string): string | undefined {
  const slug = op.api.split('__')[0] ?? op.api;
  if (!/^[a-z0-9]{7,}$/.test(slug)) return said;
  const spelled = documentedSpellings(op).get(slug);
  if (spelled) return spelled;
  let sure = sureCache.get(op);
  if (sure === undefined) {
    // Written as a word of prose ("Spotify"), not inside a code name ("OPENFGA_LIST_OBJECTS_DEADLINE").
    sure = (op.description.match(/[A-Za-z0-9_-]+/g) ?? []).some((w) => w.toLowerCase() === slug && w === said);
    sureCache.set(op, sure);
  }
  return sure ? said : undefined;
}

/** An API's name words said with the spec's spelling ("Youtube" → "YouTube", "openfga" → "OpenFGA" where the operation spells it), else capitalised. */
export function spelledApiName(op: RecordOperation, words: string[]): string {
  const spellings = documentedSpellings(op);
  const joined = spellings.get(words.join('').toLowerCase());
  if (joined) return joined;
  return siteName(words.map((w) => spellings.get(w.toLowerCase()) ?? (w === w.toUpperCase() || /[A-Z]/.test(w.slice(1)) ? w : w.charAt(0).toUpperCase() + w.slice(1))));
}
