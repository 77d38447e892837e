/**
 * The programs people feed our files to, mirrored: ToolDial's preprocessing scripts, tool-aware chat
 * templates (rendered with @huggingface/jinja, the engine transformers.js uses), TRL's SFT/DPO loss
 * masking, OpenAI's fine-tuning file rules and the Hub's dataset-card configs. The rules are written by
 * us from their code and documentation (see README "Exports, per consumer"); no third-party code is
 * copied here. One generation from the fixtures (rapidapi + openapi) feeds every test.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Template } from '@huggingface/jinja';
import { parse as parseYaml } from 'yaml';
import { fixturesDir, projectRoot, skipWithoutFixtures } from './_shared.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const out = mkdtempSync(join(tmpdir(), 'dialforge-consumers-'));
const readJsonl = (file: string): Json[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
const rowsOf = (folder: string): Json[] => {
  const dir = join(out, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') || (f.endsWith('.json') && folder === 'tooldial' && f !== 'apis.json'))
    .sort()
    .flatMap((f) => (f.endsWith('.jsonl') ? readJsonl(join(dir, f)) : (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json[])));
};
/** Wrong assistant turns per dialogue id, from the canonical records. */
const wrongTurns = new Map<string, Json[]>();
let names: Record<string, string> = {};

after(() => rmSync(out, { recursive: true, force: true }));

