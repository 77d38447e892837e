/**
 * The LLM realizer's command-line side, shared by `generate --realizer llm` and `ingest`: its flags, its
 * settings (flags over the config file's `llm:` section), the realizer wired to the real checker and the
 * template fallback, `--dry-run` and `--batch-out`. The API key is read from OPENAI_API_KEY only: there is
 * deliberately no flag for it (flags end up in shell history and process lists).
 */
import { Option, type Command } from 'commander';
import { checkDialogue, type CheckContext } from '../check/index.ts';
import { DialforgeError } from '../errors.ts';
import type { DialoguePlanner } from '../generate/index.ts';
import type { DialoguePlan } from '../plan/index.ts';
import { realize, type Realizer } from '../realize/index.ts';
import {
  createLlmRealizer,
  DEFAULT_LLM_CACHE_DIR,
  estimateLlmRun,
  LLM_RESPONSE_FORMATS as RESPONSE_FORMAT_MODES,
  parseLlmPrice as parsePrice,
  writeLlmBatchRequests as writeBatchRequests,
  type LlmModelPrice as ModelPrice,
  type LlmRealizerOptions,
  type LlmResponseFormat as ResponseFormatMode,
  type LlmStats,
} from '../realize/index.ts';

/** The flags, as commander gives them. */
export interface LlmCliOptions {
  model?: string;
  baseUrl?: string;
  temperature?: string;
  maxTokens?: string;
  timeout?: string;
  maxRetries?: string;
  semanticRetries?: string;
  rpm?: string;
  tpm?: string;
  cache?: boolean;
  cacheDir?: string;
  responseFormat?: string;
  price?: string;
  dryRun?: boolean;
  batchOut?: string;
}

export function addLlmOptions(command: Command): Command {
  return command
    .option('--model <name>', 'llm: model name (gpt-4o-mini, or what your vLLM/Ollama server serves); key from OPENAI_API_KEY')
    .option('--base-url <url>', 'llm: OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 (default OPENAI_BASE_URL, else api.openai.com)')
    .option('--temperature <t>', 'llm: sampling temperature')
    .option('--max-tokens <n>', 'llm: answer token limit per request')
    .option('--timeout <seconds>', 'llm: per-request timeout (default 60)')
    .option('--max-retries <n>', 'llm: HTTP retries on 429/5xx/timeouts (default 4)')
    .option('--semantic-retries <n>', 'llm: re-asks after an answer fails the checks, before the template text is kept (default 2)')
    .option('--rpm <n>', 'llm: requests per minute limit')
    .option('--tpm <n>', 'llm: tokens per minute limit')
    .option('--no-cache', 'llm: neither read nor write the answer cache')
    .option('--cache-dir <dir>', `llm: answer cache folder (default ${DEFAULT_LLM_CACHE_DIR})`)
    .addOption(new Option('--response-format <mode>', 'llm: structured output to ask for first (falls back by itself)').choices([...RESPONSE_FORMAT_MODES]))
    .option('--price <in/out>', 'llm: USD per 1M input/output tokens for --model (overrides the built-in table)')
    .option('--dry-run', 'llm: print the request count and an ESTIMATE of tokens and cost; send nothing')
    .option('--batch-out <file>', 'llm: write an OpenAI Batch API input file (and <file>.plans.jsonl) instead of calling the model');
}

export interface LlmSettings {
  model: string;
  baseURL?: string;
  temperature?: number;
  maxTokens?: number;
  timeoutMs?: number;
  maxRetries?: number;
  semanticRetries?: number;
  concurrency: number;
  rpm?: number;
  tpm?: number;
  cacheDir: string | null;
  responseFormat?: ResponseFormatMode;
  prices: Record<string, ModelPrice>;
  dryRun: boolean;
  batchOut?: string;
}

/** Keys of the config file's `llm:` section. */
const CONFIG_KEYS = ['model', 'base_url', 'temperature', 'max_tokens', 'timeout', 'max_retries', 'semantic_retries', 'concurrency', 'rpm', 'tpm', 'cache', 'cache_dir', 'response_format', 'prices'] as const;

function numberFrom(value: unknown, where: string, { min = 0, integer = false } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    const location = /"(llm\.[^"]+)"/.exec(where)?.[1];
    throw new DialforgeError(where.startsWith('--') ? 'E_USAGE' : 'E_CONFIG', `${where}: "${String(value)}" must be ${integer ? 'a whole number' : 'a number'} >= ${min}`, location ? { location } : {});
  }
  return n;
}

/**
 * Settings for the LLM realizer: flags first, then the config's `llm:` section, then defaults.
 * `concurrency` is the generate command's `--concurrency` when given explicitly.
 */
