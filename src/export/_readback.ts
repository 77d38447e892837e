/**
 * What reading an exported row back needs (shared by the format modules' readers): the neutral `Step`,
 * what a format carries of a record (`StepShape`, which `expectedSteps` follows), and the chat reader.
 */
import type { DialogueRecord } from '../plan/index.ts';
import type { HFRow, OpenAIRow } from './formats.ts';
import { RETRIEVER_FUNCTION, type FunctionNames } from './names.ts';

export type Step =
  | { speaker: 'user'; text: string; action?: string }
  | { speaker: 'assistant'; text?: string; action?: string; call?: { operation: string; arguments: Record<string, unknown> }; search?: string }
  | { speaker: 'tool'; result: unknown; search?: true };

/** What a format keeps of a record's turns (a read-back must reproduce exactly these steps). */
export interface StepShape {
  /** Turns carry their dialogue acts. */
  actions: boolean;
  /** Tool results are in the rows. */
  toolResults: boolean;
  /** Retriever calls appear as searches (with a tool step for their result). */
  searches: boolean;
  /** An assistant text beside a call or search is lost. */
  dropsCallText: boolean;
  /** An assistant turn without text reads back as ''. */
  emptyText: boolean;
  /** Trailing non-assistant turns are cut. */
  endsWithAssistant: boolean;
}

export interface ReadBackContext {
  names: FunctionNames;
  record: DialogueRecord;
}

/** Reading a format's rows back into steps: one per format module that can be read back. */
export interface ReadBack {
  carries: StepShape;
  read(row: unknown, context: ReadBackContext): Step[];
}

export function callStep(name: string, args: Record<string, unknown>, names: FunctionNames): Step {
  if (name === RETRIEVER_FUNCTION) return { speaker: 'assistant', search: String(args.query ?? '') };
  return { speaker: 'assistant', call: { operation: names.operationOf(name) ?? `?${name}`, arguments: args } };
}

export function chatSteps(messages: (OpenAIRow | HFRow)['messages'], names: FunctionNames, parseArgs: (a: unknown) => Record<string, unknown>): Step[] {
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
