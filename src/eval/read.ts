/** Reading eval items: an eval JSONL file, or an export folder (its `eval/<split>.jsonl`). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DialforgeError } from '../errors.ts';
import type { EvalItem } from './types.ts';

/** The eval file an input names: the file itself, or `<folder>/eval/<split>.jsonl` (or `<folder>/<split>.jsonl`). */
export function resolveEvalFile(input: string, split = 'test'): string {
  if (!existsSync(input)) throw new DialforgeError('E_READ', 'no such file or folder; pass an eval .jsonl file or a folder written by dialforge generate/export', { file: input });
  if (!statSync(input).isDirectory()) return input;
  for (const candidate of [join(input, 'eval', `${split}.jsonl`), join(input, `${split}.jsonl`)]) if (existsSync(candidate)) return candidate;
  throw new DialforgeError('E_READ', `no eval/${split}.jsonl in this folder; export with --format eval, or pick another --split`, { file: input });
}

function checkItem(value: unknown): string | undefined {
  const item = value as Partial<EvalItem> | null;
  if (!item || typeof item !== 'object') return 'not a JSON object';
  if (typeof item.id !== 'string') return 'no "id"';
  if (!Array.isArray(item.context)) return 'no "context" list of messages';
  if (!Array.isArray(item.tools)) return 'no "tools" list';
  if (!Array.isArray(item.tasks)) return 'no "tasks" list';
  if (!item.gold || typeof item.gold.action !== 'string' || !item.gold.state) return 'no "gold" with "action" and "state"';
  return undefined;
}

/** Every item of an eval JSONL file; a bad line is an error naming the file and line. */
export function readEvalItems(file: string): EvalItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot read: ${(cause as Error).message}`, { file, cause });
  }
  const items: EvalItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new DialforgeError('E_PARSE', `line is not JSON (${(cause as Error).message}); expected one eval item per line`, { file, location: String(index + 1), cause });
    }
    const problem = checkItem(value);
    if (problem) throw new DialforgeError('E_PARSE', `not an eval item: ${problem} (write eval items with dialforge export --format eval)`, { file, location: String(index + 1) });
    items.push(value as EvalItem);
  });
  return items;
}
