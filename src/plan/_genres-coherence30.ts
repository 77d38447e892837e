/**
 * A work's genres fit its story (QUALITY.md E, disc rapidapi #264 of the m30 reading): "the story of a nurse working
 * the night shift during a storm" is a drama or a thriller, never "Fantasy, Western and Action". The stock plots
 * (`_names.ts` PLOTS) each have their genres; a work's own `genres`, and the genres a later call lists for the work
 * an earlier result told (`title_genres(netflix_id)`), are those, as many as were drawn. No randomness.
 */
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

/** Genres of each stock plot, by a word of it. */
const PLOT_GENRES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/retired detective/, ['Crime', 'Mystery', 'Thriller']],
  [/sisters who inherit/, ['Drama', 'Comedy', 'Family']],
  [/pilot stranded/, ['Adventure', 'Drama', 'Thriller']],
  [/chef rebuilding/, ['Drama', 'Comedy', 'Romance']],
  [/band chasing/, ['Drama', 'Comedy', 'Music']],
  [/road trip/, ['Comedy', 'Family', 'Adventure']],
  [/decades-old secret/, ['Drama', 'Mystery', 'Thriller']],
  [/architect torn/, ['Romance', 'Drama', 'Comedy']],
  [/missing-person/, ['Thriller', 'Mystery', 'Crime']],
  [/friends reunited/, ['Comedy', 'Drama', 'Romance']],
  [/lighthouse keeper/, ['Drama', 'Romance', 'Mystery']],
  [/chess prodigy/, ['Drama', 'Family', 'Comedy']],
  [/nurse working the night shift/, ['Drama', 'Thriller', 'Romance']],
  [/rival bakers/, ['Comedy', 'Romance', 'Family']],
  [/botanist searching/, ['Adventure', 'Drama', 'Family']],
  [/boxer planning/, ['Drama', 'Action', 'Family']],
  [/translator caught/, ['Thriller', 'Drama', 'War']],
  [/widower who takes up sailing/, ['Drama', 'Comedy', 'Romance']],
];
const PLOT = /^(plot|alt_plot|short_plot|plot_summary|synopsis|storyline|logline|overview|description|summary)$/;
const GENRE_NAME = /^(genre|genre_name|name)$/;

/** The genres of a stock plot ("The story of a nurse…"), else undefined. */
function genresOfPlot(text: string): readonly string[] | undefined {
  if (!text.startsWith('The story of ')) return undefined;
  return PLOT_GENRES.find(([re]) => re.test(text))?.[1];
}

function plotOf(obj: Json): readonly string[] | undefined {
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string' && PLOT.test(snakeKey(k))) {
      const genres = genresOfPlot(v);
      if (genres !== undefined) return genres;
    }
  }
  return undefined;
}

/** A list of genres (names, or records named by `genre`/`name`) made the plot's, in place; one longer than them is left. */
function fitList(list: unknown[], genres: readonly string[], keep: ReadonlySet<string>): void {
  if (list.length === 0 || list.length > genres.length) return;
  if (list.every((g) => typeof g === 'string')) {
    if (list.some((g) => !genres.includes(g as string)) && !keep.has(JSON.stringify(list))) list.splice(0, list.length, ...genres.slice(0, list.length));
    return;
  }
  const records = list.filter((g): g is Json => !!g && typeof g === 'object' && !Array.isArray(g));
  if (records.length !== list.length) return;
  const key = Object.keys(records[0]!).find((k) => GENRE_NAME.test(snakeKey(k)) && typeof records[0]![k] === 'string');
  if (key === undefined || !records.every((r) => typeof r[key] === 'string') || records.every((r) => genres.includes(r[key] as string))) return;
  if (records.some((r) => keep.has(JSON.stringify(r[key])))) return;
  records.forEach((r, i) => (r[key] = genres[i]!));
}

/** A work's own `genres` fit its plot. */
export function genresOfStory30(obj: Json, keep: ReadonlySet<string>): void {
  const list = obj['genres'] ?? obj['genre_list'];
  if (!Array.isArray(list)) return;
  const genres = plotOf(obj);
  if (genres !== undefined) fitList(list, genres, keep);
}

/**
 * A call that lists a work's genres (its name or path says genres) lists those of the work an earlier result
 * told with the id it was sent (`netflix_id: 82110` beside "The story of a nurse…").
 */
export function genresOfEarlierWork30(result: unknown, operationWords: string, args: Readonly<Json>, earlier: Iterable<unknown>, keep: ReadonlySet<string>): void {
  if (!/genre/i.test(operationWords)) return;
  const ids = Object.entries(args).filter(([k, v]) => /id$/i.test(k) && (typeof v === 'number' || typeof v === 'string')).map(([, v]) => v);
  if (ids.length === 0) return;
  let genres: readonly string[] | undefined;
  const find = (value: unknown, depth: number): void => {
    if (genres !== undefined || !value || typeof value !== 'object' || depth > 6) return;
    if (Array.isArray(value)) {
      for (const v of value) find(v, depth + 1);
      return;
    }
    const obj = value as Json;
    if (Object.values(obj).some((v) => ids.includes(v as number | string))) genres = plotOf(obj);
    for (const v of Object.values(obj)) if (v && typeof v === 'object') find(v, depth + 1);
  };
  for (const r of earlier) find(r, 0);
  if (genres === undefined) return;
  const lists: unknown[][] = Array.isArray(result) ? [result] : result && typeof result === 'object' ? Object.values(result as Json).filter((v): v is unknown[] => Array.isArray(v)) : [];
  for (const list of lists) fitList(list, genres, keep);
}
