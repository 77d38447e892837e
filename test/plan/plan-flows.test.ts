import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isDialforgeError } from '../../src/errors.ts';
import { analyzeFlow, FLOW_FAMILIES, FLOW_TABLE, parseFlowTable, shortForm, SYSTEM_ACTIONS, USER_ACTIONS } from '../../src/plan/index.ts';
import { sharedDir } from '../_shared.ts';

const designFile = join(sharedDir, 'DESIGN.md');

/** The 20 ToolDial sequences as DESIGN.md lists them (two columns of `N tokens…`). */
function designFlows(): Map<number, string> {
  const text = readFileSync(designFile, 'utf8');
  const start = text.indexOf('20 action sequences');
  const block = text.slice(text.indexOf('```', start) + 3, text.indexOf('```', text.indexOf('```', start) + 3));
  const flows = new Map<number, string>();
  // Columns are not always two spaces apart, so read token by token: a bare number starts a flow.
  for (const line of block.split('\n')) {
    let current: number | undefined;
    for (const token of line.trim().split(/\s+/)) {
      if (/^\d{1,2}$/.test(token)) {
        current = Number(token);
        flows.set(current, '');
      } else if (current !== undefined) {
        flows.set(current, `${flows.get(current)} ${token}`.trim());
      }
    }
  }
  return flows;
}

describe('flow table', () => {
  it('holds ToolDial flows 1-20 exactly as DESIGN.md lists them', { skip: existsSync(designFile) ? false : `${designFile} not found` }, () => {
    const expected = designFlows();
    assert.equal(expected.size, 20);
    for (const [number, sequence] of expected) {
      const flow = FLOW_TABLE.find((f) => f.tooldial === number);
      assert.ok(flow, `ToolDial flow ${number} is missing`);
      // DESIGN.md writes response_fail / suggest / affirm in full; shortForm prints the table's tokens the same way.
      // One deliberate difference: after the user turns the suggestion down and asks for something else (flow 5),
      // the assistant searches for that request before saying nothing serves it (QUALITY.md I, wave 16).
      const designed = number === 5 ? sequence.replace('negate response_fail', 'negate RC response_fail') : sequence;
      assert.equal(shortForm(analyzeFlow(flow).steps), designed, `flow ${number}`);
    }
  });

  it('covers every family and all 16 actions, and every flow passes its own grammar check', () => {
    const families = new Set(FLOW_TABLE.map((f) => f.family));
    for (const family of FLOW_FAMILIES) assert.ok(families.has(family), `family ${family} has no flow`);
    const actions = new Set(FLOW_TABLE.flatMap((f) => analyzeFlow(f).steps.map((s) => s.action)));
    for (const action of [...USER_ACTIONS, ...SYSTEM_ACTIONS]) {
      if (action === 'inform_intent_re') continue; // the optional seventeenth
      assert.ok(actions.has(action), `action ${action} never appears`);
    }
    assert.equal(new Set(FLOW_TABLE.map((f) => f.id)).size, FLOW_TABLE.length, 'flow ids are unique');
  });

  it('derives ToolDial edge kinds from the sequence (whether a Req Inf precedes each call)', () => {
    const needs = (id: string) => analyzeFlow(FLOW_TABLE.find((f) => f.id === id)!).positions.map((p) => (p.asks ? 'yes' : 'zero')).join('');
    assert.equal(needs('tooldial_07'), 'yeszero');
    assert.equal(needs('tooldial_08'), 'yesyes');
    assert.equal(needs('tooldial_15'), 'zerozero');
    assert.equal(needs('tooldial_16'), 'zeroyes');
    const multi = analyzeFlow(FLOW_TABLE.find((f) => f.id === 'multi_hop_04')!);
    assert.equal(multi.hops, 2);
    assert.deepEqual(multi.positions.map((p) => p.asks), [true, false, true]);
  });

  it('reads user flows from YAML and reports a bad one with the file and flow id', () => {
    const good = parseFlowTable('flows:\n  - id: my_flow\n    family: clear_request\n    sequence: ICl RC Req Inf Req Inf call Resp UB SB\n    weight: 2\n', 'flows.yaml');
    assert.equal(good[0]!.id, 'my_flow');
    assert.equal(analyzeFlow(good[0]!).positions[0]!.asks, true);
    const bad = [
      ['- {id: a, family: clear_request, sequence: "ICl RC Rq Inf call"}', /unknown token "Rq" at position 3/],
      ['- {id: b, family: clear_request, sequence: "ICl RC Inf call Resp"}', /Inf and FI answer a Req/],
      ['- {id: c, family: nonsense, sequence: "ICl RC call"}', /unknown family "nonsense"/],
      ['- {id: d, family: no_ask, sequence: "ICl RC call call"}', /already called/],
      ['- {id: e, family: self_correction, sequence: "ICl RC Req!schema_violation Inf call"}', /schema_violation belongs on call/],
      ['[ {id: f', /not valid YAML/],
    ] as const;
    for (const [text, message] of bad) {
      assert.throws(
        () => parseFlowTable(text, 'flows.yaml'),
        (error: unknown) => isDialforgeError(error) && error.file === 'flows.yaml' && message.test(error.message),
        `${text} should fail with ${message}`,
      );
    }
  });
});
