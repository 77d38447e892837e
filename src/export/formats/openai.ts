/** OpenAI chat fine-tuning JSONL: arguments as JSON text, wrong turns at weight 0. */
import { chatFlavour, chatRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toOpenAI, type OpenAIRow } from '../formats.ts';
import { chatSteps, type Step } from '../_readback.ts';
import type { FunctionNames } from '../names.ts';

export function readOpenAI(row: OpenAIRow, names: FunctionNames): Step[] {
  return chatSteps(row.messages, names, (a) => JSON.parse(String(a)) as Record<string, unknown>);
}


export const openaiFormat: ExportFormatModule = {
  name: 'openai',
  folder: 'openai',
  extension: 'jsonl',
  schema: 'export-openai.schema.json',
  rules: (row) => chatRules(row, 'string', { mustEndWithAssistant: true }),
  toRows: (record, { convert }) => [{ id: record.id, row: toOpenAI(record, convert) }],
  datasetConfig: true,
  detect: (row) => chatFlavour(row) === 'openai',
  readBack: {
    carries: { actions: false, toolResults: true, searches: true, dropsCallText: false, emptyText: false, endsWithAssistant: true },
    read: (row, { names }) => readOpenAI(row as OpenAIRow, names),
  },
};
