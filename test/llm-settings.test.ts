/** The LLM realizer's settings: flags over the config's `llm:` section, defaults, clear errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { llmSettingsFrom } from '../src/cli/_llm.ts';

test('flags win over the config; defaults fill the rest', () => {
  const s = llmSettingsFrom({ model: 'gpt-4o-mini', temperature: '0.2', timeout: '1.5' }, { model: 'other', temperature: 0.9, max_tokens: 900, rpm: 60, prices: { mine: { input: 1, output: 2 } } });
  assert.equal(s.model, 'gpt-4o-mini');
  assert.equal(s.temperature, 0.2);
  assert.equal(s.maxTokens, 900);
  assert.equal(s.rpm, 60);
  assert.equal(s.timeoutMs, 1500);
  assert.equal(s.concurrency, 8);
  assert.equal(s.cacheDir, '.dialforge-cache/llm');
  assert.deepEqual(s.prices, { mine: { input: 1, output: 2 } });
  assert.equal(llmSettingsFrom({ model: 'm' }, { concurrency: 32 }).concurrency, 32);
  assert.equal(llmSettingsFrom({ model: 'm' }, { concurrency: 32 }, 4).concurrency, 4, "generate's --concurrency wins");
});

test('--no-cache really turns the cache off, whatever --cache-dir says', () => {
  assert.equal(llmSettingsFrom({ model: 'm', cache: false, cacheDir: '/tmp/somewhere' }).cacheDir, null);
  assert.equal(llmSettingsFrom({ model: 'm' }, { cache: false }).cacheDir, null);
  assert.equal(llmSettingsFrom({ model: 'm', cacheDir: '/tmp/c' }).cacheDir, '/tmp/c');
});

test('--price sets the price of --model', () => {
  assert.deepEqual(llmSettingsFrom({ model: 'llama3.1:8b', price: '0/0' }).prices, { 'llama3.1:8b': { input: 0, output: 0 } });
});

test('bad values name the flag or the config key', () => {
  const usage = (fn: () => unknown, re: RegExp, code: string) =>
    assert.throws(fn, (e: Error & { code?: string }) => {
      assert.equal(e.code, code);
      assert.match(e.message, re);
      return true;
    });
  usage(() => llmSettingsFrom({}), /--realizer llm needs --model/, 'E_USAGE');
  usage(() => llmSettingsFrom({ model: 'm', rpm: 'fast' }), /--rpm: "fast" must be a number/, 'E_USAGE');
  usage(() => llmSettingsFrom({ model: 'm', maxTokens: '1.5' }), /--max-tokens: "1.5" must be a whole number >= 1/, 'E_USAGE');
  usage(() => llmSettingsFrom({ model: 'm', price: 'cheap' }), /--price: "cheap"/, 'E_USAGE');
  usage(() => llmSettingsFrom({ model: 'm' }, { modle: 'x' }), /key "llm.modle": unknown key/, 'E_CONFIG');
  usage(() => llmSettingsFrom({ model: 'm' }, { tpm: -1 }), /config key "llm.tpm": "-1"/, 'E_CONFIG');
  usage(() => llmSettingsFrom({ model: 'm' }, { prices: { x: { input: 1 } } }), /llm.prices.x/, 'E_CONFIG');
  usage(() => llmSettingsFrom({ model: 'm' }, { response_format: 'xml' }), /llm.response_format/, 'E_CONFIG');
});

test('config errors name the config file and the key', () => {
  assert.throws(
    () => llmSettingsFrom({ model: 'm' }, { rpm: 'lots' }, undefined, 'dialforge.yaml'),
    (e: Error & { code?: string; file?: string; location?: string }) => {
      assert.equal(e.code, 'E_CONFIG');
      assert.equal(e.file, 'dialforge.yaml');
      assert.equal(e.location, 'llm.rpm');
      return true;
    },
  );
});
