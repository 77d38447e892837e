/**
 * A fast-check arbitrary of canonical records shaped like generated ones: real flow skeletons
 * (clear request, no-ask, fail-inform chain with two calls, suggest/negate, vague/clarify,
 * self-correction with a wrong call) over random operations, names, texts, values and tool results.
 */
import fc from 'fast-check';
import type { AssistantTurn, DialogueRecord, DialogueState, RecordOperation, Slot, Turn, UserTurn } from '../src/plan/index.ts';

type ParamSpec = { name: string; schema: Record<string, unknown>; required: boolean };
type OpSpec = { id: string; op: RecordOperation; params: ParamSpec[] };

const ident = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,11}$/);
/** Operation names as specs write them: operationIds, or method-path slugs with odd characters. */
const opName = fc.oneof(ident, fc.stringMatching(/^(get|post)_[a-z{}\/\- ]{1,20}$/), fc.string({ minLength: 1, maxLength: 80 }));
const text = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' });
const jsonValue = fc.json({ maxDepth: 2 }).map((t) => JSON.parse(t) as unknown);

const paramSpec: fc.Arbitrary<ParamSpec> = fc.record({
  name: ident,
  required: fc.boolean(),
  schema: fc.oneof(
    fc.record({ type: fc.constant('string'), description: fc.string({ maxLength: 30 }) }),
    fc.record({ type: fc.constant('integer'), minimum: fc.constant(0) }),
    fc.record({ type: fc.constant('number') }),
    fc.record({ type: fc.constant('boolean') }),
    fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(ident, { minLength: 2, maxLength: 4 }) }),
    fc.record({ type: fc.constant('string'), format: fc.constantFrom('date', 'email', 'uuid'), 'x-internal': fc.boolean(), nullable: fc.boolean() }),
  ),
});

function valueFor(schema: Record<string, unknown>): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.type === 'integer') return fc.nat(100000);
  if (schema.type === 'number') return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => (Object.is(n, -0) ? 0 : n));
  if (schema.type === 'boolean') return fc.boolean();
  return text;
}

const opSpec = (api: string): fc.Arbitrary<OpSpec> =>
  fc
    .tuple(opName, fc.uniqueArray(paramSpec, { minLength: 1, maxLength: 4, selector: (p) => p.name }), fc.option(fc.constantFrom('Music', 'Travel', 'Data'), { nil: undefined }), fc.string({ maxLength: 40 }))
    .map(([name, params, category, description]) => {
      params[0]!.required = true; // every operation needs at least one value
      const op: RecordOperation = {
        name,
        api,
        ...(category ? { category } : {}),
        description,
        method: 'GET',
        path: `/${name}`,
        parameters: {
          type: 'object',
          properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
          required: params.filter((p) => p.required).map((p) => p.name),
        },
      };
      return { id: `${api}.${name}`, op, params };
    });

const state = (op: OpSpec, known: Record<string, unknown>): DialogueState => ({
  api_confirmed: true,
  api_status: {
    operation: op.id,
    required_parameters: Object.fromEntries(op.params.filter((p) => p.required).map((p) => [p.name, p.name in known ? known[p.name] : null])),
    optional_parameters: Object.fromEntries(op.params.filter((p) => !p.required).map((p) => [p.name, p.name in known ? known[p.name] : null])),
  },
});
const NONE: DialogueState = { api_confirmed: false, api_status: 'none' };

const FAMILIES = ['clear_request', 'no_ask', 'fail_inform', 'suggest', 'vague_clarify', 'self_correction'] as const;

export const recordArb: fc.Arbitrary<DialogueRecord> = fc
  .record({
    apis: fc.uniqueArray(fc.constantFrom('music', 'weather', 'maps', 'shop', 'flights', 'news', 'films', 'crypto'), { minLength: 2, maxLength: 2 }),
    family: fc.constantFrom(...FAMILIES),
    crossApi: fc.boolean(),
    index: fc.nat(100000),
    texts: fc.array(text, { minLength: 20, maxLength: 20 }),
    results: fc.array(jsonValue, { minLength: 3, maxLength: 3 }),
    scores: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    seed: fc.nat(1000),
  })
  .chain((base) =>
    fc
      .tuple(opSpec(base.apis[0]!), opSpec(base.crossApi ? base.apis[1]! : base.apis[0]!))
      .filter(([a, b]) => a.id !== b.id)
      .chain(([target, source]) =>
        fc
          .tuple(
            fc.tuple(...target.params.map((p) => valueFor(p.schema))),
            fc.tuple(...source.params.map((p) => valueFor(p.schema))),
            valueFor(target.params[0]!.schema),
          )
          .map(([tv, sv, wrong]) => build(base, target, source, tv, sv, wrong)),
      ),
  );

