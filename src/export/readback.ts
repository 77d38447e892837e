/**
 * Reading exported rows back into a neutral list of steps, so a round trip canonical → format → steps
 * can be compared with the record's own steps (`expectedSteps`). Used by the tests and by anyone who
 * wants to load our files back.
 */
import type { DialogueRecord } from '../plan/index.ts';
import { retrieverQuery } from './_chat.ts';
import type { HFRow, OpenAIRow, ShareGPTRow, ToolDialRow } from './formats.ts';
import { toolDialApiName } from './formats.ts';
import { RETRIEVER_FUNCTION, type FunctionNames } from './names.ts';

export type Step =
  | { speaker: 'user'; text: string; action?: string }
  | { speaker: 'assistant'; text?: string; action?: string; call?: { operation: string; arguments: Record<string, unknown> }; search?: string }
  | { speaker: 'tool'; result: unknown; search?: true };

type StepFormat = 'openai' | 'hf' | 'sharegpt' | 'tooldial';

/** The steps a format can carry for this record (what a read-back must reproduce exactly). */
export function expectedSteps(record: DialogueRecord, format: StepFormat): Step[] {
  const steps: Step[] = [];
  const withActions = format === 'tooldial';
  record.turns.forEach((turn, index) => {
    if (turn.speaker === 'user') {
      steps.push({ speaker: 'user', text: turn.text ?? '', ...(withActions ? { action: turn.action } : {}) });
    } else if (turn.speaker === 'tool') {
      if (format !== 'tooldial') steps.push({ speaker: 'tool', result: turn.result ?? null });
    } else {
      const step: Step & { speaker: 'assistant' } = { speaker: 'assistant' };
      if (withActions) step.action = turn.action;
      const dropsText = format === 'sharegpt' && (turn.call || turn.action === 'retriever_call');
      if (turn.text && !dropsText) step.text = turn.text;
      if (format === 'tooldial' && turn.text === undefined) step.text = '';
      if (turn.call) step.call = { operation: turn.call.operation, arguments: turn.call.arguments };
      if (turn.action === 'retriever_call' && format !== 'tooldial') step.search = retrieverQuery(record.turns, index);
      steps.push(step);
      if (turn.action === 'retriever_call' && format !== 'tooldial') steps.push({ speaker: 'tool', result: null, search: true });
    }
  });
  if (format === 'openai' || format === 'sharegpt') while (steps.length > 0 && steps[steps.length - 1]!.speaker !== 'assistant') steps.pop();
  return steps;
}

function callStep(name: string, args: Record<string, unknown>, names: FunctionNames): Step {
  if (name === RETRIEVER_FUNCTION) return { speaker: 'assistant', search: String(args.query ?? '') };
  return { speaker: 'assistant', call: { operation: names.operationOf(name) ?? `?${name}`, arguments: args } };
}

function chatSteps(messages: (OpenAIRow | HFRow)['messages'], names: FunctionNames, parseArgs: (a: unknown) => Record<string, unknown>): Step[] {
  const steps: Step[] = [];
  const searchIds = new Set<string>();
  for (const m of messages) {
    if (m.role === 'system') continue;
    if (m.role === 'user') steps.push({ speaker: 'user', text: m.content });
    else if (m.role === 'tool') {
      if (searchIds.has(m.tool_call_id)) steps.push({ speaker: 'tool', result: null, search: true });
      else steps.push({ speaker: 'tool', result: JSON.parse(m.content) });
    } else {
      const calls = m.tool_calls ?? [];
      if (calls.length === 0) {
        steps.push({ speaker: 'assistant', ...(m.content ? { text: m.content } : {}) });
      }
      for (const c of calls) {
        const step = callStep(c.function.name, parseArgs(c.function.arguments), names);
        if (m.content) (step as { text?: string }).text = m.content;
        if (c.function.name === RETRIEVER_FUNCTION) searchIds.add(c.id);
        steps.push(step);
      }
    }
  }
  return steps;
}

export function readOpenAI(row: OpenAIRow, names: FunctionNames): Step[] {
  return chatSteps(row.messages, names, (a) => JSON.parse(String(a)) as Record<string, unknown>);
}

export function readHF(row: HFRow, names: FunctionNames): Step[] {
  return chatSteps(row.messages, names, (a) => a as Record<string, unknown>);
}

export function readShareGPT(row: ShareGPTRow, names: FunctionNames): Step[] {
  const steps: Step[] = [];
  let lastWasSearch = false;
  for (const c of row.conversations) {
    if (c.from === 'human') steps.push({ speaker: 'user', text: c.value });
    else if (c.from === 'gpt') steps.push({ speaker: 'assistant', ...(c.value ? { text: c.value } : {}) });
    else if (c.from === 'observation') steps.push(lastWasSearch ? { speaker: 'tool', result: null, search: true } : { speaker: 'tool', result: JSON.parse(c.value) });
    else {
      const parsed = JSON.parse(c.value) as { name: string; arguments: Record<string, unknown> } | { name: string; arguments: Record<string, unknown> }[];
      const calls = Array.isArray(parsed) ? parsed : [parsed];
      lastWasSearch = calls.every((call) => call.name === RETRIEVER_FUNCTION);
      for (const call of calls) steps.push(callStep(call.name, call.arguments, names));
      continue;
    }
    lastWasSearch = false;
  }
  return steps;
}

export function readToolDial(row: ToolDialRow, record: DialogueRecord): Step[] {
  const byApiName = new Map(Object.keys(record.operations).map((id) => [toolDialApiName(record, id), id]));
  return row.dialogue.map((turn): Step => {
    if ('User' in turn) return { speaker: 'user', text: turn.User.message, action: turn.User.action };
    const s = turn.System;
    const step: Step & { speaker: 'assistant' } = { speaker: 'assistant', action: s.action, text: s.message };
    if ('api_name' in s.api_request) {
      const request = s.api_request as { api_name: string; required_parameters: Record<string, unknown>; optional_parameters: Record<string, unknown> };
      step.call = { operation: byApiName.get(request.api_name) ?? `?${request.api_name}`, arguments: { ...request.required_parameters, ...request.optional_parameters } };
    }
    return step;
  });
}