describe('consumers read our files unchanged', { skip: skipWithoutFixtures }, () => {
  before(() => {
    const cli = join(projectRoot, 'src', 'cli', 'main.ts');
    const args = ['generate', join(fixturesDir, 'rapidapi'), join(fixturesDir, 'openapi'), '-n', '160', '--seed', '3', '--out', out, '--formats', 'all', '--no-progress'];
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', cwd: projectRoot });
    assert.equal(run.status, 0, run.stderr);
    for (const r of readJsonl(join(out, 'dialogues.jsonl'))) {
      const wrong = (r.turns as Json[]).filter((t) => t.speaker === 'assistant' && (t.error !== undefined || t.train === false));
      if (wrong.length > 0) wrongTurns.set(r.id as string, wrong);
    }
    names = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Json).export.functionNames as Record<string, string>;
  });

  it("ToolDial's preprocessing (dialogue_preprocess.py, dialogue_generation_overall.py) finds everything it looks up", () => {
    const apis = new Set((JSON.parse(readFileSync(join(out, 'tooldial', 'apis.json'), 'utf8')) as Json[]).map((a) => a.full_name as string));
    const problems: string[] = [];
    const rows = rowsOf('tooldial');
    assert.ok(rows.length > 100);
    for (const row of rows) problems.push(...toolDialProblems(row, apis).map((p) => `${row.id}: ${p}`));
    assert.deepEqual(problems.slice(0, 5), []);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Json;
    const leftOut = manifest.export.leftOut?.tooldial ?? {};
    assert.equal(rows.length + Object.values(leftOut as Record<string, number>).reduce((a, b) => a + b, 0), manifest.export.dialogues.written, 'every dialogue is exported or counted as left out');
  });

  it('ToolDial API list describes every parameter with more than its name', () => {
    for (const api of JSON.parse(readFileSync(join(out, 'tooldial', 'apis.json'), 'utf8')) as Json[]) {
      assert.ok(String(api.description).trim().length > 0, api.full_name);
      for (const p of [...api.required_parameters, ...api.optional_parameters] as Json[]) {
        assert.notEqual(String(p.object_long).replace(/[^a-z0-9]/gi, '').toLowerCase(), String(p.name).replace(/[^a-z0-9]/gi, '').toLowerCase(), `${api.full_name}: ${p.name}`);
      }
    }
  });

  it('tool-aware chat templates render every hf/ row and every TRL pair (our templates mirroring Mistral, Hermes, Llama 3.1, Qwen2.5 rules)', () => {
    const rows = [...rowsOf('hf').map((r) => ({ messages: r.messages as Json[], tools: r.tools as Json[] })), ...rowsOf('pref-trl').flatMap((r) => ['chosen', 'rejected'].map((k) => ({ messages: [...r.prompt, ...r[k]] as Json[], tools: JSON.parse(r.tools as string) as Json[] })))];
    assert.ok(rows.length > 200);
    for (const [name, source] of Object.entries(TEMPLATES)) {
      const template = new Template(source);
      const failures: string[] = [];
      for (const row of rows) {
        try {
          template.render({ messages: row.messages, tools: row.tools, bos_token: '<s>', eos_token: '</s>', add_generation_prompt: false });
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      assert.deepEqual([...new Set(failures)].slice(0, 3), [], `${name}: ${failures.length} of ${rows.length} rows fail`);
    }
  });

  it('tool schemas stay in the portable subset, and tool-call ids are 9 alphanumerics everywhere', () => {
    for (const folder of ['openai', 'hf', 'eval', 'pref-openai', 'pref-trl', 'trl']) {
      for (const row of rowsOf(folder)) {
        const tools = (typeof row.tools === 'string' ? JSON.parse(row.tools) : (row.tools ?? row.input?.tools ?? [])) as Json[];
        for (const t of tools) assert.deepEqual(portableProblems(t.function.parameters, t.function.name), [], `${folder} ${t.function.name}`);
        const messages = [...(row.messages ?? row.context ?? row.prompt ?? row.input?.messages ?? []), ...(row.completion ?? []), ...(row.chosen ?? []), ...(row.rejected ?? []), ...(row.preferred_output ?? []), ...(row.non_preferred_output ?? [])] as Json[];
        for (const m of messages) {
          for (const c of (m.tool_calls ?? []) as Json[]) assert.match(String(c.id), /^[A-Za-z0-9]{9}$/, `${folder}: ${c.id}`);
          if (m.role === 'tool') assert.match(String(m.tool_call_id), /^[A-Za-z0-9]{9}$/);
          if (m.role === 'tool' && folder !== 'openai' && folder !== 'pref-openai') assert.equal(typeof m.name, 'string', `${folder}: tool message without name`);
        }
      }
    }
  });

  it('TRL: no wrong turn in a trained position (trl/ completions, pref-trl chosen and prompt)', () => {
    const trl = rowsOf('trl');
    assert.ok(trl.length > 100);
    for (const row of trl) {
      assert.equal((row.completion as Json[])[0]?.role ?? 'assistant', 'assistant', row.id);
      assert.equal(typeof row.tools, 'string', 'TRL json.loads a string tools column');
      for (const m of row.completion as Json[]) assert.ok(!isWrong(row.id, m), `${row.id}: a wrong turn in the completion`);
    }
    assert.ok(trl.some((r) => (r.prompt as Json[]).some((m) => isWrong(r.id, m))), 'self-correction rows keep their wrong turn, in the prompt');
    const pairs = rowsOf('pref-trl');
    for (const pair of pairs) {
      const id = String(pair.id).split('#')[0]!;
      for (const m of [...pair.prompt, ...pair.chosen] as Json[]) assert.ok(!isWrong(id, m), `${pair.id}: a wrong turn outside rejected`);
    }
    assert.ok(pairs.some((p) => (p.rejected as Json[]).some((m) => isWrong(String(p.id).split('#')[0]!, m))), 'self-correction pairs reject the wrong turn');
  });

  it('Axolotl and OpenAI: every wrong turn is flagged (train: false, weight: 0)', () => {
    let flagged = 0;
    for (const row of rowsOf('hf')) for (const m of row.messages as Json[]) if (isWrong(row.id, m)) (assert.equal(m.train, false), flagged++);
    assert.ok(flagged > 0);
  });

  it("OpenAI's chat and preference (DPO) file rules hold for every row", () => {
    for (const row of rowsOf('openai')) assert.deepEqual(openAIChatProblems(row.messages, row.tools, false), [], JSON.stringify(row.messages).slice(0, 200));
    for (const row of rowsOf('pref-openai')) {
      assert.deepEqual(Object.keys(row).sort(), ['input', 'non_preferred_output', 'preferred_output']);
      for (const key of ['preferred_output', 'non_preferred_output']) {
        assert.equal(row[key].length, 1);
        assert.equal(row[key][0].role, 'assistant');
        assert.deepEqual(openAIChatProblems([...row.input.messages, ...row[key]], row.input.tools, true), []);
      }
    }
  });

  it('tool lists make the model choose: under 10% of rows list exactly the operations they call', () => {
    const rows = rowsOf('openai');
    const exact = rows.filter((r) => {
      const listed = new Set((r.tools as Json[]).map((t) => t.function.name as string).filter((n) => n !== 'search_apis'));
      const called = new Set((r.messages as Json[]).flatMap((m) => ((m.tool_calls ?? []) as Json[]).map((c) => c.function.name as string)).filter((n) => n !== 'search_apis'));
      return listed.size === called.size && [...called].every((n) => listed.has(n));
    });
    assert.ok(exact.length / rows.length < 0.1, `${exact.length} of ${rows.length}`);
    for (const item of rowsOf('eval')) if (item.gold.call) assert.ok((item.tools as Json[]).some((t) => t.function.name === item.gold.call.name), item.id);
  });

  it("the dataset card's configs name files that exist, one per split, and print Axolotl's chat_template config", () => {
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    const front = parseYaml(card.split('---')[1]!) as Json;
    const configs = front.configs as Json[];
    for (const name of ['hf', 'openai', 'trl', 'pref-trl', 'pref-openai', 'eval', 'sharegpt', 'tooldial']) assert.ok(configs.some((c) => c.config_name === name), name);
    for (const c of configs) for (const f of c.data_files as Json[]) assert.ok(existsSync(join(out, f.path)), f.path);
    assert.match(card, /type: chat_template/);
    assert.match(card, /message_field_training: train/);
  });

  function isWrong(dialogueId: string, m: Json): boolean {
    if (m.role !== 'assistant') return false;
    return (wrongTurns.get(dialogueId) ?? []).some((t) => {
      if (t.call) {
        return ((m.tool_calls ?? []) as Json[]).some((c) => {
          const args = typeof c.function.arguments === 'string' ? JSON.parse(c.function.arguments) : c.function.arguments;
          return names[c.function.name] === t.call.operation && JSON.stringify(args) === JSON.stringify(t.call.arguments);
        });
      }
      return t.text !== undefined && m.content === t.text && !m.tool_calls;
    });
  }
});

/**
 * What ToolDial's two preprocessing scripts look up, in the order they do (total_dialogue /
 * total_dialogue_obs): a lookup that fails is the KeyError/TypeError that stops their run.
 */
function toolDialProblems(row: Json, apis: Set<string>): string[] {
  const problems: string[] = [];
  const turns = row.dialogue as Json[];
  const sys = (i: number): Json | undefined => turns[i]?.System as Json | undefined;
  const docsFrom = (state: Json | undefined, fallback: string): void => {
    const status = state?.api_status;
    if (!status || typeof status !== 'object') problems.push('docs_summary reads api_status of a dialogue state that has none');
    else if (!apis.has(status.api_name) && !apis.has(fallback)) problems.push(`docs_summary: neither ${status.api_name} nor ${fallback} is in the API list`);
  };
  for (const key of ['source', 'target']) if (!apis.has(row[key])) problems.push(`${key} "${row[key]}" is not in the API list`);
  turns.forEach((turn, i) => {
    const s = turn.System as Json | undefined;
    if (!s) return;
    const state = s.dialogue_state as Json;
    if (state.api_confirmed === 'true' && (typeof state.api_status !== 'object' || !('system_action' in state.api_status))) problems.push(`turn ${i}: a confirmed state without system_action (del raises)`);
    if (typeof state.api_status === 'object') {
      for (const v of Object.values({ ...state.api_status.required_parameters, ...state.api_status.optional_parameters })) if (v === null) problems.push(`turn ${i}: an unfilled slot is null, not ""`);
    }
    const afterInform = turns[i - 1]?.User?.action === 'inform';
    const needsResult = afterInform || s.action === 'call';
    if (needsResult && !(s.api_response && Object.keys(s.api_response).length > 0) && !sys(i + 1)) problems.push(`turn ${i}: ${s.action} after ${afterInform ? 'inform' : 'call'} has no call result and no system turn after it`);
    if (afterInform || s.action !== 'retriever_call' || s.retriever_status.retriever_call !== 'true') return;
    const retrieved = s.retriever_status.retrieved_api;
    if (typeof retrieved !== 'object') return docsFrom(sys(i + 1)?.dialogue_state, row.source);
    if (!Object.values(retrieved as Record<string, number>).some((score) => score > 0.5)) return;
    if (sys(i + 1)?.action === 'suggest') {
      const answer = turns[i + 2]?.User;
      if (!answer) problems.push(`turn ${i + 2}: no user answer to the suggestion`);
      else if (answer.action === 'negate') {
        if (!apis.has(row.target)) problems.push('suggest/negate: target not in the API list');
      } else docsFrom(sys(i + 3)?.dialogue_state, row.target);
    } else docsFrom(sys(i + 1)?.dialogue_state, row.target);
  });
  return problems;
}

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);