export function llmSettingsFrom(cli: LlmCliOptions, config: Record<string, unknown> = {}, concurrency?: number, configFile?: string): LlmSettings {
  try {
    return settingsFrom(cli, config, concurrency);
  } catch (error) {
    // Errors in the config's llm: section name the config file.
    if (error instanceof DialforgeError && error.code === 'E_CONFIG' && configFile && !error.file) {
      throw new DialforgeError('E_CONFIG', error.message, { file: configFile, ...(error.location ? { location: error.location } : {}) });
    }
    throw error;
  }
}

function settingsFrom(cli: LlmCliOptions, config: Record<string, unknown>, concurrency: number | undefined): LlmSettings {
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new DialforgeError('E_CONFIG', `key "llm.${key}": unknown key; allowed keys: ${CONFIG_KEYS.join(', ')}`, { location: `llm.${key}` });
  }
  const pick = (flag: string | undefined, key: (typeof CONFIG_KEYS)[number], name: string, opts?: { min?: number; integer?: boolean }) =>
    flag !== undefined ? numberFrom(flag, name, opts) : numberFrom(config[key], `config key "llm.${key}"`, opts);
  const model = cli.model ?? (typeof config.model === 'string' ? config.model : undefined);
  if (!model) {
    throw new DialforgeError('E_USAGE', '--realizer llm needs --model (e.g. gpt-4o-mini for OpenAI, or the model name your vLLM/Ollama server serves) or llm.model in the config');
  }
  const prices: Record<string, ModelPrice> = {};
  if (config.prices !== undefined) {
    if (typeof config.prices !== 'object' || config.prices === null) throw new DialforgeError('E_CONFIG', 'key "llm.prices": must map model names to {input, output} USD per 1M tokens');
    for (const [name, price] of Object.entries(config.prices as Record<string, unknown>)) {
      const p = price as { input?: unknown; output?: unknown } | null;
      const input = numberFrom(p?.input, `config key "llm.prices.${name}.input"`);
      const output = numberFrom(p?.output, `config key "llm.prices.${name}.output"`);
      if (input === undefined || output === undefined) throw new DialforgeError('E_CONFIG', `key "llm.prices.${name}": needs input and output (USD per 1M tokens)`);
      prices[name] = { input, output };
    }
  }
  if (cli.price !== undefined) {
    const price = parsePrice(cli.price);
    if (!price) throw new DialforgeError('E_USAGE', `--price: "${cli.price}" is not input/output USD per 1M tokens (for example 0.15/0.6)`);
    prices[model] = price;
  }
  const responseFormat = cli.responseFormat ?? config.response_format;
  if (responseFormat !== undefined && !RESPONSE_FORMAT_MODES.includes(responseFormat as ResponseFormatMode)) {
    throw new DialforgeError('E_CONFIG', `key "llm.response_format": must be one of ${RESPONSE_FORMAT_MODES.join(', ')}`);
  }
  const timeout = pick(cli.timeout, 'timeout', '--timeout', { min: 0.001 });
  const cacheOff = cli.cache === false || config.cache === false;
  const settings: LlmSettings = {
    model,
    concurrency: concurrency ?? numberFrom(config.concurrency, 'config key "llm.concurrency"', { min: 1, integer: true }) ?? 8,
    cacheDir: cacheOff ? null : (cli.cacheDir ?? (typeof config.cache_dir === 'string' ? config.cache_dir : DEFAULT_LLM_CACHE_DIR)),
    prices,
    dryRun: cli.dryRun === true,
  };
  const baseURL = cli.baseUrl ?? (typeof config.base_url === 'string' ? config.base_url : undefined);
  if (baseURL !== undefined) settings.baseURL = baseURL;
  const temperature = pick(cli.temperature, 'temperature', '--temperature');
  if (temperature !== undefined) settings.temperature = temperature;
  const maxTokens = pick(cli.maxTokens, 'max_tokens', '--max-tokens', { min: 1, integer: true });
  if (maxTokens !== undefined) settings.maxTokens = maxTokens;
  if (timeout !== undefined) settings.timeoutMs = Math.round(timeout * 1000);
  const maxRetries = pick(cli.maxRetries, 'max_retries', '--max-retries', { integer: true });
  if (maxRetries !== undefined) settings.maxRetries = maxRetries;
  const semanticRetries = pick(cli.semanticRetries, 'semantic_retries', '--semantic-retries', { integer: true });
  if (semanticRetries !== undefined) settings.semanticRetries = semanticRetries;
  const rpm = pick(cli.rpm, 'rpm', '--rpm', { min: 1 });
  if (rpm !== undefined) settings.rpm = rpm;
  const tpm = pick(cli.tpm, 'tpm', '--tpm', { min: 1 });
  if (tpm !== undefined) settings.tpm = tpm;
  if (responseFormat !== undefined) settings.responseFormat = responseFormat as ResponseFormatMode;
  if (cli.batchOut !== undefined) settings.batchOut = cli.batchOut;
  return settings;
}

