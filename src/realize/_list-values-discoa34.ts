/**
 * A comma-joined list the call sends in one string ("8AJADUkwHV3SZvzWVd2eOx,31dN44aRirWDgvcusKbt3E", the ids of a
 * "get several artists") is said as a person says a list, "8AJADUkwHV3SZvzWVd2eOx and 31dN44aRirWDgvcusKbt3E", never
 * as the wire format (QUALITY.md B, wave 34). Matching (`src/text/match.ts`) takes the list said so as the value.
 */
import { joinList } from './words.ts';
import { COMMA_LIST34, isCommaList34 } from '../text/comma-lists-discoa34.ts';

/** "X, Y and Z" for the value "X,Y,Z" said for a plural noun ("the album IDs"), else undefined. */
export function sayCommaList34(noun: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || !isCommaList34(value) || !/s$/.test(noun)) return undefined;
  return joinList(value.split(COMMA_LIST34.separator));
}
