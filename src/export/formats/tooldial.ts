/** ToolDial's dialogue JSON (one array per split). */
import { toolDialRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toToolDial, toolDialLeftOut } from '../formats.ts';

export const tooldialFormat: ExportFormatModule = {
  name: 'tooldial',
  folder: 'tooldial',
  extension: 'json',
  schema: 'export-tooldial.schema.json',
  rules: toolDialRules,
  toRows(record, context) {
    // What ToolDial's scripts cannot read (or would train as right) is left out and counted.
    const reason = toolDialLeftOut(record);
    if (reason !== undefined) {
      context.leftOut(reason);
      return [];
    }
    return [{ id: record.id, row: toToolDial(record) }];
  },
  datasetConfig: true,
  detect: (row) => 'dialogue' in row && 'subgraph_type' in row,
};
