/**
 * Validation of exported files: each row against its format's published JSON Schema plus the format's
 * own rules (what a schema cannot say: ids that must match, JSON inside strings, role alternation).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse/sync';
import { DialforgeError } from '../errors.ts';
import { parameterSchemaProblem, schemaProblems } from './_schemas.ts';
import { CSV_COLUMNS } from './formats.ts';
import { FUNCTION_NAME_PATTERN } from './names.ts';

/** Every kind of file dialforge writes (and `validate` checks). `dialogue` is the canonical record. */
export const FILE_FORMATS = ['dialogue', 'openai', 'hf', 'sharegpt', 'tooldial', 'tooldial-apis', 'eval', 'pref-openai', 'pref-trl', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export interface LineProblem {
  line: number;
  reason: string;
}
export interface FileReport {
  file: string;
  format: FileFormat;
  rows: number;
  problems: LineProblem[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

// ------------------------------------------------------------------ rules per format

function toolNames(tools: unknown, problems: string[], where = 'tools'): Set<string> {
  const names = new Set<string>();
  if (!Array.isArray(tools)) return names;
  tools.forEach((tool, i) => {
    const fn = isObject(tool) && isObject(tool.function) ? tool.function : isObject(tool) ? tool : undefined;
    if (!fn || typeof fn.name !== 'string') return;
    if (names.has(fn.name)) problems.push(`${where}[${i}]: function "${fn.name}" is defined twice`);
    names.add(fn.name);
    const problem = parameterSchemaProblem(fn.parameters);
    if (problem) problems.push(`${where}[${i}] (${fn.name}): parameters is not a valid JSON Schema: ${problem}`);
  });
  return names;
}

/** openai and hf share the message rules; they differ in how arguments are written. */
function chatRules(row: Json, argumentsAs: 'string' | 'object', options: { mustEndWithAssistant: boolean }): string[] {
  const problems: string[] = [];
  const messages = Array.isArray(row.messages) ? (row.messages as Json[]) : [];
  const hasTools = Array.isArray(row.tools);
  const tools = toolNames(row.tools, problems);
  const open = new Map<string, number>();
  const seen = new Set<string>();
  let lastAssistant = -1;
  messages.forEach((m, i) => {
    if (!isObject(m)) return;
    if (m.role === 'assistant') {
      lastAssistant = i;
      const calls = Array.isArray(m.tool_calls) ? (m.tool_calls as Json[]) : [];
      if (calls.length === 0 && (typeof m.content !== 'string' || m.content === '')) problems.push(`messages[${i}]: assistant message has neither content nor tool_calls`);
      calls.forEach((call, j) => {
        const fn = isObject(call.function) ? call.function : {};
        const id = String(call.id);
        if (seen.has(id)) problems.push(`messages[${i}].tool_calls[${j}]: tool call id "${id}" is used twice`);
        seen.add(id);
        open.set(id, i);
        if (typeof fn.name === 'string' && !tools.has(fn.name)) {
          problems.push(`messages[${i}].tool_calls[${j}]: function "${fn.name}" is not in tools${hasTools ? '' : ' (the row has no tools)'}`);
        }
        if (argumentsAs === 'string') {
          if (typeof fn.arguments === 'string') {
            try {
              if (!isObject(JSON.parse(fn.arguments))) problems.push(`messages[${i}].tool_calls[${j}]: arguments is JSON but not an object`);
            } catch {
              problems.push(`messages[${i}].tool_calls[${j}]: arguments is not valid JSON`);
            }
          }
        }
      });
    } else if (m.role === 'tool') {
      const id = String(m.tool_call_id);
      if (m.tool_call_id === undefined) return; // the schema reports the missing field
      if (!open.has(id)) problems.push(`messages[${i}]: tool_call_id "${id}" answers no earlier tool call${seen.has(id) ? ' (already answered)' : ''}`);
      open.delete(id);
    } else if (m.role === 'user' || m.role === 'system') {
      for (const [id, at] of open) if (at < i) problems.push(`messages[${at}]: tool call "${id}" gets no tool message before messages[${i}]`);
      open.clear();
    }
  });
  for (const [id, at] of open) if (at !== lastAssistant || at !== messages.length - 1) problems.push(`messages[${at}]: tool call "${id}" gets no tool message`);
  if (options.mustEndWithAssistant && messages.length > 0 && messages[messages.length - 1]?.role !== 'assistant') {
    problems.push(`messages: the last message must be an assistant message (is ${String(messages[messages.length - 1]?.role)})`);
  }
  return problems;
}

function shareGPTRules(row: Json): string[] {
  const problems: string[] = [];
  const conversations = Array.isArray(row.conversations) ? (row.conversations as Json[]) : [];
  let tools = new Set<string>();
  if (row.tools !== undefined && typeof row.tools === 'string') {
    try {
      const parsed = JSON.parse(row.tools);
      if (!Array.isArray(parsed)) problems.push('tools: must be JSON text of a list');
      else tools = toolNames(parsed, problems);
    } catch {
      problems.push('tools: is not valid JSON');
    }
  }
  conversations.forEach((c, i) => {
    const odd = i % 2 === 0; // 1-based odd position
    const allowed = odd ? ['human', 'observation'] : ['gpt', 'function_call'];
    if (!allowed.includes(String(c.from))) problems.push(`conversations[${i}]: "${String(c.from)}" at position ${i + 1}; LLaMA-Factory expects ${allowed.join('|')} there and drops the row`);
    if (c.from === 'function_call' && typeof c.value === 'string') {
      let value: unknown;
      try {
        value = JSON.parse(c.value);
      } catch {
        problems.push(`conversations[${i}]: function_call value is not valid JSON`);
        return;
      }
      for (const call of Array.isArray(value) ? value : [value]) {
        if (!isObject(call) || typeof call.name !== 'string' || !isObject(call.arguments)) {
          problems.push(`conversations[${i}]: function_call value must be {"name": string, "arguments": object}`);
        } else if (row.tools !== undefined && !tools.has(call.name)) {
          problems.push(`conversations[${i}]: function "${call.name}" is not in tools`);
        }
      }
    }
  });
  if (conversations.length % 2 !== 0) problems.push(`conversations: odd number of messages (${conversations.length}); LLaMA-Factory drops the row`);
  return problems;
}

const API_NAME = /^[^|]+\|[^|]+\|[^|]+$/;

function toolDialRules(row: Json): string[] {
  const problems: string[] = [];
  const dialogue = Array.isArray(row.dialogue) ? (row.dialogue as Json[]) : [];
  const checkName = (name: unknown, where: string): void => {
    if (typeof name === 'string' && !API_NAME.test(name)) problems.push(`${where}: API name "${name}" is not <Category>|<tool>|<operation>`);
  };
  if (dialogue.length > 0 && !isObject(dialogue[0]?.User)) problems.push('dialogue[0]: a ToolDial dialogue starts with a User turn');
  dialogue.forEach((turn, i) => {
    const system = isObject(turn.System) ? turn.System : undefined;
    if (!system) return;
    const retriever = isObject(system.retriever_status) ? system.retriever_status : {};
    if (isObject(retriever.retrieved_api)) {
      for (const name of Object.keys(retriever.retrieved_api)) checkName(name, `dialogue[${i}].retriever_status`);
      // ToolDial's preprocessing (dialogue_preprocess.py) after a retrieval scoring above 0.5 reads the
      // API documentation from the dialogue state of the next System turn, or, after suggest + affirm,
      // of the System turn after that: those states must name an API.
      const confident = Object.values(retriever.retrieved_api).some((s) => typeof s === 'number' && s > 0.5);
      if (confident) {
        const next = isObject(dialogue[i + 1]?.System) ? (dialogue[i + 1]!.System as Json) : undefined;
        const confirmed = (system: unknown): boolean => isObject(system) && isObject(system.dialogue_state) && isObject(system.dialogue_state.api_status);
        if (!next) problems.push(`dialogue[${i}]: a retrieval scoring above 0.5 must be followed by a System turn (ToolDial reads its dialogue state)`);
        else if (next.action === 'suggest') {
          const answer = isObject(dialogue[i + 2]?.User) ? (dialogue[i + 2]!.User as Json) : undefined;
          if (!answer) problems.push(`dialogue[${i + 2}]: a suggest after a confident retrieval must be answered by a User turn`);
          else if (answer.action !== 'negate' && !confirmed(dialogue[i + 3]?.System)) problems.push(`dialogue[${i + 3}]: after suggest and ${String(answer.action)}, ToolDial reads an API from this turn's dialogue state, which has none`);
        } else if (!confirmed(next)) {
          problems.push(`dialogue[${i}]: a retrieval scoring above 0.5 must lead to a turn whose dialogue state names an API (ToolDial reads it); scores at or below 0.5 mean "no confident API"`);
        }
      }
    }
    if (retriever.retriever_call === 'true' && retriever.retrieved_api === 'none') problems.push(`dialogue[${i}]: retriever_call is "true" but retrieved_api is "none"`);
    for (const key of ['api_request', 'api_response'] as const) if (isObject(system[key])) checkName(system[key].api_name, `dialogue[${i}].${key}`);
    const state = isObject(system.dialogue_state) ? system.dialogue_state : {};
    if (isObject(state.api_status)) checkName(state.api_status.api_name, `dialogue[${i}].dialogue_state`);
    if (system.action === 'call' && isObject(system.api_request) && Object.keys(system.api_request).length === 0) problems.push(`dialogue[${i}]: a call turn has no api_request`);
  });
  for (const key of ['source', 'target'] as const) if (row[key] !== 'none') checkName(row[key], key);
  return problems;
}

function toolDialApiRules(row: Json): string[] {
  const expected = `${String(row.category_name)}|${String(row.tool_name)}|${String(row.api_name)}`;
  return row.full_name === expected ? [] : [`full_name "${String(row.full_name)}" is not category_name|tool_name|api_name ("${expected}")`];
}

function evalRules(row: Json): string[] {
  const problems = chatRules({ messages: row.context, tools: row.tools }, 'object', { mustEndWithAssistant: false });
  const gold = isObject(row.gold) ? row.gold : {};
  const tasks = Array.isArray(row.tasks) ? row.tasks : [];
  if (tasks.includes('when_to_ask') && gold.decision === undefined) problems.push('gold: when_to_ask item without a decision');
  if (gold.decision === 'call' && !isObject(gold.call)) problems.push('gold: decision "call" without the gold call');
  if (gold.decision === 'ask' && !Array.isArray(gold.missing)) problems.push('gold: decision "ask" without the missing parameters');
  if (isObject(gold.call) && typeof gold.call.name === 'string' && !toolNames(row.tools, []).has(gold.call.name)) problems.push(`gold.call: function "${gold.call.name}" is not in tools`);
  return problems;
}

function preferenceRules(row: Json, style: 'openai' | 'trl'): string[] {
  const chosenKey = style === 'openai' ? 'preferred_output' : 'chosen';
  const rejectedKey = style === 'openai' ? 'non_preferred_output' : 'rejected';
  const input = style === 'openai' ? (isObject(row.input) ? row.input : {}) : { messages: row.prompt, tools: row.tools };
  const problems: string[] = [];
  if (JSON.stringify(row[chosenKey]) === JSON.stringify(row[rejectedKey])) problems.push(`${chosenKey} and ${rejectedKey} are the same`);
  for (const key of [chosenKey, rejectedKey]) {
    const output = Array.isArray(row[key]) ? (row[key] as unknown[]) : [];
    const messages = [...(Array.isArray(input.messages) ? input.messages : []), ...output];
    for (const p of chatRules({ messages, tools: input.tools }, style === 'openai' ? 'string' : 'object', { mustEndWithAssistant: true })) {
      problems.push(`${key} in context: ${p}`);
    }
  }
  return [...new Set(problems)];
}

function dialogueRules(row: Json): string[] {
  const problems: string[] = [];
  const turns = Array.isArray(row.turns) ? (row.turns as Json[]) : [];
  const operations = isObject(row.operations) ? row.operations : {};
  const calls = new Set<string>();
  turns.forEach((t, i) => {
    if (t.speaker === 'assistant' && isObject(t.call)) {
      if (calls.has(String(t.call.id))) problems.push(`turns[${i}]: call id "${String(t.call.id)}" is used twice`);
      calls.add(String(t.call.id));
      if (!(String(t.call.operation) in operations)) problems.push(`turns[${i}]: call to "${String(t.call.operation)}", which is not in operations`);
    }
    if (t.speaker === 'tool' && !calls.has(String(t.call_id))) problems.push(`turns[${i}]: tool turn answers call id "${String(t.call_id)}", made by no earlier turn`);
    if (t.speaker === 'assistant' && typeof t.corrects === 'number' && !isObject(turns[t.corrects]?.error)) problems.push(`turns[${i}]: corrects turn ${t.corrects}, which has no error`);
  });
  return problems;
}

/** Schema problems and rule problems of one parsed row. */
export function validateRow(format: FileFormat, row: unknown): string[] {
  const problems = schemaProblems(format, row);
  if (!isObject(row)) return problems;
  switch (format) {
    case 'openai':
      return [...problems, ...chatRules(row, 'string', { mustEndWithAssistant: true })];
    case 'hf':
      return [...problems, ...chatRules(row, 'object', { mustEndWithAssistant: false })];
    case 'sharegpt':
      return [...problems, ...shareGPTRules(row)];
    case 'tooldial':
      return [...problems, ...toolDialRules(row)];
    case 'tooldial-apis':
      return [...problems, ...toolDialApiRules(row)];
    case 'eval':
      return [...problems, ...evalRules(row)];
    case 'pref-openai':
      return [...problems, ...preferenceRules(row, 'openai')];
    case 'pref-trl':
      return [...problems, ...preferenceRules(row, 'trl')];
    case 'dialogue':
      return [...problems, ...dialogueRules(row)];
    case 'csv':
      return problems;
  }
}

// ------------------------------------------------------------------ format detection

/** From the path: the export folder (`openai/train.jsonl`) or file name. */
export function formatFromPath(file: string): FileFormat | undefined {
  const name = basename(file).toLowerCase();
  if (extname(name) === '.csv') return 'csv';
  if (name === 'apis.json') return 'tooldial-apis';
  if (name === 'dialogues.jsonl') return 'dialogue';
  // Side files of an export folder, not data rows.
  if (name === 'manifest.json' || name === 'dataset_info.json' || name === 'package.json') return undefined;
  const folder = basename(dirname(file)).toLowerCase();
  if ((FILE_FORMATS as readonly string[]).includes(folder) && folder !== 'csv') return folder as FileFormat;
  return undefined;
}

/** From one parsed row. */
export function formatFromRow(row: unknown): FileFormat | undefined {
  if (!isObject(row)) return undefined;
  if ('turns' in row && 'family' in row) return 'dialogue';
  if ('conversations' in row) return 'sharegpt';
  if ('dialogue' in row && 'subgraph_type' in row) return 'tooldial';
  if ('full_name' in row && 'required_parameters' in row) return 'tooldial-apis';
  if ('preferred_output' in row) return 'pref-openai';
  if ('chosen' in row && 'prompt' in row) return 'pref-trl';
  if ('gold' in row && 'context' in row) return 'eval';
  if (Array.isArray(row.messages)) {
    for (const m of row.messages as unknown[]) {
      if (!isObject(m)) continue;
      if ('weight' in m) return 'openai';
      for (const c of Array.isArray(m.tool_calls) ? (m.tool_calls as unknown[]) : []) {
        const args = isObject(c) && isObject(c.function) ? c.function.arguments : undefined;
        if (typeof args === 'string') return 'openai';
        if (isObject(args)) return 'hf';
      }
    }
    // No call to tell them apart: hf rows carry an id, openai rows cannot.
    return 'id' in row ? 'hf' : 'openai';
  }
  return undefined;
}

// ------------------------------------------------------------------ files

/**
 * Yields the rows of a JSONL file, or of a JSON array written one element per line (tooldial, API
 * list), with their 1-based line numbers; a line that does not parse is yielded as an error.
 */
async function* jsonRows(file: string): AsyncGenerator<{ line: number; row?: unknown; error?: string }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let inArray = false;
  for await (const raw of lines) {
    n++;
    let text = raw.trim();
    if (text === '') continue;
    if (n === 1 && text === '[') {
      inArray = true;
      continue;
    }
    if (inArray && text === ']') continue;
    if (inArray && text.endsWith(',')) text = text.slice(0, -1);
    try {
      yield { line: n, row: JSON.parse(text) };
    } catch (error) {
      const hint = n === 1 && text.startsWith('[') ? ' (a JSON array must have one element per line: "[" alone on the first line)' : '';
      yield { line: n, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}${hint}` };
    }
  }
}

async function validateCsv(file: string): Promise<FileReport> {
  const report: FileReport = { file, format: 'csv', rows: 0, problems: [] };
  // The CSV export is one row per dialogue: small enough to parse whole.
  const { readFile } = await import('node:fs/promises');
  let records: string[][];
  try {
    records = parseCsv(await readFile(file, 'utf8'), { relax_column_count: true }) as string[][];
  } catch (error) {
    report.problems.push({ line: 1, reason: `not valid CSV: ${error instanceof Error ? error.message : String(error)}` });
    return report;
  }
  const header = records[0] ?? [];
  if (header.join(',') !== CSV_COLUMNS.join(',')) report.problems.push({ line: 1, reason: `header must be ${CSV_COLUMNS.join(',')} (is ${header.join(',')})` });
  records.slice(1).forEach((cells, i) => {
    report.rows++;
    if (cells.length !== CSV_COLUMNS.length) {
      report.problems.push({ line: i + 2, reason: `${cells.length} cells, expected ${CSV_COLUMNS.length}` });
      return;
    }
    const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, cells[j]]));
    for (const reason of validateRow('csv', row)) report.problems.push({ line: i + 2, reason });
  });
  return report;
}

/**
 * Validates one file, streaming. The format is taken from `format`, else the path, else the first
 * row. Every bad line is reported with its number and reason.
 */
export async function validateFile(file: string, options: { format?: FileFormat } = {}): Promise<FileReport> {
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new DialforgeError('E_READ', `cannot read ${file}: give the path of an exported file (e.g. output/openai/train.jsonl)`, { file });
  }
  let format = options.format ?? formatFromPath(file);
  if (format === 'csv') return validateCsv(file);
  const report: FileReport = { file, format: format ?? 'openai', rows: 0, problems: [] };
  for await (const { line, row, error } of jsonRows(file)) {
    if (error !== undefined) {
      report.problems.push({ line, reason: error });
      continue;
    }
    if (format === undefined) {
      format = formatFromRow(row);
      if (format === undefined) throw new DialforgeError('E_FORMAT', `cannot tell the format of ${file} from line ${line}: pass --format (${FILE_FORMATS.join(', ')})`, { file, location: String(line) });
      report.format = format;
    }
    report.rows++;
    for (const reason of validateRow(format, row)) report.problems.push({ line, reason });
  }
  return report;
}
