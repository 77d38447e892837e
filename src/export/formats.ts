/**
 * One converter per target format: canonical DialogueRecord → the row(s) that format's pipeline reads.
 * Pure functions; the writers in write.ts stream their output to files.
 */
import type { DialogueRecord, DialogueState, ParamRef } from '../plan/index.ts';
import { DEFAULT_SYSTEM_PROMPT, alphanumericId, exportedCallIds, isTrained, toNeutralMessages, type NeutralMessage } from './_chat.ts';
import type { FunctionNames } from './names.ts';
import { operationOf, toolDefinitions, type ToolDefinition } from './tools.ts';

/** A `--format` name: one of exportFormatNames() (the registry in formats/index.ts). */
export type ExportFormat = string;

export interface ConvertOptions {
  names: FunctionNames;
  systemPrompt?: string;
}

// ---------------------------------------------------------------- openai

export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}
export type OpenAIMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content?: string; tool_calls?: OpenAIToolCall[]; weight?: 0 | 1 }
  | { role: 'tool'; tool_call_id: string; content: string };
export interface OpenAIRow {
  messages: OpenAIMessage[];
  tools: ToolDefinition[];
}

function openAIMessage(m: NeutralMessage, withWeight: boolean): OpenAIMessage {
  if (m.role === 'user') return { role: 'user', content: m.content };
  if (m.role === 'tool') return { role: 'tool', tool_call_id: m.tool_call_id, content: m.content };
  const out: Extract<OpenAIMessage, { role: 'assistant' }> = { role: 'assistant' };
  if (m.content !== null) out.content = m.content;
  if (m.calls.length > 0) {
    out.tool_calls = m.calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments) } }));
  }
  // weight 0 keeps a wrong turn in context but out of the loss (OpenAI's per-message weight).
  if (withWeight && !m.train) out.weight = 0;
  return out;
}

/** Drops trailing user/tool messages: OpenAI trains only on examples that end with an assistant message. */
function endWithAssistant<T extends { role: string }>(messages: T[]): T[] {
  let end = messages.length;
  while (end > 0 && messages[end - 1]?.role !== 'assistant') end--;
  return messages.slice(0, end);
}

export function toOpenAI(record: DialogueRecord, options: ConvertOptions): OpenAIRow {
  const messages: OpenAIMessage[] = [{ role: 'system', content: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT }];
  for (const m of toNeutralMessages(record, options.names)) messages.push(openAIMessage(m, true));
  return { messages: endWithAssistant(messages), tools: toolDefinitions(record, options.names) };
}

// ---------------------------------------------------------------- hf

export interface HFToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: Record<string, unknown> };
}
export type HFMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; tool_calls?: HFToolCall[]; train?: boolean }
  | { role: 'tool'; tool_call_id: string; name: string; content: string };
export interface HFRow {
  id: string;
  messages: HFMessage[];
  tools: ToolDefinition[];
}

function hfMessage(m: NeutralMessage, withTrain: boolean): HFMessage {
  if (m.role === 'user') return { role: 'user', content: m.content };
  if (m.role === 'tool') return { role: 'tool', tool_call_id: m.tool_call_id, name: m.name, content: m.content };
  const out: Extract<HFMessage, { role: 'assistant' }> = { role: 'assistant', content: m.content ?? '' };
  if (m.calls.length > 0) out.tool_calls = m.calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
  // Axolotl reads a per-message training flag (message_field_training: train).
  if (withTrain && !m.train) out.train = false;
  return out;
}

export function toHF(record: DialogueRecord, options: ConvertOptions): HFRow {
  const messages: HFMessage[] = [{ role: 'system', content: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT }];
  for (const m of toNeutralMessages(record, options.names)) messages.push(hfMessage(m, true));
  return { id: record.id, messages, tools: toolDefinitions(record, options.names) };
}

// ---------------------------------------------------------------- trl

/** TRL's conversational prompt–completion row: SFTTrainer trains the completion only (completion_only_loss). */
export interface TRLPromptCompletionRow {
  id: string;
  prompt: HFMessage[];
  completion: HFMessage[];
  /** JSON text of the tool list: TRL json.loads a string, and one string column keeps Arrow's schema simple. */
  tools: string;
}

/**
 * A dialogue for TRL's SFTTrainer, which ignores per-message loss flags: the prompt runs up to the first
 * assistant message the model should learn from — after the last wrong turn, its error and the user's
 * answer to it, if there is one; else after the first user message — and the completion is the rest.
 */
