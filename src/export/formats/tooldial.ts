/** ToolDial's dialogue JSON (one array per split). */
import { toolDialRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toToolDial } from '../formats.ts';

export const tooldialFormat: ExportFormatModule = {
  name: 'tooldial',
  folder: 'tooldial',
  extension: 'json',
  schema: 'export-tooldial.schema.json',
  rules: toolDialRules,
  toRows: (record) => [{ id: record.id, row: toToolDial(record) }],
  datasetConfig: true,
  detect: (row) => 'dialogue' in row && 'subgraph_type' in row,
};
