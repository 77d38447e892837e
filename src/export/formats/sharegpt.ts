/** ShareGPT JSONL for LLaMA-Factory, with its dataset_info.json. */
import { shareGPTRules } from '../_rules.ts';
import type { ExportFormatModule, WrittenFile } from '../format.ts';
import { toShareGPT, type ShareGPTRow } from '../formats.ts';
import { callStep, type Step } from '../_readback.ts';
import { RETRIEVER_FUNCTION, type FunctionNames } from '../names.ts';

/** LLaMA-Factory's dataset_info.json entries for the sharegpt files (copy into its data/ folder). */
export function llamaFactoryDatasetInfo(files: WrittenFile[]): Record<string, unknown> {
  const info: Record<string, unknown> = {};
  for (const f of files.filter((x) => x.format === 'sharegpt')) {
    info[`dialforge_${f.split}`] = {
      file_name: f.path.replace(/^sharegpt\//, ''),
      formatting: 'sharegpt',
      columns: { messages: 'conversations', system: 'system', tools: 'tools' },
    };
  }
  return info;
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


export const sharegptFormat: ExportFormatModule = {
  name: 'sharegpt',
  folder: 'sharegpt',
  extension: 'jsonl',
  schema: 'export-sharegpt.schema.json',
  rules: shareGPTRules,
  toRows(record, context) {
    // ShareGPT cannot mask a wrong turn out of the loss.
    const hasError = record.turns.some((t) => t.speaker === 'assistant' && (t.error !== undefined || t.train === false));
    if (hasError && context.sharegptErrorTurns === 'skip') {
      context.leftOut('self-correction (no per-message loss flag)');
      return [];
    }
    return [{ id: record.id, row: toShareGPT(record, context.convert) }];
  },
  datasetConfig: true,
  detect: (row) => 'conversations' in row,
  sideFiles: (files) => [{ path: 'sharegpt/dataset_info.json', text: `${JSON.stringify(llamaFactoryDatasetInfo(files), null, 2)}\n` }],
  readBack: {
    carries: { actions: false, toolResults: true, searches: true, dropsCallText: true, emptyText: false, endsWithAssistant: true },
    read: (row, { names }) => readShareGPT(row as ShareGPTRow, names),
  },
};
