/** Breaking each format rule on purpose: `validate` must report the line and the reason. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  FunctionNames,
  formatFromRow,
  readDialogueRecords,
  toHF,
  toOpenAI,
  toShareGPT,
  toToolDial,
  validateFile,
  validateRow,
  type FileFormat,
} from '../src/export/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { projectRoot } from './_shared.ts';

const run = promisify(execFile);
const records: DialogueRecord[] = [];
for await (const r of readDialogueRecords(join(projectRoot, 'test', 'data', 'export-records.jsonl'))) records.push(r);
const chain = records.find((r) => r.family === 'fail_inform')!;
const clone = <T>(v: T): T => structuredClone(v);
const names = new FunctionNames();
const goodOpenAI = toOpenAI(chain, { names });
const goodHF = toHF(chain, { names });
const goodShareGPT = toShareGPT(chain, { names });

type Breakage = { name: string; format: FileFormat; good: object; breakIt: (row: never) => void; reason: RegExp };
const breakages: Breakage[] = [
  {
    name: 'openai: a tool message without tool_call_id',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { messages: Record<string, unknown>[] }) => void delete row.messages.find((m) => m.role === 'tool')!.tool_call_id,
    reason: /tool_call_id/,
  },
  {
    name: 'openai: a tool_call_id that answers no call',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { messages: Record<string, unknown>[] }) => void (row.messages.filter((m) => m.role === 'tool')[2]!.tool_call_id = 'call_99'),
    reason: /"call_99" answers no earlier tool call/,
  },
  {
    name: 'openai: arguments as an object instead of JSON text',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { messages: { tool_calls?: { function: { arguments: unknown } }[] }[] }) => {
      const call = row.messages.find((m) => m.tool_calls)!.tool_calls![0]!;
      call.function.arguments = JSON.parse(call.function.arguments as string);
    },
    reason: /arguments: must be string/,
  },
  {
    name: 'openai: arguments that are not JSON',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { messages: { tool_calls?: { function: { arguments: unknown } }[] }[] }) => {
      row.messages.find((m) => m.tool_calls)!.tool_calls![0]!.function.arguments = '{q: 1';
    },
    reason: /arguments is not valid JSON/,
  },
  {
    name: 'openai: a call to a function not in tools',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { messages: { tool_calls?: { function: { name: string } }[] }[] }) => {
      row.messages.filter((m) => m.tool_calls)[2]!.tool_calls![0]!.function.name = 'music__deleteEverything';
    },
    reason: /function "music__deleteEverything" is not in tools/,
  },
  {
    name: 'openai: a function name OpenAI rejects',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { tools: { function: { name: string } }[] }) => void (row.tools[1]!.function.name = 'music.searchTracks'),
    reason: /must match pattern/,
  },
  {
    name: 'openai: ends with a user message',
    format: 'openai',
    good: goodOpenAI,
    breakIt: (row: { messages: unknown[] }) => void row.messages.push({ role: 'user', content: 'one more thing' }),
    reason: /last message must be an assistant message/,
  },
  {
    name: 'hf: arguments as JSON text instead of an object',
    format: 'hf',
    good: goodHF,
    breakIt: (row: { messages: { tool_calls?: { function: { arguments: unknown } }[] }[] }) => {
      const call = row.messages.find((m) => m.tool_calls)!.tool_calls![0]!;
      call.function.arguments = JSON.stringify(call.function.arguments);
    },
    reason: /arguments: must be object/,
  },
  {
    name: 'sharegpt: broken alternation (two human turns in a row)',
    format: 'sharegpt',
    good: goodShareGPT,
    breakIt: (row: { conversations: unknown[] }) => void row.conversations.splice(1, 0, { from: 'human', value: 'hello?' }),
    reason: /"human" at position 2; LLaMA-Factory expects gpt\|function_call/,
  },
  {
    name: 'sharegpt: odd number of messages',
    format: 'sharegpt',
    good: goodShareGPT,
    breakIt: (row: { conversations: unknown[] }) => void row.conversations.pop(),
    reason: /odd number of messages/,
  },
  {
    name: 'sharegpt: a function_call to an unknown function',
    format: 'sharegpt',
    good: goodShareGPT,
    breakIt: (row: { conversations: { from: string; value: string }[] }) => {
      row.conversations.find((c) => c.from === 'function_call')!.value = JSON.stringify({ name: 'nope', arguments: {} });
    },
    reason: /function "nope" is not in tools/,
  },
  {
    name: 'tooldial: a real boolean instead of "true"/"false"',
    format: 'tooldial',
    good: toToolDial(chain),
    breakIt: (row: { dialogue: { System?: { dialogue_state: { api_confirmed: unknown } } }[] }) => {
      row.dialogue.find((t) => t.System)!.System!.dialogue_state.api_confirmed = true;
    },
    reason: /api_confirmed/,
  },
  {
    name: 'tooldial: a confident retrieval (> 0.5) before a clarify, which crashes ToolDial\'s preprocessing',
    format: 'tooldial',
    good: toToolDial(records.find((r) => r.family === 'vague_clarify')!),
    breakIt: (row: { dialogue: { System?: { retriever_status: { retrieved_api: Record<string, number> } } }[] }) => {
      const scores = row.dialogue[1]!.System!.retriever_status.retrieved_api;
      for (const k of Object.keys(scores)) scores[k] = 0.8;
    },
    reason: /scoring above 0\.5 must lead to a turn whose dialogue state names an API/,
  },
];

describe('each broken rule is caught', () => {
  for (const b of breakages) {
    it(b.name, () => {
      assert.deepEqual(validateRow(b.format, b.good), [], 'the unbroken row is valid');
      const row = clone(b.good);
      b.breakIt(row as never);
      const problems = validateRow(b.format, row);
      assert.ok(problems.some((p) => b.reason.test(p)), `expected ${b.reason} in ${JSON.stringify(problems)}`);
    });
  }
});

describe('validate reports the bad line of a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dialforge-validate-'));
  after(() => rm(dir, { recursive: true, force: true }));
  const files: { file: string; badLine: number; reason: RegExp; format: FileFormat }[] = [];
  for (const [i, b] of breakages.entries()) {
    const row = clone(b.good);
    b.breakIt(row as never);
    // good, good, bad, good: the bad one is line 3 (line 4 for the JSON-array tooldial file)
    const lines = [b.good, b.good, row, b.good].map((r) => JSON.stringify(r));
    const file = join(dir, `case${i}.${b.format === 'tooldial' ? 'json' : 'jsonl'}`);
    await writeFile(file, b.format === 'tooldial' ? `[\n${lines.join(',\n')}\n]\n` : `${lines.join('\n')}\n`);
    files.push({ file, badLine: b.format === 'tooldial' ? 4 : 3, reason: b.reason, format: b.format });
  }

  it('validateFile detects the format and names only the bad line', async () => {
    for (const f of files) {
      const report = await validateFile(f.file);
      assert.equal(report.format, f.format, f.file);
      assert.equal(report.rows, 4);
      assert.deepEqual([...new Set(report.problems.map((p) => p.line))], [f.badLine], `${f.file}: ${JSON.stringify(report.problems)}`);
      assert.ok(report.problems.some((p) => f.reason.test(p.reason)));
    }
  });

  it('reports JSON that does not parse, with its line', async () => {
    const file = join(dir, 'broken.jsonl');
    await writeFile(file, `${JSON.stringify(goodOpenAI)}\n{"messages": [\n`);
    const report = await validateFile(file);
    assert.deepEqual(report.problems.map((p) => p.line), [2]);
    assert.match(report.problems[0]!.reason, /not valid JSON/);
  });

  it('dialforge validate prints file:line: reason and exits 1', async () => {
    const f = files[0]!;
    const result = await run(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'validate', f.file], { cwd: projectRoot }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    assert.equal(result.code, 1);
    assert.match(result.stdout, new RegExp(`${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: .*tool_call_id`));
    assert.match(result.stdout, /BAD .*1 bad lines/);
  });

  it('dialforge validate --format overrides detection and exits 0 on a good file', async () => {
    const file = join(dir, 'good.data');
    await writeFile(file, `${JSON.stringify(goodHF)}\n`);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'validate', file, '--format', 'hf'], { cwd: projectRoot });
    assert.match(stdout, /ok .*\(hf, 1 rows\)/);
  });
});

describe('format detection from content', () => {
  it('tells every format apart', () => {
    const tooldial = toToolDial(chain);
    assert.equal(formatFromRow(goodOpenAI), 'openai');
    assert.equal(formatFromRow(goodHF), 'hf');
    assert.equal(formatFromRow(goodShareGPT), 'sharegpt');
    assert.equal(formatFromRow(tooldial), 'tooldial');
    assert.equal(formatFromRow(chain), 'dialogue');
  });
});
