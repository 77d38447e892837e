import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { buildGraph } from '../../src/graph/index.ts';
import type { ApiGraph } from '../../src/graph/types.ts';
import { isIdLike } from '../../src/plan/_params.ts';
import {
  createPlanCatalog,
  FLOW_FAMILIES,
  FLOW_TABLE,
  parseFlowTable,
  isRejected,
  planDialogue,
  planDialogues,
  retrievalAgrees,
  retrievalExpectation,
  SYSTEM_ACTIONS,
  USER_ACTIONS,
  valueAtPath,
  type AssistantTurn,
  type DialoguePlan,
  type PlanCatalog,
  type Slot,
  type ToolTurn,
  type UserTurn,
} from '../../src/plan/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import { join } from 'node:path';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { miniGraph, orderGraph } from '../_plan.ts';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(plan: DialoguePlan, operation: string) {
  const key = `${operation}`;
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile(plan.operations[operation]!.parameters);
    validators.set(key, v);
  }
  return v;
}

/** Every property a correct plan must have; returns problems instead of throwing so messages name the plan. */
function problems(plan: DialoguePlan, catalog: PlanCatalog, graph: ApiGraph | undefined): string[] {
  const out: string[] = [];
  const flow = catalog.flowById.get(plan.flow)!;
  const actions = plan.turns.filter((t) => t.speaker !== 'tool').map((t) => (t as UserTurn | AssistantTurn).action);
  if (actions.join(' ') !== flow.steps.map((s) => s.action).join(' ')) out.push(`actions ${actions.join(' ')} differ from flow ${plan.flow}`);
  const slot = (operation: string, param: string) => plan.slots.find((s) => s.operation === operation && s.param === param);
  const said = new Set<string>();
  const saidValues = new Set<string>();
  // A value the user gave for one operation serves another one that needs the same thing.
  const saidValue = (value: unknown) => saidValues.has(JSON.stringify(value));
  plan.turns.forEach((turn, i) => {
    if (turn.speaker === 'user') {
      for (const ref of [...(turn.informs ?? [])]) {
        said.add(`${ref.operation}.${ref.param}`);
        saidValues.add(JSON.stringify(slot(ref.operation, ref.param)?.value));
      }
    }
    if (turn.speaker !== 'assistant') return;
    if (turn.action === 'call') {
      const call = turn.call!;
      const tool = plan.turns[i + 1] as ToolTurn;
      if (tool?.speaker !== 'tool' || tool.call_id !== call.id || tool.operation !== call.operation) out.push(`turn ${i}: call without its tool turn`);
      if (turn.error) {
        if (turn.train !== false) out.push(`turn ${i}: wrong turn not excluded from training`);
        if (tool.status !== 'error') out.push(`turn ${i}: the tool accepted a wrong call`);
        if (turn.error.kind === 'schema_violation') {
          const validate = validatorFor(plan, call.operation);
          if (validate(call.arguments)) out.push(`turn ${i}: schema_violation arguments are valid`);
          const expected = `Invalid arguments: ${ajv.errorsText(validate.errors, { dataVar: 'arguments' })}`;
          if ((tool.result as { error: { message: string } }).error.message !== expected) out.push(`turn ${i}: error text is not ajv's: ${JSON.stringify(tool.result)} vs ${expected}`);
        }
        const fix = plan.turns.slice(i + 1).find((t) => t.speaker === 'assistant') as AssistantTurn | undefined;
        if (fix?.corrects !== i) out.push(`turn ${i}: the next assistant turn does not correct it`);
        return;
      }
      const validate = validatorFor(plan, call.operation);
      if (!validate(call.arguments)) out.push(`turn ${i}: arguments ${JSON.stringify(call.arguments)} fail ${call.operation}: ${ajv.errorsText(validate.errors)}`);
      if (tool.status !== 'ok') out.push(`turn ${i}: a right call failed`);
      for (const [param, value] of Object.entries(call.arguments)) {
        const s = slot(call.operation, param);
        if (!s) out.push(`turn ${i}: argument ${param} has no slot`);
        else if (JSON.stringify(s.value) !== JSON.stringify(value)) out.push(`turn ${i}: argument ${param} differs from its slot`);
        else if ((s.source === 'given' || s.source === 'asked') && !said.has(`${call.operation}.${param}`) && !saidValue(s.value)) out.push(`turn ${i}: ${param} called before the user said it`);
      }
      if (!turn.state.api_confirmed || JSON.stringify({ ...turn.state.api_status.required_parameters, ...turn.state.api_status.optional_parameters }) === undefined) out.push(`turn ${i}: call without a confirmed state`);
      else {
        const known = { ...turn.state.api_status.required_parameters, ...turn.state.api_status.optional_parameters };
        for (const [param, value] of Object.entries(call.arguments)) if (JSON.stringify(known[param]) !== JSON.stringify(value)) out.push(`turn ${i}: state disagrees with the call on ${param}`);
      }
    }
    if (turn.action === 'request' && !turn.error) {
      for (const ref of turn.request ?? []) if (said.has(`${ref.operation}.${ref.param}`)) out.push(`turn ${i}: requests ${ref.param}, already given`);
    }
    if (turn.action === 'retriever_call') {
      if (!turn.query || !turn.retrieved) out.push(`turn ${i}: retriever_call without query/results`);
      else {
        const { ok, results } = retrievalAgrees(catalog.retriever, retrievalExpectation(plan, i), turn.query);
        if (!ok) out.push(`turn ${i}: the retriever disagrees with the plan on "${turn.query}"`);
        if (JSON.stringify(results) !== JSON.stringify(turn.retrieved)) out.push(`turn ${i}: recorded results are not the retriever's`);
      }
    }
  });
  for (const s of plan.slots.filter((s) => s.source === 'chained')) {
    const from = s.from!;
    if (isCarried(plan, s)) {
      // A value known earlier (the order of a shipment is the order of its products), found in that tool result.
      const tool = plan.turns.find((t): t is ToolTurn => t.speaker === 'tool' && t.operation === from.operation && t.status === 'ok');
      if (!tool || JSON.stringify(valueAtPath(tool.result, from.field)) !== JSON.stringify(s.value)) out.push(`${s.param}: carried value not at ${from.field}`);
      continue;
    }
    if (graph && !graph.hasDirectedEdge(from.operation, s.operation)) out.push(`${s.param}: no graph edge ${from.operation} -> ${s.operation}`);
    // A pair of the edge, or a field beside one (`location.latitude` next to the paired `location.longitude`).
    const parentOf = (path: string) => path.replace(/(^|\.)[^.]*$/, '').replace(/\[\d+\]/g, '[]');
    const besidePair = plan.slots.some((t) => t !== s && t.source === 'chained' && t.operation === s.operation && t.from?.operation === from.operation && parentOf(t.from.field) === parentOf(from.field));
    if (graph && !graph.getDirectedEdgeAttributes(from.operation, s.operation).pairs.some((p) => p.input === s.param) && !besidePair) out.push(`${s.param}: the edge has no such pair`);
    if (!isIdLike(s.param, ((plan.operations[s.operation]!.parameters.properties ?? {}) as Record<string, Record<string, unknown>>)[s.param] ?? {})) out.push(`${s.param}: chained but not ID-like`);
    if (plan.slots.some((t) => t.operation === from.operation && t.param.toLowerCase() === s.param.toLowerCase() && (t.source === 'asked' || t.source === 'given'))) {
      out.push(`${s.param}: its source asks the user for the very value the user could not give`);
    }
    const tool = plan.turns.find((t): t is ToolTurn => t.speaker === 'tool' && t.operation === from.operation && t.status === 'ok');
    if (!tool || JSON.stringify(valueAtPath(tool.result, from.field)) !== JSON.stringify(s.value)) out.push(`${s.param}: value not at ${from.field} in the source result`);
  }
  for (const s of plan.slots.filter((s) => s.source === 'asked')) {
    const requested = plan.turns.findIndex((t) => t.speaker === 'assistant' && !t.error && t.request?.some((r) => r.operation === s.operation && r.param === s.param));
    if (requested < 0) out.push(`${s.param}: masked but never requested`);
  }
  return out;
}

