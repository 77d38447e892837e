/**
 * Argument values that keep what the parameter documents (QUALITY.md B, H): a date in the pattern its
 * description gives ("The format is yyyyMMdd" → "20250707", never "2025-07-07"), and no catch-all member of an
 * enum ("other", "unknown") where the enum has real choices: nobody volunteers "the reason is other".
 */
import type { Operation } from '../specs/types.ts';
import { ANCHOR, byDistance } from './_op-enums.ts';
import { inDocumentedDateTime } from '../text/datetime26.ts';
type Schema = Record<string, unknown>;

/** yyyy, MM and dd in one of the three orders, each pair joined by the same separator (or none). */
const PATTERN = /\b(?:(y{4})([-/.]?)(mm)\2(dd)|(dd)([-/.]?)(mm)\6(y{4})|(mm)([-/.]?)(dd)\10(y{4}))\b(?![-/.: ]?hh|'?t'?hh)/i; // "yyyy-MM-dd'T'HH:mm:ss" is a date and time (_rules-words26.ts)
type Order = { order: readonly ('y' | 'm' | 'd')[]; separator: string };
const patterns = new Map<string, Order | null>();

/** The date pattern a description documents, kept per description; null when it gives none. */
export function documentedDatePattern(description: unknown): Order | null {
  if (typeof description !== 'string' || description === '') return null;
  let found = patterns.get(description);
  if (found === undefined) {
    const m = PATTERN.exec(description.slice(0, 400));
    found = !m ? null : m[1] ? { order: ['y', 'm', 'd'], separator: m[2] ?? '' } : m[5] ? { order: ['d', 'm', 'y'], separator: m[6] ?? '' } : { order: ['m', 'd', 'y'], separator: m[10] ?? '' };
    if (patterns.size > 20_000) patterns.clear();
    patterns.set(description, found);
  }
  return found;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

/** An ISO date drawn for a parameter whose description documents another pattern, written in that pattern. */
export function inDocumentedFormat(value: unknown, schema: Schema | undefined): unknown {
  if (typeof value !== 'string') return value;
  // "The format is yyyy-MM-dd'T'HH:mm:ss": a day is sent as its midnight, in the documented shape.
  const moment = inDocumentedDateTime(value, schema?.description);
  if (moment !== value) return moment;
  const pattern = documentedDatePattern(schema?.description);
  const m = pattern ? ISO_DAY.exec(value) : null;
  if (!pattern || !m) return value;
  const parts = { y: m[1]!, m: m[2]!, d: m[3]! };
  return pattern.order.map((k) => parts[k]).join(pattern.separator);
}

/** Enum members that choose nothing in particular. */
const CATCH_ALL = /^(?:other|others|unknown|none|unspecified|not[_ -]?specified|misc|miscellaneous|n\/?a|default|undefined|null)$/i;

/** A catch-all member ("other") of an enum that has at least one real choice beside it. */
export function isCatchAllChoice(value: unknown, schema: Schema | undefined): boolean {
  if (typeof value !== 'string' || !CATCH_ALL.test(value)) return false;
  const values = schema?.enum;
  return Array.isArray(values) && values.some((v) => typeof v === 'string' && !CATCH_ALL.test(v));
}

/** A drawn value that sorts by distance (`distance`, from the param's own "Possible values…") where no input gives a place. */
export function sortsFromNowhere(op: Operation, param: string, value: unknown): boolean {
  return byDistance(value) && !op.inputs.some((i) => i.name !== param && ANCHOR.test(i.name.replace(/([a-z])([A-Z])/g, '$1_$2')));
}
