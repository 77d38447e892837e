/** Description phrases made short requests: Title Case lowered, lists of fields made "details", long phrases cut where a phrase ends. */

import { listCut32, withoutCombination32 } from './_alternatives-intents32.ts';

const TRAILING_STOP = new Set(['if', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'by', 'with', 'does', 'is', 'are', 'that', 'which', 'when', 'from', 'in', 'on', 'at', 'as', 'via', 'given', 'its', 'their', 'his', 'her', 'your', 'our', 'my', 'unique', 'identified', 'specified', 'based', 'using', 'its', 'any', 'some', 'each', 'every', 'all']);

/** Title Case summaries ("Check If Current User Follows Playlist") read as shouting: lower-case all but acronyms. */
export function untitle(s: string): string {
  const words = s.split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z][a-z]/.test(w)).length;
  // Content words after the first: "All Episodes associated with a Title" is half title case.
  const content = words.slice(1).filter((w) => w.length > 3);
  const capitalContent = content.filter((w) => /^[A-Z][a-z]/.test(w)).length;
  const titled = (words.length >= 2 && capitalised >= words.length * 0.6) || (content.length >= 2 && capitalContent >= content.length * 0.5);
  if (!titled) return s;
  // "Get Several Tracks' Audio Features": a plural's possessive is lowered too.
  return words.map((w) => (/^[A-Z][a-z]+(?:'s|')?$/.test(w) ? w.toLowerCase() : w)).join(' ');
}

const PREPOSITIONS = new Set(['at', 'on', 'in', 'for', 'with', 'by', 'from', 'to', 'of', 'into', 'within', 'via', 'under', 'over', 'between']);

/**
 * A list of fields is the details of the thing: "get a movie's title, overview, runtime and genres" → "get a
 * movie's details", "get the carrier, tracking number and events of a shipment" → "get the details of a shipment".
 */
// Items are one to three words with single spaces between them: "(?:[\w-]+ ?){1,3}" split words in every
// possible way and backtracked for seconds on long descriptions.
const POSSESSIVE_LIST = /^(\S+(?: up)?) ((?:a|an|the|your|my) [\w-]+(?: [\w-]+)?'s) ([\w-]+(?: [\w-]+){0,2}(?:, [\w-]+(?: [\w-]+){0,2})+,? (?:and|or) [\w-]+(?: [\w-]+){0,2})$/i;
const LIST_OF = /^(\S+(?: up)?) (?:the |a |an )?([\w-]+(?: [\w-]+){0,2}(?:, [\w-]+(?: [\w-]+){0,2})+,? (?:and|or) [\w-]+(?: [\w-]+){0,2}?) of ((?:a|an|the|your) [\w' -]+)$/i;
const LIST_ITEM_STOP = /\b(?:of|to|from|in|on|at|by|for|with|steps|between)\b/i;

function detailsForLists(phrase: string): string {
  const possessive = POSSESSIVE_LIST.exec(phrase);
  if (possessive && !LIST_ITEM_STOP.test(possessive[3] ?? '')) return `${possessive[1]} ${possessive[2]} details`;
  const of = LIST_OF.exec(phrase);
  if (of && !LIST_ITEM_STOP.test(of[2] ?? '')) return `${of[1]} the details of ${of[3]}`;
  return phrase;
}

/** Cut long phrases at a comma or after 12 words, never ending on a small word or half a prepositional phrase. */
export function tidy(phrase: string): string {
  let words = detailsForLists(withoutCombination32(phrase.replace(/\s+/g, ' ').trim())).split(' ');
  if (words.length > 12) {
    const comma = words.findIndex((w, i) => i >= 4 && /,$/.test(w));
    if (comma >= 0 && comma < 12) {
      // A comma that ends a list's first item: the list whole, or none of it (never its first item alone).
      words = words.slice(0, listCut32(words, comma) ?? comma + 1);
    } else {
      // A cut just before a preposition ("… latitude and longitude | up to the radius") ends a phrase already.
      const next = (words[12] ?? '').toLowerCase();
      const atBoundary = PREPOSITIONS.has(next) || /^(up|which|that|when|if)$/.test(next);
      words = words.slice(0, 12);
      if (atBoundary) return finish(words);
      // The cut fell inside a phrase ("… at a restaurant at a date and"): end before its preposition.
      let prep = words.findLastIndex((w, i) => i >= words.length - 4 && i >= 3 && PREPOSITIONS.has(w.toLowerCase()));
      if (prep > 0 && /^(up|down|out|back)$/i.test(words[prep - 1] ?? '')) prep -= 1; // "… up to the given"
      if (prep > 0) words = words.slice(0, prep);
    }
  }
  return finish(words);
}

function finish(words: string[]): string {
  words[words.length - 1] = (words[words.length - 1] ?? '').replace(/[,;:]+$/, '');
  // "… saved in the current Spotify user's | 'Your Music' library": a cut after an owner leaves no thing owned;
  // the owner's phrase goes with it, from its preposition (QUALITY.md G: never a fragment ending in a possessive).
  if (/[A-Za-z](?:'s|s')$/.test(words[words.length - 1] ?? '')) {
    const prep = words.findLastIndex((w, i) => i >= 2 && PREPOSITIONS.has(w.toLowerCase()));
    words = prep > 0 ? words.slice(0, prep) : words.slice(0, -1);
  }
  while (words.length > 2 && TRAILING_STOP.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ').replace(/[,;:]+$/, '');
}
