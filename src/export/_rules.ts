/**
 * What a JSON Schema cannot say about an exported row: ids that must match, JSON inside strings, role
 * alternation. Each format module names its rules; validate.ts applies schema + rules.
 */
import { parameterSchemaProblem } from './_schemas.ts';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

// ------------------------------------------------------------------ rules per format

export function toolNames(tools: unknown, problems: string[], where = 'tools'): Set<string> {
  const names = new Set<string>();
  if (!Array.isArray(tools)) return names;
  tools.forEach((tool, i) => {
    const fn = isObject(tool) && isObject(tool.function) ? tool.function : isObject(tool) ? tool : undefined;
    if (!fn || typeof fn.name !== 'string') return;
    if (names.has(fn.name)) problems.push(`${where}[${i}]: function "${fn.name}" is defined twice`);
    names.add(fn.name);
    const problem = parameterSchemaProblem(fn.parameters);
    if (problem) problems.push(`${where}[${i}] (${fn.name}): parameters is not a valid JSON Schema: ${problem}`);
  });
  return names;
}

/** openai and hf share the message rules; they differ in how arguments are written. */
export function chatRules(row: Json, argumentsAs: 'string' | 'object', options: { mustEndWithAssistant: boolean }): string[] {
  const problems: string[] = [];
  const messages = Array.isArray(row.messages) ? (row.messages as Json[]) : [];
  const hasTools = Array.isArray(row.tools);
  const tools = toolNames(row.tools, problems);
  const open = new Map<string, number>();
  const seen = new Set<string>();
  let lastAssistant = -1;
  messages.forEach((m, i) => {
    if (!isObject(m)) return;
    if (m.role === 'assistant') {
      lastAssistant = i;
      const calls = Array.isArray(m.tool_calls) ? (m.tool_calls as Json[]) : [];
      if (calls.length === 0 && (typeof m.content !== 'string' || m.content === '')) problems.push(`messages[${i}]: assistant message has neither content nor tool_calls`);
      calls.forEach((call, j) => {
        const fn = isObject(call.function) ? call.function : {};
        const id = String(call.id);
        if (seen.has(id)) problems.push(`messages[${i}].tool_calls[${j}]: tool call id "${id}" is used twice`);
        seen.add(id);
        open.set(id, i);
        if (typeof fn.name === 'string' && !tools.has(fn.name)) {
          problems.push(`messages[${i}].tool_calls[${j}]: function "${fn.name}" is not in tools${hasTools ? '' : ' (the row has no tools)'}`);
        }
        if (argumentsAs === 'string') {
          if (typeof fn.arguments === 'string') {
            try {
              if (!isObject(JSON.parse(fn.arguments))) problems.push(`messages[${i}].tool_calls[${j}]: arguments is JSON but not an object`);
            } catch {
              problems.push(`messages[${i}].tool_calls[${j}]: arguments is not valid JSON`);
            }
          }
        }
      });
    } else if (m.role === 'tool') {
      const id = String(m.tool_call_id);
      if (m.tool_call_id === undefined) return; // the schema reports the missing field
      if (!open.has(id)) problems.push(`messages[${i}]: tool_call_id "${id}" answers no earlier tool call${seen.has(id) ? ' (already answered)' : ''}`);
      open.delete(id);
    } else if (m.role === 'user' || m.role === 'system') {
      for (const [id, at] of open) if (at < i) problems.push(`messages[${at}]: tool call "${id}" gets no tool message before messages[${i}]`);
      open.clear();
    }
  });
  for (const [id, at] of open) if (at !== lastAssistant || at !== messages.length - 1) problems.push(`messages[${at}]: tool call "${id}" gets no tool message`);
  if (options.mustEndWithAssistant && messages.length > 0 && messages[messages.length - 1]?.role !== 'assistant') {
    problems.push(`messages: the last message must be an assistant message (is ${String(messages[messages.length - 1]?.role)})`);
  }
  return problems;
}

export function shareGPTRules(row: Json): string[] {
  const problems: string[] = [];
  const conversations = Array.isArray(row.conversations) ? (row.conversations as Json[]) : [];
  let tools = new Set<string>();
  if (row.tools !== undefined && typeof row.tools === 'string') {
    try {
      const parsed = JSON.parse(row.tools);
      if (!Array.isArray(parsed)) problems.push('tools: must be JSON text of a list');
      else tools = toolNames(parsed, problems);
    } catch {
      problems.push('tools: is not valid JSON');
    }
  }
  conversations.forEach((c, i) => {
    const odd = i % 2 === 0; // 1-based odd position
    const allowed = odd ? ['human', 'observation'] : ['gpt', 'function_call'];
    if (!allowed.includes(String(c.from))) problems.push(`conversations[${i}]: "${String(c.from)}" at position ${i + 1}; LLaMA-Factory expects ${allowed.join('|')} there and drops the row`);
    if (c.from === 'function_call' && typeof c.value === 'string') {
      let value: unknown;
      try {
        value = JSON.parse(c.value);
      } catch {
        problems.push(`conversations[${i}]: function_call value is not valid JSON`);
        return;
      }
      for (const call of Array.isArray(value) ? value : [value]) {
        if (!isObject(call) || typeof call.name !== 'string' || !isObject(call.arguments)) {
          problems.push(`conversations[${i}]: function_call value must be {"name": string, "arguments": object}`);
        } else if (row.tools !== undefined && !tools.has(call.name)) {
          problems.push(`conversations[${i}]: function "${call.name}" is not in tools`);
        }
      }
    }
  });
  if (conversations.length % 2 !== 0) problems.push(`conversations: odd number of messages (${conversations.length}); LLaMA-Factory drops the row`);
  return problems;
}

