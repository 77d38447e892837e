/**
 * A record of an office holder names its person in a field of another word (BC News' minister record holds the
 * minister's name in `headline`): the field is said as the office ("the minister is Marco Bauer"), never as "the
 * headline is Marco Bauer" (QUALITY.md B).
 */
import type { RecordOperation } from '../plan/types.ts';

const HOLDER_OF = /^\s*(?:get|gets|returns?|retrieves?|fetch(?:es)?|shows?)\s+the\s+(minister|premier|mayor|governor|president|chair(?:person)?|ceo|director|manager|owner|leader|speaker|commissioner|ambassador)\b/i;
const NAME_FIELD = /^(headline|title|label|heading)$/i;

/** The office a name-like field of a holder's record is said as, or undefined. */
export function officeFieldName(last: string, path: readonly string[], op: RecordOperation | undefined): string | undefined {
  if (path.length !== 1 || !NAME_FIELD.test(last) || op === undefined) return undefined;
  return HOLDER_OF.exec(op.description)?.[1]?.toLowerCase();
}
