/**
 * The LLM realizer through a provider's batch API: request lines written from plans, results read back
 * into records (checked, with the template fallback), at the batch price.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import pLimit from 'p-limit';
import { DialforgeError } from '../errors.ts';
import type { DialoguePlan, DialogueRecord } from '../plan/index.ts';
import { canonicalJson, LlmCache, sha256Hex, type CachedAnswer } from './_llm-cache.ts';
import { LlmRequestFailed, LlmTransport, redact, RESPONSE_FORMAT_MODES, wireBody, type ResponseFormatMode } from './_llm-client.ts';
import { costUsd, DEFAULT_PRICES, estimateTokens, parsePrice, priceFor, type ModelPrice } from './_llm-cost.ts';
import { orderedMap } from './_llm-order.ts';
import { ANSWER_SCHEMA, buildMessages, parseAnswer, retryMessages, spokenTurns, withTexts, type ChatMessage } from './_llm-prompt.ts';
import { RateLimiter } from './_llm-rate.ts';
import { addCost, emptyStats, judge, llmRealizerName, templateBase, templateFallback, type LlmFallbackReason, type LlmOutcome, type LlmRealizerOptions, type LlmStats } from './llm.ts';
import { LineSplitter } from './_line-splitter.ts';

export type LlmBatchOptions = Pick<LlmRealizerOptions, 'model' | 'temperature' | 'maxTokens' | 'responseFormat' | 'fallback'>;

export interface LlmBatchRequestLine {
  custom_id: string;
  method: 'POST';
  url: '/v1/chat/completions';
  body: Record<string, unknown>;
}

/** One line of an OpenAI Batch API input file (the format `vllm run-batch` reads too). */
export async function llmBatchRequestLine(plan: DialoguePlan, options: LlmBatchOptions): Promise<LlmBatchRequestLine> {
  return requestLineFor(await templateBase(plan, options), options);
}

function requestLineFor(base: DialogueRecord, options: LlmBatchOptions): LlmBatchRequestLine {
  return { custom_id: base.id, method: 'POST', url: '/v1/chat/completions', body: wireBody(buildMessages(base), options, options.responseFormat ?? 'json_schema') };
}

/** The plans file written beside a batch file: `requests.jsonl` → `requests.plans.jsonl`. */
export function llmBatchPlansPath(batchFile: string): string {
  return batchFile.endsWith('.jsonl') ? `${batchFile.slice(0, -'.jsonl'.length)}.plans.jsonl` : `${batchFile}.plans.jsonl`;
}

