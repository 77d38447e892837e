/**
 * What the assistant says after a result, wave 12 (QUALITY.md F, A, J). `first_of_whole`: a short list that came
 * back is never told by its first item alone with picking words ("Taking the first, …", "in the first, …"): the user
 * asked for the list, not one of it. `enum_constant_said`: a constant of the result ("USED_GOOD") is never read out
 * as speech. `latin_plural`: "criterias", "phenomenas" are no words. `removed_offer`: after a delete, the goodbye
 * offers nothing more on what was removed ("If you need more on Sales Template"). Reads only the dialogue record:
 * shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLY12_INVARIANTS = ['first_of_whole', 'enum_constant_said', 'latin_plural', 'removed_offer'] as const satisfies readonly InvariantId[];

const PICKING_FIRST = /\b(?:[Tt]aking the first|; in the first)\b/;
const ENUM_CONSTANT = /\b[A-Z]{2,}(?:_[A-Z]{2,})+\b/g;
const REMOVING = /(?:^|[^a-z])(?:delete|remove|destroy|cancel)(?:$|[^a-z])|(?:^|[a-z])(?:Delete|Remove|Destroy|Cancel)(?:[A-Z]|$)/;
const LATIN_PLURAL = /\b(?:criterias|phenomenas|criterions)\b/i;

/** A list of 2 to 5 objects at the top of a result or one level in ({data: [...]}). */
function shortList(result: unknown): boolean {
  const isShort = (v: unknown): boolean => Array.isArray(v) && v.length >= 2 && v.length <= 5 && v.every((x) => x !== null && typeof x === 'object');
  if (isShort(result)) return true;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  return Object.values(result as Record<string, unknown>).filter((v) => Array.isArray(v)).length === 1 && Object.values(result as Record<string, unknown>).some(isShort);
}

/** The string values a result holds (kept shallow enough for speed). */
function strings(value: unknown, out: Set<string>, depth = 0): void {
  if (typeof value === 'string') out.add(value);
  else if (value !== null && typeof value === 'object' && depth <= 6) for (const v of Object.values(value as Record<string, unknown>)) strings(v, out, depth + 1);
}

function isDelete(record: DialogueRecord, operation: string | undefined): boolean {
  const op = operation ? (record.operations?.[operation] as { method?: string; name?: string; path?: string } | undefined) : undefined;
  // DELETE, or a POST named for removing ("/templates/delete.json", "cancelOrder").
  return op?.method?.toUpperCase() === 'DELETE' || REMOVING.test(`${op?.name ?? ''} ${op?.path?.split('/').pop() ?? ''}`);
}

export function checkReplies12(record: DialogueRecord, add: Add): void {
  let result: unknown;
  let deleted = false;
  let values = new Set<string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      result = turn.status === 'ok' ? turn.result : undefined;
      deleted = turn.status === 'ok' && isDelete(record, turn.operation);
      values = new Set();
      strings(result, values);
      return;
    }
    if (turn.speaker !== 'assistant' || !turn.text) return;
    if (LATIN_PLURAL.test(turn.text)) add('latin_plural', at, `"${LATIN_PLURAL.exec(turn.text)?.[0]}" is no English plural`);
    if (turn.action === 'response') {
      if (PICKING_FIRST.test(turn.text) && shortList(result)) add('first_of_whole', at, 'a short list is told by its first item alone, as if the user had asked for one');
      for (const m of turn.text.matchAll(ENUM_CONSTANT)) if (values.has(m[0])) add('enum_constant_said', at, `"${m[0]}" is a constant of the result read out as speech`);
    }
    if (turn.action === 'system_bye' && deleted) {
      const named = [...values].find((v) => v.length >= 4 && /\p{L}/u.test(v) && (turn.text as string).includes(`more on ${v}`));
      if (named) add('removed_offer', at, `the goodbye offers more on "${named}", which the call removed`);
    }
  });
}
