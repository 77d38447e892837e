/** Streaming reader of canonical dialogues.jsonl files. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { DialforgeError } from '../errors.ts';
import type { DialogueRecord } from '../plan/index.ts';

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
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
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
    lineOf?.set(value, n);
    yield value as DialogueRecord;
  }
}
