/**
 * What a user types into a music or video search whose resource no kind names (`/popular/search` of a YouTube
 * Music API): a well-known performer, whose real songs the search then finds (`worksOfMaker24`), never a stock
 * search term ("running shoes") shops answer, nor a genre the found songs would be titled after ("Jazz (Live)").
 */
import { faker } from './_faker.ts';
import { PERFORMER_SONGS } from '../world/index.ts';

/** Words of an operation about music or video (its API, path or summary). */
const MEDIA = /\b(music|songs?|tracks?|lyrics|spotify|soundcloud|deezer|shazam|radio|youtube|playlists?|albums?|artists?)\b/i;
let performers: string[] | undefined;

/** A performer for a media search; undefined where the operation is not about music or video. */
export function mediaSearchValue(context: string): string | undefined {
  if (!MEDIA.test(context)) return undefined;
  performers ??= Object.keys(PERFORMER_SONGS);
  return faker.helpers.arrayElement(performers);
}
