/**
 * Records that fit their API (QUALITY.md E), wave 35. Reads only the dialogue record; each rule bails out on a cheap
 * test (an argument's name or description, an operation's description) before looking at results.
 * - `millis_sent_as_seconds`: a Unix time the parameter counts in milliseconds (`sinceMs`, "Unix Millisecond
 *   Timestamp", Jira's int64 "unix timestamp") sent in seconds (1772628900, never 1772628900000).
 * - `substring_hit_lacks_query`: a search by a substring of names ("groups with substrings matching a given query")
 *   lists a record whose name does not contain the text sent ("Travel" found for "dev").
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const OAR35_INVARIANTS = ['millis_sent_as_seconds', 'substring_hit_lacks_query'] as const satisfies readonly InvariantId[];

const MS_NAME = /(since|from|until|start|end|after|before|time|timestamp|ts|date|at|created|updated|modified|epoch)_?(ms|millis|milliseconds)$/i;
const MS_DESCRIBED = /\bmilli(second)?s?\b/i;
const UNIX = /\bunix\b|\bepoch\b|\bsince 1970\b/i;
const SUBSTRING = /\bsubstrings?\b/i;
const QUERY = /^(q|query|search|term|name_?filter|search_?term)$/i;
const LABEL = /^(name|title|display_?name|displayName|group_?name|groupName|label)$/;

/** Whether a parameter counts a Unix time in milliseconds, by its name or its schema. */
function inMs(name: string, schema: Json | undefined): boolean {
  if (MS_NAME.test(name)) return true;
  const description = typeof schema?.description === 'string' ? schema.description : '';
  if (!UNIX.test(description)) return false;
  return MS_DESCRIBED.test(description) || (schema?.format === 'int64' && !/\bseconds\b/i.test(description));
}

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function listsOf(result: unknown): unknown[][] {
  if (Array.isArray(result)) return [result];
  if (!isRecord(result)) return [];
  return Object.values(result).filter((v): v is unknown[] => Array.isArray(v));
}

export function checkOar35(record: DialogueRecord, add: Add): void {
  const queryOf = new Map<number, string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const op = record.operations[turn.call.operation];
      const properties = (op?.parameters.properties ?? {}) as Record<string, Json>;
      for (const [name, value] of Object.entries(turn.call.arguments)) {
        if (typeof value !== 'number' || value < 1e9 || value >= 1e11) continue;
        if (inMs(name, properties[name])) add('millis_sent_as_seconds', at, `${name} counts milliseconds since 1970 but was sent ${value}, a time in seconds`);
      }
      if (op && SUBSTRING.test(op.description)) {
        const query = Object.entries(turn.call.arguments).find(([k, v]) => QUERY.test(k) && typeof v === 'string' && v.trim() !== '')?.[1] as string | undefined;
        if (query !== undefined) queryOf.set(at, query.toLowerCase());
      }
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || queryOf.size === 0) return;
    // The call this result answers: the latest call before it whose query was kept.
    const callAt = [...queryOf.keys()].filter((k) => k < at).pop();
    if (callAt === undefined) return;
    const query = queryOf.get(callAt)!;
    queryOf.delete(callAt);
    for (const list of listsOf(turn.result)) for (const item of list) {
      if (!isRecord(item)) continue;
      const name = Object.entries(item).find(([k, v]) => LABEL.test(k) && typeof v === 'string')?.[1] as string | undefined;
      if (name === undefined || name.toLowerCase().includes(query)) continue;
      add('substring_hit_lacks_query', at, `a search by a substring of names found "${name}", which does not contain "${query}"`);
      return;
    }
  });
}
