/** One CSV row per dialogue (all splits in one file, a `split` column), for spreadsheets and pandas. */
import { stringify } from 'csv-stringify/sync';
import type { ExportFormatModule } from '../format.ts';
import { CSV_COLUMNS, toCsvRow, type CsvRow } from '../formats.ts';

export const csvFormat: ExportFormatModule = {
  name: 'csv',
  folder: 'csv',
  extension: 'csv',
  layout: 'one-file',
  fileName: 'dialogues.csv',
  schema: 'export-csv.schema.json',
  header: stringify([[...CSV_COLUMNS]]).trimEnd(),
  toRows: (record, { split }) => [{ id: record.id, row: toCsvRow(record, split) }],
  serialize: (row) => stringify([CSV_COLUMNS.map((c) => (row as CsvRow)[c])]).trimEnd(),
  checkedOnWrite: false,
};
