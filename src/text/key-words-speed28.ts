/**
 * Field keys as snake-case words, one memo per wording shared by every stage: the same few thousand keys are
 * turned into words by dozens of passes and rules, and one warm table costs less than one table per file.
 */
import { identifierWords } from './identifier.ts';
import { memoized } from './memo.ts';

/** `releaseDate` → `release_date` (camel humps split, lower-cased; other separators kept). */
export const snakeKey = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());

/** `releaseDate`, `release-date`, `Release.Date` → `release_date` (identifier words joined by `_`). */
export const keyWords = memoized((key: string): string => identifierWords(key).map((x) => x.toLowerCase()).join('_'));

/** `releaseDate`, `release-date`, `release date` → `release_date` (humps, dashes, spaces and dots made `_`). */
export const snakeKeyDashed = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s.]+/g, '_').toLowerCase());

/** `releaseDate`, `Release Date!` → `release_date` (any run of other characters one `_`, none at the ends). */
export const snakeKeyTrimmed = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''));

/** `releaseDate`, `release-date` → `release_date` (any run of other characters one `_`). */
export const snakeKeyUnderscored = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_'));

/** `releaseDate`, `release-date` → `release_date` (other characters `_` before lower-casing). */
export const snakeKeyAscii = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase());

/** `release_Date` → `releasedate` (lower-cased letters and digits only). */
export const squashedKey = memoized((key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, ''));

/** `releaseDate` → `release_date` (a lower-case letter before a capital only: `v2X` stays `v2x`). */
export const snakeKeyLetters = memoized((key: string): string => key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase());
