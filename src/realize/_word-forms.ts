/**
 * Word forms of description and identifier words (QUALITY.md B, J): a plural is never made plural again
 * ("modelses"), a rating named by what it counts in is a rating ("the star rating", never "the stars"), and what a
 * user types to be matched is a search term ("MatchChars").
 */
import pluralize from 'pluralize';

/** "models", "categories", "URLs" (not "canvas", "lens", "status", "bus"): a plural a second plural would double. */
export function isAlreadyPlural(noun: string): boolean {
  if (/^[A-Z]{2,}s$/.test(noun)) return true;
  if (noun.length < 3 || !/[a-z]s$/.test(noun) || /(?:as|is|us|ss|ens|os)$/.test(noun)) return false;
  const one = pluralize.singular(noun);
  return one !== noun && pluralize.plural(one) === noun;
}

/** Whether a description calls a number a "<one> rate/rating/score" ("The star-rate between 1 and 5"). */
function ratedAs(one: string, description: unknown): boolean {
  const text = ` ${String(description ?? '').toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return [' rate ', ' rating ', ' score '].some((tail) => text.includes(` ${one}${tail}`));
}

/**
 * "MatchChars", "searchString": what the user types to be matched is a search term, never "the match chars";
 * {stars: 2, "The star-rate between 1 and 5"}: a number its description calls a "star rate" is a rating, never "the stars".
 * `one` is the singular of a plural `noun`.
 */
export function typedNoun(words: readonly string[], schema: { type?: unknown; description?: unknown } | undefined, one: string | undefined): string | undefined {
  if (words.length === 2 && /^(?:match|search|query|typed|input)$/.test(words[0] ?? '') && /^(?:chars?|characters?|strings?|str)$/.test(words[1] ?? '')) return 'search term';
  if (words.length === 1 && one && (schema?.type === 'number' || schema?.type === 'integer') && ratedAs(one, schema.description)) return `${one} rating`;
  return undefined;
}
