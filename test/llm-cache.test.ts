/** The LLM answer cache writes an answer before anything else can run: a kill right after keeps it. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LlmCache, sha256Hex } from '../src/realize/_llm-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'dialforge-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('put stores the answer before it returns (no await, no later tick): on disk whole, no .tmp left', async () => {
  const cache = new LlmCache(dir);
  const key = sha256Hex('request');
  const answer = { content: '{"turns":[]}', model: 'm', finishReason: 'stop', usage: { prompt: 1, completion: 2 } };
  void cache.put(key, answer);
  // Nothing has yielded to the event loop since put: an asynchronous write would not be there yet.
  assert.ok(existsSync(join(dir, key.slice(0, 2), `${key}.json`)), 'the entry is on disk as soon as put returns');
  assert.deepEqual(readdirSync(join(dir, key.slice(0, 2))), [`${key}.json`]);
  assert.deepEqual(await cache.get(key), answer);
});
