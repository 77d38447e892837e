/**
 * `dialforge eval`: scores a model (any OpenAI-compatible endpoint) or a baseline on eval items and
 * prints the figures beside the chance levels. Thin: the scoring is src/eval, the requests go through
 * the realize stage's LLM client (cache, concurrency, rate limits, cost).
 */
import { Option, type Command } from 'commander';
import { createWriteStream, mkdirSync, renameSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { DialforgeError } from '../errors.ts';
import {
  answerRecord,
  BASELINES,
  baselineAnswers,
  CHANCE_BASELINES,
  estimateModelEval,
  evaluateModel,
  formatMarkdown,
  formatTable,
  readEvalItems,
  readPreviousAnswers,
  reportJson,
  resolveEvalFile,
  scoreAnswers,
  scoreBaseline,
  type Baseline,
  type EvalMode,
  type ItemAnswer,
  type ReportColumn,
} from '../eval/index.ts';
import type { LlmChatStats } from '../realize/index.ts';
import { EXIT_OK, EXIT_PARTIAL, action } from './_run.ts';
import { llmSettingsFrom, type LlmCliOptions } from './_llm.ts';

interface EvalFlags extends LlmCliOptions {
  baseline?: string;
  task: string;
  split: string;
  json?: string;
  out?: string;
  resume?: boolean;
  limit?: string;
  seed: string;
  concurrency?: string;
  progress?: boolean;
}

const TASKS: Record<string, EvalMode[]> = { next: ['next'], dst: ['dst'], all: ['next', 'dst'] };

function wholeNumber(text: string, flag: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new DialforgeError('E_USAGE', `${flag}: "${text}" must be a whole number >= ${min}`);
  return Number(text);
}

const usd = (n: number | null): string => (n === null ? 'unknown (no price for this model: set --price in/out)' : `$${n.toFixed(n < 1 ? 4 : 2)}`);

/** `[#########-----------] 120/613 19% 4.2/s` on stderr, redrawn at most 10 times a second. */
function progressBar(total: number, enabled: boolean): { tick(): void; done(): void } {
  const started = performance.now();
  let count = 0;
  let last = 0;
  return {
    tick() {
      count++;
      const now = performance.now();
      if (!enabled || (now - last < 100 && count < total)) return;
      last = now;
      const fraction = total === 0 ? 1 : count / total;
      const filled = Math.round(fraction * 24);
      const rate = count / Math.max((now - started) / 1000, 1e-3);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(24 - filled)}] ${count}/${total} ${Math.floor(fraction * 100)}% ${rate.toFixed(1)}/s\u001b[K`);
    },
    done() {
      if (enabled) process.stderr.write('\n');
    },
  };
}

async function modelAnswers(items: ReturnType<typeof readEvalItems>, modes: EvalMode[], flags: EvalFlags, answersFile: string | undefined): Promise<{ answers: ItemAnswer[]; unanswered: number; stats?: LlmChatStats } | number> {
  if (!flags.model) throw new DialforgeError('E_USAGE', 'eval needs --model (the model name your endpoint serves) or --baseline oracle|always-ask|always-call|random');
  const concurrency = flags.concurrency !== undefined ? wholeNumber(flags.concurrency, '--concurrency', 1) : undefined;
  const settings = llmSettingsFrom({ ...flags, temperature: flags.temperature ?? '0' }, {}, concurrency);
  const by = `model:${settings.model}`;
  const previous = flags.resume && answersFile ? readPreviousAnswers(answersFile, by) : undefined;
  if (settings.dryRun) {
    const e = await estimateModelEval(items, { ...settings, modes, previous });
    process.stdout.write(
      `dry run (nothing sent) — model ${settings.model}, ${items.length} items\n` +
        `requests: ${e.requests} (${e.cached} already answered in the cache or --out, ${e.requests - e.cached} to send)\n` +
        `ESTIMATE prompt tokens: ${e.promptTokens}\nESTIMATE completion tokens: ${e.completionTokens}\nESTIMATE cost: ${usd(e.costUsd)}\n`,
    );
    return EXIT_OK;
  }
  let stream: WriteStream | undefined;
  if (answersFile) {
    mkdirSync(dirname(answersFile), { recursive: true });
    stream = createWriteStream(answersFile, { flags: previous ? 'a' : 'w' });
  }
  const progress = progressBar(items.length, flags.progress !== false && process.stderr.isTTY === true);
  try {
    const result = await evaluateModel(items, {
      ...settings,
      modes,
      previous,
      onAnswer: (answer, fresh) => {
        if (stream && fresh) stream.write(`${JSON.stringify(answerRecord(answer, by))}\n`);
        progress.tick();
      },
    });
    progress.done();
    const s = result.stats;
    process.stderr.write(`dialforge: ${s.answers} answers (${s.cacheHits} from the cache, ${s.sent} sent, ${s.requestFailures} failed); tokens ${s.promptTokens} in / ${s.completionTokens} out; cost ${usd(s.sentCostUsd)} this run\n`);
    return { answers: result.answers, unanswered: result.unanswered, stats: s };
  } finally {
    await new Promise<void>((resolve) => (stream ? stream.end(() => resolve()) : resolve()));
  }
}

function writeOutputs(flags: EvalFlags, columns: ReportColumn[], title: string, notes: string[], answers: ItemAnswer[], by: string, extra: Record<string, unknown>): void {
  const json = { ...extra, report: reportJson(columns[0]!.report), chance: Object.fromEntries(columns.slice(1).map((c) => [c.label, reportJson(c.report)])) };
  if (flags.json) {
    mkdirSync(dirname(flags.json), { recursive: true });
    writeFileSync(flags.json, `${JSON.stringify(json, null, 2)}\n`);
  }
  if (flags.out) {
    mkdirSync(flags.out, { recursive: true });
    const file = join(flags.out, 'answers.jsonl');
    // Rewritten whole, in item order, once every answer is in (a resumed run appended out of order).
    writeFileSync(`${file}.tmp`, answers.map((a) => `${JSON.stringify(answerRecord(a, by))}\n`).join(''));
    renameSync(`${file}.tmp`, file);
    writeFileSync(join(flags.out, 'report.md'), formatMarkdown(columns, title, notes));
    writeFileSync(join(flags.out, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
  }
}

async function runEval(input: string, flags: EvalFlags): Promise<number> {
  const modes = TASKS[flags.task];
  if (!modes) throw new DialforgeError('E_USAGE', `--task: "${flags.task}" is not one of ${Object.keys(TASKS).join(', ')}`);
  if (flags.baseline && !(BASELINES as readonly string[]).includes(flags.baseline)) throw new DialforgeError('E_USAGE', `--baseline: "${flags.baseline}" is not one of ${BASELINES.join(', ')}`);
  if (flags.baseline && flags.model) throw new DialforgeError('E_USAGE', 'give --model or --baseline, not both');
  if (flags.resume && !flags.out) throw new DialforgeError('E_USAGE', '--resume continues the answers in --out DIR; give --out');
  const seed = wholeNumber(flags.seed, '--seed', 0);
  const file = resolveEvalFile(input, flags.split);
  let items = readEvalItems(file);
  if (flags.limit !== undefined) items = items.slice(0, wholeNumber(flags.limit, '--limit', 1));
  const baseline = flags.baseline as Baseline | undefined;
  let answers: ItemAnswer[];
  let unanswered = 0;
  let stats: LlmChatStats | undefined;
  if (baseline) answers = baselineAnswers(items, baseline, modes, seed);
  else {
    const got = await modelAnswers(items, modes, flags, flags.out ? join(flags.out, 'answers.jsonl') : undefined);
    if (typeof got === 'number') return got;
    ({ answers, unanswered, stats } = got);
  }
  const label = baseline ?? (flags.model as string);
  const by = baseline ? `baseline:${baseline}` : `model:${label}`;
  const columns: ReportColumn[] = [{ label, report: scoreAnswers(answers, modes) }];
  for (const chance of CHANCE_BASELINES) if (chance !== baseline) columns.push({ label: chance, report: scoreBaseline(items, chance, modes, seed) });
  const title = `dialforge eval — ${baseline ? `baseline ${baseline}` : `model ${label}`} on ${file} (${items.length} items, task ${flags.task})`;
  const notes = [`chance levels beside: ${columns.slice(1).map((c) => c.label).join(', ')} (random seed ${seed})`];
  if (unanswered) notes.push(`${unanswered} items got no answer (request failed after retries) and are scored as no_answer`);
  process.stdout.write(formatTable(columns, title));
  for (const note of notes.slice(1)) process.stdout.write(`note: ${note}\n`);
  writeOutputs(flags, columns, title, notes, answers, by, { input: file, items: items.length, task: flags.task, by, seed, unanswered, ...(stats ? { llm: stats } : {}) });
  return unanswered > 0 ? EXIT_PARTIAL : EXIT_OK;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .summary('score a model or a baseline on the eval split')
    .description('Score a model (any OpenAI-compatible endpoint: vLLM, Ollama, OpenAI) or a baseline on eval items')
    .argument('<input>', 'eval .jsonl file, or a folder written by generate/export (reads eval/<split>.jsonl)')
    .option('--model <name>', 'model your endpoint serves; key from OPENAI_API_KEY')
    .option('--base-url <url>', 'OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 (default OPENAI_BASE_URL, else api.openai.com)')
    .addOption(new Option('--baseline <name>', 'score a baseline instead of a model').choices([...BASELINES]))
    .addOption(new Option('--task <task>', 'next: the next turn (actions, calls, when to ask, self-correction); dst: the dialogue state as JSON; all: both').choices(Object.keys(TASKS)).default('next'))
    .option('--split <name>', 'split read from a folder', 'test')
    .option('--limit <n>', 'score only the first n items')
    .option('--json <file>', 'write every figure as JSON')
    .option('--out <dir>', 'write answers.jsonl (per item), report.md and report.json')
    .option('--resume', 'reuse the answers already in --out (same model), ask only for the rest')
    .option('--seed <n>', 'seed of the random baseline', '0')
    .option('--concurrency <n>', 'requests in flight at once (default 8)')
    .option('--temperature <t>', 'sampling temperature (default 0)')
    .option('--max-tokens <n>', 'answer token limit per request')
    .option('--timeout <seconds>', 'per-request timeout (default 60)')
    .option('--max-retries <n>', 'HTTP retries on 429/5xx/timeouts (default 4)')
    .option('--rpm <n>', 'requests per minute limit')
    .option('--tpm <n>', 'tokens per minute limit')
    .option('--no-cache', 'neither read nor write the answer cache')
    .option('--cache-dir <dir>', 'answer cache folder (default .dialforge-cache/llm)')
    .option('--price <in/out>', 'USD per 1M input/output tokens for --model')
    .option('--dry-run', 'print the request count and an ESTIMATE of tokens and cost; send nothing')
    .option('--no-progress', 'no progress bar')
    .action(action((input: string, flags: EvalFlags) => runEval(input, flags)));
}
