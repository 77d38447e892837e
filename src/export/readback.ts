/**
 * Reading exported rows back into a neutral list of steps, so a round trip canonical → format → steps
 * can be compared with the record's own steps (`expectedSteps`). Used by the tests and by anyone who
 * wants to load our files back. Each format module carries its own reader (`readBack`); this file loops
 * over the registry.
 */
import type { DialogueRecord } from '../plan/index.ts';
import { DialforgeError } from '../errors.ts';
import { retrieverQuery } from './_chat.ts';
import type { ReadBack, ReadBackContext, Step } from './_readback.ts';
import { exportFormatModule, exportFormatModules } from './formats/index.ts';

export type { ReadBack, ReadBackContext, Step, StepShape } from './_readback.ts';
export { readHF } from './formats/hf.ts';
export { readOpenAI } from './formats/openai.ts';
export { readShareGPT } from './formats/sharegpt.ts';
export { readToolDial } from './formats/tooldial.ts';

function readerOf(format: string): ReadBack {
  const reader = exportFormatModule(format)?.readBack;
  if (!reader) {
    const readable = exportFormatModules().filter((f) => f.readBack).map((f) => f.name);
    throw new DialforgeError('E_USAGE', `format "${format}" cannot be read back; use one of ${readable.join(', ')}`);
  }
  return reader;
}

/** One exported row of `format` read back into steps. */
export function readBack(format: string, row: unknown, context: ReadBackContext): Step[] {
  return readerOf(format).read(row, context);
}

/** The steps a format can carry for this record (what a read-back must reproduce exactly). */
export function expectedSteps(record: DialogueRecord, format: string): Step[] {
  const shape = readerOf(format).carries;
  const steps: Step[] = [];
  record.turns.forEach((turn, index) => {
    if (turn.speaker === 'user') {
      steps.push({ speaker: 'user', text: turn.text ?? '', ...(shape.actions ? { action: turn.action } : {}) });
    } else if (turn.speaker === 'tool') {
      if (shape.toolResults) steps.push({ speaker: 'tool', result: turn.result ?? null });
    } else {
      const step: Step & { speaker: 'assistant' } = { speaker: 'assistant' };
      if (shape.actions) step.action = turn.action;
      const dropsText = shape.dropsCallText && (turn.call || turn.action === 'retriever_call');
      if (turn.text && !dropsText) step.text = turn.text;
      if (shape.emptyText && turn.text === undefined) step.text = '';
      if (turn.call) step.call = { operation: turn.call.operation, arguments: turn.call.arguments };
      if (turn.action === 'retriever_call' && shape.searches) step.search = retrieverQuery(record.turns, index);
      steps.push(step);
      if (turn.action === 'retriever_call' && shape.searches) steps.push({ speaker: 'tool', result: null, search: true });
    }
  });
  if (shape.endsWithAssistant) while (steps.length > 0 && steps[steps.length - 1]!.speaker !== 'assistant') steps.pop();
  return steps;
}
