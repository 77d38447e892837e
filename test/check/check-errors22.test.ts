/**
 * The self-correction flow's errors and when to ask (QUALITY.md E, I, J), wave 22: the rules of
 * src/check/_rules-errors22.ts broken on purpose on a real record (the reading of 2026-12-07f found "adults 3 does not
 * match any record", "No road found with roadId A7", "Apologies, I need the real value" and three arbitrary
 * countries to pick from), and the generator keeping them on the bundled specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../../src/generate/index.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall } from '../_one-call.ts';
import { builtIntent } from '../../src/realize/_intent.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const RULES = ['guess_not_key', 'guess_real_value', 'vague_guess_fix', 'open_domain_pick'];
const broken = (record: DialogueRecord, rule: string): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === rule);
const copy = (record: DialogueRecord): DialogueRecord => JSON.parse(JSON.stringify(record)) as DialogueRecord;

/** The first self-correction by a guessed value among the bundled dialogues 100–130 of seed 2026 (a booking cancelled). */
async function guessed(): Promise<DialogueRecord> {
  const catalog = await loadCatalog({ specs: [bundledSpecsDir] });
  const planner = createDialoguePlanner(catalog, { seed: 2026 });
  for await (const item of generateDialogues({ planner, start: 100, end: 130 })) {
    const out = serializeItem(item);
    if (!('rejected' in out) && out.flow.startsWith('self_correction_hallucinated')) return JSON.parse(out.json) as DialogueRecord;
  }
  throw new Error('no self-correction by a guessed value');
}

/** The wrong call, its rejection and the request that fixes it. */
function parts(record: DialogueRecord): { at: number; args: Record<string, unknown>; error: { message: string }; ask: { text?: string } } {
  const at = record.turns.findIndex((t) => t.speaker === 'assistant' && t.error?.kind === 'hallucinated_value');
  const wrong = record.turns[at]!;
  const tool = record.turns[at + 1]!;
  const ask = record.turns.slice(at + 2).find((t) => t.speaker === 'assistant' && t.action === 'request')!;
  return { at, args: (wrong as { call: { arguments: Record<string, unknown> } }).call.arguments, error: (tool as { result: { error: { message: string } } }).result.error, ask: ask as { text?: string } };
}

describe('errors22 rules', () => {
  test('a real self-correction passes; its guess broken three ways breaks each rule', async () => {
    const good = await guessed();
    for (const rule of RULES) assert.deepEqual(broken(good, rule), [], rule);
    const { args } = parts(good);
    const key = Object.keys(args).find((k) => /Id$/.test(k))!;
    const plain = Object.keys(args).find((k) => k !== key)!;
    // "adults 3 does not match any record": a value the service looks nothing up by.
    const notKey = copy(good);
    parts(notKey).error.message = `${plain} ${JSON.stringify(args[plain])} does not match any record`;
    assert.deepEqual(broken(notKey, 'guess_not_key'), ['guess_not_key']);
    // "No road found with roadId A7": the A7 is a road.
    const real = copy(good);
    const r = parts(real);
    r.args[key] = 'A7';
    r.error.message = `No road found with ${key} "A7"`;
    r.ask.text = `Sorry, I guessed A7 for the ID instead of asking. Could you tell me the ID?`;
    assert.deepEqual(broken(real, 'guess_real_value'), ['guess_real_value']);
    assert.deepEqual(broken(real, 'vague_guess_fix'), []);
    // "Apologies, I need the real value.": neither the guess nor the failure.
    const vague = copy(good);
    parts(vague).ask.text = 'Apologies, I need the real value. Could you tell me the booking ID?';
    assert.deepEqual(broken(vague, 'vague_guess_fix'), ['vague_guess_fix']);
  });

  test('open_domain_pick: three countries of all of them offered to pick from', () => {
    const listed = (param: string): DialogueRecord => {
      const record = oneCall({}, [{ countryCode: 'FI', name: 'Finland' }, { countryCode: 'US', name: 'United States' }, { countryCode: 'GR', name: 'Greece' }], { name: 'availableCountries' });
      record.turns.push({ speaker: 'assistant', action: 'request', request: [{ operation: 'x.isTodayHoliday', param }], text: 'I found 3 countries: Finland, United States and Greece. Which one do you mean?' } as never);
      return record;
    };
    assert.deepEqual(broken(listed('countryCode'), 'open_domain_pick'), ['open_domain_pick']);
    assert.deepEqual(broken(listed('playlistId'), 'open_domain_pick'), []);
  });

  test('a health check names the API it checks (rapidapi 48 of that reading checked "the API")', () => {
    assert.equal(builtIntent({ name: 'Health Check', method: 'GET', path: '/check', required: [], api: 'GIS Engine' }), 'check that the GIS Engine API is reachable');
    assert.equal(builtIntent({ name: 'ping', method: 'GET', path: '/ping', required: [], api: 'Mandrill API' }), 'check that the Mandrill API is reachable');
  });

  test('the generator keeps the rules (150 bundled dialogues)', async () => {
    await assertGeneratorKeeps(RULES, [bundledSpecsDir], 250, { start: 100, minWritten: 140 });
  });
});