export function toTRLPromptCompletion(record: DialogueRecord, options: ConvertOptions): TRLPromptCompletionRow {
  const messages = toHF(record, options).messages.map((m) => {
    if (m.role !== 'assistant' || m.train === undefined) return m;
    const { train: _train, ...rest } = m;
    return rest;
  });
  const neutral = toNeutralMessages(record, options.names);
  // Index in `messages` (system first) of the last wrong assistant message.
  let lastWrong = -1;
  neutral.forEach((m, i) => {
    if (m.role === 'assistant' && !m.train) lastWrong = i + 1;
  });
  let start = messages.findIndex((m, i) => i > lastWrong && m.role === 'assistant');
  if (start < 0) start = messages.length;
  return { id: record.id, prompt: messages.slice(0, start), completion: messages.slice(start), tools: JSON.stringify(toolDefinitions(record, options.names)) };
}

// ---------------------------------------------------------------- sharegpt

export type ShareGPTRole = 'human' | 'gpt' | 'function_call' | 'observation';
export interface ShareGPTRow {
  id: string;
  conversations: { from: ShareGPTRole; value: string }[];
  system: string;
  tools: string;
}

const INPUT_ROLES = new Set<ShareGPTRole>(['human', 'observation']);

/**
 * LLaMA-Factory drops any row whose roles do not alternate (odd positions human|observation, even
 * positions gpt|function_call, even count). Folding rules, applied in order:
 * - an assistant turn with text and a call keeps only the call (the text is a preamble);
 * - consecutive function calls merge into one JSON list (LLaMA-Factory's parallel-call form), their
 *   observations into one JSON list in the same order;
 * - consecutive gpt messages join with a blank line; consecutive human messages join with a newline;
 * - an observation directly followed by a human message (no assistant turn between) is dropped;
 * - gpt text directly followed by a call gives way to the call; text directly after a call that has no
 *   result is dropped;
 * - leading assistant messages and trailing human/observation messages are dropped.
 * Error turns cannot be masked in this format (no per-message loss flag): see `sharegptErrorTurns`.
 */
export function toShareGPT(record: DialogueRecord, options: ConvertOptions): ShareGPTRow {
  type Item = { from: ShareGPTRole; values: string[]; calls?: { name: string; arguments: unknown }[] };
  const items: Item[] = [];
  const push = (from: ShareGPTRole, value: string, call?: { name: string; arguments: unknown }): void => {
    const last = items[items.length - 1];
    const fresh: Item = { from, values: [value], ...(call ? { calls: [call] } : {}) };
    if (!last) {
      if (INPUT_ROLES.has(from)) items.push(fresh);
      return;
    }
    if (last.from === from) {
      last.values.push(value);
      if (call) last.calls?.push(call);
      return;
    }
    if (INPUT_ROLES.has(last.from) !== INPUT_ROLES.has(from)) {
      items.push(fresh);
    } else if (INPUT_ROLES.has(from)) {
      // Two inputs of different kinds: the observation is dropped, the human message kept.
      if (last.from === 'observation') {
        items.pop();
        push(from, value, call);
      }
    } else if (from === 'function_call') {
      // gpt text directly followed by a call: the call wins.
      items.pop();
      push(from, value, call);
    }
  };
  for (const m of toNeutralMessages(record, options.names)) {
    if (m.role === 'user') push('human', m.content);
    else if (m.role === 'tool') push('observation', m.content);
    else if (m.calls.length > 0) for (const c of m.calls) push('function_call', '', { name: c.name, arguments: c.arguments });
    else push('gpt', m.content ?? '');
  }
  while (items.length > 0 && INPUT_ROLES.has(items[items.length - 1]!.from)) items.pop();
  const conversations = items.map((item) => {
    if (item.from === 'function_call') {
      const calls = item.calls ?? [];
      return { from: item.from, value: JSON.stringify(calls.length === 1 ? calls[0] : calls) };
    }
    if (item.from === 'observation') {
      return { from: item.from, value: item.values.length === 1 ? item.values[0]! : `[${item.values.join(', ')}]` };
    }
    return { from: item.from, value: item.values.join(item.from === 'gpt' ? '\n\n' : '\n') };
  });
  const tools = toolDefinitions(record, options.names).map((t) => t.function);
  return { id: record.id, conversations, system: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT, tools: JSON.stringify(tools) };
}