const API_NAME = /^[^|]+\|[^|]+\|[^|]+$/;

export function toolDialRules(row: Json): string[] {
  const problems: string[] = [];
  const dialogue = Array.isArray(row.dialogue) ? (row.dialogue as Json[]) : [];
  const checkName = (name: unknown, where: string): void => {
    if (typeof name === 'string' && !API_NAME.test(name)) problems.push(`${where}: API name "${name}" is not <Category>|<tool>|<operation>`);
  };
  if (dialogue.length > 0 && !isObject(dialogue[0]?.User)) problems.push('dialogue[0]: a ToolDial dialogue starts with a User turn');
  dialogue.forEach((turn, i) => {
    const system = isObject(turn.System) ? turn.System : undefined;
    if (!system) return;
    const retriever = isObject(system.retriever_status) ? system.retriever_status : {};
    if (isObject(retriever.retrieved_api)) {
      for (const name of Object.keys(retriever.retrieved_api)) checkName(name, `dialogue[${i}].retriever_status`);
      // ToolDial's preprocessing (dialogue_preprocess.py) after a retrieval scoring above 0.5 reads the
      // API documentation from the dialogue state of the next System turn, or, after suggest + affirm,
      // of the System turn after that: those states must name an API.
      const confident = Object.values(retriever.retrieved_api).some((s) => typeof s === 'number' && s > 0.5);
      if (confident) {
        const next = isObject(dialogue[i + 1]?.System) ? (dialogue[i + 1]!.System as Json) : undefined;
        const confirmed = (system: unknown): boolean => isObject(system) && isObject(system.dialogue_state) && isObject(system.dialogue_state.api_status);
        if (!next) problems.push(`dialogue[${i}]: a retrieval scoring above 0.5 must be followed by a System turn (ToolDial reads its dialogue state)`);
        else if (next.action === 'suggest') {
          const answer = isObject(dialogue[i + 2]?.User) ? (dialogue[i + 2]!.User as Json) : undefined;
          if (!answer) problems.push(`dialogue[${i + 2}]: a suggest after a confident retrieval must be answered by a User turn`);
          else if (answer.action !== 'negate' && !confirmed(dialogue[i + 3]?.System)) problems.push(`dialogue[${i + 3}]: after suggest and ${String(answer.action)}, ToolDial reads an API from this turn's dialogue state, which has none`);
        } else if (!confirmed(next)) {
          problems.push(`dialogue[${i}]: a retrieval scoring above 0.5 must lead to a turn whose dialogue state names an API (ToolDial reads it); scores at or below 0.5 mean "no confident API"`);
        }
      }
    }
    if (retriever.retriever_call === 'true' && retriever.retrieved_api === 'none') problems.push(`dialogue[${i}]: retriever_call is "true" but retrieved_api is "none"`);
    for (const key of ['api_request', 'api_response'] as const) if (isObject(system[key])) checkName(system[key].api_name, `dialogue[${i}].${key}`);
    const state = isObject(system.dialogue_state) ? system.dialogue_state : {};
    if (isObject(state.api_status)) checkName(state.api_status.api_name, `dialogue[${i}].dialogue_state`);
    if (system.action === 'call' && isObject(system.api_request) && Object.keys(system.api_request).length === 0) problems.push(`dialogue[${i}]: a call turn has no api_request`);
  });
  for (const key of ['source', 'target'] as const) if (row[key] !== 'none') checkName(row[key], key);
  return problems;
}

export function toolDialApiRules(row: Json): string[] {
  const expected = `${String(row.category_name)}|${String(row.tool_name)}|${String(row.api_name)}`;
  return row.full_name === expected ? [] : [`full_name "${String(row.full_name)}" is not category_name|tool_name|api_name ("${expected}")`];
}

