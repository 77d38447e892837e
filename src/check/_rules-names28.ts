/**
 * Names that fit their entity (QUALITY.md E), wave 28. Reads only the dialogue record.
 * - `alias_names_other`: a listed record's secondary name (`displayAdditionalName`, `alias`, `alternateName`) is a
 *   variant of its own name, never the name of another record of the same list: no Ministry of Housing whose
 *   additional name is "Ministry of Finance" beside the Ministry of Finance.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const NAMES28_INVARIANTS = ['alias_names_other'] as const satisfies readonly InvariantId[];

const OWN_NAME = /^(name|title|display_?name|displayName|full_?name)$/;
const ALT_NAME = /^((display_?)?(additional|alt|alternate|alternative|other|secondary)_?name|displayAdditionalName|alternateName|alias|aka)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first record of a list (up to a small depth) whose secondary name is another record's name. */
function aliasOfOther(node: unknown, depth: number): string | undefined {
  if (depth > 6 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    const records = node.filter(isRecord);
    const first = records[0];
    const ownKey = first && Object.keys(first).find((k) => OWN_NAME.test(k));
    const altKey = first && Object.keys(first).find((k) => ALT_NAME.test(k));
    if (ownKey !== undefined && altKey !== undefined && records.length >= 2) {
      const names = new Set(records.map((r) => r[ownKey]).filter((n) => typeof n === 'string'));
      for (const r of records) {
        const alt = r[altKey];
        if (typeof alt === 'string' && alt !== r[ownKey] && names.has(alt)) return `"${String(r[ownKey])}" has ${altKey} "${alt}", another listed record's name`;
      }
    }
    for (const n of node) {
      const found = aliasOfOther(n, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const v of Object.values(node as Json)) {
    const found = v !== null && typeof v === 'object' ? aliasOfOther(v, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

export function checkNames28(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    // Cheap: one walk that reads only the keys of each list's first record.
    const found = aliasOfOther(turn.result, 0);
    if (found) add('alias_names_other', at, `${turn.operation}: ${found}`);
  });
}
