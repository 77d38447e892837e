/**
 * What the realizer (and the checker) need to keep a realized dialogue in agreement with its plan: what
 * each retriever_call must find, and where a chained value sits in a tool result.
 */
import { valueAtPath } from './_result.ts';
import { classifyQuery, type ClassifyingRetriever, type RetrievedOperation } from './retriever.ts';
import type { DialoguePlan } from './types.ts';

export { valueAtPath };

/**
 * The verdict a retriever_call turn stands for:
 * - `clear`: after ICl/ICA; the operation must be ranked first, clearly (state confirms it);
 * - `clarify`: after IV then clarify; results ambiguous, the operation among them;
 * - `suggest`: after IV then suggest; results ambiguous, the operation ranked first;
 * - `source`: after fail_inform; the source operation must be among the results (the query is the
 *   assistant's own, so the planned `query` can be kept as is);
 * - `none`: cannot fulfil; nothing relevant.
 */
export type RetrievalExpectation =
  | { kind: 'clear' | 'clarify' | 'suggest' | 'source'; operation: string }
  | { kind: 'none' };

export function retrievalExpectation(plan: DialoguePlan, turnIndex: number): RetrievalExpectation {
  const turn = plan.turns[turnIndex];
  if (!turn || turn.speaker !== 'assistant' || turn.action !== 'retriever_call') throw new Error(`turn ${turnIndex} is not a retriever_call`);
  const previous = plan.turns[turnIndex - 1];
  const next = plan.turns.slice(turnIndex + 1).find((t) => t.speaker === 'assistant');
  const targetId = plan.chain[plan.chain.length - 1];
  if (previous?.speaker === 'user' && previous.action === 'fail_inform') {
    return { kind: 'source', operation: turn.state.api_confirmed ? turn.state.api_status.operation : '' };
  }
  if (previous?.speaker === 'user' && previous.action === 'inform_intent_vague') {
    if (next?.speaker === 'assistant' && next.action === 'suggest' && next.suggest) return { kind: 'suggest', operation: next.suggest };
    const clarified = plan.turns.slice(turnIndex + 1).find((t) => t.speaker === 'assistant' && t.action === 'retriever_call' && t.state.api_confirmed);
    const operation = clarified?.speaker === 'assistant' && clarified.state.api_confirmed ? clarified.state.api_status.operation : (targetId ?? '');
    return { kind: 'clarify', operation };
  }
  if (turn.state.api_confirmed) return { kind: 'clear', operation: turn.state.api_status.operation };
  return { kind: 'none' };
}

/** Do these results (the retriever's answer to the realized text) agree with the plan's expectation? */
export function retrievalAgrees(retriever: ClassifyingRetriever, expectation: RetrievalExpectation, query: string): { ok: boolean; results: RetrievedOperation[] } {
  const verdict = classifyQuery(retriever, query);
  const results = verdict.results;
  switch (expectation.kind) {
    case 'clear':
      return { ok: verdict.clarity === 'clear' && results[0]?.operation === expectation.operation, results };
    case 'suggest':
      return { ok: verdict.clarity === 'ambiguous' && results[0]?.operation === expectation.operation, results };
    case 'clarify':
      return { ok: verdict.clarity === 'ambiguous' && results.some((r) => r.operation === expectation.operation), results };
    case 'source':
      return { ok: results.some((r) => r.operation === expectation.operation), results };
    case 'none':
      return { ok: verdict.clarity === 'none', results };
  }
}

const LABEL_KEYS = /^(name|title|label|display_?name|full_?name|username|headline|summary|city|description)$/i;
/** Label keys that only describe an item: used when it has no name or title. */
const SECOND_LABEL_KEYS = /^(summary|description)$/i;

/**
 * A human label for the list item that holds a chained value: the sibling `name`/`title`/… of the value
 * at `concretePath` (e.g. `items[1].id` -> `items[1].name`), so a user or assistant can pick the item by
 * it. Undefined when the item has no such field.
 */
export function pickedItemLabel(result: unknown, concretePath: string): string | undefined {
  const cut = concretePath.lastIndexOf('.');
  const parentPath = cut < 0 ? concretePath.replace(/[^[\]]+$/, '') : concretePath.slice(0, cut);
  const parent = cut < 0 && !concretePath.includes('[') ? result : valueAtPath(result, parentPath);
  if (!parent || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  // A name before a description, whatever the key order: a playlist is "Garden Party", not "Classic songs picked by our editors."
  let described: string | undefined;
  for (const [key, value] of Object.entries(parent as Record<string, unknown>)) {
    if (!LABEL_KEYS.test(key) || typeof value !== 'string' || value.length > 80) continue;
    if (!SECOND_LABEL_KEYS.test(key)) return value;
    described ??= value;
  }
  if (described !== undefined) return described;
  // {first_name: "Sofia", surname: "Rossi"}: a person is named by both names, never "Sofia" alone (QUALITY.md J).
  const person = fullName(parent as Record<string, unknown>);
  if (person !== undefined) return person;
  // {id, modelName: "Tempo"}: a record named by its own kind's name field, so the answer can say which one it was.
  for (const [key, value] of Object.entries(parent as Record<string, unknown>)) {
    if (/^[a-z]+(?:Name|_name)$/.test(key) && !/^(user|owner|file|host|domain|class|type|key|field|brand|company|parent|author|creator)/i.test(key) && typeof value === 'string' && /^\p{L}[\p{L}\d '&.,-]{1,60}$/u.test(value)) return value;
  }
  // A value in an unlabelled part of a record (a place's `coordinates.latitude`) is labelled by the record.
  if (cut > 0 && !parentPath.endsWith(']')) return pickedItemLabel(result, parentPath);
  return undefined;
}

/** "Sofia Rossi" of {first_name: "Sofia", surname: "Rossi"}; undefined without both. */
function fullName(record: Record<string, unknown>): string | undefined {
  const first = Object.entries(record).find(([k, v]) => /^(first_?name|given_?name|forename)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const last = Object.entries(record).find(([k, v]) => /^(last_?name|surname|family_?name)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  return first && last && `${first} ${last}`.length <= 60 ? `${first} ${last}` : undefined;
}

/**
 * Does a plain ranking (no verdict on clarity) agree with the expectation? For retrievers without
 * `matchedFraction` and for recorded results: the realizer and the checker judge rankings alike.
 */
export function rankingAgrees(expectation: RetrievalExpectation, ranked: readonly { operation: string }[]): boolean {
  switch (expectation.kind) {
    case 'clear':
    case 'suggest':
      return ranked[0]?.operation === expectation.operation;
    case 'clarify':
    case 'source':
      return ranked.some((r) => r.operation === expectation.operation);
    case 'none':
      return true;
  }
}
