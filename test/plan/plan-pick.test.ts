/** List and pick (flow token `Pick`): the source lists a few named records, the assistant shows them, the user picks one. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildGraph } from '../../src/graph/index.ts';
import { checkDialogue, checkMeaning } from '../../src/check/index.ts';
import { analyzeFlow, createPlanCatalog, isRejected, planDialogues, type DialoguePlan, type PlanCatalog } from '../../src/plan/index.ts';
import { realize } from '../../src/realize/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import type { AssistantTurn, DialogueRecord, ToolTurn, UserTurn } from '../../src/plan/types.ts';
import { textAction } from '../../src/eval/classify.ts';
import type { EvalItem } from '../../src/export/index.ts';
import { join } from 'node:path';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';

describe('the Pick token', () => {
  it('is a request after a source call, answered by Inf', () => {
    const shape = analyzeFlow({ id: 'p', family: 'fail_inform', sequence: 'ICl RC Req FI RC call Pick Inf call Resp UB SB' });
    assert.deepEqual(shape.steps.map((s) => s.action).slice(5, 8), ['call', 'request', 'inform']);
    assert.equal(shape.steps[6]!.pick, true);
    assert.deepEqual(shape.positions.map((p) => p.pick), [true, false]);
  });

  it('is refused anywhere else', () => {
    assert.throws(() => analyzeFlow({ id: 'p', family: 'clear_request', sequence: 'ICl RC Pick Inf call Resp UB SB' }), /Pick follows a source's call/);
    assert.throws(() => analyzeFlow({ id: 'p', family: 'fail_inform', sequence: 'ICl RC Req FI RC call Pick call Resp UB SB' }), /answers a Pick with Inf/);
  });
});

describe('list and pick over the bundled specs', () => {
  let catalog: PlanCatalog;
  const records: DialogueRecord[] = [];
  before(async () => {
    catalog = createPlanCatalog(buildGraph((await loadSpecs([bundledSpecsDir])).operations));
    for (const flow of ['list_pick_01', 'list_pick_02', 'list_pick_03']) {
      for (const outcome of planDialogues(catalog, { seed: 7, count: 12, flow })) if (!isRejected(outcome)) records.push(realize(outcome as DialoguePlan));
    }
  });

  it('shows the records with a detail each, the user picks one by name, the chain goes on with its id', () => {
    assert.ok(records.length >= 20, `only ${records.length} list-and-pick dialogues`);
    const chosen = new Set<number>();
    for (const record of records) {
      // Generation drops a dialogue any rule rejects; what a pick touches must never be the reason.
      const result = checkDialogue(record, { retriever: catalog.retriever });
      const pickRules = result.ok ? [] : result.violations.filter((v) => ['silent_pick', 'request_unknown', 'flow', 'state', 'grounded', 'no_leak', 'schema', 'text'].includes(v.invariant));
      assert.deepEqual(pickRules, [], record.id);
      const slot = record.slots.find((s) => s.source === 'chained')!;
      const toolAt = record.turns.findIndex((t) => t.speaker === 'tool' && t.operation === slot.from!.operation);
      const ask = record.turns[toolAt + 1] as AssistantTurn;
      const answer = record.turns[toolAt + 2] as UserTurn;
      assert.equal(ask.action, 'request', record.id);
      assert.deepEqual(ask.request, [{ operation: slot.operation, param: slot.param }], record.id);
      const match = /^(.*)\[(\d+)\]\.(.+)$/.exec(slot.from!.field)!;
      const walk = (node: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], node);
      const list = walk((record.turns[toolAt] as ToolTurn).result, match[1]!) as Record<string, unknown>[];
      // Three are drawn; one that repeats another (two genres both "Comedy") is left out, so two may remain.
      assert.ok(list.length === 2 || list.length === 3, `${record.id}: ${list.length} records`);
      const names = list.map((item) => String(item.name ?? item.title));
      for (const name of names) assert.ok(ask.text!.includes(name), `${record.id}: "${ask.text}" lists ${name}`);
      const index = Number(match[2]);
      chosen.add(index);
      assert.equal(answer.action, 'inform');
      assert.ok(answer.text!.includes(names[index]!), `${record.id}: "${answer.text}" names ${names[index]}`);
      const call = record.turns.find((t): t is AssistantTurn => t.speaker === 'assistant' && t.call?.operation === slot.operation)!;
      assert.equal(call.call!.arguments[slot.param], walk(list[index], match[3]!), record.id);
    }
    assert.ok(chosen.size > 1, 'the user does not always pick the first record');
  });

  it('the eval classifier reads the listing question as a request', () => {
    const item = { tools: [] } as unknown as EvalItem;
    for (const record of records) {
      const toolAt = record.turns.findIndex((t) => t.speaker === 'tool');
      assert.equal(textAction((record.turns[toolAt + 1] as AssistantTurn).text!, item), 'request', (record.turns[toolAt + 1] as AssistantTurn).text);
    }
  });

  it('breaks silent_pick when the user does not say which one', () => {
    const record = structuredClone(records[0]!);
    const toolAt = record.turns.findIndex((t) => t.speaker === 'tool');
    (record.turns[toolAt + 2] as UserTurn).text = 'Yes, go ahead.';
    assert.ok(checkMeaning(record).some((v) => v.invariant === 'silent_pick'), 'an unnamed choice is a silent pick');
  });
});

describe('list and pick, then the target asks its own values (../shared/fixtures/openapi)', { skip: skipWithoutFixtures }, () => {
  it('never picks from a search called without its term (rapidapi: only place searches by q could list, list_pick_04)', async () => {
    const catalog = createPlanCatalog(buildGraph((await loadSpecs([join(fixturesDir, 'rapidapi')])).operations));
    const outcomes = [...planDialogues(catalog, { seed: 7, count: 12, flow: 'list_pick_04' })];
    for (const o of outcomes) {
      if (isRejected(o)) assert.match(o.rejected, /never called without its q|no chain/);
      else assert.ok(o.turns.every((t) => t.speaker !== 'assistant' || t.action !== 'call' || Object.keys(t.call!.arguments).length > 0), o.id);
    }
  });

  it('the user picks first, then gives the target its values (list_pick_04)', async () => {
    const catalog = createPlanCatalog(buildGraph((await loadSpecs([join(fixturesDir, 'openapi')])).operations));
    const plans = [...planDialogues(catalog, { seed: 7, count: 12, flow: 'list_pick_04' })].filter((o): o is DialoguePlan => !isRejected(o));
    assert.ok(plans.length >= 6, `only ${plans.length} list_pick_04 plans`);
    for (const plan of plans) {
      const actions = plan.turns.filter((t) => t.speaker !== 'tool').map((t) => t.action);
      assert.deepEqual(actions.slice(5, 10), ['call', 'request', 'inform', 'request', 'inform'], plan.id);
      assert.deepEqual(checkMeaning(realize(plan)).filter((v) => v.invariant === 'silent_pick'), [], plan.id);
    }
  });
});