/** The schema subset every template prints (Hermes' type macro recurses on anything else). */
function portableProblems(schema: Json, where: string): string[] {
  const problems: string[] = [];
  if (!JSON_TYPES.has(schema.type)) problems.push(`${where}: type ${JSON.stringify(schema.type)}`);
  for (const key of ['$ref', 'oneOf', 'anyOf', 'allOf']) if (key in schema) problems.push(`${where}: ${key}`);
  for (const [name, p] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    if (typeof p.description !== 'string' || p.description.trim() === '') problems.push(`${where}.${name}: no description`);
    problems.push(...portableProblems(p, `${where}.${name}`));
  }
  if (schema.items) problems.push(...portableProblems(schema.items as Json, `${where}[]`));
  return problems;
}

/** OpenAI's fine-tuning rules for chat rows (and a preference output appended to its input). */
function openAIChatProblems(messages: Json[], tools: Json[] | undefined, preference: boolean): string[] {
  const problems: string[] = [];
  const allowed: Record<string, string[]> = { system: ['role', 'content', 'name'], user: ['role', 'content', 'name'], assistant: ['role', 'content', 'name', 'tool_calls', 'weight'], tool: ['role', 'content', 'tool_call_id'] };
  const listed = new Set((tools ?? []).map((t) => t.function.name as string));
  const open = new Set<string>();
  messages.forEach((m, i) => {
    const keys = allowed[m.role];
    if (!keys) return problems.push(`[${i}] role ${m.role}`);
    for (const k of Object.keys(m)) if (!keys.includes(k)) problems.push(`[${i}] key ${k}`);
    if (typeof m.content !== 'string' && !(m.role === 'assistant' && m.tool_calls)) problems.push(`[${i}] content`);
    if ('weight' in m && m.weight !== 0 && m.weight !== 1) problems.push(`[${i}] weight`);
    if (m.role !== 'tool' && open.size > 0) problems.push(`[${i}] unanswered calls`);
    if (m.role !== 'tool') open.clear();
    for (const c of (m.tool_calls ?? []) as Json[]) {
      if (!listed.has(c.function.name)) problems.push(`[${i}] unlisted ${c.function.name}`);
      const args = JSON.parse(c.function.arguments as string) as unknown;
      if (args === null || typeof args !== 'object' || Array.isArray(args)) problems.push(`[${i}] arguments`);
      open.add(c.id as string);
    }
    if (m.role === 'tool' && !open.delete(m.tool_call_id as string)) problems.push(`[${i}] answers no call`);
  });
  if (open.size > 0 && !preference) problems.push('unanswered calls at the end');
  if (messages[messages.length - 1]?.role !== 'assistant') problems.push('does not end with the assistant');
  return problems;
}

