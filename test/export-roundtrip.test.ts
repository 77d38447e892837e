/** canonical → each format → parsed back → the same turns, actions, calls and values. */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  FunctionNames,
  exportFormatModules,
  expectedSteps,
  readBack,
  readDialogueRecords,
  readHF,
  readOpenAI,
  readShareGPT,
  readToolDial,
  toCsvRow,
  toEvalItems,
  toHF,
  toOpenAI,
  toPreferencePairs,
  toShareGPT,
  toToolDial,
  validateFile,
  writeExports,
  type HFRow,
  type OpenAIRow,
  type ShareGPTRow,
  type ToolDialRow,
} from '../src/export/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { projectRoot } from './_shared.ts';

const dataFile = join(projectRoot, 'test', 'data', 'export-records.jsonl');
const records: DialogueRecord[] = [];
for await (const r of readDialogueRecords(dataFile)) records.push(r);
const byFamily = (family: string): DialogueRecord => records.find((r) => r.family === family)!;
/** What a pipeline sees: the row serialised and parsed again. */
const wire = <T>(row: T): T => JSON.parse(JSON.stringify(row)) as T;
/** JSON with sorted keys, so order-free comparison of lists of steps is a sort. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

describe('round trip of the hand-made records', () => {
  it('covers every family the brief names', () => {
    const families = new Set<string>(records.map((r) => r.family));
    for (const f of ['clear_request', 'fail_inform', 'self_correction', 'suggest', 'no_ask', 'vague_clarify']) assert.ok(families.has(f), f);
    assert.equal(byFamily('fail_inform').turns.filter((t) => t.speaker === 'assistant' && t.call).length, 2);
  });

  for (const record of records) {
    it(`${record.id} (${record.family}) survives openai, hf, sharegpt and tooldial`, () => {
      const names = new FunctionNames();
      assert.deepEqual(readOpenAI(wire<OpenAIRow>(toOpenAI(record, { names })), names), expectedSteps(record, 'openai'));
      assert.deepEqual(readHF(wire<HFRow>(toHF(record, { names })), names), expectedSteps(record, 'hf'));
      assert.deepEqual(readShareGPT(wire<ShareGPTRow>(toShareGPT(record, { names })), names), expectedSteps(record, 'sharegpt'));
      assert.deepEqual(readToolDial(wire<ToolDialRow>(toToolDial(record)), record), expectedSteps(record, 'tooldial'));
    });
  }

  it('reads back every format that has a reader through the registry (readBack), and names them when asked for one without', () => {
    const readable = exportFormatModules().filter((f) => f.readBack).map((f) => f.name);
    assert.deepEqual(readable, ['openai', 'hf', 'sharegpt', 'tooldial']);
    for (const record of records) {
      for (const format of readable) {
        const names = new FunctionNames();
        const module = exportFormatModules().find((f) => f.name === format)!;
        const rows = [...module.toRows(record, { convert: { names }, split: 'train', sharegptErrorTurns: 'keep', leftOut: () => undefined })];
        if (format === 'tooldial' && rows.length === 0) continue; // left out of tooldial/ on purpose (counted in the manifest)
        assert.equal(rows.length, 1, `${record.id} ${format}`);
        assert.deepEqual(readBack(format, wire(rows[0]!.row), { names, record }), expectedSteps(record, format), `${record.id} ${format}`);
      }
    }
    assert.throws(() => readBack('csv', {}, { names: new FunctionNames(), record: records[0]! }), /format "csv" cannot be read back; use one of openai, hf, sharegpt, tooldial/);
  });

  it('keeps calls, arguments and tool results exactly (fail-inform chain, two calls)', () => {
    const record = byFamily('fail_inform');
    const names = new FunctionNames();
    const steps = readOpenAI(wire(toOpenAI(record, { names })), names);
    const calls = steps.flatMap((s) => (s.speaker === 'assistant' && s.call ? [s.call] : []));
    assert.deepEqual(calls, [
      { operation: 'music.searchTracks', arguments: { q: 'Bohemian Rhapsody' } },
      { operation: 'music.getLyrics', arguments: { trackId: 'trk_8812' } },
    ]);
    const results = steps.flatMap((s) => (s.speaker === 'tool' && !s.search ? [s.result] : []));
    assert.deepEqual(results[0], { tracks: [{ id: 'trk_8812', title: 'Bohemian Rhapsody', artist: 'Queen' }] });
  });

  it('masks the wrong turn: weight 0 in openai, train false in hf, error kept in tooldial', () => {
    const record = byFamily('self_correction');
    const names = new FunctionNames();
    const openai = toOpenAI(record, { names });
    const weighted = openai.messages.filter((m) => m.role === 'assistant' && 'weight' in m);
    assert.equal(weighted.length, 1);
    assert.equal((weighted[0] as { tool_calls?: { function: { arguments: string } }[] }).tool_calls?.[0]?.function.arguments, '{"city":"London"}');
    const hf = toHF(record, { names });
    assert.equal(hf.messages.filter((m) => m.role === 'assistant' && m.train === false).length, 1);
    const tooldial = toToolDial(record);
    const wrong = tooldial.dialogue.find((t) => 'System' in t && t.System.error);
    assert.ok(wrong && 'System' in wrong);
    assert.deepEqual(wrong.System.error, { kind: 'hallucinated_value', note: 'city was never given by the user', train: 'false' });
  });

  it('tooldial keeps every action in order, with string booleans and Category|tool|operation names', () => {
    const record = byFamily('fail_inform');
    const row = toToolDial(record);
    const actions = row.dialogue.map((t) => ('User' in t ? t.User.action : t.System.action));
    assert.deepEqual(actions, record.turns.filter((t) => t.speaker !== 'tool').map((t) => t.action));
    assert.equal(row.source, 'Music|music|searchTracks');
    assert.equal(row.target, 'Music|music|getLyrics');
    const rc = row.dialogue[1];
    assert.ok(rc && 'System' in rc);
    // The top score is rescaled to ToolDial's "pick the API" range because a request follows.
    assert.deepEqual(rc.System.retriever_status, { retriever_call: 'true', retrieved_api: { 'Music|music|getLyrics': 0.9 } });
    assert.equal(rc.System.dialogue_state.api_confirmed, 'true');
    const call = row.dialogue.find((t) => 'System' in t && t.System.action === 'call');
    assert.ok(call && 'System' in call);
    assert.deepEqual(call.System.api_response, { api_name: 'Music|music|searchTracks', result: { tracks: [{ id: 'trk_8812', title: 'Bohemian Rhapsody', artist: 'Queen' }] } });
  });

  it('tooldial rescales retriever scores to agree with the next action, keeping the ranking', () => {
    const scores = (family: string): number[] => {
      const row = toToolDial(byFamily(family));
      const rc = row.dialogue.find((t) => 'System' in t && t.System.action === 'retriever_call');
      assert.ok(rc && 'System' in rc && typeof rc.System.retriever_status.retrieved_api === 'object');
      return Object.values(rc.System.retriever_status.retrieved_api);
    };
    assert.deepEqual(scores('suggest'), [0.55, Math.round((0.52 / 0.55) * 0.55 * 10000) / 10000]);
    assert.ok(Math.max(...scores('vague_clarify')) <= 0.5, 'a retrieval that leads to clarify stays below 0.5');
    assert.ok(Math.max(...scores('clear_request')) > 0.6);
  });

  it('eval: one item per trained assistant turn, with the gold action, state and decision', () => {
    for (const record of records) {
      const names = new FunctionNames();
      const items = toEvalItems(record, { names });
      const decisionTurns = record.turns.flatMap((t, i) => (t.speaker === 'assistant' && t.train !== false && !t.error ? [i] : []));
      assert.deepEqual(items.map((i) => i.turn), decisionTurns);
      for (const item of items) {
        const turn = record.turns[item.turn]!;
        assert.ok(turn.speaker === 'assistant');
        assert.equal(item.gold.action, turn.action);
        assert.deepEqual(item.gold.state, turn.state);
        if (turn.call) assert.deepEqual(item.gold.call, { name: names.nameOf(turn.call.operation), operation: turn.call.operation, arguments: turn.call.arguments });
        if (turn.action === 'request') assert.deepEqual(item.gold.missing, turn.request);
        if (turn.action === 'response_fail') assert.equal(item.gold.decision, 'fail');
      }
    }
    const correction = toEvalItems(byFamily('self_correction'), { names: new FunctionNames() }).find((i) => i.turn === 4)!;
    assert.deepEqual(correction.gold.error, { turn: 2, kind: 'hallucinated_value' });
    assert.equal(correction.gold.decision, 'ask');
  });

  it('preference pairs: ask beats a hallucinated call; a call with known values beats a needless question', () => {
    const names = new FunctionNames();
    const ask = toPreferencePairs(byFamily('clear_request'), { names }).find((p) => p.kind === 'ask_not_hallucinate')!;
    const guessed = ask.rejected.tool_calls?.[0]?.function.arguments ?? {};
    assert.deepEqual(Object.keys(guessed).sort(), ['date', 'destination', 'origin']);
    assert.notEqual(guessed.date, '2026-03-14');
    const call = toPreferencePairs(byFamily('no_ask'), { names }).find((p) => p.kind === 'call_not_overask')!;
    assert.equal(call.chosen.tool_calls?.[0]?.function.name, 'geocoding__geocode');
    assert.match(call.rejected.content, /address/);
  });

  it('csv row carries the id, flow, masked count and split', () => {
    const row = toCsvRow(byFamily('clear_request'), 'train');
    assert.deepEqual(row, { id: 'rec-0001', flow: 'tooldial_01', family: 'clear_request', edge_type: '', operations: 'flights.searchFlights', turns: 9, masked: 3, self_correction: '', split: 'train' });
  });
});

describe('writeExports on the hand-made records', async () => {
  const out = await mkdtemp(join(tmpdir(), 'dialforge-export-'));
  after(() => rm(out, { recursive: true, force: true }));
  const summary = await writeExports(records, out, { split: { ratios: { train: 0.5, test: 0.5 }, by: 'api', seed: 0 }, sharegptErrorTurns: 'keep' });

  it('writes every file, each valid against its schema and rules', async () => {
    assert.equal(summary.dialogues.written, records.length);
    const formats = new Set(summary.files.map((f) => f.format));
    for (const f of ['openai', 'hf', 'sharegpt', 'tooldial', 'tooldial-apis', 'eval', 'pref-openai', 'pref-trl', 'csv']) assert.ok(formats.has(f as never), f);
    for (const file of summary.files) {
      const report = await validateFile(join(out, file.path));
      assert.deepEqual(report.problems, [], file.path);
      assert.equal(report.rows, file.rows, file.path);
      assert.equal(report.format, file.format, file.path);
    }
    assert.deepEqual(summary.invalidRows, []);
  });

  it('reads the openai files back into the records, through the manifest name map', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { export: { functionNames: Record<string, string> } };
    const names = FunctionNames.fromJSON(manifest.export.functionNames);
    const rows: OpenAIRow[] = [];
    for (const f of summary.files.filter((x) => x.format === 'openai')) {
      for (const line of (await readFile(join(out, f.path), 'utf8')).trim().split('\n')) rows.push(JSON.parse(line) as OpenAIRow);
    }
    assert.equal(rows.length, records.length);
    const want = records.map((r) => canonical(expectedSteps(r, 'openai'))).sort();
    const got = rows.map((r) => canonical(readOpenAI(r, names))).sort();
    assert.deepEqual(got, want);
  });

  it('writes a dataset card with a configs block naming the files per split', async () => {
    const card = await readFile(join(out, 'README.md'), 'utf8');
    assert.match(card, /^---\n[\s\S]*\nconfigs:\n[\s\S]*\n---\n/);
    for (const f of summary.files.filter((x) => x.split !== null)) assert.ok(card.includes(`path: ${f.path}`), f.path);
    assert.match(card, /\| tooldial_07 \| 1 \|/);
  });

  it('writes the csv through csv-stringify (quotes survive)', async () => {
    const rows = parseCsv(await readFile(join(out, 'csv', 'dialogues.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => r.id), records.map((r) => r.id));
  });

  it('writes LLaMA-Factory dataset_info and the ToolDial API list', async () => {
    const info = JSON.parse(await readFile(join(out, 'sharegpt', 'dataset_info.json'), 'utf8')) as Record<string, { formatting: string }>;
    assert.ok(Object.values(info).every((v) => v.formatting === 'sharegpt'));
    const apis = JSON.parse(await readFile(join(out, 'tooldial', 'apis.json'), 'utf8')) as { full_name: string; required_parameters: { name: string }[] }[];
    const lyrics = apis.find((a) => a.full_name === 'Music|music|getLyrics');
    assert.deepEqual(lyrics?.required_parameters.map((p) => p.name), ['trackId']);
  });

  it('is deterministic: the same records give byte-identical files', async () => {
    const again = await mkdtemp(join(tmpdir(), 'dialforge-export-'));
    try {
      const second = await writeExports(records, again, { split: { ratios: { train: 0.5, test: 0.5 }, by: 'api', seed: 0 }, sharegptErrorTurns: 'keep' });
      for (const f of [...second.files.map((x) => x.path), 'README.md', 'manifest.json']) {
        assert.equal(await readFile(join(again, f), 'utf8'), await readFile(join(out, f), 'utf8'), f);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
