/**
 * Optional embedding similarity (off by default): every output field and input param gets a text, the
 * texts are embedded through an OpenAI-compatible `/v1/embeddings` endpoint, many per request, and each
 * vector is cached on disk under the sha256 of (model, text), so a rebuild sends nothing twice.
 * `computeEmbeddings` is the only async step; `buildGraph(ops, { embeddings })` stays synchronous and
 * deterministic given the table.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { DialforgeError } from '../errors.ts';
import type { Field, Operation, Param } from '../specs/index.ts';

/** Embedding vectors by text, unit length, all from one model. */
export interface EmbeddingTable {
  model: string;
  vectors: Map<string, Float32Array>;
}

export interface EmbeddingOptions {
  /** Embedding model name, as the endpoint knows it (`text-embedding-3-small`, `nomic-embed-text`…). */
  model: string;
  /** Default: OPENAI_BASE_URL, else api.openai.com. */
  baseURL?: string;
  /** Default: OPENAI_API_KEY. Sent to the endpoint only; never written anywhere. */
  apiKey?: string;
  /** Where vectors are cached (default `.dialforge-cache/embeddings`); `false` neither reads nor writes it. */
  cacheDir?: string | false;
  /** Texts per request (default 128). */
  batchSize?: number;
  /** Requests in flight (default 4). */
  concurrency?: number;
  /** Per HTTP attempt, in ms (default 60,000). */
  timeoutMs?: number;
  /** The client's retries on 408/409/429/5xx and dropped connections (default 4). */
  maxRetries?: number;
  /** Called after each request or cache pass: texts with a vector so far, and in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface EmbeddingStats {
  /** Distinct texts of the operations. */
  texts: number;
  /** Found in the cache. */
  cached: number;
  /** Sent to the endpoint. */
  embedded: number;
  /** Requests sent (each with up to `batchSize` texts; the client's retries not counted). */
  requests: number;
}

export const DEFAULT_EMBEDDINGS_CACHE_DIR = join('.dialforge-cache', 'embeddings');

/** `data[].id` → `data id`: names read as words. */
function words(name: string): string {
  return name.replace(/\[\]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[._\-/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** What the operation is, so a bare `id` is read as the id of what it returns or acts on. */
function operationContext(op: Operation): string {
  const what = op.summary?.trim() || op.name;
  return `${what} (${op.method} ${op.path})`;
}

/** The text embedded for an output field: its name, its description, and the operation it comes from. */
export function fieldEmbeddingText(op: Operation, field: Field): string {
  const description = field.description?.trim();
  return `output ${words(field.path)}${description ? `: ${description}` : ''} — from ${operationContext(op)}`;
}

/** The text embedded for an input param: its name, its description, and the operation it goes to. */
export function paramEmbeddingText(op: Operation, param: Param): string {
  const description = param.description?.trim();
  return `input ${words(param.name)}${description ? `: ${description}` : ''} — to ${operationContext(op)}`;
}

/** Every distinct field and param text of the operations, sorted. */
export function embeddingTexts(operations: Operation[]): string[] {
  const texts = new Set<string>();
  for (const op of operations) {
    for (const field of op.outputs) texts.add(fieldEmbeddingText(op, field));
    for (const param of op.inputs) texts.add(paramEmbeddingText(op, param));
  }
  return [...texts].sort();
}

/** Cache key: the sha256 of the model and the text (never the endpoint or the key). */
export function embeddingCacheKey(model: string, text: string): string {
  return createHash('sha256').update(JSON.stringify([model, text])).digest('hex');
}

function unit(values: ArrayLike<number>): Float32Array | undefined {
  const v = Float32Array.from(values);
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  if (!(norm > 0) || !Number.isFinite(norm)) return undefined;
  norm = Math.sqrt(norm);
  for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

/** Cosine of two unit vectors, clamped to [0, 1] (0 when the lengths differ). */
export function embeddingCosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return Math.max(0, Math.min(1, sum));
}

function redact(text: string, apiKey: string | undefined): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join('[redacted]');
  return out.replace(/\bsk-[A-Za-z0-9_*.-]{6,}/g, 'sk-[redacted]');
}

let tmpCounter = 0;

class VectorCache {
  private readonly made = new Set<string>();
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string, model: string): Promise<Float32Array | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.pathOf(key), 'utf8')) as { key?: string; model?: string; vector?: unknown };
      // A damaged or foreign file is a miss: the text is simply embedded again.
      if (entry.key !== key || entry.model !== model || !Array.isArray(entry.vector) || !entry.vector.every((x) => typeof x === 'number')) return undefined;
      return unit(entry.vector as number[]);
    } catch {
      return undefined;
    }
  }

  /** Written to a temporary name and renamed: a killed process leaves the whole entry or none. */
  async put(key: string, model: string, vector: number[]): Promise<void> {
    const folder = join(this.dir, key.slice(0, 2));
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    const path = this.pathOf(key);
    const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify({ key, model, vector }));
      await rename(tmp, path);
    } catch (cause) {
      await unlink(tmp).catch(() => undefined);
      throw new DialforgeError('E_READ', `cannot write the embeddings cache: ${(cause as Error).message}; check the folder is writable or pick another with --embeddings-cache`, { file: path, cause });
    }
  }
}