export * from './tooldial.ts';

// ---------------------------------------------------------------- eval

export type EvalTask = 'next_action' | 'dst' | 'when_to_ask' | 'self_correction';
export type EvalMessage = HFMessage & { action?: string };
export interface EvalItem {
  id: string;
  dialogue_id: string;
  turn: number;
  flow: string;
  family: string;
  tasks: EvalTask[];
  context: EvalMessage[];
  tools: ToolDefinition[];
  gold: {
    action: string;
    state: DialogueState;
    /** when_to_ask: call with the gold call, ask with the gold missing parameters, or fail. */
    decision?: 'call' | 'ask' | 'fail';
    call?: { name: string; operation: string; arguments: Record<string, unknown> };
    missing?: ParamRef[];
    /** self_correction: the wrong turn still uncorrected in the context (null: none). */
    error?: { turn: number; kind: string } | null;
  };
}

function evalContext(record: DialogueRecord, upTo: number, options: ConvertOptions): EvalMessage[] {
  const context: EvalMessage[] = [{ role: 'system', content: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT }];
  for (const m of toNeutralMessages(record, options.names, upTo)) {
    const message: EvalMessage = hfMessage(m, false);
    const turn = record.turns[m.turn];
    if (m.role !== 'tool' && turn && turn.speaker !== 'tool') message.action = turn.action;
    context.push(message);
  }
  return context;
}

/**
 * One item per decision point (every assistant turn that is not itself a wrong turn): the context
 * before it and its gold action, state, when-to-ask decision and, in self-correction dialogues, the
 * wrong turn the context still holds uncorrected.
 */
export function toEvalItems(record: DialogueRecord, options: ConvertOptions): EvalItem[] {
  const items: EvalItem[] = [];
  const correctedAt = new Map<number, number>();
  record.turns.forEach((t, i) => {
    if (t.speaker === 'assistant' && t.corrects !== undefined) correctedAt.set(t.corrects, i);
  });
  const hasErrors = record.turns.some((t) => t.speaker === 'assistant' && t.error !== undefined);
  record.turns.forEach((turn, index) => {
    if (turn.speaker !== 'assistant' || !isTrained(turn)) return;
    const tasks: EvalTask[] = ['next_action', 'dst'];
    const gold: EvalItem['gold'] = { action: turn.action, state: turn.state };
    if (turn.action === 'call' && turn.call) {
      tasks.push('when_to_ask');
      gold.decision = 'call';
      gold.call = { name: options.names.nameOf(turn.call.operation), operation: turn.call.operation, arguments: turn.call.arguments };
    } else if (turn.action === 'request') {
      tasks.push('when_to_ask');
      gold.decision = 'ask';
      gold.missing = turn.request ?? [];
    } else if (turn.action === 'response_fail') {
      tasks.push('when_to_ask');
      gold.decision = 'fail';
    }
    if (hasErrors) {
      tasks.push('self_correction');
      let open: { turn: number; kind: string } | null = null;
      record.turns.slice(0, index).forEach((t, i) => {
        if (t.speaker === 'assistant' && t.error && (correctedAt.get(i) ?? Infinity) >= index) open = { turn: i, kind: t.error.kind };
      });
      gold.error = open;
    }
    items.push({
      id: `${record.id}#${index}`,
      dialogue_id: record.id,
      turn: index,
      flow: record.flow,
      family: record.family,
      tasks,
      context: evalContext(record, index, options),
      // What the assistant could see at this point (the gold operation is listed even if no retrieval returned it).
      tools: toolDefinitions(record, options.names, index, turn.call ? [turn.call.operation] : []),
      gold,
    });
  });
  return items;
}

// ---------------------------------------------------------------- preference pairs

export type PreferenceKind = 'ask_not_hallucinate' | 'call_not_overask' | 'fix_not_error';
export interface PreferencePair {
  id: string;
  kind: PreferenceKind;
  /** Context before the decision point (hf-style messages, arguments as objects). */
  prompt: HFMessage[];
  chosen: HFMessage & { role: 'assistant' };
  rejected: HFMessage & { role: 'assistant' };
  tools: ToolDefinition[];
}
/** OpenAI preference fine-tuning (DPO) row. */
export interface OpenAIPreferenceRow {
  input: { messages: OpenAIMessage[]; tools: ToolDefinition[] };
  preferred_output: OpenAIMessage[];
  non_preferred_output: OpenAIMessage[];
}
/** TRL conversational preference row (DPOTrainer: prompt/chosen/rejected, optional tools). */
export interface TRLPreferenceRow {
  id: string;
  prompt: HFMessage[];
  chosen: HFMessage[];
  rejected: HFMessage[];
  /** JSON text of the tool list (TRL's DPOTrainer json.loads a string). */
  tools: string;
}