async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function closeStream(stream: NodeJS.WritableStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/**
 * `--batch-out requests.jsonl`: writes one request per plan, and beside it `requests.plans.jsonl`: each
 * plan as the template realizer wrote it (the base the answers are written onto, and the fallback),
 * marked with the realizer that will fill it. `dialforge ingest` reads it back without the specs.
 */
export async function writeLlmBatchRequests(
  plans: Iterable<DialoguePlan> | AsyncIterable<DialoguePlan>,
  batchFile: string,
  options: LlmBatchOptions,
): Promise<{ requests: number; file: string; plansFile: string }> {
  const plansFile = llmBatchPlansPath(batchFile);
  try {
    mkdirSync(dirname(batchFile), { recursive: true });
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot create the folder for the batch file: ${(cause as Error).message}`, { file: batchFile, cause });
  }
  const requestsOut = createWriteStream(batchFile);
  const plansOut = createWriteStream(plansFile);
  const ids = new Set<string>();
  let requests = 0;
  for await (const plan of plans) {
    if (ids.has(plan.id)) throw new DialforgeError('E_USAGE', `two plans share the id "${plan.id}"; a batch needs unique custom_id values`, { file: batchFile });
    ids.add(plan.id);
    const base = await templateBase(plan, options);
    await writeLine(requestsOut, `${JSON.stringify(requestLineFor(base, options))}\n`);
    await writeLine(plansOut, `${JSON.stringify({ ...base, meta: { ...base.meta, realizer: llmRealizerName(options.model) } })}\n`);
    requests++;
  }
  await closeStream(requestsOut);
  await closeStream(plansOut);
  return { requests, file: batchFile, plansFile };
}

/** Reads a JSONL file line by line with the byte offset of each line (for indexing big files). */
async function* jsonlLines(file: string): AsyncGenerator<{ line: string; offset: number; length: number; lineNumber: number }> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  const stream = createReadStream(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const line of splitter.push(chunk)) {
        lineNumber++;
        yield { ...decodeLine(line.bytes, lineNumber), offset: line.offset, length: line.bytes.length, lineNumber };
      }
    }
  } catch (error) {
    throw new DialforgeError('E_READ', `cannot read: ${(error as Error).message}`, { file, cause: error });
  }
  const last = splitter.end();
  if (last) {
    lineNumber++;
    yield { ...decodeLine(last.bytes, lineNumber), offset: last.offset, length: last.bytes.length, lineNumber };
  }
}

/** A line's text; the UTF-8 byte order mark some editors put first is not part of it. */
function decodeLine(bytes: Buffer, lineNumber: number): { line: string } {
  const text = bytes.toString('utf8');
  return { line: lineNumber === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Reads a plans file (JSONL of DialoguePlan), e.g. the one `writeLlmBatchRequests` wrote. */
export async function* readLlmPlansFile(file: string): AsyncGenerator<DialoguePlan> {
  let plans = 0;
  for await (const { line, lineNumber } of jsonlLines(file)) {
    if (line.trim() === '') continue;
    plans++;
    let plan: DialoguePlan;
    try {
      plan = JSON.parse(line) as DialoguePlan;
    } catch (error) {
      throw new DialforgeError('E_PARSE', `line is not JSON (${(error as Error).message}); expected one plan per line`, { file, location: String(lineNumber) });
    }
    if (!plan || typeof plan.id !== 'string' || !Array.isArray(plan.turns)) {
      throw new DialforgeError('E_PARSE', 'not a dialogue plan (needs "id" and "turns"); pass the .plans.jsonl file written beside the batch file', { file, location: String(lineNumber) });
    }
    yield plan;
  }
  if (plans === 0) throw new DialforgeError('E_READ', 'the plans file is empty: no plans. Give the .plans.jsonl written beside the batch file by generate --batch-out.', { file });
}

interface BatchResultEntry {
  custom_id?: string;
  response?: { status_code?: number; body?: { model?: string; choices?: { message?: { content?: string | null } }[]; usage?: { prompt_tokens?: number; completion_tokens?: number } } } | null;
  error?: { message?: string; code?: string } | null;
}

export interface LlmIngestOptions extends Pick<LlmRealizerOptions, 'check' | 'fallback' | 'prices' | 'onProgress'> {
  /** Model name for `meta.realizer` when the plans do not carry one. */
  model?: string | undefined;
  /** Multiplier on list prices (default 0.5: OpenAI's Batch API costs half; 1 for others, or set prices). */
  priceFactor?: number | undefined;
  /** The price of whatever model answered (overrides the table). */
  price?: ModelPrice | undefined;
}

export interface LlmBatchIngest {
  outcomes: AsyncGenerator<LlmOutcome>;
  stats(): LlmStats;
}

/**
 * `dialforge ingest`: reads a Batch API (or `vllm run-batch`) results file and the plans, and yields one
 * outcome per plan in plan order, judged exactly like a live answer (no re-asks: a failed answer keeps
 * the template text). The results file is indexed by byte offset, so only the offsets stay in memory.
 */
export async function ingestLlmBatchResults(resultsFile: string, plans: Iterable<DialoguePlan> | AsyncIterable<DialoguePlan>, options: LlmIngestOptions): Promise<LlmBatchIngest> {
  const index = new Map<string, { offset: number; length: number; lineNumber: number }>();
  for await (const { line, offset, length, lineNumber } of jsonlLines(resultsFile)) {
    if (line.trim() === '') continue;
    let entry: BatchResultEntry;
    try {
      entry = JSON.parse(line) as BatchResultEntry;
    } catch (error) {
      throw new DialforgeError('E_PARSE', `line is not JSON (${(error as Error).message}); expected a Batch API results file`, { file: resultsFile, location: String(lineNumber) });
    }
    if (typeof entry.custom_id !== 'string') {
      throw new DialforgeError('E_PARSE', 'line has no "custom_id"; expected a Batch API results file (one {custom_id, response, error} per line)', { file: resultsFile, location: String(lineNumber) });
    }
    const earlier = index.get(entry.custom_id);
    if (earlier) {
      // Which of two answers to one request is right cannot be told: keeping either silently would guess.
      throw new DialforgeError(
        'E_PARSE',
        `custom_id "${entry.custom_id.slice(0, 200)}" appears twice, on lines ${earlier.lineNumber} and ${lineNumber}; a results file holds one answer per request. Remove one of them (or results files were concatenated: ingest each batch's own file).`,
        { file: resultsFile, location: String(lineNumber) },
      );
    }
    index.set(entry.custom_id, { offset, length, lineNumber });
  }
  if (index.size === 0) {
    throw new DialforgeError('E_READ', 'the results file is empty: no {custom_id, response, error} lines. Give the output file of the finished batch job.', { file: resultsFile });
  }
  const handle = await open(resultsFile, 'r');
  const stats = emptyStats(options.model ?? 'unknown');
  const readEntry = async (id: string): Promise<BatchResultEntry | undefined> => {
    const at = index.get(id);
    if (!at) return undefined;
    const buffer = Buffer.alloc(at.length);
    await handle.read(buffer, 0, at.length, at.offset);
    const text = buffer.toString('utf8');
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as BatchResultEntry;
  };
  const snapshot = (): LlmStats => {
    addCost(stats, options.prices, options.priceFactor ?? 0.5, options.price);
    return structuredClone(stats);
  };

  async function* outcomes(): AsyncGenerator<LlmOutcome> {
    let position = 0;
    try {
      for await (const plan of plans) {
        const model = plan.meta.realizer?.startsWith('llm:') ? plan.meta.realizer.slice(4) : (options.model ?? 'unknown');
        if (stats.model === 'unknown') stats.model = model;
        const realizer = llmRealizerName(model);
        const base = await templateBase(plan, options);
        const entry = await readEntry(plan.id);
        let reasons: string[];
        let reason: LlmFallbackReason;
        let attempts = 0;
        const content = entry?.response?.body?.choices?.[0]?.message?.content;
        if (!entry) {
          reasons = ['no result for this plan in the results file'];
          reason = 'missing_result';
        } else if (entry.error || (entry.response?.status_code ?? 0) !== 200) {
          stats.requestFailures++;
          reasons = [`the batch request failed: ${entry.error?.message ?? `status ${entry.response?.status_code ?? '?'}`}`];
          reason = 'request_failed';
        } else {
          attempts = 1;
          const usage = entry.response?.body?.usage;
          stats.answers++;
          stats.sent++;
          stats.promptTokens += usage?.prompt_tokens ?? 0;
          stats.completionTokens += usage?.completion_tokens ?? 0;
          stats.sentPromptTokens += usage?.prompt_tokens ?? 0;
          stats.sentCompletionTokens += usage?.completion_tokens ?? 0;
          const verdict = await judge(base, typeof content === 'string' ? content : '', realizer, options.check);
          if (verdict.ok) {
            stats.dialogues++;
            stats.llm++;
            options.onProgress?.(snapshot());
            yield { position: position++, planId: plan.id, record: verdict.record, source: 'llm', attempts, reasons: [] };
            continue;
          }
          reasons = verdict.reasons;
          reason = verdict.reason;
        }
        const { record } = await templateFallback(base, realizer, options);
        stats.dialogues++;
        if (record) {
          stats.fallbacks++;
          stats.fallbackReasons[reason] = (stats.fallbackReasons[reason] ?? 0) + 1;
        } else stats.rejected++;
        options.onProgress?.(snapshot());
        yield { position: position++, planId: plan.id, record, source: record ? 'fallback' : 'rejected', attempts, reasons };
      }
    } finally {
      await handle.close();
    }
  }
  return { outcomes: outcomes(), stats: snapshot };
}
