/**
 * A music search by the spec's own sample query finds that artist's songs (QUALITY.md E, wave 34; rapidapi
 * 2026-175): a spec author tries a song search with a performer's name ("Eko Fresh"), and a search by an artist's
 * name answers with songs BY that artist, never songs titled "Eko Fresh", "Eko Fresh (Live)" by made-up others.
 * Known performers get their real songs (`_artist-search24.ts`); this covers a sampled name we do not know: the
 * songs keep their dates and get titles of their own. No randomness: the titles are chosen by the name.
 */
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;

/** Who performs a record (never an author: a book search's sample is as often a title). */
const PERFORMER = /^(artist|artist_?name|artists|singer|performer|band|channel|channel_?name|uploader)$/;
/** A performer's name as written: one to three capitalised words ("Eko Fresh", "Die Toten Hosen" is four: no). */
const NAME_LIKE = /^\p{Lu}[\p{L}'.&-]*( \p{Lu}[\p{L}'.&-]*){0,2}$/u;
const SONG_TITLES = ['Midnight Drive', 'Golden Hour', 'Paper Hearts', 'Neon Rain', 'Slow Burn', 'Homeward', 'Echoes', 'Stay Awhile', 'City Lights', 'Open Road', 'Northern Sky', 'Back to You'];

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

/**
 * Songs of the artist the sampled `query` names, in place; false, changing nothing, when the query is no sample of
 * the operation, reads as no name, or the records name no performer.
 */
export function songsOfSampledArtist34(items: unknown[], label: string, query: string, sampled: boolean): boolean {
  if (!sampled || !NAME_LIKE.test(query.trim())) return false;
  const first = items[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return false;
  const maker = Object.keys(first).find((k) => k !== label && PERFORMER.test(lastNameWord(k)) && typeof (first as Json)[k] === 'string');
  if (maker === undefined) return false;
  const start = hash(query) % SONG_TITLES.length;
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const record = item as Json;
    record[maker] = query.trim();
    if (typeof record[label] === 'string') record[label] = SONG_TITLES[(start + i) % SONG_TITLES.length]!;
  });
  return true;
}

/** Whether `value` is the operation's own sample of a parameter (its default or example). */
export function isSample34(inputs: ReadonlyArray<{ default?: unknown; example?: unknown }> | undefined, value: string): boolean {
  return (inputs ?? []).some((p) => (typeof p.default === 'string' && p.default.trim() === value) || (typeof p.example === 'string' && p.example.trim() === value));
}
