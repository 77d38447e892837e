/** Hugging Face `messages` JSONL (TRL / chat templates): arguments as objects, wrong turns `train: false`. */
import { chatFlavour, chatRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toHF } from '../formats.ts';

export const hfFormat: ExportFormatModule = {
  name: 'hf',
  folder: 'hf',
  extension: 'jsonl',
  schema: 'export-hf.schema.json',
  rules: (row) => chatRules(row, 'object', { mustEndWithAssistant: false }),
  toRows: (record, { convert }) => [{ id: record.id, row: toHF(record, convert) }],
  datasetConfig: 'default',
  detect: (row) => chatFlavour(row) === 'hf',
};
