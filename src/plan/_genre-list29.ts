/**
 * An API's whole list of genres is a real one (QUALITY.md E): "the official list of movie genres" asked with no
 * filter is TMDB-like (Action, Adventure, … Western, with their well-known ids), never three drawn names ("There
 * are 3 genres: Comedy, Thriller and Crime"). Only a read whose name or description says it lists genres, sent no
 * filter, whose result is a list of small genre records (an id and a name), is touched; each record keeps its
 * drawn shape. The call's own values (`keep`) never change.
 */
import type { Operation } from '../specs/types.ts';

type Json = Record<string, unknown>;
type Genre = readonly [number, string];

const FILM: readonly Genre[] = [[28, 'Action'], [12, 'Adventure'], [16, 'Animation'], [35, 'Comedy'], [80, 'Crime'], [99, 'Documentary'], [18, 'Drama'], [10751, 'Family'], [14, 'Fantasy'], [36, 'History'], [27, 'Horror'], [10402, 'Music'], [9648, 'Mystery'], [10749, 'Romance'], [878, 'Science Fiction'], [10770, 'TV Movie'], [53, 'Thriller'], [10752, 'War'], [37, 'Western']];
const TV: readonly Genre[] = [[10759, 'Action & Adventure'], [16, 'Animation'], [35, 'Comedy'], [80, 'Crime'], [99, 'Documentary'], [18, 'Drama'], [10751, 'Family'], [10762, 'Kids'], [9648, 'Mystery'], [10763, 'News'], [10764, 'Reality'], [10765, 'Sci-Fi & Fantasy'], [10766, 'Soap'], [10767, 'Talk'], [10768, 'War & Politics'], [37, 'Western']];
const MUSIC: readonly Genre[] = ['Blues', 'Classical', 'Country', 'Electronic', 'Folk', 'Gospel', 'Hip Hop', 'Jazz', 'Latin', 'Metal', 'Pop', 'Punk', 'R&B', 'Reggae', 'Rock', 'Soul'].map((g, i) => [i + 1, g] as const);
const BOOK: readonly Genre[] = ['Biography', "Children's", 'Fantasy', 'Fiction', 'Graphic Novels', 'Historical Fiction', 'History', 'Horror', 'Mystery', 'Poetry', 'Romance', 'Science Fiction', 'Self-Help', 'Thriller', 'Travel', 'Young Adult'].map((g, i) => [i + 1, g] as const);

const LISTS_GENRES = /\b(list|lists|all|official|available|supported|get)\b.*\bgenres\b|\bgenres\b.*\b(list|all)\b/i;
const NO_FILTER = /^(language|lang|locale|api_?key|api-?version|format|region)$/i;
const ID = /^(id|genre_?id|genreId|code)$/i;
const NAME = /^(name|genre|genre_?name|genreName|title|label)$/i;

const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const spaced = (s: string): string => s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_/.-]+/g, ' ');

function genresOf(about: string): readonly Genre[] | undefined {
  if (/\b(tv|television|series|shows?)\b/i.test(about) && !/\b(movies?|films?)\b/i.test(about)) return TV;
  if (/\b(movies?|films?|cinema)\b/i.test(about)) return FILM;
  if (/\b(music|songs?|tracks?|albums?|artists?|radio)\b/i.test(about)) return MUSIC;
  if (/\b(books?|novels?|reading|library)\b/i.test(about)) return BOOK;
  return undefined;
}

/** The list of genre records in a result: the result itself or a list under its top record (`genres`). */
function genreList(result: unknown, depth = 0): Json[] | undefined {
  // (One wrapper down too: `{data: {items: […]}}`, wave 34.)
  if (depth === 0 && isRecord(result) && !Object.values(result).some(Array.isArray)) {
    const inner = Object.entries(result).find(([k, v]) => /^(data|result|response|body)$/i.test(k) && isRecord(v));
    if (inner) return genreList(inner[1], 1);
  }
  const lists = Array.isArray(result) ? [result] : isRecord(result) ? Object.entries(result).filter(([k, v]) => /genres?|items|data|results/i.test(k) && Array.isArray(v)).map(([, v]) => v as unknown[]) : [];
  return lists.find((l): l is Json[] => l.length > 0 && l.every((r) => isRecord(r) && Object.keys(r).every((k) => ID.test(k) || NAME.test(k)) && Object.keys(r).some((k) => NAME.test(k) && typeof r[k] === 'string')));
}

/** A whole genre list asked for with no filter answers the well-known genres of its kind, in the drawn record shape. */
export function settleGenreList29(result: unknown, args: Readonly<Json>, operation: Operation, keep: ReadonlySet<string>): void {
  if (operation.effect !== 'read' || Object.keys(args).some((k) => !NO_FILTER.test(k))) return;
  const about = spaced(`${operation.name} ${operation.summary ?? ''} ${operation.description ?? ''} ${operation.path}`);
  if (!LISTS_GENRES.test(about)) return;
  const genres = genresOf(`${about} ${operation.api.title} ${operation.api.name}`);
  const list = genres === undefined ? undefined : genreList(result);
  if (genres === undefined || list === undefined) return;
  if (list.some((r) => Object.values(r).some((v) => keep.has(JSON.stringify(v))))) return;
  const first = list[0]!;
  const nameKey = Object.keys(first).find((k) => NAME.test(k) && typeof first[k] === 'string')!;
  const idKey = Object.keys(first).find((k) => ID.test(k) && (typeof first[k] === 'number' || typeof first[k] === 'string'));
  const made = genres.map(([id, name]) => {
    const record: Json = { ...first, [nameKey]: name };
    // A prefixed id ("gn5302") keeps its prefix and width: "gn0012".
    const shape = typeof first[idKey ?? ''] === 'string' ? /^([A-Za-z_-]+)(\d+)$/.exec(first[idKey!] as string) : null;
    if (idKey !== undefined) record[idKey] = typeof first[idKey] === 'number' ? id : shape ? `${shape[1]}${String(id).padStart(shape[2]!.length, '0')}` : String(id);
    return record;
  });
  list.splice(0, list.length, ...made);
}
