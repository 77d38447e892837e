/** TRL's conversational prompt–completion rows: SFTTrainer trains the completion only. */
import { trlRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toTRLPromptCompletion } from '../formats.ts';

export const trlFormat: ExportFormatModule = {
  name: 'trl',
  folder: 'trl',
  extension: 'jsonl',
  schema: 'export-trl.schema.json',
  rules: trlRules,
  toRows: (record, { convert }) => [{ id: record.id, row: toTRLPromptCompletion(record, convert) }],
  datasetConfig: true,
  detect: (row) => 'completion' in row && 'prompt' in row,
};