/** A plausible value that is not the gold one: what a model that guesses would send. */
export function hallucinatedValue(schema: Record<string, unknown> | undefined, gold: unknown, param: string): unknown {
  const differs = (v: unknown): boolean => JSON.stringify(v) !== JSON.stringify(gold);
  const enumValues = Array.isArray(schema?.enum) ? (schema.enum as unknown[]) : [];
  const fromEnum = enumValues.find(differs);
  if (fromEnum !== undefined) return fromEnum;
  const type = Array.isArray(schema?.type) ? (schema.type as unknown[]).find((t) => t !== 'null') : schema?.type;
  let guess: unknown;
  if (type === 'integer' || type === 'number') guess = typeof gold === 'number' ? gold + 17 : 42;
  else if (type === 'boolean') guess = gold !== true;
  else if (schema?.format === 'date') guess = '2024-01-01';
  else if (schema?.format === 'date-time') guess = '2024-01-01T00:00:00Z';
  else if (schema?.format === 'email') guess = 'user@example.com';
  else if (schema?.format === 'uuid') guess = '123e4567-e89b-42d3-a456-426614174000';
  else guess = `${param.replace(/[^a-zA-Z0-9]+/g, '_').toLowerCase()}_123`;
  return differs(guess) ? guess : `${String(guess)}_x`;
}

function humanize(param: string): string {
  return param
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .toLowerCase()
    .trim();
}

function knownArguments(state: DialogueState, operation: string): Record<string, unknown> {
  if (!state.api_confirmed || state.api_status.operation !== operation) return {};
  const known = [...Object.entries(state.api_status.required_parameters), ...Object.entries(state.api_status.optional_parameters)];
  return Object.fromEntries(known.filter(([, v]) => v !== null && v !== undefined));
}

/**
 * Preference pairs from the same skeletons: at a request for masked values, asking (chosen) beats a
 * call with hallucinated values (rejected); at a call whose values are all known, calling (chosen) beats
 * a needless clarification (rejected).
 */
export function toPreferencePairs(record: DialogueRecord, options: ConvertOptions): PreferencePair[] {
  const pairs: PreferencePair[] = [];
  // A wrong turn belongs in `rejected` only: pairs whose prompt would hold one are not made.
  const firstWrong = record.turns.findIndex((t) => t.speaker === 'assistant' && !isTrained(t));
  record.turns.forEach((turn, index) => {
    if (turn.speaker !== 'assistant' || !isTrained(turn) || turn.corrects !== undefined) return;
    if (firstWrong >= 0 && index > firstWrong) return;
    const tools = toolDefinitions(record, options.names, index, turn.call ? [turn.call.operation] : []);
    const prompt = (): HFMessage[] => [
      { role: 'system', content: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT },
      ...toNeutralMessages(record, options.names, index).map((m) => hfMessage(m, false)),
    ];
    if (turn.action === 'request' && turn.request && turn.request.length > 0 && turn.text) {
      const operation = turn.request[0]!.operation;
      const op = operationOf(record, operation);
      if (!op) return;
      const properties = (op.parameters.properties ?? {}) as Record<string, Record<string, unknown>>;
      const args = knownArguments(turn.state, operation);
      for (const ref of turn.request.filter((r) => r.operation === operation)) {
        const gold = record.slots.find((s) => s.operation === operation && s.param === ref.param)?.value;
        Object.defineProperty(args, ref.param, { value: hallucinatedValue(properties[ref.param], gold, ref.param), enumerable: true, writable: true, configurable: true });
      }
      pairs.push({
        id: `${record.id}#${index}:ask`,
        kind: 'ask_not_hallucinate',
        prompt: prompt(),
        chosen: { role: 'assistant', content: turn.text },
        rejected: { role: 'assistant', content: '', tool_calls: [{ id: alphanumericId(`${record.id}\u0000guess\u0000${index}`), type: 'function', function: { name: options.names.nameOf(operation), arguments: args } }] },
        tools,
      });
    } else if (turn.action === 'call' && turn.call && Object.keys(turn.call.arguments).length > 0) {
      const param = Object.keys(turn.call.arguments)[0]!;
      pairs.push({
        id: `${record.id}#${index}:call`,
        kind: 'call_not_overask',
        prompt: prompt(),
        chosen: { role: 'assistant', content: turn.text ?? '', tool_calls: [{ id: exportedCallIds(record)(turn.call.id), type: 'function', function: { name: options.names.nameOf(turn.call.operation), arguments: turn.call.arguments } }] },
        rejected: { role: 'assistant', content: `Before I go ahead, could you tell me the ${humanize(param)}?` },
        tools,
      });
    }
  });
  pairs.push(...correctionPairs(record, options));
  return pairs;
}