/** The checker context the generate pipeline uses for a planner (same catalog, flows and retriever). */
export function checkContextOf(planner: DialoguePlanner): CheckContext {
  return {
    flowActions: (flow) => planner.flowActions(flow),
    ...(planner.retriever ? { retriever: planner.retriever } : {}),
    ...(planner.operationIds ? { operations: Object.fromEntries([...planner.operationIds].map((id) => [id, true])) } : {}),
  };
}

function templateFor(planner: DialoguePlanner): (plan: DialoguePlan) => DialoguePlan {
  return (plan) => realize(plan, planner.retriever ? { retriever: planner.retriever } : {});
}

function realizerOptions(settings: LlmSettings, planner: DialoguePlanner, onProgress?: (stats: LlmStats) => void): LlmRealizerOptions {
  const ctx = checkContextOf(planner);
  return {
    ...settings,
    check: (record) => checkDialogue(record, ctx),
    fallback: templateFor(planner),
    onProgress,
  };
}

/** The LLM realizer in the shape the generate pipeline takes, plus its running totals. */
export function createGenerateLlmRealizer(settings: LlmSettings, planner: DialoguePlanner): { realizer: Realizer; stats: () => LlmStats } {
  const llm = createLlmRealizer(realizerOptions(settings, planner));
  const template = templateFor(planner);
  return {
    realizer: {
      name: `llm:${settings.model}`,
      realize: async (plan) => {
        const outcome = await llm.realize(plan, plan.index);
        // A plan that fails even with the template text: hand that on, so the pipeline's checker rejects it
        // and counts it under the invariant it breaks, as it does for the template realizer.
        return outcome.record ?? { ...template(plan), meta: { ...plan.meta, realizer: `llm:${settings.model}`, template_fallback: true } };
      },
    },
    stats: () => llm.stats(),
  };
}

/** The plans of an index range (plans the planner cannot make are skipped, as generate skips them). */
export function* plansIn(planner: DialoguePlanner, start: number, end: number): Generator<DialoguePlan> {
  for (let index = start; index < end; index++) {
    const plan = planner.plan(index);
    if (!('error' in plan)) yield plan;
  }
}

const usd = (n: number | null): string => (n === null ? 'unknown (no price for this model: set --price in/out)' : `$${n.toFixed(n < 1 ? 4 : 2)}`);

/** `--dry-run`: prints what a run would send, sends nothing. */
export async function runLlmDryRun(settings: LlmSettings, planner: DialoguePlanner, start: number, end: number): Promise<void> {
  const estimate = await estimateLlmRun(plansIn(planner, start, end), { ...settings, fallback: templateFor(planner) });
  const toSend = estimate.requests - estimate.cached;
  process.stdout.write(
    [
      `dry run (nothing sent) — model ${settings.model}`,
      `requests: ${estimate.requests} (${estimate.cached} already in the cache, ${toSend} to send; re-asks after rejected answers come on top)`,
      `ESTIMATE prompt tokens: ${estimate.promptTokens}`,
      `ESTIMATE completion tokens: ${estimate.completionTokens}`,
      `ESTIMATE cost: ${usd(estimate.costUsd)}`,
      '',
    ].join('\n'),
  );
}

/** `--batch-out`: writes the Batch API input file and the plans beside it. */
export async function runLlmBatchOut(settings: LlmSettings, planner: DialoguePlanner, start: number, end: number): Promise<void> {
  const written = await writeBatchRequests(plansIn(planner, start, end), settings.batchOut as string, { ...settings, fallback: templateFor(planner) });
  process.stderr.write(
    `dialforge: ${written.requests} requests written to ${written.file} and their plans to ${written.plansFile}\n` +
      `dialforge: submit the file to the OpenAI Batch API (or run \`vllm run-batch -i ${written.file} -o results.jsonl --model ${settings.model}\`), then run:\n` +
      `  dialforge ingest results.jsonl --plans ${written.plansFile} --out <dir>\n`,
  );
}

export { formatLlmProgress, llmManifest, llmWindow } from '../realize/index.ts';

/** The settings that change the words (for the generate config hash: --resume must not mix models). */
export function llmIdentity(settings: LlmSettings): Record<string, unknown> {
  return { model: settings.model, temperature: settings.temperature ?? null, max_tokens: settings.maxTokens ?? null, semantic_retries: settings.semanticRetries ?? null };
}

/** One line for the end of a run. */
export function llmSummary(stats: LlmStats): string {
  const reasons = Object.entries(stats.fallbackReasons)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  return (
    `dialforge: llm ${stats.model}: ${stats.llm} dialogues worded by the model, ${stats.fallbacks} kept the template text${reasons ? ` (${reasons})` : ''}` +
    `${stats.rejected ? `, ${stats.rejected} rejected` : ''}; ${stats.answers} answers (${stats.cacheHits} from the cache, ${stats.semanticRetries} re-asks); ` +
    `tokens ${stats.promptTokens} in / ${stats.completionTokens} out; cost ${usd(stats.costUsd)}, this run ${usd(stats.sentCostUsd)}\n`
  );
}
