/**
 * Answers without a model. `oracle` answers what the gold says, in the shape a model would (a tool call,
 * or words that say the gold action): it must score perfectly on every figure, so it tests the scorer
 * end to end. `always-ask`, `always-call` and `random` give the chance levels printed beside every
 * report. `random` draws per item from (seed, item id), so it does not depend on order or concurrency.
 */
import { createHash } from 'node:crypto';
import { RETRIEVER_FUNCTION, type EvalItem, type ToolDefinition } from '../export/index.ts';
import { humanizeIdentifier } from '../realize/index.ts';
import { functionNameOf } from './_figures.ts';
import type { EvalMode, ModelReply } from './types.ts';

export const BASELINES = ['oracle', 'always-ask', 'always-call', 'random'] as const;
export type Baseline = (typeof BASELINES)[number];
/** The baselines printed beside a report as chance levels. */
export const CHANCE_BASELINES: readonly Baseline[] = ['always-ask', 'always-call', 'random'];

const text = (content: string): ModelReply => ({ content, toolCalls: [] });
const call = (name: string, args: Record<string, unknown>): ModelReply => ({ content: '', toolCalls: [{ name, arguments: JSON.stringify(args) }] });

function operationTools(item: EvalItem): ToolDefinition[] {
  return item.tools.filter((t) => t.function.name !== RETRIEVER_FUNCTION);
}

function lastUserText(item: EvalItem): string {
  for (let i = item.context.length - 1; i >= 0; i--) if (item.context[i]!.role === 'user') return item.context[i]!.content;
  return '';
}

function paramsOf(tool: ToolDefinition | undefined): { all: string[]; required: string[] } {
  const all = Object.keys((tool?.function.parameters.properties ?? {}) as object);
  const required = Array.isArray(tool?.function.parameters.required) ? (tool.function.parameters.required as string[]) : [];
  return { all, required };
}

function askFor(params: string[]): ModelReply {
  return text(params.length ? `Could you tell me the ${params.map(humanizeIdentifier).join(' and the ')}?` : 'Could you tell me the details I need?');
}

/** A made-up value of the parameter's type: what a model that never asks would send. */
function placeholder(schema: Record<string, unknown> | undefined): unknown {
  if (Array.isArray(schema?.enum) && schema.enum.length) return schema.enum[0];
  const type = Array.isArray(schema?.type) ? schema.type.find((t) => t !== 'null') : schema?.type;
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  return 'unknown';
}

function guessCall(tool: ToolDefinition | undefined): ModelReply {
  if (!tool) return call(RETRIEVER_FUNCTION, { query: '' });
  const properties = (tool.function.parameters.properties ?? {}) as Record<string, Record<string, unknown>>;
  return call(tool.function.name, Object.fromEntries(paramsOf(tool).required.map((p) => [p, placeholder(properties[p])])));
}

const WORDS: Record<string, string> = {
  clarify: 'Could you tell me a bit more about what you need?',
  suggest: 'Would you like me to do that for you?',
  response: 'Here is what I found.',
  response_fail: 'Sorry, none of the tools I have can do that.',
  system_bye: 'Glad I could help. Bye!',
};

function oracleNext(item: EvalItem): ModelReply {
  const gold = item.gold;
  if (gold.action === 'retriever_call') return call(RETRIEVER_FUNCTION, { query: lastUserText(item) });
  if (gold.action === 'call' && gold.call) return call(gold.call.name, gold.call.arguments);
  if (gold.action === 'request') return askFor((gold.missing ?? []).map((r) => r.param));
  return text(WORDS[gold.action] ?? gold.action);
}

function stateReply(state: unknown): ModelReply {
  return text(JSON.stringify(state));
}

function nullState(tool: ToolDefinition): unknown {
  const { all, required } = paramsOf(tool);
  const nulls = (names: string[]) => Object.fromEntries(names.map((n) => [n, null]));
  return { api_confirmed: true, api_status: { operation: tool.function.name, required_parameters: nulls(required), optional_parameters: nulls(all.filter((p) => !required.includes(p))) } };
}

function oracleDst(item: EvalItem): ModelReply {
  const state = item.gold.state;
  if (!state.api_confirmed) return stateReply(state);
  const name = functionNameOf(item, state.api_status.operation) ?? state.api_status.operation;
  return stateReply({ ...state, api_status: { ...state.api_status, operation: name } });
}

/** A number in [0, n) drawn from (seed, item id, purpose). */
function draw(seed: number, item: EvalItem, purpose: string, n: number): number {
  const digest = createHash('sha256').update(`${seed}\u0000${item.id}\u0000${purpose}`).digest();
  return n > 0 ? digest.readUInt32BE(0) % n : 0;
}

function randomNext(item: EvalItem, seed: number): ModelReply {
  const tools = operationTools(item);
  const tool = tools[draw(seed, item, 'tool', tools.length)];
  const choices = ['retriever_call', 'call', 'request', 'clarify', 'suggest', 'response', 'response_fail', 'system_bye'];
  const choice = choices[draw(seed, item, 'action', choices.length)]!;
  if (choice === 'retriever_call') return call(RETRIEVER_FUNCTION, { query: lastUserText(item) });
  if (choice === 'call') return guessCall(tool);
  if (choice === 'request') {
    const { all } = paramsOf(tool);
    return askFor(all.length ? [all[draw(seed, item, 'param', all.length)]!] : []);
  }
  return text(WORDS[choice]!);
}

/** The reply a baseline gives to an item in a mode. */
export function baselineReply(baseline: Baseline, item: EvalItem, mode: EvalMode, seed = 0): ModelReply {
  const first = operationTools(item)[0];
  if (mode === 'dst') {
    if (baseline === 'oracle') return oracleDst(item);
    if (baseline === 'always-call' && first) return stateReply(nullState(first));
    if (baseline === 'random') {
      const tools = operationTools(item);
      const pick = draw(seed, item, 'state', tools.length + 1);
      return stateReply(pick < tools.length ? nullState(tools[pick]!) : { api_confirmed: false, api_status: 'none' });
    }
    return stateReply({ api_confirmed: false, api_status: 'none' });
  }
  if (baseline === 'oracle') return oracleNext(item);
  if (baseline === 'always-ask') return askFor(paramsOf(first).required.slice(0, 1));
  if (baseline === 'always-call') return guessCall(first);
  return randomNext(item, seed);
}
