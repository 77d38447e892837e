/**
 * Lists, counts and figures that agree (QUALITY.md E, F), wave 23: the rules of src/check/_rules-lists23.ts broken on
 * purpose (openapi 157 "There are 3 changes" of a page with a continuation token, openapi 248 `total_tracks` 9 beside
 * `tracks.total` 4, openapi 277 336 clicks of 142 opens, openapi 119 a Repaid grant with 233.84 GBP left, rapidapi 48
 * `total: 2` beside 3 webcams), and the generator's fixes of those results.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { consecutiveNumbered, funnelInOrder, oneCountTwice, settleGrants } from '../../src/plan/_counts23.ts';
import { partsWithinWhole } from '../../src/plan/_parts18.ts';
import { reconcileLists } from '../../src/plan/_consistency.ts';
import { firstOfMore } from '../../src/realize/_more-pages23.ts';

const CHANGES = [{ user: 'user:anne', timestamp: '2025-06-27T08:45:00Z' }, { user: 'user:hattie', timestamp: '2025-07-17T08:15:00Z' }, { user: 'user:pascale', timestamp: '2025-08-06T08:45:00Z' }];

describe('lists23 rules', () => {
  test('page_said_whole: a page with a continuation token said as all', () => {
    const page = (response: string, token = 'ibn2SRzNGZlb') => oneCall({}, { changes: CHANGES, continuation_token: token }, { name: 'ReadChanges', response });
    const rule = violationsOf('page_said_whole');
    assert.deepEqual(rule(page('There are 3 changes: on June 27, 2025 …')), ['page_said_whole']);
    assert.deepEqual(rule(page('There are at least 3 changes: on June 27, 2025 …')), []);
    assert.deepEqual(rule(page('I found the first 3 changes: …')), []);
    // An empty token: the page is the whole list.
    assert.deepEqual(rule(page('There are 3 changes: …', '')), []);
  });

  test('count_fields_differ: one count in two fields', () => {
    const rule = violationsOf('count_fields_differ');
    const album = (total: number) => oneCall({}, { name: 'Quiet Stars', total_tracks: 9, tracks: { href: 'https://api.spotify.com/v1/albums/x/tracks', limit: 20, offset: 0, total } });
    assert.deepEqual(rule(album(4)), ['count_fields_differ']);
    assert.deepEqual(rule(album(9)), []);
  });

  test('funnel_out_of_order: clicks above opens, unique clicks above unique opens', () => {
    const rule = violationsOf('funnel_out_of_order');
    const row = (o: Record<string, number>) => oneCall({}, [{ time: '2025-10-18T15:00:00Z', sent: 352, opens: 142, clicks: 100, unique_opens: 68, unique_clicks: 40, ...o }]);
    assert.deepEqual(rule(row({ clicks: 336 })), ['funnel_out_of_order']);
    assert.deepEqual(rule(row({ unique_clicks: 135, clicks: 140 })), ['funnel_out_of_order']);
    assert.deepEqual(rule(row({})), []);
  });

  test('settled_still_owed: a repaid grant with a balance', () => {
    const rule = violationsOf('settled_still_owed');
    const grant = (principal: number, status = 'Repaid') => oneCall({}, { amount: { currency: 'GBP', value: 24095 }, balances: { currency: 'GBP', fee: 0, principal, total: principal }, status });
    assert.deepEqual(rule(grant(23226)), ['settled_still_owed']);
    assert.deepEqual(rule(grant(0)), []);
    assert.deepEqual(rule(grant(23226, 'Active')), []);
  });

  test('total_below_shown: a total beside the one list of records and a list of words', () => {
    const rule = violationsOf('total_below_shown');
    const cams = (total: number) => oneCall({}, { status: 'active', result: { offset: 0, limit: 10, total, webcams: [{ id: '1', title: 'Edinburgh: Lighthouse' }, { id: '2', title: 'Bristol: River Promenade' }, { id: '3', title: 'Manchester: Main Street' }], regions: ['Scotland', 'England'] } });
    assert.deepEqual(rule(cams(2)), ['total_below_shown']);
    assert.deepEqual(rule(cams(3)), []);
  });
});

describe('lists23 numbered lists', () => {
  const stages = (names: string[]) => {
    const record = oneCall({ id: 36 }, { stages: names.map((name, i) => ({ id: `s${i}`, name })) }, { name: 'categorystages', path: '/api/motorsport/category/{id}/stages/all' });
    for (const op of Object.values(record.operations)) (op as { description: string }).description = 'Get all stages for a specific Motorsport category.';
    return record;
  };
  test('numbered_list_gaps: all stages skip numbers', () => {
    const rule = violationsOf('numbered_list_gaps');
    assert.deepEqual(rule(stages(['Round 1', 'Round 11', 'Round 17'])), ['numbered_list_gaps']);
    assert.deepEqual(rule(stages(['Round 1', 'Round 2', 'Round 3'])), []);
    assert.deepEqual(rule(stages(['Monaco', 'Round 11', 'Round 17'])), []);
  });
  test('the generator numbers them in a row', () => {
    const items = [{ name: 'Round 1' }, { name: 'Round 11', round: 11 }, { name: 'Round 17' }];
    consecutiveNumbered(items, () => false);
    assert.deepEqual(items, [{ name: 'Round 1' }, { name: 'Round 2', round: 2 }, { name: 'Round 3' }]);
    const down = [{ name: 'Week 17' }, { name: 'Week 11' }, { name: 'Week 4' }];
    consecutiveNumbered(down, () => false);
    assert.deepEqual(down.map((d) => d.name), ['Week 17', 'Week 16', 'Week 15']);
  });
});

describe('lists23 generator fixes', () => {
  test('a page with more to come is said as the first of more', () => {
    const result = { changes: CHANGES, continuation_token: 'ibn2SRzNGZlb' };
    // A page token alone (returned by many APIs even when nothing follows) says more may follow (wave 26); a flag that more do, more do.
    assert.equal(firstOfMore(result, 'There are 3 changes: a, b and c.', 3), 'There are 3 changes: a, b and c. There may be more.');
    assert.equal(firstOfMore({ ...result, has_more: true }, 'There are 3 changes: a, b and c.', 3), 'There are at least 3 changes: a, b and c.');
    assert.equal(firstOfMore({ ...result, has_more: true }, 'I found 3 changes: a, b and c.', 3), 'I found the first 3 changes: a, b and c.');
    assert.equal(firstOfMore({ ...result, continuation_token: '' }, 'There are 3 changes.', 3), 'There are 3 changes.');
    assert.equal(firstOfMore({ ...result, total: 40 }, 'There are 3 changes.', 3), 'There are 3 changes.');
  });

  test('one count held twice agrees; a funnel narrows; a repaid grant owes nothing', () => {
    const album: Record<string, unknown> = { total_tracks: 9, tracks: { limit: 20, total: 4 } };
    oneCountTwice(album, []);
    assert.equal((album.tracks as { total: number }).total, 9);
    const row: Record<string, unknown> = { clicks: 336, opens: 142, sent: 352, unique_clicks: 135, unique_opens: 68 };
    partsWithinWhole(row, new Set());
    funnelInOrder(row);
    const n = row as Record<string, number>;
    assert.ok(n.unique_clicks! <= n.unique_opens! && n.unique_opens! <= n.opens! && n.clicks! <= n.opens! && n.unique_clicks! <= n.clicks!, JSON.stringify(row));
    const grant: Record<string, unknown> = { amount: { currency: 'GBP', value: 24095 }, balances: { currency: 'GBP', fee: 158, principal: 23226, total: 23384 }, fee: { amount: { currency: 'GBP', value: 27413 } }, status: 'Repaid' };
    settleGrants(grant);
    assert.deepEqual(grant.balances, { currency: 'GBP', fee: 0, principal: 0, total: 0 });
    assert.ok((grant.fee as { amount: { value: number } }).amount.value < 24095 * 0.2);
  });

  test('a total beside records and a list of words counts the records', () => {
    const result = { result: { offset: 0, limit: 10, total: 2, webcams: [{ id: '1' }, { id: '2' }, { id: '3' }], regions: ['Scotland', 'England'] } };
    reconcileLists(result, { echo: {}, changesNow: false });
    assert.equal(result.result.total, 3);
  });
});

describe('lists23 documented items', () => {
  test('a list its description enumerates holds every item', () => {
    const result = { segments: [{ segmentId: 'seg_2fvd7p3oyf', name: 'Music' }, { segmentId: 'seg_n7jjfxjmot', name: 'Sports' }], total: 2 };
    reconcileLists(result, { echo: {}, changesNow: false, context: 'List event types — Returns the event types (music, sports, arts and theatre, family) with their segment ids.' });
    assert.deepEqual(result.segments.map((s) => s.name), ['Music', 'Sports', 'Arts & Theatre', 'Family']);
    assert.equal(new Set(result.segments.map((s) => s.segmentId)).size, 4);
    assert.match(result.segments[2]!.segmentId, /^seg_[a-z0-9]{10}$/);
    assert.equal(result.total, 4);
  });
});
