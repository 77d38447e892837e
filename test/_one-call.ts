/** One-call dialogues for the rule tests: a user request, one call with its arguments, the tool's result, and optionally the answer and goodbyes. */
import { checkMeaning } from '../src/check/index.ts';
import type { DialogueRecord } from '../src/plan/types.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

/** A dialogue whose only call is `x.<name>` (`method` `path`) with `args`, returning `result`; then the assistant's `response` and a goodbye, when given. */
export function oneCall(
  args: Record<string, unknown>,
  result: unknown,
  { name = 'getThing', path = '/things', text = 'Get my thing.', method = 'GET', response, bye }: { name?: string; path?: string; text?: string; method?: string; response?: string; bye?: string } = {},
): DialogueRecord {
  const operation = `x.${name}`;
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { [operation]: { name, api: 'x', description: '', method, path, parameters: { type: 'object', properties: {} } } },
    chain: [operation],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation, arguments: args } },
      { speaker: 'tool', operation, call_id: 'c1', status: 'ok', result },
      ...(response === undefined ? [] : [{ speaker: 'assistant', action: 'response', state, text: response }]),
      ...(bye === undefined ? [] : [{ speaker: 'user', action: 'user_bye', text: 'Thanks.' }, { speaker: 'assistant', action: 'system_bye', state, text: bye }]),
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

/** The violations of one invariant in a record, by name. */
export const violationsOf = (invariant: string) => (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === invariant);
