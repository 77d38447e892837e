/** ToolDial's dialogue JSON (one array per split). */
import { toolDialRules } from '../_rules.ts';
import type { ExportFormatModule } from '../format.ts';
import { toolDialApiName, toToolDial, toolDialLeftOut, type ToolDialRow } from '../tooldial.ts';
import type { DialogueRecord } from '../../plan/index.ts';
import type { Step } from '../_readback.ts';

export function readToolDial(row: ToolDialRow, record: DialogueRecord): Step[] {
  const byApiName = new Map(Object.keys(record.operations).map((id) => [toolDialApiName(record, id), id]));
  return row.dialogue.map((turn): Step => {
    if ('User' in turn) return { speaker: 'user', text: turn.User.message, action: turn.User.action };
    const s = turn.System;
    const step: Step & { speaker: 'assistant' } = { speaker: 'assistant', action: s.action, text: s.message };
    if ('api_name' in s.api_request) {
      const request = s.api_request as { api_name: string; required_parameters: Record<string, unknown>; optional_parameters: Record<string, unknown> };
      step.call = { operation: byApiName.get(request.api_name) ?? `?${request.api_name}`, arguments: { ...request.required_parameters, ...request.optional_parameters } };
    }
    return step;
  });
}

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
  readBack: {
    carries: { actions: true, toolResults: false, searches: false, dropsCallText: false, emptyText: true, endsWithAssistant: false },
    read: (row, { record }) => readToolDial(row as ToolDialRow, record),
  },
};
