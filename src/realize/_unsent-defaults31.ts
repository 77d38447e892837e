/**
 * Values the API filled in from its own documented defaults for inputs the call left out (QUALITY.md J): a review
 * list for Amazon's default market `country: "US"` says "the country is United States", which the user never
 * chose nor asked about. Such a value is an echo of the request, like a value sent. Only word-like strings
 * ("US", "en", "relevance"): a default number or an example id ("B07ZPKN6YR") may be the answer itself.
 */
import type { RecordOperation } from '../plan/types.ts';

const WORDLIKE = /^[A-Za-z][A-Za-z_-]{1,23}$/;

export function unsentDefaults31(op: RecordOperation | undefined, args: Readonly<Record<string, unknown>> | undefined): string[] {
  const props = (op?.parameters as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties;
  if (!props) return [];
  const out: string[] = [];
  for (const [name, p] of Object.entries(props)) {
    if (args !== undefined && name in args) continue;
    if (typeof p?.default === 'string' && WORDLIKE.test(p.default)) out.push(p.default);
  }
  return out;
}
