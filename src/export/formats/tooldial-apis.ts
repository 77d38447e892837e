/** The API list ToolDial's scripts read (as after_coor_before_emb.json): every operation once, sorted. */
import { toolDialApiRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toolDialApi } from '../formats.ts';

export const tooldialApisFormat: ExportFormatModule = {
  name: 'tooldial-apis',
  selectedBy: 'tooldial',
  folder: 'tooldial',
  extension: 'json',
  layout: 'collected',
  fileName: 'apis.json',
  schema: 'export-tooldial-apis.schema.json',
  rules: toolDialApiRules,
  *toRows(record) {
    // Listed candidates too: a cannot-fulfil dialogue names the one the assistant turned down.
    for (const id of [...Object.keys(record.operations), ...Object.keys(record.candidates ?? {})]) {
      const api = toolDialApi(record, id);
      if (api) yield { id: api.full_name, row: api };
    }
  },
  checkedOnWrite: false,
  detect: (row) => 'full_name' in row && 'required_parameters' in row,
};
