/** Evaluation items (next action, dialogue state, when to ask, self-correction), one per decision point. */
import { evalRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toEvalItems } from '../formats.ts';

export const evalFormat: ExportFormatModule = {
  name: 'eval',
  folder: 'eval',
  extension: 'jsonl',
  schema: 'export-eval.schema.json',
  rules: evalRules,
  toRows: (record, { convert }) => toEvalItems(record, convert).map((item) => ({ id: item.id, row: item })),
  datasetConfig: true,
  detect: (row) => 'gold' in row && 'context' in row,
};
