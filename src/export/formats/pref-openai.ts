/** Preference pairs (ask, don't hallucinate / call, don't over-ask) in OpenAI's DPO format. */
import { preferenceRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toOpenAIPreference, toPreferencePairs } from '../formats.ts';

export const prefOpenaiFormat: ExportFormatModule = {
  name: 'pref-openai',
  selectedBy: 'eval',
  folder: 'pref-openai',
  extension: 'jsonl',
  schema: 'export-pref-openai.schema.json',
  rules: (row) => preferenceRules(row, 'openai'),
  toRows: (record, { convert }) => toPreferencePairs(record, convert).map((pair) => ({ id: pair.id, row: toOpenAIPreference(pair) })),
  datasetConfig: true,
  detect: (row) => 'preferred_output' in row,
};
