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

/** "Chapter 10", "Episode 3", "Part 2": a name that only says where the item sits in its parent. */
const PLACE_NAME = /^(?:chapter|episode|part|track|volume|lesson|section|season|book|act|scene|page)\s+\d+$/i;

/**
 * Chapters of three different audiobooks are not "Chapter 10, Chapter 9 and Chapter 8" as if of one book: a name that
 * only gives a place is said with its parent's name ("Chapter 10 of Things Fall Apart") when the parents differ.
 */
export function parentTagged30(items: readonly unknown[], shown: (string | undefined)[]): (string | undefined)[] {
  if (shown.length < 2 || !shown.every((s) => s !== undefined && PLACE_NAME.test(s))) return shown;
  const parents = shown.map((_, i) => parentName(items[i]));
  if (parents.some((p) => p === undefined) || new Set(parents).size < 2) return shown;
  return shown.map((s, i) => `${s as string} of ${parents[i] as string}`);
}

function parentName(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  for (const v of Object.values(item as Record<string, unknown>)) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const name = (v as Record<string, unknown>).name ?? (v as Record<string, unknown>).title;
    if (typeof name === 'string' && name.length <= 60 && /\p{L}/u.test(name) && !PLACE_NAME.test(name)) return name;
  }
  return undefined;
}

/** "Beginn: 20.06.2021 14:19", "Sperrung zwischen …": a short value in German a reply would relay as English. */
const FOREIGN_WORDS = /\b(?:Beginn|Ende|zwischen|und|von|nach|für|über|mit|bis|Sperrung|Richtung|ab)\b|\b\d{2}\.\d{2}\.\d{4}\b/;
/** Whether the values of one field, said for each item, cannot be read out in an English reply (wave 30). */
export function unsaidValues30(_field: string, values: readonly string[]): boolean {
  return values.some((v) => FOREIGN_WORDS.test(v));
}

/** "the resource type is resource", "the item kind is item": a kind that repeats its own field's word says nothing. */
export function selfNamedKind30(text: string): boolean {
  const m = /^the ((?:[a-z]+ )+)(?:type|kind) is ([a-z]+)$/.exec(text);
  return m !== null && (m[1] as string).split(' ').includes(m[2] as string);
}
