/**
 * Whether a Unix time is counted in milliseconds: a name ending in Ms/_ms/Millis (`sinceMs`, `start_time_millis`),
 * a description that says milliseconds ("Unix Millisecond Timestamp"), or an int64 "unix timestamp" (Java-style
 * APIs such as Jira count `since` in milliseconds: 1772628900000, never 1772628900). Anything else is seconds.
 */
import type { JsonSchema } from '../specs/types.ts';

/** A moment's name that ends in a millisecond unit after a time word: `since_ms`, `startTimeMillis`, `updated_at_ms`. */
export const MS_MOMENT_NAME = /(^|_)(since|from|until|to|start|end|after|before|time|timestamp|ts|date|at|created|updated|modified|epoch)_(ms|millis|milliseconds)$/;

const MILLI = /\bmilli(second)?s?\b|\bmillisecond/i;
const UNIX_WORDING = /\bunix\b|\bepoch\b/i;

/** True when the epoch number named `words` (snake words) with this schema and description is in milliseconds. */
export function epochInMs35(words: string, schema: JsonSchema, description: string): boolean {
  if (/(^|_)(ms|millis|milliseconds)(_|$)/.test(words)) return true;
  if (description && MILLI.test(description)) return true;
  return schema.format === 'int64' && !!description && UNIX_WORDING.test(description) && !/\bseconds\b/i.test(description);
}
