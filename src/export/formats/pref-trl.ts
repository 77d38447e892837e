/** Preference pairs in TRL's conversational DPO format (prompt / chosen / rejected). */
import { preferenceRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toPreferencePairs, toTRLPreference } from '../formats.ts';

export const prefTrlFormat: ExportFormatModule = {
  name: 'pref-trl',
  selectedBy: 'eval',
  folder: 'pref-trl',
  extension: 'jsonl',
  schema: 'export-pref-trl.schema.json',
  rules: (row) => preferenceRules(row, 'trl'),
  toRows: (record, { convert }) => toPreferencePairs(record, convert).map((pair) => ({ id: pair.id, row: toTRLPreference(pair) })),
  datasetConfig: true,
  detect: (row) => 'chosen' in row && 'prompt' in row,
};
