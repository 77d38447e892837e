import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDialogue, type CheckContext, type InvariantId } from '../../src/check/index.ts';
import type { AssistantTurn, DialogueRecord, UserTurn } from '../../src/plan/types.ts';
import { realize } from '../../src/realize/index.ts';
import { clearRequestPlan, failInformPlan, FLOW_TABLE, overlapRetriever } from '../_dialogue-plans.ts';

const retriever = overlapRetriever();
const ctx: CheckContext = { retriever, flowActions: (flow) => FLOW_TABLE[flow] };

function realized(which: 'fail' | 'clear' = 'fail'): DialogueRecord {
  return structuredClone(realize(which === 'fail' ? failInformPlan() : clearRequestPlan(), { retriever }));
}

function broken(record: DialogueRecord): InvariantId[] {
  const result = checkDialogue(record, ctx);
  return result.ok ? [] : result.violations.map((v) => v.invariant);
}

const user = (r: DialogueRecord, i: number): UserTurn => r.turns[i] as UserTurn;
const assistant = (r: DialogueRecord, i: number): AssistantTurn => r.turns[i] as AssistantTurn;

describe('checkDialogue', () => {
  it('accepts realized dialogues', () => {
    for (let index = 0; index < 30; index++) {
      for (const plan of [{ ...failInformPlan(), index }, clearRequestPlan(index)]) {
        const result = checkDialogue(realize(plan, { retriever }), ctx);
        assert.deepEqual(result, { ok: true });
      }
    }
  });

  it('rejects a masked value leaked before it is informed (2)', () => {
    const r = realized('clear');
    user(r, 0).text = 'I want the weather forecast in LISBON, please.';
    assert.ok(broken(r).includes('no_leak'));
    const chained = realized('fail');
    user(chained, 3).text = "I don't know it; is it trk_8a1f?";
    assert.ok(broken(chained).includes('no_leak'));
  });

  it('normalises case, punctuation and number formats when looking for leaks', () => {
    const r = realized('clear');
    r.slots[0]!.value = 1500;
    (assistant(r, 4).call!.arguments as Record<string, unknown>).city = 1500;
    user(r, 0).text = 'Weather for 1,500 please.';
    assert.ok(broken(r).includes('no_leak'));
  });

  it('sees a masked value through upper case, separators and spacing ("g-n-9-1-3-4")', () => {
    for (const disguise of ['G-N-9-1-3-4', 'g n 9 1 3 4', 'GN 9134', 'gn-9134', 'G.N.9.1.3.4']) {
      const r = realized('clear');
      r.slots[0]!.value = 'gn9134';
      (assistant(r, 4).call!.arguments as Record<string, unknown>).city = 'gn9134';
      user(r, 0).text = `Weather for ${disguise}, please.`;
      assert.ok(broken(r).includes('no_leak'), disguise);
    }
    // Other words around it are no leak: the value's characters must be the whole of adjacent words.
    const r = realized('clear');
    r.slots[0]!.value = 'gn9134';
    (assistant(r, 4).call!.arguments as Record<string, unknown>).city = 'gn9134';
    user(r, 0).text = 'Weather for agn 9134 or gn 91345, please.';
    assert.ok(!broken(r).includes('no_leak'));
  });

  it('rejects an ungrounded argument (3)', () => {
    const r = realized('clear');
    assistant(r, 4).call!.arguments.city = 'Porto';
    assistant(r, 4).state = { api_confirmed: true, api_status: { operation: 'weatherly.getForecast', required_parameters: { city: 'Porto', date: '2026-03-14' }, optional_parameters: {} } };
    assert.ok(broken(r).includes('grounded'));
  });

  it('accepts a declared default and a value from an earlier tool result as grounded', () => {
    const r = realized('fail');
    assistant(r, 7).call!.arguments.format = 'plain';
    assert.deepEqual(checkDialogue(r, ctx), { ok: true });
  });

  it('rejects a wrong action label (4)', () => {
    const r = realized('clear');
    user(r, 3).action = 'fail_inform';
    user(r, 3).unknown = [{ operation: 'weatherly.getForecast', param: 'city' }];
    assert.ok(broken(r).includes('flow'));
    // Without a flow table from the caller, the built-in one knows tooldial_01.
    const alone = checkDialogue(r);
    assert.ok(!alone.ok && alone.violations.some((v) => v.invariant === 'flow' && /do not spell flow tooldial_01/.test(v.message)));
  });

  it('rejects a state that disagrees with the call (4)', () => {
    const r = realized('clear');
    assistant(r, 4).state = { api_confirmed: true, api_status: { operation: 'weatherly.getForecast', required_parameters: { city: 'Paris', date: '2026-03-14' }, optional_parameters: {} } };
    assert.ok(broken(r).includes('state'));
  });

  it('rejects an invalid argument outside an error turn, and allows it on one (1)', () => {
    const r = realized('fail');
    assistant(r, 7).call!.arguments.format = 'rtf';
    assert.ok(broken(r).includes('valid_call'));
    assistant(r, 7).error = { kind: 'schema_violation', note: 'format must be plain or lrc' };
    assistant(r, 7).train = false;
    assert.ok(!broken(r).includes('valid_call'));
  });

  it('rejects a call to an operation outside the catalog (1)', () => {
    const r = realized('clear');
    const result = checkDialogue(r, { ...ctx, operations: { 'tunes.getTrackLyrics': {} } });
    assert.ok(!result.ok && result.violations.some((v) => v.invariant === 'valid_call' && /not in the catalog/.test(v.message)));
  });

  it('rejects a request for a value the user already gave, and clarify after a clear intent (5)', () => {
    const r = realized('clear');
    r.turns.splice(4, 0, { ...assistant(r, 2) });
    assert.ok(broken(r).includes('request_unknown'));
    const c = realized('clear');
    assistant(c, 2).action = 'clarify';
    assert.ok(broken(c).includes('clarify_vague'));
  });

  it('rejects a record that breaks the JSON Schema (6)', () => {
    const r = realized('clear');
    delete user(r, 0).text;
    assert.deepEqual(broken(r), ['schema']);
    const extra = realized('clear') as DialogueRecord & { extra?: number };
    extra.extra = 1;
    assert.deepEqual(broken(extra), ['schema']);
  });

  it('rejects retrieval results the assistant did not act on', () => {
    const r = realized('fail');
    const rc = assistant(r, 1);
    rc.retrieved = [...(rc.retrieved ?? [])].reverse();
    assert.ok(broken(r).includes('retriever'));
  });

  it('rejects placeholders, JSON and raw identifiers in text', () => {
    for (const text of ['What is the {trackId}?', 'Here: {"a": 1}', 'What is the trackId?', 'What is the track_id?']) {
      const r = realized('fail');
      assistant(r, 2).text = text;
      assert.ok(broken(r).includes('text'), text);
    }
  });
});
