/** OpenAI chat fine-tuning JSONL: arguments as JSON text, wrong turns at weight 0. */
import { chatFlavour, chatRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toOpenAI } from '../formats.ts';

export const openaiFormat: ExportFormatModule = {
  name: 'openai',
  folder: 'openai',
  extension: 'jsonl',
  schema: 'export-openai.schema.json',
  rules: (row) => chatRules(row, 'string', { mustEndWithAssistant: true }),
  toRows: (record, { convert }) => [{ id: record.id, row: toOpenAI(record, convert) }],
  datasetConfig: true,
  detect: (row) => chatFlavour(row) === 'openai',
};