/** A chained slot that repeats the value of a same-named parameter of an earlier operation (not a fail-inform link). */
function isCarried(plan: DialoguePlan, s: Slot): boolean {
  const norm = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  const at = plan.chain.indexOf(s.operation);
  const failed = plan.turns.some((t) => t.speaker === 'user' && t.unknown?.some((r) => r.operation === s.operation && r.param === s.param));
  return !failed && plan.slots.some((t) => t !== s && plan.chain.indexOf(t.operation) < at && norm(t.param) === norm(s.param) && JSON.stringify(t.value) === JSON.stringify(s.value));
}

describe('planner over the bundled specs', () => {
  let graph: ApiGraph;
  let catalog: PlanCatalog;
  const plans: DialoguePlan[] = [];
  const rejected: string[] = [];

  before(async () => {
    graph = buildGraph((await loadSpecs([bundledSpecsDir])).operations);
    catalog = createPlanCatalog(graph);
    for (const outcome of planDialogues(catalog, { seed: 11, count: 400 })) {
      if (isRejected(outcome)) rejected.push(outcome.rejected);
      else plans.push(outcome);
    }
  });

  it('plays every flow family and all 16 actions', () => {
    assert.deepEqual(rejected, []);
    const families = new Set(plans.map((p) => p.family));
    // Every three-step chain of the bundled specs runs through another record's coordinates (an event venue's,
    // a job's): no multi-hop is built from them (test/plan/plan-chains.test.ts plays multi-hops on the fixtures).
    for (const family of FLOW_FAMILIES) assert.equal(families.has(family), family !== 'multi_hop', `family ${family}`);
    const actions = new Set(plans.flatMap((p) => p.turns.flatMap((t) => (t.speaker === 'tool' ? [] : [t.action]))));
    for (const action of [...USER_ACTIONS, ...SYSTEM_ACTIONS]) if (action !== 'inform_intent_re') assert.ok(actions.has(action), `action ${action} missing`);
    const kinds = new Set(plans.map((p) => p.meta.self_correction).filter(Boolean));
    assert.deepEqual([...kinds].sort(), ['hallucinated_value', 'redundant_request', 'schema_violation']);
  });

  it('every flow of the table can be played here, and every plan keeps its promises', () => {
    for (const flow of catalog.flows) {
      // The first of a few indices that plays it (one chain's intent phrases may not suit the retriever).
      let outcome = planDialogue(catalog, { seed: 5, index: 0, flow: flow.definition.id });
      for (let index = 1; index < 8 && isRejected(outcome) && !/no chain in the catalog fits it/.test(outcome.rejected); index++) outcome = planDialogue(catalog, { seed: 5, index, flow: flow.definition.id });
      // A flow that asks the target's values after a lookup (tooldial_16, 17, 19): every such target of the
      // bundled specs also needs a second code the user cannot have once its first was looked up (a ticket offer
      // ID after the event ID, a guest session ID), so no sound chain plays it here (code_after_lookup).
      // Of the few sound chains left here, none may suit a flow's suggestion (tooldial_20): a chain flow may go
      // unplayed on these five specs; every family is still played (the test above).
      if (flow.hops >= 1 && isRejected(outcome) && flow.definition.family !== 'multi_hop') continue;
      if (flow.definition.family === 'multi_hop') {
        assert.ok(isRejected(outcome) && /no chain in the catalog fits it/.test(outcome.rejected), flow.definition.id);
        continue;
      }
      assert.ok(!isRejected(outcome), `${flow.definition.id}: ${isRejected(outcome) ? outcome.rejected : ''}`);
      plans.push(outcome);
    }
    for (const plan of plans) assert.deepEqual(problems(plan, catalog, graph), [], `${plan.id} (${plan.flow})`);
    // list_pick_04 (pick a record, then the target asks its own values) has no sound chain on these five specs since
    // a ticket hold needs a ticket offer ID after the event's was looked up (code_after_lookup); when it plays, the
    // user picks first and then gives the target its values.
    const held = plans.find((p) => p.flow === 'list_pick_04');
    if (held) assert.deepEqual(held.turns.filter((t) => t.speaker !== 'tool').map((t) => t.action).slice(5, 10), ['call', 'request', 'inform', 'request', 'inform'], 'the user picks, then gives the target its values');
  });

  it('fail-inform and multi-hop dialogues chain through real graph edges on ID-like params', () => {
    const chained = plans.filter((p) => p.family === 'fail_inform' || p.family === 'multi_hop');
    assert.ok(chained.length > 20);
    for (const plan of chained) {
      assert.equal(plan.chain.length, plan.family === 'multi_hop' ? 3 : 2);
      for (let j = 0; j + 1 < plan.chain.length; j++) assert.ok(graph.hasDirectedEdge(plan.chain[j]!, plan.chain[j + 1]!), plan.id);
      const links = plan.slots.filter((s) => s.source === 'chained' && !isCarried(plan, s));
      assert.ok(links.length >= plan.chain.length - 1);
      for (const s of links) assert.ok(isIdLike(s.param, {}), `${plan.id}: ${s.param}`);
      const failed = plan.turns.filter((t): t is UserTurn => t.speaker === 'user' && t.action === 'fail_inform');
      assert.deepEqual(
        failed.flatMap((t) => t.unknown!.map((r) => `${r.operation}.${r.param}`)).sort(),
        links.map((s) => `${s.operation}.${s.param}`).sort(),
        'the user fails exactly the chained values',
      );
    }
  });

  it('partial masking requests exactly the omitted values; no-ask calls at once', () => {
    for (const plan of plans.filter((p) => p.family === 'partial_mask')) {
      const given = plan.slots.filter((s) => s.source === 'given');
      const asked = plan.slots.filter((s) => s.source === 'asked');
      assert.ok(given.length >= 1 && asked.length >= 1, plan.id);
      const requested = plan.turns.flatMap((t) => (t.speaker === 'assistant' && t.action === 'request' ? t.request! : []));
      assert.deepEqual(requested.map((r) => r.param).sort(), asked.map((s) => s.param).sort());
    }
    for (const plan of plans.filter((p) => p.family === 'no_ask')) {
      assert.ok(!plan.turns.some((t) => t.speaker === 'assistant' && t.action === 'request'), plan.id);
      assert.ok(!plan.slots.some((s) => s.source === 'asked'));
    }
  });

  it('is deterministic per (seed, index), whatever was planned before; seeds differ', () => {
    const again = planDialogue(catalog, { seed: 11, index: 123 });
    assert.deepEqual(again, plans[123]);
    // Planned alone, in reverse order, or in a fresh catalog: the same plan.
    const fresh = createPlanCatalog(graph);
    for (const index of [399, 250, 7, 0]) assert.deepEqual(planDialogue(fresh, { seed: 11, index }), plans[index]);
    const other = [...planDialogues(catalog, { seed: 12, count: 30 })];
    const differing = other.filter((p, i) => JSON.stringify(p) !== JSON.stringify({ ...plans[i], id: `12-${i}`, seed: 12 }));
    assert.ok(differing.length >= 25, `only ${differing.length} of 30 plans differ between seeds`);
  });

  it('plays a flow a user adds to the table, splitting masked values over its request rounds', () => {
    const userFlows = parseFlowTable('- {id: ask_twice, family: clear_request, sequence: "ICl RC Req Inf Req Inf call Resp UB SB"}', 'my-flows.yaml');
    const extended = createPlanCatalog(graph, { flows: [...FLOW_TABLE, ...userFlows] });
    for (let index = 0; index < 10; index++) {
      const plan = planDialogue(extended, { seed: 4, index, flow: 'ask_twice' });
      assert.ok(!isRejected(plan), isRejected(plan) ? plan.rejected : '');
      assert.equal(plan.flow, 'ask_twice');
      const rounds = plan.turns.flatMap((t) => (t.speaker === 'assistant' && t.action === 'request' ? [t.request!.map((r) => r.param)] : []));
      assert.equal(rounds.length, 2);
      assert.ok(rounds.every((r) => r.length > 0));
      assert.deepEqual(rounds.flat().sort(), plan.slots.filter((x) => x.source === 'asked').map((x) => x.param).sort());
      assert.deepEqual(problems(plan, extended, graph), []);
    }
  });

  it('honours the flow mix', () => {
    const only = [...planDialogues(catalog, { seed: 3, count: 40, mix: { fail_inform: 1 } })];
    assert.ok(only.every((p) => !isRejected(p) && p.family === 'fail_inform'));
    // A family the catalog cannot play (no multi-hop here runs through places only) is never played instead.
    assert.ok([...planDialogues(catalog, { seed: 3, count: 5, mix: { multi_hop: 1 } })].every((p) => isRejected(p)));
    const rejectedAll = planDialogue(catalog, { seed: 3, index: 0, mix: {} });
    assert.ok(isRejected(rejectedAll));
  });
});

