/** Chains a careful assistant would run: every source is told which record to find, from what the user says, or the user picks from its list. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/index.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { findsOneRecord, opaqueCodeJudge } from '../../src/plan/catalog.ts';
import { isPlaceResolver, isSelfLocator } from '../../src/plan/_places.ts';
import type { Operation } from '../../src/specs/types.ts';
import { createPlanCatalog, isRejected, planDialogues, type AssistantTurn, type DialoguePlan, type UserTurn } from '../../src/plan/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { miniGraph } from '../_plan.ts';

const PAGING = /(^|_)(page|page_?number|page_?token|page_?size|per_?page|cursor|offset|limit)$/i;

/** Why a plan's chain is unsound (empty when it is sound). */
function chainProblems(plan: DialoguePlan): string[] {
  const out: string[] = [];
  plan.chain.slice(0, -1).forEach((source, k) => {
    const call = plan.turns.find((t): t is AssistantTurn => t.speaker === 'assistant' && t.call?.operation === source && !t.error)?.call;
    if (!call) return;
    const stated = plan.slots.some((s) => s.operation === source && (s.source === 'given' || s.source === 'asked'));
    const outs = plan.slots.filter((s) => s.source === 'chained' && s.from?.operation === source);
    const fromList = outs.some((s) => s.from!.field.includes('['));
    // Or the user picks one of the records it lists (`call Pick Inf`): a user turn states the chained values.
    const picked = plan.turns.some((t) => t.speaker === 'user' && t.action === 'inform' && (t.informs ?? []).some((r) => outs.some((s) => s.operation === r.operation && s.param === r.param)));
    if (!stated && !picked && (k === 0 ? fromList || Object.keys(call.arguments).length > 0 : fromList)) out.push(`${source} finds ${outs.map((s) => s.param).join(', ')} from nothing the user said`);
  });
  for (const turn of plan.turns) {
    const refs = turn.speaker === 'user' ? (turn as UserTurn).informs : turn.speaker === 'assistant' ? (turn as AssistantTurn).request : undefined;
    for (const ref of refs ?? []) if (PAGING.test(ref.param)) out.push(`${turn.speaker} names ${ref.param}`);
  }
  const rules = checkMeaning(plan as unknown as DialogueRecord).filter((v) => ['half_coordinate', 'paging_value', 'unrelated_hop', 'opaque_codes'].includes(v.invariant));
  return [...out, ...rules.map((v) => v.message)];
}

describe('chains over the test catalog', () => {
  const catalog = createPlanCatalog(miniGraph());

  it('never starts a chain with a list nobody filtered (all genres, first genre), nor with an opaque code', () => {
    const edge = (source: string, target: string) => catalog.feedsInto.get(target)!.find((e) => e.source === source)!;
    const op = (id: string) => catalog.byId.get(id)!;
    assert.equal(findsOneRecord(op('tunes.listGenres'), edge('tunes.listGenres', 'tunes.genreChart'), true, op('tunes.genreChart')), false);
    assert.equal(findsOneRecord(op('tunes.searchTracks'), edge('tunes.searchTracks', 'tunes.getTrackLyrics'), true, op('tunes.getTrackLyrics')), true);
    // genreChart takes a genre ID nobody has: it may be a middle hop (the genre found before), never a start.
    const chart = edge('tunes.genreChart', 'tunes.getTrackLyrics');
    assert.equal(findsOneRecord(op('tunes.genreChart'), chart, true, op('tunes.getTrackLyrics')), false);
  });

  it('never asks for a page size: genreChart (limit required) plays no position that asks', () => {
    for (const flow of catalog.flows) for (const c of catalog.candidates(flow.definition.id)) assert.ok(!c.operations.includes('tunes.genreChart'), `${flow.definition.id}: ${c.operations.join(' -> ')}`);
  });
});

for (const [name, dir, skip] of [
  ['bundled specs', bundledSpecsDir, false],
  ['RapidAPI fixtures', join(fixturesDir, 'rapidapi'), skipWithoutFixtures],
] as const) {
  describe(`chains over the ${name}`, { skip }, () => {
    const plans: DialoguePlan[] = [];
    let loadedOps: Operation[] = [];
    before(async () => {
      loadedOps = (await loadSpecs([dir])).operations;
      const catalog = createPlanCatalog(buildGraph(loadedOps));
      for (const outcome of planDialogues(catalog, { seed: 7, count: 300, mix: { fail_inform: 3, multi_hop: 1, partial_mask: 1 } })) if (!isRejected(outcome)) plans.push(outcome);
    });

    it('every source is told which record to find or the user picks from its list; no half coordinates, no paging values', () => {
      assert.ok(plans.filter((p) => p.chain.length > 1).length >= 50, 'too few chains to judge');
      for (const plan of plans) assert.deepEqual(chainProblems(plan), [], `${plan.id} (${plan.flow}) ${plan.chain.join(' -> ')}`);
    });

    it('another service\'s value comes only from resolving a place the user named; no code asked that a lookup finds', () => {
      const catalog = createPlanCatalog(buildGraph(loadedOps));
      const asksCode = opaqueCodeJudge(catalog.feedsInto, catalog.byId);
      for (const plan of plans) {
        const apis = plan.chain.map((id) => catalog.byId.get(id)!.operation.api.name);
        apis.forEach((api, k) => {
          if (k > 0 && api !== apis[k - 1]) for (const id of plan.chain.slice(0, k)) assert.ok(isPlaceResolver(catalog.byId.get(id)!.operation) || isSelfLocator(catalog.byId.get(id)!.operation), `${plan.id}: ${plan.chain.join(' -> ')}`);
        });
        plan.chain.forEach((id, k) => {
          const found = new Set(plan.slots.filter((s) => s.operation === id && s.source === 'chained').map((s) => s.param));
          if (k === 0 || found.size > 0) assert.equal(asksCode(catalog.byId.get(id)!, found), false, `${plan.id}: ${id} asks the user for a code`);
        });
      }
    });

    it('a source called right after "I don\'t have the ID" takes the detail the user said with it', () => {
      const volunteered = plans.flatMap((plan) =>
        plan.turns.flatMap((t, i) => (t.speaker === 'user' && t.action === 'fail_inform' && t.informs?.length ? [{ plan, i, refs: t.informs }] : [])),
      );
      assert.ok(volunteered.length > 0, 'no fail_inform turn states a detail');
      for (const { plan, i, refs } of volunteered) {
        const call = plan.turns.slice(i).find((t): t is AssistantTurn => t.speaker === 'assistant' && t.call?.operation === refs[0]!.operation)!.call!;
        for (const ref of refs) {
          const slot = plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param)!;
          assert.deepEqual(call.arguments[ref.param], slot.value, plan.id);
        }
      }
    });
  });
}
