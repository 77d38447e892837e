/**
 * Words of a search and periods as the user says them (QUALITY.md A, B), wave 23. The words a search looks for
 * are said as what they are, "I'm looking for Lior Kaur", never as a field read out ("the keyword is Lior
 * Kaur"); a period an enum names by its unit ("Month") is said as a person says it ("monthly").
 */
import type { RecordOperation } from '../plan/types.ts';
import { mentionedIn28 } from './_intents-query28.ts';

/** The nouns of a search's free words, as refNoun names them. */
const SEARCH_NOUN = /^(?:search )?(?:keywords?|query|search query|term|search term|search terms|search text|search phrase|search words)$/i;

const SEARCH_OP = /search|find|lookup|query/i;

/** "I'm looking for Lior Kaur": the clause for the search words of a read, or undefined when it is not one. */
export function searchWordsClause(noun: string, value: unknown, op: RecordOperation | undefined): string | undefined {
  // A read, or a search sent as a POST ("search time series"); never the terms an alert or a record is made with.
  if (typeof value !== 'string' || !SEARCH_NOUN.test(noun) || !op || (op.method.toUpperCase() !== 'GET' && !SEARCH_OP.test(`${op.name} ${op.path}`))) return undefined;
  // A value of several words or a name; a code-like value ("AAPL", "x_1") stays a field's value.
  if (!/^[\p{L}][\p{L}'’ .&-]*$/u.test(value.trim())) return undefined;
  return `I'm looking for ${mentionedIn28(value.trim(), op) ?? value.trim()}`; // "reviews that mention customer service"
}

const PERIODS: Record<string, string> = { hour: 'hourly', day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' };
const PERIOD_NOUN = /\b(?:period|interval|frequency|granularity|timeframe|time frame|resolution|aggregation)$/i;

/** "Month" of a data period's enum said as "monthly"; undefined when the noun or the value is no period. */
export function periodWord(noun: string, value: unknown, schema: Record<string, unknown> | undefined): string | undefined {
  if (typeof value !== 'string' || !PERIOD_NOUN.test(noun)) return undefined;
  const word = PERIODS[value.toLowerCase().replace(/s$/, '')];
  if (!word) return undefined;
  // Only a value the spec lists (an enum, or a word its description names), never a free string.
  const listed = Array.isArray(schema?.enum) ? schema.enum.includes(value) : typeof schema?.description === 'string' && schema.description.includes(value);
  return listed ? word : undefined;
}