function build(
  base: { family: (typeof FAMILIES)[number]; index: number; texts: string[]; results: unknown[]; scores: number[]; seed: number },
  target: OpSpec,
  source: OpSpec,
  targetValues: unknown[],
  sourceValues: unknown[],
  wrongValue: unknown,
): DialogueRecord {
  let t = 0;
  const say = (): string => base.texts[t++ % base.texts.length]!;
  const targetArgs = Object.fromEntries(target.params.filter((p) => p.required).map((p, i) => [p.name, targetValues[i]]));
  const sourceArgs = Object.fromEntries(source.params.filter((p) => p.required).map((p, i) => [p.name, sourceValues[i]]));
  const ops: OpSpec[] = base.family === 'fail_inform' ? [source, target] : [target];
  const slots: Slot[] = [];
  const turns: Turn[] = [];
  const user = (action: UserTurn['action']): void => void turns.push({ speaker: 'user', action, text: say() });
  const assistant = (turn: Omit<AssistantTurn, 'speaker'>): void => void turns.push({ speaker: 'assistant', ...turn });
  const rc = (op: OpSpec, s: DialogueState, score: number): void =>
    assistant({ action: 'retriever_call', thought: say(), query: say(), retrieved: [{ operation: op.id, score }, { operation: `${op.op.api}.other`, score: score / 2 }], state: s });
  let callN = 0;
  const call = (op: OpSpec, args: Record<string, unknown>, s: DialogueState, result: unknown, extra: Partial<AssistantTurn> = {}, status: 'ok' | 'error' = 'ok'): void => {
    const id = `call_${++callN}`;
    assistant({ action: 'call', call: { id, operation: op.id, arguments: args }, state: s, ...extra });
    turns.push({ speaker: 'tool', operation: op.id, call_id: id, status, result });
  };
  const close = (s: DialogueState): void => {
    assistant({ action: 'response', text: say(), state: s });
    user('user_bye');
    assistant({ action: 'system_bye', text: say(), state: s });
  };
  const ask = (op: OpSpec, args: Record<string, unknown>): void => {
    for (const [param, value] of Object.entries(args)) slots.push({ operation: op.id, param, value, source: 'asked', required: true });
  };
  const full = state(target, targetArgs);
  switch (base.family) {
    case 'clear_request':
    case 'vague_clarify': {
      if (base.family === 'vague_clarify') {
        user('inform_intent_vague');
        rc(target, NONE, Math.min(base.scores[0]!, 0.5));
        assistant({ action: 'clarify', text: say(), state: NONE });
      }
      user('inform_intent_clear');
      rc(target, state(target, {}), base.scores[1]!);
      assistant({ action: 'request', text: say(), request: Object.keys(targetArgs).map((param) => ({ operation: target.id, param })), state: state(target, {}) });
      turns.push({ speaker: 'user', action: 'inform', text: say(), informs: Object.keys(targetArgs).map((param) => ({ operation: target.id, param })) });
      ask(target, targetArgs);
      call(target, targetArgs, full, base.results[0]);
      close(full);
      break;
    }
    case 'no_ask': {
      for (const [param, value] of Object.entries(targetArgs)) slots.push({ operation: target.id, param, value, source: 'given', required: true });
      user('inform_intent_clear_add');
      rc(target, full, base.scores[0]!);
      call(target, targetArgs, full, base.results[0]);
      close(full);
      break;
    }
    case 'fail_inform': {
      const chained = target.params[0]!.name;
      user('inform_intent_clear');
      rc(target, state(target, {}), base.scores[0]!);
      assistant({ action: 'request', text: say(), request: [{ operation: target.id, param: chained }], state: state(target, {}) });
      turns.push({ speaker: 'user', action: 'fail_inform', text: say(), unknown: [{ operation: target.id, param: chained }] });
      rc(source, state(source, {}), base.scores[1]!);
      assistant({ action: 'request', text: say(), request: Object.keys(sourceArgs).map((param) => ({ operation: source.id, param })), state: state(source, {}) });
      user('inform');
      ask(source, sourceArgs);
      const { [chained]: chainedValue, ...rest } = targetArgs;
      for (const [param, value] of Object.entries(rest)) slots.push({ operation: target.id, param, value, source: 'given', required: true });
      slots.push({ operation: target.id, param: chained, value: chainedValue, source: 'chained', required: true, from: { operation: source.id, field: 'items[].id' } });
      call(source, sourceArgs, state(source, sourceArgs), base.results[0]);
      call(target, targetArgs, full, base.results[1]);
      close(full);
      break;
    }
    case 'suggest': {
      user('inform_intent_vague');
      rc(target, NONE, 0.5 + base.scores[0]! / 10);
      assistant({ action: 'suggest', text: say(), suggest: target.id, state: NONE });
      user('negate');
      assistant({ action: 'response_fail', text: say(), state: NONE });
      break;
    }
    case 'self_correction': {
      const first = target.params[0]!.name;
      user('inform_intent_clear');
      rc(target, state(target, {}), base.scores[0]!);
      const wrongArgs = { ...targetArgs, [first]: wrongValue };
      const wrongAt = turns.length;
      call(target, wrongArgs, state(target, wrongArgs), { error: say() }, { error: { kind: 'hallucinated_value', note: say() }, train: false }, 'error');
      assistant({ action: 'request', text: say(), request: Object.keys(targetArgs).map((param) => ({ operation: target.id, param })), state: state(target, {}), corrects: wrongAt });
      user('inform');
      ask(target, targetArgs);
      call(target, targetArgs, full, base.results[0]);
      close(full);
      break;
    }
  }
  const familyFlow = { clear_request: 'tooldial_01', no_ask: 'tooldial_13', fail_inform: 'tooldial_07', suggest: 'tooldial_05', vague_clarify: 'tooldial_03', self_correction: 'self_correction_hallucinated' } as const;
  return {
    id: `arb-${base.index}`,
    seed: base.seed,
    index: base.index,
    flow: familyFlow[base.family],
    family: base.family,
    edge_type: base.family === 'fail_inform' ? 'yesyes' : null,
    operations: Object.fromEntries(ops.map((o) => [o.id, o.op])),
    chain: ops.map((o) => o.id),
    slots,
    turns,
    meta: { generator: 'dialforge@test', realizer: 'template', ...(base.family === 'self_correction' ? { self_correction: 'hallucinated_value' as const } : {}) },
  };
}
