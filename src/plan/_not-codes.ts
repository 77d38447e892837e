/**
 * Values that are words, not codes, though no vocabulary names them: a call's result code is a status word
 * ("OK"), a film's character a name, a cuisine code the cuisine's own slug ("italian"). A random code
 * ("PVWLU", "CHR-83837") is shown to users as if it meant something; only identifiers are codes.
 */
import type { Rng } from '../random/index.ts';
import { faker } from './_faker.ts';

const STATUS_CODE = /^(status_code|http_code|http_status|http_status_code)$/;
const RESULT_CODE = /^(result|response|return|reply|api|request)_(code|status)$/;
const RESULT_WORD = /^(result|outcome)$/;
const CHARACTER = /^(character|character_name|role_name|characters)$/;
/** `cuisine_code`: a code of a kind of thing is that kind's slug. */
const KIND_CODE = /^(cuisine|category|genre|sport|department|section|tier|class|kind|type|diet|meal|course)_code$/;

const CUISINES = ['Italian', 'Japanese', 'Mexican', 'Indian', 'Thai', 'French', 'Chinese', 'Lebanese', 'Portuguese', 'Greek', 'Korean', 'Vietnamese', 'Spanish', 'Vegetarian'];
const URI = /(^|_)uri$/;
/** A URI of a scheme (`spotify:track:4uLU6hMCjMI75M1A2tKUQC`): made in the example's shape, never a web address. */
const SCHEMED = /^([a-z][a-z0-9+.-]*:(?:[a-z]+:)*)([A-Za-z0-9]{6,})$/;
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SPOTIFY_KIND = /\b(track|artist|album|playlist|episode|show|user)s?\b/;

function base62(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62.charAt(rng.int(0, BASE62.length - 1));
  return out;
}

/** A `uri` in its API's own shape: the example's scheme, or Spotify's `spotify:<kind>:<id>` in a Spotify API. */
export function schemedUri(n: string, context: string, example: unknown, rng: Rng): string | undefined {
  if (!URI.test(n)) return undefined;
  const shaped = typeof example === 'string' ? SCHEMED.exec(example) : null;
  // A Spotify id is 22 base62 characters, whatever length an example drawn elsewhere had (wave 28).
  if (shaped) return `${shaped[1]}${base62(rng, shaped[1]!.startsWith('spotify:') ? 22 : shaped[2]!.length)}`;
  if (!/\bspotify\b/.test(context)) return undefined;
  const kind = SPOTIFY_KIND.exec(n.replace(/_/g, ' '))?.[1] ?? SPOTIFY_KIND.exec(context)?.[1] ?? 'track';
  return `spotify:${kind}:${base62(rng, 22)}`;
}

/** A word for a string field where a random code would otherwise be drawn; undefined when none applies. */
export function wordNotCode(n: string, context: string, inResult: boolean, rng: Rng, vocabulary: (name: string) => string | undefined): string | undefined {
  if (/^cuisines?(_name|_type)?$/.test(n)) return rng.pick(CUISINES);
  if (n === 'cuisine_code') return rng.pick(CUISINES).toLowerCase();
  if (!inResult) return undefined;
  if (STATUS_CODE.test(n)) return '200';
  if (RESULT_CODE.test(n)) return rng.pick(['OK', 'SUCCESS']);
  if (RESULT_WORD.test(n)) return 'success';
  if (CHARACTER.test(n) && /\b(movies?|films?|tv|shows?|series|cast|credits?|actors?|games?|books?|anime|comics?|episodes?)\b/.test(context)) return faker.person.fullName();
  const kind = KIND_CODE.exec(n)?.[1];
  if (kind !== undefined) {
    const word = vocabulary(kind);
    if (word !== undefined && word.length <= 30 && word.split(' ').length <= 3) return word.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  }
  return undefined;
}

const MEDIA = /\b(videos?|youtube|tracks?|songs?|audio|episodes?|podcasts?|movies?|films?|clips?|music|albums?|playlists?|shorts|streams?)\b/;
const DURATION_TEXT = /^(length|duration|runtime|length_text|duration_text|play_time|length_seconds_text|time_length)$/;

/** A video's or a track's length as players show it ("12:07", "1:02:15"), never a bare decimal ("15.73"). */
export function mediaLength(n: string, context: string, rng: Rng): string | undefined {
  if (!DURATION_TEXT.test(n) || !MEDIA.test(context)) return undefined;
  const minutes = /\b(movies?|films?)\b/.test(context) ? rng.int(80, 150) : /\b(podcasts?|episodes?)\b/.test(context) ? rng.int(20, 75) : rng.int(2, 24);
  const seconds = String(rng.int(0, 59)).padStart(2, '0');
  return minutes >= 60 ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A YouTube channel id has its own shape: "UC" and 22 characters of base64url. */
export function youtubeChannelId(n: string, context: string, rng: Rng): string | undefined {
  if (!/youtube/.test(context) || !(/^(channel_id|channelid|browse_id|channel)$/.test(n) || (n === 'id' && /\bchannels?\b/.test(context) && !/\b(videos?|playlists?|comments?)\b/.test(context)))) return undefined;
  return `UC${base62(rng, 22)}`;
}
