/**
 * `empty_item` (QUALITY.md F): a list in a tool result never holds an empty object — `[{}]` is no record, yet
 * a reply reads it as "one result". Reads only the record's tool results.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';

export const FLOW_INVARIANTS = ['empty_item'] as const satisfies readonly InvariantId[];

/** The path of the first empty object inside a list, or undefined. */
function emptyItemPath(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 12 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 0) return `${path}[]`;
      const inner = emptyItemPath(item, `${path}[]`, depth + 1);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const inner = emptyItemPath(child, path === '' ? key : `${path}.${key}`, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

export function checkFlows(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const path = emptyItemPath(turn.result, '');
    if (path !== undefined) out.push({ invariant: 'empty_item', turn: at, message: `the list ${path || '(result)'} holds an empty object: no record to report` });
  });
  return out;
}
