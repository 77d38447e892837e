import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEnglish, plainText, withoutDeprecation } from '../src/language/plain.ts';
import { containsIdentifier, hasMarkup, identifierTokens, TextStatsCounter } from '../src/export/text-stats.ts';
import type { DialogueRecord } from '../src/plan/index.ts';

describe('documentation text made fit for speech', () => {
  it('strips markdown, HTML and entities', () => {
    assert.equal(plainText('Lists **all** orders using `order_id`. <b>Note</b>: see [docs](https://x.y) &amp; more'), 'Lists all orders using order_id. Note: see docs & more');
    assert.equal(hasMarkup(plainText('## Title\n- item with `code` and <br/> tags')), false);
  });

  it('drops deprecation notes but keeps what the operation does', () => {
    assert.equal(withoutDeprecation('Update Playlist Items [DEPRECATED] — **Deprecated:** Use [Update Playlist Items](/x) instead.'), 'Update Playlist Items.');
  });

  it('tells English from other languages, short technical English included', () => {
    assert.equal(isEnglish('Gibt eine Liste der aktuellen Baustellen zu einer Autobahn zurück.'), false);
    assert.equal(isEnglish('获取系统配置信息'), false);
    assert.equal(isEnglish('Deletes a permission grant from a permission scheme.'), true);
    assert.equal(isEnglish('Converts temporary avatar into a real avatar'), true);
    assert.equal(isEnglish('Get user'), true);
  });
});

describe('text figures of a dataset', () => {
  const record = (texts: string[], query = 'find orders'): DialogueRecord =>
    ({
      id: 'x',
      operations: { 'shop_api.getOrderById': {}, 'shop_api.search': {} },
      turns: [
        ...texts.map((text) => ({ speaker: 'user', action: 'inform', text })),
        { speaker: 'assistant', action: 'retriever_call', thought: 'searching', query, state: {} },
      ],
    }) as unknown as DialogueRecord;

  it('finds operation ids and API slugs, but not ordinary words', () => {
    const tokens = identifierTokens(record([]));
    assert.ok(tokens.includes('getOrderById') && tokens.includes('shop_api'));
    assert.ok(!tokens.includes('search'));
    assert.equal(containsIdentifier('please call getOrderById now', tokens), true);
    assert.equal(containsIdentifier('please search the shop', tokens), false);
  });

  it('counts repeats, distinct n-grams, markup and identifiers', () => {
    const counter = new TextStatsCounter();
    counter.add(record(['Thanks, bye!', 'I need order 42.']));
    counter.add(record(['Thanks, bye!', 'Use **getOrderById**.'], 'list `orders`'));
    const t = counter.result();
    assert.equal(t.utterances, 4);
    assert.equal(t.repeatedShare, 0.5);
    assert.deepEqual(t.mostRepeated, [{ text: 'thanks, bye!', count: 2 }]);
    assert.equal(t.markup.texts, 1);
    assert.equal(t.markup.queries, 1);
    assert.equal(t.identifiers.texts, 1);
    // 10 tokens ("thanks bye i need order 42 thanks bye use getorderbyid"), 8 distinct; 6 pairs, 5 distinct.
    assert.equal(t.distinct1, 0.8);
    assert.equal(t.distinct2, Math.round((5 / 6) * 1000) / 1000);
  });

  it("tells each action's share of the word pairs and its own distinct-2", () => {
    const counter = new TextStatsCounter();
    const turns = (bye: string, ask: string) =>
      [
        { speaker: 'assistant', action: 'request', text: ask },
        { speaker: 'user', action: 'user_bye', text: bye },
      ] as unknown as DialogueRecord['turns'];
    counter.add({ id: 'a', operations: {}, turns: turns('Thanks a lot, bye.', 'What is the order ID?') } as unknown as DialogueRecord);
    counter.add({ id: 'b', operations: {}, turns: turns('Thanks a lot, bye.', 'What is the track ID?') } as unknown as DialogueRecord);
    // request: 8 pairs, 6 distinct ("what is", "is the", "the order", "order id", "the track", "track id"); user_bye: 6 pairs, 3 distinct.
    assert.deepEqual(counter.result().byAction, [
      { action: 'request', utterances: 2, pairShare: Math.round((8 / 14) * 1000) / 1000, distinct2: 0.75 },
      { action: 'user_bye', utterances: 2, pairShare: Math.round((6 / 14) * 1000) / 1000, distinct2: 0.5 },
    ]);
  });
});