describe('planner over a hand-built graph', () => {
  const graph = miniGraph();
  const catalog = createPlanCatalog(graph);

  it('leaves credentials and headers out, and chains lyrics through a search', () => {
    const lyrics = catalog.byId.get('tunes.getTrackLyrics')!;
    assert.deepEqual(lyrics.params.map((p) => p.name), ['trackId', 'language']);
    const plan = planDialogue(catalog, { seed: 1, index: 0, flow: 'tooldial_08' });
    assert.ok(!isRejected(plan), isRejected(plan) ? plan.rejected : '');
    assert.equal(plan.edge_type, 'yesyes');
    assert.deepEqual(problems(plan, catalog, graph as unknown as ApiGraph), []);
    const chained = plan.slots.find((s) => s.source === 'chained')!;
    assert.equal(chained.param, 'trackId');
    assert.match(chained.from!.field, /^(tracks|entries)\[\d\]\.trackId$/);
  });

  it('rejects with a reason when no chain fits a flow', () => {
    const outcome = planDialogue(catalog, { seed: 1, index: 0, flow: 'multi_hop_04' });
    assert.ok(isRejected(outcome));
    assert.match(outcome.rejected, /multi_hop_04/);
    assert.match((planDialogue(catalog, { seed: 1, index: 0, flow: 'nope' }) as { rejected: string }).rejected, /unknown flow "nope"/);
  });
});

