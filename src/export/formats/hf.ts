/** Hugging Face `messages` JSONL (TRL / chat templates): arguments as objects, wrong turns `train: false`. */
import { chatFlavour, chatRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toHF, type HFRow } from '../formats.ts';
import { chatSteps, type Step } from '../_readback.ts';
import type { FunctionNames } from '../names.ts';

export function readHF(row: HFRow, names: FunctionNames): Step[] {
  return chatSteps(row.messages, names, (a) => a as Record<string, unknown>);
}


export const hfFormat: ExportFormatModule = {
  name: 'hf',
  folder: 'hf',
  extension: 'jsonl',
  schema: 'export-hf.schema.json',
  rules: (row) => chatRules(row, 'object', { mustEndWithAssistant: false }),
  toRows: (record, { convert }) => [{ id: record.id, row: toHF(record, convert) }],
  datasetConfig: 'default',
  detect: (row) => chatFlavour(row) === 'hf',
  readBack: {
    carries: { actions: false, toolResults: true, searches: true, dropsCallText: false, emptyText: false, endsWithAssistant: false },
    read: (row, { names }) => readHF(row as HFRow, names),
  },
};
