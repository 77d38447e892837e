/**
 * The scorer's edge cases with exact figures: argument type coercion, argument order, extra optional
 * arguments, missing and wrongly named calls, hallucinated values, reply → action mapping, state parsing
 * and comparison; and the oracle scoring perfectly on real eval items (the committed sample).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { baselineAnswers, compareCall, compareState, hallucinatedArguments, METRICS, parseState, predictNext, scoreAnswers, scoreBaseline, textAction, toItemAnswer, type EvalItem } from '../src/eval/index.ts';
import { FunctionNames, toEvalItems } from '../src/export/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { ITEMS } from './_eval-fixtures.ts';
import { projectRoot } from './_shared.ts';

const I3 = ITEMS[2]!; // gold call getTrack {trackId: TRK-1000}
const I6 = ITEMS[5]!; // gold call getTrack {trackId: TRK-1001, limit: 5, includeLyrics: true}
const call = (args: Record<string, unknown> | null, name = 'music__getTrack') => ({ name, arguments: args });

describe('call comparison', () => {
  test('type coercion by the schema: "5" is 5 for an integer, "true" is true for a boolean', () => {
    assert.deepEqual(compareCall(I6, call({ trackId: 'TRK-1001', limit: '5', includeLyrics: 'true' })), { name: true, exact: true, tp: 3, predicted: 3, gold: 3 });
    assert.deepEqual(compareCall(I6, call({ trackId: 'TRK-1001', limit: '5.5', includeLyrics: 'yes' })), { name: true, exact: false, tp: 1, predicted: 3, gold: 3 });
    assert.deepEqual(compareCall(I6, call({ trackId: ' trk-1001 ', limit: 5.0, includeLyrics: true })), { name: true, exact: true, tp: 3, predicted: 3, gold: 3 });
  });

  test('argument order does not matter', () => {
    assert.equal(compareCall(I6, call({ includeLyrics: true, limit: 5, trackId: 'TRK-1001' })).exact, true);
  });

  test('extra optional arguments: at their default they are ignored, otherwise they are false positives', () => {
    assert.deepEqual(compareCall(I3, call({ trackId: 'TRK-1000', market: 'US' })), { name: true, exact: true, tp: 1, predicted: 1, gold: 1 });
    assert.deepEqual(compareCall(I3, call({ trackId: 'TRK-1000', market: 'FR' })), { name: true, exact: false, tp: 1, predicted: 2, gold: 1 });
    const answers = [toItemAnswer(I3, { next: { content: '', toolCalls: [{ name: 'music__getTrack', arguments: '{"trackId":"TRK-1000","market":"FR"}' }] } })];
    const figures = scoreAnswers(answers, ['next']).metrics.find((m) => m.metric === 'call')!.figures;
    assert.deepEqual([figures.arg_precision!.value, figures.arg_recall!.value, figures.args_exact_match!.value], [0.5, 1, 0]);
    assert.equal(Number(figures.arg_f1!.value!.toFixed(4)), 0.6667);
  });

  test('a missing argument, a wrong name, no call, unreadable arguments', () => {
    assert.deepEqual(compareCall(I6, call({ trackId: 'TRK-1001' })), { name: true, exact: false, tp: 1, predicted: 1, gold: 3 });
    assert.deepEqual(compareCall(I6, call({ trackId: 'TRK-1001', limit: 5, includeLyrics: true }, 'music__getAlbum')), { name: false, exact: false, tp: 0, predicted: 3, gold: 3 });
    assert.deepEqual(compareCall(I6, undefined), { name: false, exact: false, tp: 0, predicted: 0, gold: 3 });
    assert.deepEqual(compareCall(I3, call(null)), { name: true, exact: false, tp: 0, predicted: 0, gold: 1 });
  });

  test('hallucinated arguments: neither said nor returned nor a default', () => {
    const I4 = ITEMS[3]!; // the user said TRK-2000; the tool returned {"title":"Feeling Good"}
    assert.deepEqual(hallucinatedArguments(I4, call({ trackId: 'TRK-2000', market: 'US', limit: 3 })), ['limit']);
    assert.deepEqual(hallucinatedArguments(I4, call({ trackId: 'trk 2000', market: 'Feeling Good' })), []);
    assert.deepEqual(hallucinatedArguments(I4, call({ trackId: 'TRK-9999', includeLyrics: true })), ['trackId', 'includeLyrics']);
  });
});

describe('reply → action', () => {
  const item = ITEMS[0]!;
  const cases: [string, string][] = [
    ['Could you tell me the track ID?', 'request'],
    ['Before I go ahead, I need the track ID.', 'request'],
    ['Please share the market.', 'request'],
    ['Could you tell me a bit more about what you need?', 'clarify'],
    ['What would you like me to do?', 'clarify'],
    ['Would you like me to look up a track?', 'suggest'],
    ['I could get a track for you. Does that fit?', 'suggest'],
    ['Sorry, none of the tools I have can do that.', 'response_fail'],
    ['Alright. May I have the track ID?', 'request'],
    ['Certainly. What should I use for the market?', 'request'],
    ['63, noted. I\'ll also need the limit.', 'request'],
    // The question for an id with what will do instead (wave 35) is still the question.
    ["Before I get the track, I need the track ID. Don't have it? The title will do, and I'll find it.", 'request'],
    ['Could you tell me the genre ID? If you don\'t have it, I can list the genres for you to pick from.', 'request'],
    ['Sure. What should I do with tracks?', 'clarify'],
    ['Do you want to look something up in tracks, or change something?', 'clarify'],
    ['I checked, but nothing in my catalog handles that kind of request. Maybe a different service could help.', 'response_fail'],
    ["Sorry, there's no service here that can tune your guitar. Can I help with something else?", 'response_fail'],
    ["I'm afraid nothing in my catalog handles that kind of request.", 'response_fail'],
    ['You are welcome. Goodbye!', 'system_bye'],
    // Goodbyes with no "bye" in them: a reply to thanks, a wish, an offer to come back (issue 10: 1,024 of 1,826
    // system goodbyes of 2,000 openapi dialogues were read as responses, 37 as requests).
    ['Good luck with Jazz Night.', 'system_bye'],
    ["You're welcome! I can look into The Left Hand of Darkness again whenever you like.", 'system_bye'],
    ["Don't mention it. Ping me if there's more.", 'system_bye'],
    ['My pleasure. Let me know if you need anything else.', 'system_bye'],
    ['Happy to.', 'system_bye'],
    ['I wish I had better news. You know where to find me.', 'system_bye'],
    ['Sorry I could not do more. Until next time.', 'system_bye'],
    // Goodbyes that name the answer or what was done (wave 11 variety).
    ['You can always ask me more about the 3 orders.', 'system_bye'],
    ["I'm around if you want to revisit Jazz Night.", 'system_bye'],
    ['Any time you need to list the objects, just ask.', 'system_bye'],
    ['Of course! Glad I could help you merge a pull request.', 'system_bye'],
    ['No problem. Please share the market.', 'request'],
    ['Okay, 42. I still need the market.', 'request'],
    ['Noted: 42. Next, the market?', 'request'],
    ['Which track IDs should I use?', 'request'],
    ['Could you just give me the market? The options are US, GB and DE.', 'request'],
    ['What about tracks exactly?', 'clarify'],
    ['Here is what I found. The status is active and the name is Jazz Night.', 'response'],
    ['The track is Feeling Good by Nina Simone.', 'response'],
    ['Found it: the text is Could you gift-wrap this one? and the title is Give Me Everything.', 'response'],
    ['   ', 'no_answer'],
  ];
  for (const [text, action] of cases) test(`"${text}" → ${action}`, () => assert.equal(textAction(text, item), action));

  test('every assistant text in the eval contexts of the committed sample is labelled as the generator labelled it', () => {
    const names = new FunctionNames();
    const records = readFileSync(join(projectRoot, 'output/sample/dialogues.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DialogueRecord);
    const wrong: string[] = [];
    let n = 0;
    for (const item of records.flatMap((r) => toEvalItems(r, { names }))) {
      for (const m of item.context) {
        if (m.role !== 'assistant' || m.tool_calls?.length || !m.action) continue;
        n++;
        const action = textAction(m.content, item);
        if (action !== m.action) wrong.push(`${m.action} → ${action}: ${m.content}`);
      }
    }
    assert.ok(n > 100, `${n} texts`);
    assert.deepEqual(wrong, []);
  });

  test('every assistant text the committed sample asks a model to say next is labelled as the generator labelled it', () => {
    const names = new FunctionNames();
    const records = readFileSync(join(projectRoot, 'output/sample/dialogues.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DialogueRecord);
    const wrong: string[] = [];
    let n = 0;
    for (const record of records) {
      for (const item of toEvalItems(record, { names })) {
        const turn = record.turns[item.turn];
        if (!turn || turn.speaker !== 'assistant' || turn.call || !turn.text || item.gold.action === 'retriever_call') continue;
        n++;
        const action = textAction(turn.text, item);
        if (action !== item.gold.action) wrong.push(`${item.gold.action} → ${action}: ${turn.text}`);
      }
    }
    assert.ok(n > 50, `${n} texts`);
    assert.deepEqual(wrong, []);
  });

  test('tool calls: the retriever, an operation (first non-retriever call), unreadable arguments, a failed request', () => {
    const reply = (calls: [string, string][]) => ({ content: '', toolCalls: calls.map(([name, args]) => ({ name, arguments: args })) });
    assert.deepEqual(predictNext(reply([['search_apis', '{"query":"x"}']]), item), { action: 'retriever_call', malformed: false });
    assert.deepEqual(predictNext(reply([['search_apis', '{}'], ['music__getTrack', '{"trackId":"A"}']]), item), { action: 'call', call: { name: 'music__getTrack', arguments: { trackId: 'A' } }, malformed: false });
    assert.deepEqual(predictNext(reply([['music__getTrack', '[1,2]']]), item), { action: 'call', call: { name: 'music__getTrack', arguments: null }, malformed: true });
    assert.deepEqual(predictNext({ content: '', toolCalls: [], error: 'timed out' }, item), { action: 'no_answer', malformed: false });
  });
});

describe('dialogue state', () => {
  test('parsing: fenced JSON, prose around it, unconfirmed forms, nothing readable', () => {
    assert.deepEqual(parseState('State:\n```json\n{"api_confirmed": true, "api_status": {"operation": "x", "required_parameters": {"a": 1}, "optional_parameters": {"b": null}}}\n```'), { api_confirmed: true, operation: 'x', values: { a: 1, b: null } });
    assert.deepEqual(parseState('{"api_confirmed": false, "api_status": "none"}'), { api_confirmed: false });
    assert.deepEqual(parseState('{"api_confirmed": "true", "api_status": "none"}'), { api_confirmed: false });
    assert.equal(parseState('no idea'), null);
    assert.equal(parseState('{"answer": 42}'), null);
  });

  test('comparison: op id or function name, coerced values, null = missing, a wrong operation scores no slot', () => {
    const state = (operation: string, values: Record<string, unknown>) => ({ api_confirmed: true as const, operation, values });
    assert.deepEqual(compareState(I6, state('music.getTrack', { trackId: 'TRK-1001', limit: '5', includeLyrics: true, market: null })), { joint: true, tp: 4, predicted: 4, gold: 4 });
    assert.deepEqual(compareState(I6, state('music__getTrack', { trackId: 'TRK-1001', limit: 6 })), { joint: false, tp: 2, predicted: 3, gold: 4 });
    assert.deepEqual(compareState(I6, state('music__getAlbum', { trackId: 'TRK-1001' })), { joint: false, tp: 0, predicted: 2, gold: 4 });
    assert.deepEqual(compareState(I6, { api_confirmed: false }), { joint: false, tp: 0, predicted: 0, gold: 4 });
    assert.deepEqual(compareState(ITEMS[0]!, { api_confirmed: false }), { joint: true, tp: 0, predicted: 0, gold: 0 });
    assert.deepEqual(compareState(ITEMS[0]!, null), { joint: false, tp: 0, predicted: 0, gold: 0 });
  });
});

/** Every figure at its best: 1 where higher is better, 0 where lower is; a figure over no item is null. */
function assertPerfect(items: readonly EvalItem[]) {
  const report = scoreBaseline(items, 'oracle', ['next', 'dst']);
  assert.deepEqual(report.metrics.map((m) => m.metric), METRICS.map((m) => m.name));
  for (const metric of report.metrics) {
    for (const [name, f] of Object.entries(metric.figures)) {
      if (f.n === 0) continue;
      assert.equal(f.value, f.better === 'higher' ? 1 : 0, `${metric.metric}.${name}`);
    }
    for (const [breakdown, groups] of Object.entries(metric.breakdowns)) for (const [group, f] of Object.entries(groups)) assert.equal(f.value, 1, `${metric.metric}.${breakdown}.${group}`);
  }
  return report;
}