describe('planner: values known earlier in the dialogue', () => {
  const graph = orderGraph();
  const catalog = createPlanCatalog(graph);
  const plans = [...planDialogues(catalog, { seed: 5, count: 60, mix: { fail_inform: 1 } })].filter((p): p is DialoguePlan => !isRejected(p));

  it('uses the order ID the user gave for the shipment for its products too: no second request, same value, from the result', () => {
    assert.ok(plans.length >= 10, `only ${plans.length} plans`);
    for (const plan of plans) {
      const sourceOrder = plan.slots.find((s) => s.operation === 'ordershop.getOrderShipment' && s.param === 'order_id')!;
      const targetOrder = plan.slots.find((s) => s.operation === 'ordershop.getOrderProduct' && s.param === 'order_id')!;
      assert.equal(targetOrder.value, sourceOrder.value, plan.id);
      assert.equal(targetOrder.source, 'chained', plan.id);
      assert.equal(targetOrder.from?.operation, 'ordershop.getOrderShipment');
      const requests = plan.turns.flatMap((t) => (t.speaker === 'assistant' && t.request ? t.request : []));
      assert.ok(!requests.some((r) => r.operation === 'ordershop.getOrderProduct' && r.param === 'order_id'), `${plan.id} asks for the order ID again`);
      // The shipment looked up for order X says order X.
      const shipment = plan.turns.find((t): t is ToolTurn => t.speaker === 'tool' && t.operation === 'ordershop.getOrderShipment')!;
      assert.equal((shipment.result as { order_id: unknown }).order_id, sourceOrder.value);
      assert.deepEqual(problems(plan, catalog, graph as unknown as ApiGraph), [], plan.id);
    }
  });

  it('a later operation reuses what the request gave (the source takes the ID the user stated with the intent)', () => {
    const withIntent = [...planDialogues(catalog, { seed: 9, count: 80 })].filter((p): p is DialoguePlan => !isRejected(p) && p.chain.length === 2);
    const given = withIntent.filter((p) => p.slots.some((s) => s.operation === 'ordershop.getOrderProduct' && s.param === 'order_id' && s.source === 'given'));
    for (const plan of given) {
      const sourceOrder = plan.slots.find((s) => s.operation === 'ordershop.getOrderShipment' && s.param === 'order_id')!;
      const targetOrder = plan.slots.find((s) => s.operation === 'ordershop.getOrderProduct' && s.param === 'order_id')!;
      assert.equal(sourceOrder.value, targetOrder.value, plan.id);
      assert.equal(sourceOrder.source, 'given', plan.id);
      assert.deepEqual(problems(plan, catalog, graph as unknown as ApiGraph), [], plan.id);
    }
    for (const plan of withIntent) {
      const values = plan.slots.filter((s) => s.param === 'order_id').map((s) => s.value);
      assert.equal(new Set(values).size, 1, `${plan.id}: two order IDs in one dialogue`);
    }
  });
});

