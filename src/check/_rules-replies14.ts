/**
 * What the assistant says after a result, wave 14 (QUALITY.md F, J). `dangling_run_through`: a response never
 * announces a run through a list ("Starting with Jazz: the genre ID is gn0205.") and stops after the first item.
 * `error_result_as_data`: a call that succeeded never returns a body made of error messages ({details: [{message:
 * "\"symbol\" must only contain alpha-numeric characters"}]}), which the response would report as content.
 * `uneven_item_gist`: the items of one list are said alike: never two reviews quoted and the third by its author and
 * date alone. Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLIES14_INVARIANTS = ['dangling_run_through', 'error_result_as_data', 'uneven_item_gist'] as const satisfies readonly InvariantId[];

/** "Starting with Jazz:", "To start with Jazz,": an announced run through a list. */
const RUN_START = /\b(?:Starting|To start|Beginning) with ([^:,.]+)[:,]/;
/** What goes on to a next item. */
const RUN_NEXT = /\b(?:next|then|second|after that|finally|followed by|the others?|the rest)\b/i;
/** Words of an error message ("must only contain", "is required", "is not allowed"). */
const ERROR_WORDS = /\b(?:must (?:be|only|not|contain|match|have)|is required|is not allowed|not allowed|invalid|is not valid|does not match|error|failed|exception)\b/i;

/** The announced first item when nothing after it goes on to another, if any. */
export function danglingRun(text: string): string | undefined {
  const m = RUN_START.exec(text);
  if (!m) return undefined;
  return RUN_NEXT.test(text.slice(m.index + m[0].length)) ? undefined : m[1];
}

/** The first error message of a result whose list is made of error messages only, if any. */
export function errorMessagesIn(result: unknown, depth = 0): string | undefined {
  if (result === null || typeof result !== 'object' || depth > 3) return undefined;
  if (Array.isArray(result)) {
    const messages = result.map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>).message : undefined));
    if (messages.length > 0 && messages.every((m) => typeof m === 'string' && ERROR_WORDS.test(m))) return messages[0] as string;
    return undefined;
  }
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (!/^(details|errors|messages|violations|issues|problems)$/i.test(key)) continue;
    const found = errorMessagesIn(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** "(“Better than I expected” by Shana; author Ayana Rolfson, created at …)": items of one list, some quoted, some not. */
export function unevenItems(text: string): string | undefined {
  // A quote's own words may hold ";" or "(": each quote is one item, read as “Q”.
  const plain = text.replace(/“[^”]*”/g, '“Q”');
  const groups = [...plain.matchAll(/\(([^()]+)\)/g)].map((m) => m[1] ?? '');
  const listed = /:\s+((?:[^;.]+; )+(?:and )?[^;.]+)\./.exec(plain)?.[1];
  if (listed) groups.push(listed);
  for (const group of groups) {
    const items = group.split('; ').map((s) => s.replace(/^and /, '').trim());
    if (items.length < 2) continue;
    const quoted = items.filter((s) => s.startsWith('“'));
    if (quoted.length > 0 && quoted.length < items.length) return items.find((s) => !s.startsWith('“'));
  }
  return undefined;
}

export function checkReplies14(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      const error = turn.status === 'ok' ? errorMessagesIn(turn.result) : undefined;
      if (error) add('error_result_as_data', at, `the call succeeded but its result is error messages ("${error.slice(0, 80)}")`);
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text) return;
    const first = danglingRun(turn.text);
    if (first) add('dangling_run_through', at, `the response starts a run through the list with ${first} and goes no further`);
    const uneven = unevenItems(turn.text);
    if (uneven) add('uneven_item_gist', at, `one item of a list is said unlike the others ("${uneven.slice(0, 80)}")`);
  });
}
