import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordJson } from '../src/generate/_record-json.ts';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../src/generate/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { bundledSpecsDir } from './_shared.ts';

describe('record JSON (operation texts kept per catalog object)', () => {
  it('writes generated records exactly as JSON.stringify does, operations shared between dialogues included', async () => {
    const catalog = await loadCatalog({ specs: [bundledSpecsDir] });
    const planner = createDialoguePlanner(catalog, { seed: 3 });
    let written = 0;
    for await (const item of generateDialogues({ planner, start: 0, end: 40 })) {
      if ('rejected' in item) continue;
      written++;
      const serialized = serializeItem(item);
      assert.ok('json' in serialized);
      assert.equal(serialized.json, JSON.stringify(item.record));
    }
    assert.ok(written > 30, `only ${written} of 40 written`);
  });

  it('keeps JSON rules at the levels it writes itself: undefined left out, an id `__proto__`, a toJSON, arrays', () => {
    const op = { name: 'get', api: 'a', description: 'd', method: 'GET', path: '/x', parameters: { type: 'object', properties: {} } };
    const candidates: Record<string, unknown> = { b: op, skipped: undefined, dated: new Date(0), list: [op] };
    Object.defineProperty(candidates, '__proto__', { value: op, enumerable: true, writable: true, configurable: true });
    const record = { id: 'r', gone: undefined, fn: () => 1, operations: { '1': op, a: op }, candidates, meta: { when: new Date(0) } };
    const asRecord = record as unknown as DialogueRecord;
    assert.equal(recordJson(asRecord), JSON.stringify(record));
    // The kept text is reused: a second record with the same operation object writes the same bytes.
    assert.equal(recordJson(asRecord), JSON.stringify(record));
    assert.equal(recordJson({ operations: [op] } as unknown as DialogueRecord), JSON.stringify({ operations: [op] }));
    assert.equal(recordJson({} as DialogueRecord), '{}');
  });
});
