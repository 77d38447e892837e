/**
 * `silent_pick` (DESIGN.md invariant 8, QUALITY.md I): a value chained into a later call from a result that
 * carried several items — more than one distinct value at the chained field, or a count/total beside the
 * list above 1 (one item shown of 923 found is still a pick among 923) — is used only after a user turn that
 * names the item chosen (its value or one of its details, as when the assistant listed a few and the user
 * picked one). A result whose list holds the one match of the user's detail (one item, total 1) needs no
 * choice. Reads only the record: it shares nothing with the planner that resolves the pick.
 */
import type { DialogueRecord, Slot, ToolTurn } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';
import { valuesAt } from './_objects.ts';

export const PICK_INVARIANTS = ['silent_pick'] as const satisfies readonly InvariantId[];

/** A count of what was found, beside a list (`{total: 923, items: […]}`) or in its paging block (`page.totalElements`). */
const FOUND = /^(total|count|total_?count|total_?results|total_?elements|total_?items|total_?hits|total_?records|num_?found|num_?results|results?_?count|hits_?total)$/i;
const PAGING_BLOCK = /^(page|pagination|paging|page_?info|pager|meta|metadata)$/i;

function foundBeside(holder: unknown): number {
  if (!holder || typeof holder !== 'object' || Array.isArray(holder)) return 0;
  let most = 0;
  for (const [key, value] of Object.entries(holder as Record<string, unknown>)) {
    if (typeof value === 'number' && FOUND.test(key)) most = Math.max(most, value);
    else if (PAGING_BLOCK.test(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'number' && FOUND.test(k)) most = Math.max(most, v);
    }
  }
  return most;
}

/** How many candidates the source offered for the chained field: distinct values, or the total found beside the list. */
function candidates(result: unknown, field: string): number {
  const distinct = new Set(valuesAt(result, field).map((v) => String(v))).size;
  const cut = field.lastIndexOf('[]');
  if (cut < 0) return distinct;
  // The object holding the list: `albums.items[]` → `albums`; a top-level `results[]` → the result itself.
  const listPath = field.slice(0, cut);
  const dot = listPath.lastIndexOf('.');
  const holders = dot < 0 ? [result] : valuesAt(result, listPath.slice(0, dot));
  return Math.max(distinct, ...holders.map(foundBeside));
}

const same = (a: unknown, b: unknown): boolean => String(a).trim().toLowerCase() === String(b).trim().toLowerCase();

/** The list item (object) whose field holds `value`, to read its other details (a name the user can say). */
function itemOf(result: unknown, field: string, value: unknown): Record<string, unknown> | undefined {
  const cut = field.lastIndexOf('[]');
  if (cut < 0) return undefined;
  const rest = field.slice(cut + 2).replace(/^\./, '');
  for (const item of valuesAt(result, field.slice(0, cut + 2))) {
    if (!item || typeof item !== 'object') continue;
    const held = rest === '' ? item : valuesAt(item, rest)[0];
    if (same(held, value)) return item as Record<string, unknown>;
  }
  return undefined;
}

function mentionsItem(text: string, value: unknown, item: Record<string, unknown> | undefined): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(String(value).toLowerCase())) return true;
  if (!item) return false;
  return Object.values(item).some((v) => typeof v === 'string' && v.length >= 3 && lower.includes(v.toLowerCase()));
}

/** How many candidates the source of a chained slot offered for it (0 when its result is not in the record). */
export function offeredCandidates(record: DialogueRecord, slot: Slot): number {
  if (slot.source !== 'chained' || !slot.from) return 0;
  const tool = record.turns.find((t): t is ToolTurn => t.speaker === 'tool' && t.operation === slot.from!.operation && t.status === 'ok');
  return tool ? candidates(tool.result, slot.from.field.replace(/\[\d+\]/g, '[]')) : 0;
}

export function checkPicks(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  const turns = record.turns;
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const toolAt = turns.findIndex((t) => t.speaker === 'tool' && t.operation === slot.from!.operation && t.status === 'ok');
    if (toolAt < 0) continue;
    const result = (turns[toolAt] as ToolTurn).result;
    const field = slot.from.field.replace(/\[\d+\]/g, '[]');
    const offered = candidates(result, field);
    if (offered <= 1) continue;
    const callAt = turns.findIndex((t, i) => i > toolAt && t.speaker === 'assistant' && t.call?.operation === slot.operation && !t.error);
    const end = callAt < 0 ? turns.length : callAt;
    const item = itemOf(result, field, slot.value);
    const chose = turns.slice(toolAt + 1, end).some((t) => t.speaker === 'user' && mentionsItem(t.text ?? '', slot.value, item));
    if (!chose) out.push({ invariant: 'silent_pick', turn: callAt < 0 ? null : callAt, message: `${slot.from.operation} offered ${offered} candidates for ${slot.param}; the user never chose one before it was used` });
  }
  return out;
}
