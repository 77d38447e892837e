/**
 * Identifier-like strings by their name (QUALITY.md E): an airport's IATA code, a currency, a language, a postal
 * code, an ISBN, a slug, a key of its kind (see _keys.ts), a code, else a random token. Faker is bound to the
 * caller's Rng.
 */
import type { Rng } from '../random/index.ts';
import { faker } from './_faker.ts';
import { localPostcode } from './_names.ts';
import { lastNameWord } from './_params.ts';
import { keyValue } from './_keys.ts';
import { LANGUAGES } from './_mock-words.ts';
import { withIsbnCheck } from './_isbn23.ts';
import { slugOf } from './_slugs25.ts';
import { EXCHANGE_CODE34, exchangeCode34 } from './_exchange-codes-discra34.ts';

const UPPER_ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
export const LOWER_ALNUM = 'abcdefghijkmnopqrstuvwxyz0123456789';
const MIXED_ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789';

export function alphanumeric(rng: Rng, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}

export function idString(name: string, rng: Rng, about = '', parent = ''): string {
  const n = lastNameWord(name);
  // A guid or uuid is a UUID, also where the spec gives its parameter no format (`person_guid` in a path), wave 23.
  if (/(^|_)(uuid|guid)$/.test(n)) return faker.string.uuid();
  // A Spotify ID, as its description calls it, is 22 base62 characters ("2takcwOaAZWiXQijPHIx7B"), wave 28.
  if (/\bspotify id\b/.test(about) && /(^|_)id$/.test(n)) return alphanumeric(rng, 22, `${MIXED_ALNUM}IOlo`);
  const key = keyValue(parent === '' ? n : `${lastNameWord(parent)}_${n}`, about, { pick: (items) => rng.pick(items), int: (lo, hi) => rng.int(lo, hi) });
  if (key !== undefined) return key;
  // Well-known ids keep their public shape: IMDb's "tt" and seven or eight digits.
  if (/(^|_)imdb(_id)?$/.test(n)) return `tt${rng.int(100000, 29999999).toString().padStart(7, '0')}`;
  if (/(^|_)(iata|airport)(_code)?$/.test(n) || /airport/.test(n)) return faker.airline.airport().iataCode;
  if (/currency/.test(n)) return faker.finance.currencyCode();
  if (/country/.test(n)) return faker.location.countryCode('alpha-2');
  if (/(^|_)(lang|language|locale)(_code)?$/.test(n)) return rng.pick(LANGUAGES);
  if (/(^|_)(zip|postal|postcode)(_code)?$/.test(n)) return localPostcode();
  if (/isbn_?10$/.test(n)) return withIsbnCheck(faker.commerce.isbn(10).replace(/-/g, ''));
  if (/isbn/.test(n)) return withIsbnCheck(faker.commerce.isbn(13).replace(/-/g, ''));
  if (/slug/.test(n)) return slugOf(`${parent} ${about}`.toLowerCase(), rng);
  // One field's ids share one length (a list of "BqwPcyvb" and "F3tYBKLie5E" reads as two schemes). As many
  // characters are drawn as before, so that the values drawn after them do not move.
  if (EXCHANGE_CODE34.test(n)) return exchangeCode34(rng);
  if (/code/.test(n)) return toLength(alphanumeric(rng, rng.int(4, 6), UPPER_ALNUM), 4 + (lengthOf(n) % 3));
  return toLength(alphanumeric(rng, rng.int(8, 12), MIXED_ALNUM), 8 + (lengthOf(n) % 5));
}

/** `drawn` cut or filled (with its own characters, backwards) to `length`. */
function toLength(drawn: string, length: number): string {
  return drawn.length >= length ? drawn.slice(0, length) : (drawn + [...drawn].reverse().join('')).slice(0, length);
}

/** A stable number of a field's name: its ids' length. */
function lengthOf(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return h;
}

