/** answers.jsonl of `--out`: one line per item (see `answerRecord`); read back by `--resume`. */
import { existsSync, readFileSync } from 'node:fs';
import { DialforgeError } from '../errors.ts';
import type { EvalMode, ModelReply } from './types.ts';

function isReply(value: unknown): value is ModelReply {
  const r = value as ModelReply | null;
  return !!r && typeof r === 'object' && typeof r.content === 'string' && Array.isArray(r.toolCalls);
}

/**
 * The replies an earlier run of the same model wrote, by item id and mode. A file written by another
 * model or baseline is an error (mixing them would score neither).
 */
export function readPreviousAnswers(file: string, by: string): Map<string, Partial<Record<EvalMode, ModelReply>>> {
  const previous = new Map<string, Partial<Record<EvalMode, ModelReply>>>();
  if (!existsSync(file)) return previous;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let record: { id?: unknown; by?: unknown; next?: { reply?: unknown }; dst?: { reply?: unknown } };
      try {
        record = JSON.parse(line) as typeof record;
      } catch {
        return; // a line cut short by a crash: that item is simply asked again
      }
      if (typeof record.id !== 'string') return;
      if (record.by !== by) {
        throw new DialforgeError('E_USAGE', `--resume: this file holds answers of "${String(record.by)}", not "${by}"; use another --out, or drop --resume to start over`, { file, location: String(index + 1) });
      }
      const replies = previous.get(record.id) ?? {};
      if (isReply(record.next?.reply)) replies.next = record.next.reply;
      if (isReply(record.dst?.reply)) replies.dst = record.dst.reply;
      previous.set(record.id, replies);
    });
  return previous;
}
