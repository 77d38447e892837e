/**
 * What a user types into a music or video search whose resource no kind names (`/popular/search` of a YouTube
 * Music API): an artist, a genre or a mood, never a stock search term ("running shoes") shops answer.
 */
import { faker } from './_faker.ts';
import { artistName } from './_works.ts';

/** Words of an operation about music or video (its API, path or summary). */
const MEDIA = /\b(music|songs?|tracks?|lyrics|spotify|soundcloud|deezer|shazam|radio|youtube|playlists?|albums?|artists?)\b/i;
const MUSIC_TERMS = ['jazz', 'lo-fi beats', 'acoustic covers', 'indie folk', 'classical piano', 'summer hits', 'chill electronic', 'blues', 'bossa nova', 'workout mix'];

/** An artist or a genre for a media search; undefined where the operation is not about music or video. */
export function mediaSearchValue(context: string): string | undefined {
  if (!MEDIA.test(context)) return undefined;
  return faker.datatype.boolean() ? artistName() : faker.helpers.arrayElement(MUSIC_TERMS);
}