export function evalRules(row: Json): string[] {
  const problems = chatRules({ messages: row.context, tools: row.tools }, 'object', { mustEndWithAssistant: false });
  const gold = isObject(row.gold) ? row.gold : {};
  const tasks = Array.isArray(row.tasks) ? row.tasks : [];
  if (tasks.includes('when_to_ask') && gold.decision === undefined) problems.push('gold: when_to_ask item without a decision');
  if (gold.decision === 'call' && !isObject(gold.call)) problems.push('gold: decision "call" without the gold call');
  if (gold.decision === 'ask' && !Array.isArray(gold.missing)) problems.push('gold: decision "ask" without the missing parameters');
  if (isObject(gold.call) && typeof gold.call.name === 'string' && !toolNames(row.tools, []).has(gold.call.name)) problems.push(`gold.call: function "${gold.call.name}" is not in tools`);
  return problems;
}

/** A `tools` column written as JSON text (TRL json.loads it): the parsed list, or a problem. */
function toolsFromText(row: Json, problems: string[]): unknown {
  if (typeof row.tools !== 'string') return row.tools;
  try {
    const tools = JSON.parse(row.tools) as unknown;
    if (!Array.isArray(tools)) problems.push('tools: the JSON text is not a list of tools');
    return tools;
  } catch {
    problems.push('tools: not valid JSON text');
    return undefined;
  }
}

/** TRL prompt–completion: the completion starts with the assistant, and prompt + completion is a valid hf conversation. */
export function trlRules(row: Json): string[] {
  const problems: string[] = [];
  const tools = toolsFromText(row, problems);
  const prompt = Array.isArray(row.prompt) ? (row.prompt as Json[]) : [];
  const completion = Array.isArray(row.completion) ? (row.completion as Json[]) : [];
  if (completion.length > 0 && completion[0]?.role !== 'assistant') problems.push('completion: must start with an assistant message (TRL trains the completion)');
  for (const m of completion) if (isObject(m) && m.train === false) problems.push('completion: holds a message marked train: false');
  problems.push(...chatRules({ messages: [...prompt, ...completion], tools }, 'object', { mustEndWithAssistant: false }));
  return problems;
}

export function preferenceRules(row: Json, style: 'openai' | 'trl'): string[] {
  const chosenKey = style === 'openai' ? 'preferred_output' : 'chosen';
  const rejectedKey = style === 'openai' ? 'non_preferred_output' : 'rejected';
  const problems: string[] = [];
  const input = style === 'openai' ? (isObject(row.input) ? row.input : {}) : { messages: row.prompt, tools: toolsFromText(row, problems) };
  if (JSON.stringify(row[chosenKey]) === JSON.stringify(row[rejectedKey])) problems.push(`${chosenKey} and ${rejectedKey} are the same`);
  for (const key of [chosenKey, rejectedKey]) {
    const output = Array.isArray(row[key]) ? (row[key] as unknown[]) : [];
    const messages = [...(Array.isArray(input.messages) ? input.messages : []), ...output];
    for (const p of chatRules({ messages, tools: input.tools }, style === 'openai' ? 'string' : 'object', { mustEndWithAssistant: true })) {
      problems.push(`${key} in context: ${p}`);
    }
  }
  return [...new Set(problems)];
}

export function dialogueRules(row: Json): string[] {
  const problems: string[] = [];
  const turns = Array.isArray(row.turns) ? (row.turns as Json[]) : [];
  const operations = isObject(row.operations) ? row.operations : {};
  const calls = new Set<string>();
  turns.forEach((t, i) => {
    if (t.speaker === 'assistant' && isObject(t.call)) {
      if (calls.has(String(t.call.id))) problems.push(`turns[${i}]: call id "${String(t.call.id)}" is used twice`);
      calls.add(String(t.call.id));
      if (!(String(t.call.operation) in operations)) problems.push(`turns[${i}]: call to "${String(t.call.operation)}", which is not in operations`);
    }
    if (t.speaker === 'tool' && !calls.has(String(t.call_id))) problems.push(`turns[${i}]: tool turn answers call id "${String(t.call_id)}", made by no earlier turn`);
    if (t.speaker === 'assistant' && typeof t.corrects === 'number' && !isObject(turns[t.corrects]?.error)) problems.push(`turns[${i}]: corrects turn ${t.corrects}, which has no error`);
  });
  return problems;
}

/** openai or hf, for a row with a `messages` list: told apart by how call arguments are written. */
export function chatFlavour(row: Json): 'openai' | 'hf' | undefined {
  if (!Array.isArray(row.messages)) return undefined;
  for (const m of row.messages as unknown[]) {
    if (!isObject(m)) continue;
    if ('weight' in m) return 'openai';
    for (const c of Array.isArray(m.tool_calls) ? (m.tool_calls as unknown[]) : []) {
      const args = isObject(c) && isObject(c.function) ? c.function.arguments : undefined;
      if (typeof args === 'string') return 'openai';
      if (isObject(args)) return 'hf';
    }
  }
  // No call to tell them apart: hf rows carry an id, openai rows cannot.
  return 'id' in row ? 'hf' : 'openai';
}