/**
 * Our own minimal templates, one per rule we read in the real ones (Mistral v3 and vLLM's Mistral
 * templates, vLLM's Hermes template, Llama 3.1's, Qwen2.5's): ids, roles, names, argument shapes.
 */
const TEMPLATES: Record<string, string> = {
  'mistral: ids of exactly 9 characters, user/assistant alternation outside tool turns': `
{%- set ns = namespace(index=0) -%}
{%- for m in messages[1:] -%}
  {%- if not (m.role == 'tool' or m.tool_calls is defined) -%}
    {%- if (m.role == 'user') != (ns.index % 2 == 0) -%}{{ raise_exception('roles must alternate user/assistant') }}{%- endif -%}
    {%- set ns.index = ns.index + 1 -%}
  {%- endif -%}
{%- endfor -%}
{%- for m in messages -%}
  {%- if m.tool_calls is defined -%}{%- for c in m.tool_calls -%}{%- if c.id|length != 9 -%}{{ raise_exception('Tool call IDs should be alphanumeric strings with length 9!') }}{%- endif -%}{{ c.function|tojson }}{%- endfor -%}
  {%- elif m.role == 'tool' -%}{%- if m.tool_call_id|length != 9 -%}{{ raise_exception('Tool call IDs should be alphanumeric strings with length 9!') }}{%- endif -%}{{ m.content }}
  {%- else -%}{{ m.content }}{%- endif -%}
{%- endfor -%}`,
  'hermes: tool messages carry the function name; parameter types print through a type macro': `
{%- macro py_type(spec) -%}
  {%- if spec.type == 'string' -%}str{%- elif spec.type == 'integer' -%}int{%- elif spec.type == 'number' -%}float{%- elif spec.type == 'boolean' -%}bool
  {%- elif spec.type == 'array' -%}list[{{ py_type(spec['items']) }}]{%- elif spec.type == 'object' -%}dict{%- else -%}{{ raise_exception('no Python type for ' + spec.type|string) }}{%- endif -%}
{%- endmacro -%}
{%- for t in tools -%}{{ t.function.name }}({%- for name, p in t.function.parameters.properties|items -%}{{ name }}: {{ py_type(p) }} - {{ p.description|trim }}{%- endfor -%}){%- endfor -%}
{%- for m in messages -%}
  {%- if m.role == 'tool' and m.name is not defined -%}{{ raise_exception("Tool response dicts require a 'name' key indicating the name of the called function!") }}{%- endif -%}
  {%- for c in m.tool_calls or [] -%}{"arguments": {{ c.function.arguments|tojson }}, "name": "{{ c.function.name }}"}{%- endfor -%}
{%- endfor -%}`,
  'llama 3.1: one tool call per assistant message, arguments as a mapping': `
{%- for m in messages -%}
  {%- if m.tool_calls is defined -%}
    {%- if m.tool_calls|length != 1 -%}{{ raise_exception('This model only supports single tool-calls at once!') }}{%- endif -%}
    {%- if m.tool_calls[0].function.arguments is not mapping -%}{{ raise_exception('arguments must be a mapping') }}{%- endif -%}
    {"name": "{{ m.tool_calls[0].function.name }}", "parameters": {{ m.tool_calls[0].function.arguments|tojson }}}
  {%- elif m.role == 'tool' -%}{{ {'output': m.content}|tojson }}{%- else -%}{{ m.content|trim }}{%- endif -%}
{%- endfor -%}`,
  'qwen2.5: string content on every message, tools printed as JSON': `
{%- for t in tools -%}{{ t|tojson }}{%- endfor -%}
{%- for m in messages -%}
  {%- if m.content is not string -%}{{ raise_exception('content must be a string') }}{%- endif -%}
  {{ m.content }}{%- for c in m.tool_calls or [] -%}{{ c.function.name }}{{ c.function.arguments|tojson }}{%- endfor -%}
{%- endfor -%}`,
};