/** The assistant message of one turn, as a preference output (no loss flag: the pair says which is right). */
function assistantOutput(record: DialogueRecord, options: ConvertOptions, index: number): HFMessage & { role: 'assistant' } {
  const message = toNeutralMessages(record, options.names, index + 1).find((m) => m.turn === index && m.role === 'assistant');
  return hfMessage(message!, false) as HFMessage & { role: 'assistant' };
}

/**
 * Self-correction pairs: at a wrong turn, the right move (chosen) against the wrong one (rejected), on the
 * context before it. The right move is the fixing turn's action without its apology: the corrected call,
 * or the request for the values (asked plainly, since the fixing text answers an error the prompt never saw).
 */
function correctionPairs(record: DialogueRecord, options: ConvertOptions): PreferencePair[] {
  const pairs: PreferencePair[] = [];
  record.turns.forEach((fix, index) => {
    if (fix.speaker !== 'assistant' || fix.corrects === undefined) return;
    const wrong = record.turns[fix.corrects];
    if (wrong?.speaker !== 'assistant' || isTrained(wrong)) return;
    let chosen = assistantOutput(record, options, index);
    if (fix.action === 'request' && wrong.error?.kind !== 'redundant_request') {
      const asked = (fix.request ?? []).map((r) => humanize(r.param));
      if (asked.length > 0) chosen = { role: 'assistant', content: `Could you tell me the ${asked.join(' and the ')}?` };
    }
    pairs.push({
      id: `${record.id}#${fix.corrects}:fix`,
      kind: 'fix_not_error',
      prompt: [{ role: 'system', content: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT }, ...toNeutralMessages(record, options.names, fix.corrects).map((m) => hfMessage(m, false))],
      chosen,
      rejected: assistantOutput(record, options, fix.corrects),
      tools: toolDefinitions(record, options.names, fix.corrects, fix.call ? [fix.call.operation] : []),
    });
  });
  return pairs;
}

function hfToOpenAI(m: HFMessage): OpenAIMessage {
  if (m.role !== 'assistant') return m.role === 'tool' ? { role: 'tool', tool_call_id: m.tool_call_id, content: m.content } : m;
  const out: Extract<OpenAIMessage, { role: 'assistant' }> = { role: 'assistant' };
  if (m.content !== '' || !m.tool_calls) out.content = m.content;
  if (m.tool_calls) out.tool_calls = m.tool_calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.function.name, arguments: JSON.stringify(c.function.arguments) } }));
  return out;
}

export function toOpenAIPreference(pair: PreferencePair): OpenAIPreferenceRow {
  return {
    input: { messages: pair.prompt.map(hfToOpenAI), tools: pair.tools },
    preferred_output: [hfToOpenAI(pair.chosen)],
    non_preferred_output: [hfToOpenAI(pair.rejected)],
  };
}

export function toTRLPreference(pair: PreferencePair): TRLPreferenceRow {
  return { id: pair.id, prompt: pair.prompt, chosen: [pair.chosen], rejected: [pair.rejected], tools: JSON.stringify(pair.tools) };
}

// ---------------------------------------------------------------- csv

export const CSV_COLUMNS = ['id', 'flow', 'family', 'edge_type', 'operations', 'turns', 'masked', 'self_correction', 'split'] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

export function toCsvRow(record: DialogueRecord, split: string): CsvRow {
  return {
    id: record.id,
    flow: record.flow,
    family: record.family,
    edge_type: record.edge_type ?? '',
    operations: record.chain.length > 0 ? record.chain.join(' ') : Object.keys(record.operations).join(' '),
    turns: record.turns.length,
    masked: record.slots.filter((s) => s.source === 'asked').length,
    self_correction: record.meta.self_correction ?? '',
    split,
  };
}
