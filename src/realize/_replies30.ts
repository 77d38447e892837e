/**
 * Replies that report what came back faithfully (wave 30).
 * A list the user asked to list whose items are names alone ({genreId, name}) is the content itself: it is named
 * whole up to 25 items, never "19 genres, including Action, Adventure and Animation" followed by a thanks for "the
 * genres" the user never heard.
 */
import { ID_KEY, PAGE_COUNTS } from './_response-keys.ts';

/** How many items of a list the reply names: a short list whole, a list of bare names whole up to 25, else 3. */
export function shownCount30(items: readonly unknown[]): number {
  if (items.length <= 5) return 5;
  if (items.length <= 25 && items.every(nameOnly)) return items.length;
  return 3;
}

/** {genreId: 28, name: "Action"}: an item whose only non-id field is a short name. */
function nameOnly(item: unknown): boolean {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return false;
  const rest = Object.entries(item as Record<string, unknown>).filter(([k]) => !ID_KEY.test(k));
  return rest.length === 1 && typeof rest[0]?.[1] === 'string' && (rest[0][1] as string).length <= 40;
}

/**
 * {_embedded: {suggestions: […]}, count: "1"}: a count beside a wrapped list is the list's bookkeeping, never the
 * reply's content ("The details show that the count is 1." with none of the suggestions); the wrapper is looked through.
 */
export function countBeside30(key: string, value: unknown): boolean {
  return PAGE_COUNTS.test(key) && (value === null || typeof value !== 'object');
}
