import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DialogueRecord, Turn } from '../../src/plan/types.ts';
import { humanizeIdentifier, intentPhrase, realize, slotNoun, templateRealizer } from '../../src/realize/index.ts';
import { looksLikeIdentifier, mentionsValue, normalizeForMatch } from '../../src/text/index.ts';
import { clearRequestPlan, failInformPlan, operations, overlapRetriever } from '../_dialogue-plans.ts';

const retriever = overlapRetriever();

/** The record with every field the realizer may write removed: must equal the plan. */
function skeleton(record: DialogueRecord): unknown {
  return {
    ...record,
    meta: { ...record.meta, realizer: 'x' },
    turns: record.turns.map((t: Turn) => {
      const { text: _t, thought: _th, query: _q, retrieved: _r, ...rest } = t as unknown as Record<string, unknown>;
      return rest;
    }),
  };
}

describe('template realizer', () => {
  it('writes text on every user and assistant turn and changes nothing else', () => {
    for (const plan of [failInformPlan(), clearRequestPlan()]) {
      const record = realize(plan, { retriever });
      assert.equal(record.meta.realizer, 'template');
      assert.deepEqual(skeleton(record), skeleton(plan));
      for (const turn of record.turns) {
        if (turn.speaker === 'tool') continue;
        if (turn.speaker === 'user' || turn.action !== 'retriever_call' && turn.action !== 'call') assert.ok(turn.text && turn.text.length > 3, `${turn.action} has text`);
        if (turn.speaker === 'assistant') assert.ok(turn.thought, `${turn.action} has a thought`);
      }
    }
  });

  it('records the query and the retriever results on retriever_call turns', () => {
    const record = realize(failInformPlan(), { retriever });
    const rcs = record.turns.filter((t) => t.speaker === 'assistant' && t.action === 'retriever_call');
    assert.equal(rcs.length, 2);
    for (const rc of rcs) {
      assert.ok(rc.speaker === 'assistant' && rc.query && rc.retrieved);
      assert.deepEqual(rc.retrieved, retriever.search(rc.query, 5));
    }
    // The first search finds the lyrics operation first (clear intent), the second the chart that supplies the track ID.
    assert.equal((rcs[0] as { retrieved: { operation: string }[] }).retrieved[0]?.operation, 'tunes.getTrackLyrics');
    assert.ok((rcs[1] as { retrieved: { operation: string }[] }).retrieved.some((r) => r.operation === 'tunes.listTopTracks'));
  });

  it('is deterministic per (seed, index) and varies across indices', () => {
    assert.equal(JSON.stringify(realize(failInformPlan(), { retriever })), JSON.stringify(realize(failInformPlan(), { retriever })));
    const texts = new Set<string>();
    for (let index = 0; index < 20; index++) texts.add(JSON.stringify(realize(clearRequestPlan(index), { retriever }).turns.map((t) => ('text' in t ? t.text : ''))));
    assert.ok(texts.size >= 15, `only ${texts.size} distinct dialogues out of 20`);
  });

  it('has at least five phrasings for every action it writes', () => {
    const byAction = new Map<string, Set<string>>();
    for (let index = 0; index < 150; index++) {
      for (const plan of [clearRequestPlan(index), { ...failInformPlan(), index }]) {
        for (const turn of realize(plan, { retriever }).turns) {
          if (turn.speaker === 'tool' || !turn.text) continue;
          const set = byAction.get(turn.action) ?? new Set<string>();
          // Strip values so "the city is Lisbon" and "the city is Paris" count as one phrasing.
          set.add(turn.text.replace(/Lisbon|2026-03-14|trk_8a1f/g, 'V'));
          byAction.set(turn.action, set);
        }
      }
    }
    for (const [action, set] of byAction) assert.ok(set.size >= 5, `${action}: ${set.size} phrasings: ${[...set].join(' / ')}`);
    for (const action of ['inform_intent_clear', 'request', 'inform', 'fail_inform', 'response', 'user_bye', 'system_bye']) assert.ok(byAction.has(action), action);
  });

  it('never writes placeholders, JSON or raw identifiers, and never leaks the masked value early', () => {
    for (let index = 0; index < 60; index++) {
      const record = realize({ ...failInformPlan(), index }, { retriever });
      for (const turn of record.turns) {
        if (turn.speaker === 'tool') continue;
        for (const text of [turn.text, turn.speaker === 'assistant' ? turn.thought : undefined]) {
          if (!text) continue;
          assert.doesNotMatch(text, /[{}]|\bundefined\b|":/, text);
          assert.ok(!text.split(/\s+/).some((w) => looksLikeIdentifier(w) && !w.includes('trk_')), `raw identifier in: ${text}`);
        }
        if (turn.speaker === 'user') assert.ok(!mentionsValue(normalizeForMatch(turn.text ?? ''), 'trk_8a1f'), `leak: ${turn.text}`);
      }
    }
  });

  it('exposes the template realizer behind the Realizer interface', async () => {
    assert.equal(templateRealizer.name, 'template');
    const record = await templateRealizer.realize(clearRequestPlan(), { retriever });
    assert.equal(JSON.stringify(record), JSON.stringify(realize(clearRequestPlan(), { retriever })));
  });
});

describe('words', () => {
  it('splits and expands identifiers', () => {
    assert.equal(humanizeIdentifier('trackId'), 'track ID');
    assert.equal(humanizeIdentifier('departure_date'), 'departure date');
    assert.equal(humanizeIdentifier('lat'), 'latitude');
    assert.equal(humanizeIdentifier('userIDs'), 'user IDs');
    assert.equal(humanizeIdentifier('HTMLParser'), 'HTML parser');
    assert.equal(humanizeIdentifier('q'), 'search query');
  });

  it('names a generic parameter after the resource its path is about', () => {
    const op = { ...operations['tunes.getTrackLyrics']!, path: '/albums/{id}/tracks' };
    assert.equal(slotNoun('id', op), 'album ID');
    assert.equal(slotNoun('trackId', operations['tunes.getTrackLyrics']), 'track ID');
  });

  it('turns descriptions into verb phrases', () => {
    // "on a given date" is documentation's pointer; a request of reasonable length ends at the city.
    assert.equal(intentPhrase(operations['weatherly.getForecast']!), 'get the weather forecast for a city');
    assert.equal(intentPhrase(operations['tunes.getTrackLyrics']!), 'get the lyrics of a track');
    assert.equal(intentPhrase({ ...operations['tunes.getTrackLyrics']!, description: '' }), "get a track's lyrics");
  });
});
