/** Streaming reader of canonical dialogues.jsonl files. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { DialforgeError } from '../errors.ts';
import type { DialogueRecord } from '../plan/index.ts';
import { formatFromRow } from './validate.ts';

export interface BadLine {
  line: number;
  reason: string;
}

/**
 * Yields the records of a JSONL file one by one (memory does not grow with the file). A line that is
 * not JSON is passed to `onBadLine` and skipped; schema checks are the writer's job.
 */
export async function* readDialogueRecords(
  file: string,
  onBadLine: (bad: BadLine) => void = () => {},
  /** Filled with each record's line number (for messages about a record further down the pipeline). */
  lineOf?: WeakMap<object, number>,
): AsyncGenerator<DialogueRecord> {
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new DialforgeError('E_READ', `cannot read ${file}: give the dialogues.jsonl that dialforge generate wrote`, { file });
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let rows = 0;
  let checkedFormat = false;
  for await (const line of lines) {
    n++;
    // A UTF-8 byte order mark (Windows editors write one) is not part of the first record.
    const text = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (text.trim() === '') continue;
    rows++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      onBadLine({ line: n, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      onBadLine({ line: n, reason: 'not a JSON object' });
      continue;
    }
    const format = formatFromRow(value);
    if (format !== 'dialogue' || !hasDialogueShape(value as Record<string, unknown>)) {
      const what = format && format !== 'dialogue' ? `a row of the ${format} export format` : 'not a canonical dialogue record (it needs turns, slots, meta, flow and family)';
      if (!checkedFormat) {
        throw new DialforgeError(
          'E_FORMAT',
          `line ${n} is ${what}, not a record of dialogues.jsonl. Give the dialogues.jsonl that dialforge generate wrote; check exported files with \`dialforge validate\`.`,
          { file, location: String(n) },
        );
      }
      onBadLine({ line: n, reason: what });
      continue;
    }
    checkedFormat = true;
    lineOf?.set(value, n);
    yield value as DialogueRecord;
  }
  if (rows === 0) throw new DialforgeError('E_READ', `${file} is empty: no dialogue records. Give the dialogues.jsonl that dialforge generate wrote.`, { file });
}

/** The fields every reader of a canonical record relies on. */
function hasDialogueShape(row: Record<string, unknown>): boolean {
  return Array.isArray(row.turns) && Array.isArray(row.slots) && typeof row.meta === 'object' && row.meta !== null && typeof row.flow === 'string' && typeof row.family === 'string';
}
