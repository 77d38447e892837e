/**
 * Replies that report what came back faithfully (wave 30).
 * A list the user asked to list whose items are names alone ({genreId, name}) is the content itself: it is named
 * whole up to 25 items, never "19 genres, including Action, Adventure and Animation" followed by a thanks for "the
 * genres" the user never heard.
 */
import type { RecordOperation } from '../plan/types.ts';
import { ID_KEY, PAGE_COUNTS } from './_response-keys.ts';
import { intentPhrase } from './words.ts';

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

// "Sends a verification email" (POST /senders/verify-domain): the loader's rule calls a check a read, but the user
// asked for something to be sent, and the reply opens with what was done, never "Found it." (wave 30).
const SENDS = /^(?:send|resend|re-send|notify|invite|trigger|dispatch|deliver|publish|submit)\b/i;

/** Whether a call the effect rule reads as a lookup still did something the user asked for (sent a message). */
export function actedOn30(op: RecordOperation | undefined): boolean {
  return op !== undefined && op.method.toUpperCase() !== 'GET' && SENDS.test(intentPhrase(op));
}

/**
 * "OL52491A", "Q7X2": letters after digits in one unbroken key are a catalogue code, not a record a person names in a
 * goodbye ("Reach out again about author OL52491A" where the result said Toni Morrison); "820005", "PROJ-12", "A3" are.
 */
export function opaqueKey30(value: string): boolean {
  return /\d[A-Z]/.test(value) && !value.includes('-');
}

/**
 * {display: {text: "Melbourne City - Greater Region, VIC", subtext: "Region"}, source: {name: "Tempo"}}: a suggestion
 * is named by the text it displays, never by a field of what it points at ("the source is Tempo").
 */
export function displayText30(item: Record<string, unknown>): string | undefined {
  const shown = item.display;
  if (shown === null || typeof shown !== 'object' || Array.isArray(shown)) return undefined;
  const text = (shown as Record<string, unknown>).text ?? (shown as Record<string, unknown>).title;
  return typeof text === 'string' && text.length <= 80 && /\p{L}/u.test(text) ? text : undefined;
}
