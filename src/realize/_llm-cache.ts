/**
 * Disk cache of LLM answers, keyed by the sha256 of the canonical request (model, messages, parameters,
 * answer schema — never the API key or the endpoint's credentials). One file per answer, written to a
 * temporary name and renamed, so a process killed mid-write (kill -9) leaves either the whole entry or
 * none: a resumed run finds every answer it already paid for and sends no request twice.
 * Errors and empty answers are never stored (the caller only puts non-empty answers).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** JSON with object keys sorted at every level: the same request always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What is kept of one answer: enough to replay it and to count its tokens. */
export interface CachedAnswer {
  content: string;
  /** Tool calls of the answer (chat requests that offer tools); absent for text-only answers. */
  toolCalls?: { id: string; name: string; arguments: string }[];
  model: string;
  finishReason: string | null;
  usage: { prompt: number; completion: number };
}

/** An answer with neither words nor tool calls: never cached (asking again may get one). */
export function isEmptyAnswer(answer: CachedAnswer): boolean {
  return answer.content.trim() === '' && (answer.toolCalls?.length ?? 0) === 0;
}

let tmpCounter = 0;

export class LlmCache {
  readonly dir: string;
  /** Sub-folders known to exist: one mkdir per folder per run, not one per answer. */
  private readonly made = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    let text: string;
    try {
      text = await readFile(this.pathOf(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { key?: string; answer?: CachedAnswer };
      // A damaged or foreign file is a miss, not a failure: the request is simply sent again.
      if (entry.key !== key || !entry.answer || typeof entry.answer.content !== 'string' || isEmptyAnswer(entry.answer)) return undefined;
      return entry.answer;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an answer before anything else runs: synchronously, so no other task of the event loop (and
   * no use of the answer) comes between receiving it and its being on disk. A kill at any later moment
   * keeps it; the write itself is a temporary file renamed, so a kill mid-write leaves no torn entry.
   */
  put(key: string, answer: CachedAnswer): void {
    if (isEmptyAnswer(answer)) return;
    const path = this.pathOf(key);
    const folder = join(this.dir, key.slice(0, 2));
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify({ key, answer })}\n`);
      renameSync(tmp, path);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
  }
}
