/** One record as a neutral list of chat messages; the openai, hf and eval writers shape it further. */
import { createHash } from 'node:crypto';
import type { AssistantTurn, DialogueRecord, Turn } from '../plan/index.ts';
import { RETRIEVER_FUNCTION, type FunctionNames } from './names.ts';

export interface NeutralCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}
export type NeutralMessage =
  | { role: 'user'; content: string; turn: number }
  | { role: 'assistant'; content: string | null; calls: NeutralCall[]; turn: number; train: boolean }
  | { role: 'tool'; content: string; tool_call_id: string; name: string; turn: number };

export function isTrained(turn: AssistantTurn): boolean {
  return turn.train !== false && turn.error === undefined;
}

/** Tool-call id of the synthetic retriever call made at turn `index` (unique: canonical ids never start so). */
export function retrieverCallId(record: DialogueRecord, index: number): string {
  const taken = new Set(record.turns.flatMap((t) => (t.speaker === 'assistant' && t.call ? [t.call.id] : [])));
  let id = `search_${index}`;
  while (taken.has(id)) id = `_${id}`;
  return id;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Nine alphanumerics from a hash of `seed`: the only tool-call id shape Mistral's templates accept. */
export function alphanumericId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let id = '';
  for (let i = 0; i < 9; i++) id += ALPHANUMERIC[digest[i]! % ALPHANUMERIC.length];
  return id;
}

/**
 * The exported id of every tool call of a record (its calls and its retriever calls): 9 alphanumerics,
 * stable for (record id, canonical id), distinct within the record.
 */
export function exportedCallIds(record: DialogueRecord): (canonical: string) => string {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const assign = (canonical: string): string => {
    let id = alphanumericId(`${record.id}\u0000${canonical}`);
    for (let n = 1; taken.has(id); n++) id = alphanumericId(`${record.id}\u0000${canonical}\u0000${n}`);
    taken.add(id);
    ids.set(canonical, id);
    return id;
  };
  record.turns.forEach((turn, index) => {
    if (turn.speaker !== 'assistant') return;
    if (turn.action === 'retriever_call') assign(retrieverCallId(record, index));
    else if (turn.call) assign(turn.call.id);
  });
  return (canonical) => ids.get(canonical) ?? assign(canonical);
}

/** The query the retriever was sent: the turn's own, else the last user words. */
export function retrieverQuery(turns: Turn[], index: number): string {
  const turn = turns[index];
  if (turn?.speaker === 'assistant' && turn.query) return turn.query;
  for (let i = index - 1; i >= 0; i--) {
    const t = turns[i];
    if (t?.speaker === 'user' && t.text) return t.text;
  }
  return '';
}

export function retrieverResult(turn: AssistantTurn, names: FunctionNames): string {
  return JSON.stringify({ results: (turn.retrieved ?? []).map((r) => ({ name: names.nameOf(r.operation), score: r.score })) });
}

/**
 * Maps turns to messages: a retriever_call becomes a `search_apis` call plus a tool message with what
 * the retriever returned; a `call` becomes a tool call; tool results are JSON text. `upTo` (exclusive)
 * cuts the dialogue for eval contexts.
 */
export function toNeutralMessages(record: DialogueRecord, names: FunctionNames, upTo = record.turns.length): NeutralMessage[] {
  const messages: NeutralMessage[] = [];
  const idOf = exportedCallIds(record);
  const callNames = new Map<string, string>();
  record.turns.slice(0, upTo).forEach((turn, index) => {
    if (turn.speaker === 'user') {
      messages.push({ role: 'user', content: turn.text ?? '', turn: index });
    } else if (turn.speaker === 'tool') {
      const name = callNames.get(turn.call_id) ?? names.nameOf(turn.operation);
      messages.push({ role: 'tool', content: JSON.stringify(turn.result ?? null), tool_call_id: idOf(turn.call_id), name, turn: index });
    } else if (turn.action === 'retriever_call') {
      const id = idOf(retrieverCallId(record, index));
      const query = retrieverQuery(record.turns, index);
      messages.push({ role: 'assistant', content: turn.text ?? null, calls: [{ id, name: RETRIEVER_FUNCTION, arguments: { query } }], turn: index, train: isTrained(turn) });
      messages.push({ role: 'tool', content: retrieverResult(turn, names), tool_call_id: id, name: RETRIEVER_FUNCTION, turn: index });
    } else if (turn.call) {
      const name = names.nameOf(turn.call.operation);
      callNames.set(turn.call.id, name);
      messages.push({ role: 'assistant', content: turn.text ?? null, calls: [{ id: idOf(turn.call.id), name, arguments: turn.call.arguments }], turn: index, train: isTrained(turn) });
    } else {
      messages.push({ role: 'assistant', content: turn.text ?? '', calls: [], turn: index, train: isTrained(turn) });
    }
  });
  return messages;
}

export const DEFAULT_SYSTEM_PROMPT =
  'You are a helpful assistant that can call API tools. Use search_apis to find an operation that fits the request. ' +
  'Ask the user for every required value you do not know instead of guessing it, and if the user cannot give it, look for another operation that can supply it.';
