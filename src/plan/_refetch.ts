/**
 * No call fetches what the dialogue already holds: a get by id after a list whose item already had every field the
 * get returns (the user's top artists listed in full, then one of them fetched again) teaches a wasted call. Such a
 * chain is not played; one whose list gives a summary (id and name) and whose get gives the details is.
 */
import type { Turn } from './types.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const ID_KEY = /^(id|_id|uuid|[a-z]+_?[Ii]d)$/;

/** The one record a result is about: itself, or the single item of its one list or wrapper. */
function recordOf(result: unknown): Json | undefined {
  if (Array.isArray(result)) return result.length === 1 ? recordOf(result[0]) : undefined;
  if (!isRecord(result)) return undefined;
  if (Object.keys(result).some((k) => ID_KEY.test(k) && (typeof result[k] === 'string' || typeof result[k] === 'number'))) return result;
  const inner = Object.values(result).filter((v) => v !== null && typeof v === 'object');
  return inner.length === 1 ? recordOf(inner[0]) : undefined;
}

/** Does an earlier result hold a record with this id and every field of `later`? */
function heldBefore(earlier: unknown, later: Json, idKey: string, depth = 0): boolean {
  if (depth > 5 || earlier === null || typeof earlier !== 'object') return false;
  if (Array.isArray(earlier)) return earlier.some((item) => heldBefore(item, later, idKey, depth + 1));
  const obj = earlier as Json;
  if (obj !== later && obj[idKey] === later[idKey] && Object.keys(later).every((k) => k in obj)) return true;
  return Object.values(obj).some((v) => heldBefore(v, later, idKey, depth + 1));
}

/** Why the played turns fetch a record already in hand, if they do. */
export function refetchedRecord(turns: readonly Turn[], methodOf: (operation: string) => string | undefined): string | undefined {
  const earlier: unknown[] = [];
  for (const turn of turns) {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') continue;
    const later = methodOf(turn.operation) === 'GET' ? recordOf(turn.result) : undefined;
    if (later !== undefined && Object.keys(later).length >= 2) {
      const idKey = Object.keys(later).find((k) => ID_KEY.test(k) && (typeof later[k] === 'string' || typeof later[k] === 'number'))!;
      if (earlier.some((result) => heldBefore(result, later, idKey))) return `${turn.operation}: fetches a record an earlier result already gave in full (${idKey} ${JSON.stringify(later[idKey])})`;
    }
    earlier.push(turn.result);
  }
  return undefined;
}