describe('baselines', () => {
  test('the oracle scores perfectly on the hand-made items', () => {
    assertPerfect(ITEMS);
  });

  test('the oracle scores perfectly on every eval item of the committed sample dataset', () => {
    const names = new FunctionNames();
    const records = readFileSync(join(projectRoot, 'output/sample/dialogues.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DialogueRecord);
    const items = records.flatMap((r) => toEvalItems(r, { names }));
    assert.ok(items.length > 100, `${items.length} items`);
    const report = assertPerfect(items);
    const counted = (name: string) => Object.values(report.metrics.find((m) => m.metric === name)!.figures)[0]!.n;
    assert.ok(counted('call') > 0 && counted('when_to_ask') > 0 && counted('self_correction') > 0 && counted('dst') > 0);
  });

  test('chance levels on the hand-made items', () => {
    const pick = (b: 'always-ask' | 'always-call') => Object.fromEntries(scoreBaseline(ITEMS, b, ['next']).metrics.map((m) => [m.metric, m.figures]));
    const ask = pick('always-ask');
    assert.equal(ask.next_action!.accuracy!.value, 2 / 8);
    assert.deepEqual([ask.when_to_ask!.ask_recall!.value, ask.when_to_ask!.over_ask_rate!.value, ask.when_to_ask!.guess_rate!.value], [1, 1, 0]);
    const always = pick('always-call');
    assert.equal(always.next_action!.accuracy!.value, 2 / 8);
    assert.deepEqual([always.when_to_ask!.guess_rate!.value, always.call!.name_accuracy!.value, always.call!.args_exact_match!.value, always.call!.hallucinated_arg_rate!.value], [1, 1, 0, 1]); // "unknown" for every trackId: all made up
  });

  test('random is a function of (seed, item id): same seed same answers, order does not matter', () => {
    const a = baselineAnswers(ITEMS, 'random', ['next', 'dst'], 7).map((x) => x.next!.reply);
    const b = baselineAnswers([...ITEMS].reverse(), 'random', ['next', 'dst'], 7).map((x) => x.next!.reply).reverse();
    assert.deepEqual(a, b);
    const other = baselineAnswers(ITEMS, 'random', ['next'], 8).map((x) => x.next!.reply);
    assert.notDeepEqual(a, other);
  });
});