/**
 * Embeds every field and param text of the operations (cache first, then the endpoint, `batchSize` texts
 * per request). Throws a DialforgeError (E_LLM) when the endpoint fails after the client's retries, or
 * answers with the wrong number of vectors.
 */
export async function computeEmbeddings(operations: Operation[], options: EmbeddingOptions): Promise<{ table: EmbeddingTable; stats: EmbeddingStats }> {
  const { model } = options;
  if (!model) throw new DialforgeError('E_USAGE', 'embeddings need a model name (--embeddings-model)');
  const batchSize = options.batchSize ?? 128;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new DialforgeError('E_USAGE', `the embeddings batch size must be a positive integer, got ${batchSize}`);
  const texts = embeddingTexts(operations);
  const vectors = new Map<string, Float32Array>();
  const stats: EmbeddingStats = { texts: texts.length, cached: 0, embedded: 0, requests: 0 };
  const cacheDir = options.cacheDir === undefined ? DEFAULT_EMBEDDINGS_CACHE_DIR : options.cacheDir;
  const cache = cacheDir === false ? undefined : new VectorCache(cacheDir);

  const keys = new Map(texts.map((text) => [text, embeddingCacheKey(model, text)]));
  let missing = texts;
  if (cache) {
    const readLimit = pLimit(32);
    const found = await Promise.all(texts.map((text) => readLimit(() => cache.get(keys.get(text)!, model))));
    missing = [];
    texts.forEach((text, i) => {
      const vector = found[i];
      if (vector) vectors.set(text, vector);
      else missing.push(text);
    });
    stats.cached = vectors.size;
  }
  options.onProgress?.(vectors.size, texts.length);

  if (missing.length > 0) {
    const baseURL = options.baseURL ?? process.env.OPENAI_BASE_URL;
    const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY;
    if (!apiKey && !baseURL) {
      throw new DialforgeError('E_USAGE', 'embeddings need OPENAI_API_KEY (for api.openai.com) or --base-url / OPENAI_BASE_URL (for a local OpenAI-compatible server)');
    }
    const client = new OpenAI({
      // Local servers ignore the key, but the client insists on one.
      apiKey: apiKey || 'no-key',
      baseURL: baseURL || undefined,
      timeout: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 4,
      logLevel: 'off',
    });
    const batches: string[][] = [];
    for (let i = 0; i < missing.length; i += batchSize) batches.push(missing.slice(i, i + batchSize));
    const limit = pLimit(options.concurrency ?? 4);
    await Promise.all(
      batches.map((batch) =>
        limit(async () => {
          let response: OpenAI.CreateEmbeddingResponse;
          try {
            stats.requests++;
            response = await client.embeddings.create({ model, input: batch, encoding_format: 'float' });
          } catch (cause) {
            const status = cause instanceof OpenAI.APIError && cause.status ? ` (HTTP ${cause.status})` : '';
            throw new DialforgeError('E_LLM', redact(`the embeddings endpoint failed${status}: ${(cause as Error).message}; check --embeddings-model, --base-url and OPENAI_API_KEY`, apiKey), { cause });
          }
          const data = response.data ?? [];
          if (data.length !== batch.length) {
            throw new DialforgeError('E_LLM', `the embeddings endpoint returned ${data.length} vectors for ${batch.length} texts (model ${model})`);
          }
          const puts: Promise<void>[] = [];
          data.forEach((item, position) => {
            const index = typeof item.index === 'number' ? item.index : position;
            const text = batch[index];
            const vector = Array.isArray(item.embedding) ? unit(item.embedding) : undefined;
            if (text === undefined || !vector) {
              throw new DialforgeError('E_LLM', `the embeddings endpoint returned a bad vector (index ${index}) for model ${model}: expected ${batch.length} non-zero float vectors`);
            }
            vectors.set(text, vector);
            stats.embedded++;
            if (cache) puts.push(cache.put(keys.get(text)!, model, item.embedding));
          });
          await Promise.all(puts);
          options.onProgress?.(vectors.size, texts.length);
        }),
      ),
    );
  }
  return { table: { model, vectors }, stats };
}