describe('planner over the ../shared fixtures', { skip: skipWithoutFixtures }, () => {
  it('plays every family over 30 real OpenAPI specs and 45 RapidAPI tools, and every plan keeps its promises', async () => {
    const loaded = await loadSpecs([join(fixturesDir, 'openapi'), join(fixturesDir, 'rapidapi', 'tools')], { responses: join(fixturesDir, 'rapidapi', 'responses') });
    const graph = buildGraph(loaded.operations);
    const catalog = createPlanCatalog(graph);
    const plans: DialoguePlan[] = [];
    for (const outcome of planDialogues(catalog, { seed: 21, count: 300 })) {
      assert.ok(!isRejected(outcome), isRejected(outcome) ? outcome.rejected : '');
      plans.push(outcome);
    }
    // multi_hop's only chains here were detours (cities → get_city_by_id → coordinates, where the city list
    // already holds the coordinates), which the planner no longer plays: see notes/wave6-upload.md.
    assert.deepEqual(new Set(plans.map((p) => p.family)), new Set(FLOW_FAMILIES.filter((f) => f !== 'multi_hop')));
    for (const plan of plans) assert.deepEqual(problems(plan, catalog, graph), [], `${plan.id} (${plan.flow})`);
    assert.ok(!plans.some((p) => p.chain.join(' > ').includes('geography_v2.cities > geography_v2.get_city_by_id >')), 'a city list looked up again by its id for coordinates it already holds');
  });
});
