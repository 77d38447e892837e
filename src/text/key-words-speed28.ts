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
