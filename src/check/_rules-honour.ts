/**
 * `argument_ignored` (QUALITY.md E): a tool result's records never contradict an exact filter or a bound the call
 * sent. A search for symbol AMZN returns no GOOGL row, one for industry `healthcare` no "Consumer Goods" company,
 * `minRating 5` no rating 1.4. Only the records the result is about are read (the root, its top-level lists and
 * one wrapper below); a field named like an id of another record is not a filter. Reads only the record: it
 * shares nothing with the generator that honours the arguments.
 */
import type { DialogueRecord, Turn } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';
import { snakeKeyTrimmed } from '../text/key-words-speed28.ts';

export const HONOUR_INVARIANTS = ['argument_ignored'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** `minRating` → `min_rating`. */
const words = snakeKeyTrimmed;
/** Arguments that keep only records holding exactly their value. */
const EXACT = /^(symbol|ticker|industry|sector|category|country_code|registrar|genre|exchange|league)$/;

/** The records a result is about: the root object, items of its top-level lists, and one wrapper level below. */
function records(result: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      if (depth < 2) for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!value || typeof value !== 'object') return;
    out.push(value as Record<string, unknown>);
    if (depth < 2) for (const child of Object.values(value as Record<string, unknown>)) if (child && typeof child === 'object') visit(child, depth + 1);
  };
  visit(result, 0);
  return out;
}

/** Why `value` at field `field` contradicts the argument `arg` = `wanted`, if it does. */
function contradiction(arg: string, wanted: unknown, field: string, value: unknown): string | undefined {
  if (field === 'id' || field.endsWith('_id')) return undefined;
  if (arg === field && EXACT.test(field) && typeof wanted === 'string' && typeof value === 'string' && wanted.length > 0 && wanted.length <= 40 && !/[,*%|]/.test(wanted)) {
    return value.trim().toLowerCase() === wanted.trim().toLowerCase() ? undefined : `${value} where ${wanted} was asked for`;
  }
  if (typeof wanted !== 'number' || typeof value !== 'number') return undefined;
  if ((arg === `min_${field}` || arg === `${field}_min` || arg === `minimum_${field}`) && value < wanted) return `${value} below the minimum ${wanted}`;
  if ((arg === `max_${field}` || arg === `${field}_max` || arg === `maximum_${field}`) && value > wanted) return `${value} above the maximum ${wanted}`;
  return undefined;
}

export function checkHonour(record: DialogueRecord, add: Add): void {
  const turns: readonly Turn[] = record.turns;
  const resultAt = new Map<string, number>();
  turns.forEach((turn, i) => {
    if (turn.speaker === 'tool' && turn.status === 'ok') resultAt.set(turn.call_id, i);
  });
  for (const turn of turns) {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) continue;
    const at = resultAt.get(turn.call.id);
    if (at === undefined) continue;
    const args = Object.entries(turn.call.arguments).map(([k, v]) => [words(k), v] as const).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
    if (args.length === 0) continue;
    const tool = turns[at]!;
    if (tool.speaker !== 'tool') continue;
    found: for (const item of records(tool.result)) {
      for (const [key, value] of Object.entries(item)) {
        const field = words(key);
        for (const [arg, wanted] of args) {
          const why = contradiction(arg, wanted, field, value);
          if (why) {
            add('argument_ignored', at, `${turn.call.operation} returns ${key} ${why} (${arg})`);
            break found;
          }
        }
      }
    }
  }
}

/** The violations of `record` only (for tests). */
export function honourViolations(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkHonour(record, (invariant, turn, message) => out.push({ invariant, turn, message }));
  return out;
}
