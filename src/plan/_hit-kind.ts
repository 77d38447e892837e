/**
 * A chained value comes from a hit of the kind the next input wants: a search that answers several kinds of thing
 * (airports, airlines and flights; artists, albums and tracks) tags the hit that gives a `flightId` as a flight,
 * never `"type": "airport"`. Only tags naming one of these well-known kinds are changed; a sub-type ("live",
 * "single", "premium") is left as it is.
 */
import { identifierWords } from '../text/index.ts';
import { valueAtPath } from './_result.ts';

/** Kinds of thing one multi-kind search answers with. */
const KINDS = new Set([
  'airport', 'airline', 'operator', 'aircraft', 'flight', 'city', 'country', 'region', 'station', 'stop', 'route', 'artist', 'album', 'track',
  'playlist', 'podcast', 'episode', 'show', 'audiobook', 'chapter', 'user', 'channel', 'video', 'movie', 'person', 'company', 'team', 'player',
  'league', 'hotel', 'place', 'address', 'street', 'category', 'tag', 'product', 'brand', 'store', 'book', 'author', 'hashtag', 'song',
]);
const KIND_KEY = /^(type|kind|entity_type|result_type|object_type|hit_type)$/;
const singular = (word: string): string => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/** The kind an id input wants (`flightId` → `flight`), if it is one of KINDS. */
function wantedKind(input: string): string | undefined {
  const words = identifierWords(input);
  if (words.length < 2 || words[words.length - 1] !== 'id') return undefined;
  const kind = singular(words[words.length - 2]!);
  return KINDS.has(kind) ? kind : undefined;
}

/** The hits whose values feed the next call's `<kind>Id` inputs are tagged with that kind, in place. */
export function fitHitKinds(result: unknown, pinnedAt: Readonly<Record<string, string>>, chainedIn: Iterable<[string, { output: string }]>): void {
  for (const [input, link] of chainedIn) {
    const wanted = wantedKind(input);
    if (wanted === undefined) continue;
    const path = pinnedAt[link.output] ?? link.output;
    const cut = path.search(/(\.[^.[\]]+|\[\d+\])$/);
    const hit = cut > 0 ? valueAtPath(result, path.slice(0, cut)) : result;
    if (!hit || typeof hit !== 'object' || Array.isArray(hit)) continue;
    const record = hit as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (!KIND_KEY.test(identifierWords(key).join('_')) || typeof value !== 'string') continue;
      const kind = singular(value.toLowerCase());
      if (!KINDS.has(kind) || kind === wanted) continue;
      record[key] = value === value.toUpperCase() ? wanted.toUpperCase() : /^[A-Z]/.test(value) ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
    }
  }
}
