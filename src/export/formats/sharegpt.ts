/** ShareGPT JSONL for LLaMA-Factory, with its dataset_info.json. */
import { shareGPTRules } from '../_rules.ts';
import type { ExportFormatModule, WrittenFile } from '../format.ts';
import { toShareGPT } from '../formats.ts';

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
};
