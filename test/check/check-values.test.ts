/**
 * Mock values that mean what they say (QUALITY.md E): the rules of src/check/_rules-values.ts (`stock_description`,
 * `soonest_order`, `edition_titles`, `release_tracks`) broken on purpose, and the generator's fixes that keep them
 * (descriptions by kind or left out, types by the record's kind, list order, one work's title, fares, display names).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { describeKnown } from '../../src/plan/_names.ts';
import { typeOfRecord } from '../../src/plan/_field-values.ts';
import { finishRecord } from '../../src/plan/_finish.ts';
import { inDateOrder, oneWorkTitle, settleList } from '../../src/plan/_order.ts';
import { agreeFields } from '../../src/plan/_agree-fields.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';

const withDescription = (name: string, description: string, result: unknown) => {
  const record = oneCall({}, result, { name });
  (record.operations[`x.${name}`] as { description: string }).description = description;
  return record;
};

describe('stock descriptions', () => {
  test('a stock line as a description or an argument is caught (rule)', () => {
    const broken = violationsOf('stock_description');
    assert.deepEqual(broken(oneCall({}, { data: [{ id: 't1', description: 'Kept up to date by the team.' }] })), ['stock_description']);
    assert.deepEqual(broken(oneCall({ body: 'My description' }, { ok: true })), ['stock_description']);
    assert.deepEqual(broken(oneCall({}, { data: [{ id: 't1', description: 'Card payment at Lisbon Coffee Roasters.' }] })), []);
  });

  test('the generator describes by kind, or knows it has nothing to say', () => withRng(dialogueRng(1, 2, 'test'), () => {
    assert.match(describeKnown('transaction', undefined, 'Lisbon', 'description')!, /\w/);
    assert.match(describeKnown('entry', 'Scoop', 'Lisbon', 'synopsis')!, /^The story of /);
    assert.match(describeKnown('lorry parking feature icon', undefined, 'Lisbon', 'description')!, /^(Toilets|Showers|Restaurant|Fuel station|Kiosk|Electric charging point|Picnic area|Wi-Fi)\.$/);
    assert.match(describeKnown('subtype', undefined, 'Lisbon', 'material_description')!, /(sand|gravel|bedrock|clay)/i);
    assert.match(describeKnown('route', undefined, 'Lisbon', 'summary')!, /^Via /);
    // Nothing specific is known of an order status's system description or a points list: left out, never filler.
    assert.equal(describeKnown('statuse', undefined, 'Lisbon', 'system_description'), undefined);
    assert.equal(describeKnown('point', undefined, 'Lisbon', 'description'), undefined);
  }));
});

describe('types by the record\'s kind', () => {
  test('a news item, a media object, a contract, a ministry', () => {
    const rng = dialogueRng(1, 1, 'test');
    assert.match(typeOfRecord('type', 'payload', 'financial news articles published by date', rng)!, /^(news|analysis|opinion|press release)$/);
    assert.equal(typeOfRecord('type', 'multimedia', 'movie reviews search', rng), 'image');
    assert.match(typeOfRecord('type', 'details', 'latest contracts for symbol', rng)!, /^(future|option)$/);
    assert.equal(typeOfRecord('kind', 'ministries', 'ministries get all', rng), 'ministry');
    assert.match(typeOfRecord('room_type', 'booking', 'hotel bookings', rng)!, /^(single|double|twin|suite)$/);
    assert.equal(typeOfRecord('type', 'data', 'x', rng), undefined);
  });
});

describe('soonest first', () => {
  test('a soonest-first list out of date order is caught (rule)', () => {
    const broken = violationsOf('soonest_order');
    const events = (a: string, b: string) => ({ events: [{ eventId: 'e1', startsAt: a }, { eventId: 'e2', startsAt: b }] });
    assert.deepEqual(broken(withDescription('listVenueEvents', 'Returns the upcoming events at a venue, soonest first.', events('2026-09-01T10:00:00Z', '2026-05-01T10:00:00Z'))), ['soonest_order']);
    assert.deepEqual(broken(withDescription('listVenueEvents', 'Returns the upcoming events at a venue, soonest first.', events('2026-05-01T10:00:00Z', '2026-09-01T10:00:00Z'))), []);
    assert.deepEqual(broken(withDescription('listVenueEvents', 'Returns the events at a venue.', events('2026-09-01T10:00:00Z', '2026-05-01T10:00:00Z'))), []);
  });

  test('the generator orders the dates, not the items', () => {
    const items = [{ id: 'a', startsAt: '2026-09-01', endsAt: '2026-09-02' }, { id: 'b', startsAt: '2026-05-01', endsAt: '2026-05-03' }];
    inDateOrder(items, new Set());
    assert.deepEqual(items, [{ id: 'a', startsAt: '2026-05-01', endsAt: '2026-05-03' }, { id: 'b', startsAt: '2026-09-01', endsAt: '2026-09-02' }]);
    const pinned = [{ id: 'a', startsAt: '2026-09-01' }, { id: 'b', startsAt: '2026-05-01' }];
    inDateOrder(pinned, new Set(['startsAt']));
    assert.equal(pinned[0]!.startsAt, '2026-09-01');
  });
});

describe('editions of one work', () => {
  test('editions of one work with different titles are caught (rule)', () => {
    const broken = violationsOf('edition_titles');
    assert.deepEqual(broken(oneCall({}, { entries: [{ isbn: '1', workId: 'OL1W', title: 'One Hundred Years of Solitude' }, { isbn: '2', workId: 'OL1W', title: 'Middlemarch' }] })), ['edition_titles']);
    assert.deepEqual(broken(oneCall({}, { entries: [{ isbn: '1', workId: 'OL1W', title: 'Middlemarch' }, { isbn: '2', workId: 'OL1W', title: 'Middlemarch' }] })), []);
    assert.deepEqual(broken(oneCall({}, { entries: [{ isbn: '1', workId: 'OL1W', title: 'Beloved' }, { isbn: '2', workId: 'OL2W', title: 'Middlemarch' }] })), []);
  });

  test('the generator gives them the title of the item the chain reads', () => {
    const items = [{ workId: 'OL1W', title: 'Middlemarch' }, { workId: 'OL1W', title: 'Beloved' }];
    oneWorkTitle(items, 1);
    assert.deepEqual(items.map((i) => i.title), ['Beloved', 'Beloved']);
  });
});

describe('releases and display names', () => {
  test('a single of 398 tracks is caught (rule)', () => {
    const broken = violationsOf('release_tracks');
    assert.deepEqual(broken(oneCall({}, { albums: [{ id: 'a1', album_type: 'single', total_tracks: 398 }] })), ['release_tracks']);
    assert.deepEqual(broken(oneCall({}, { albums: [{ id: 'a1', album_type: 'single', total_tracks: 2 }, { id: 'a2', album_type: 'album', total_tracks: 12 }] })), []);
  });

  test('the generator fits the count to the type and the display name to its provider', () => {
    const album: Record<string, unknown> = { album_type: 'single', total_tracks: 398 };
    finishRecord(album, []);
    assert.ok((album.total_tracks as number) >= 1 && (album.total_tracks as number) <= 3);
    const lyrics: Record<string, unknown> = { provider: 'MusixMatch', providerDisplayName: 'Schimmel-Blanda, Will and White' };
    finishRecord(lyrics, []);
    assert.equal(lyrics.providerDisplayName, 'MusixMatch');
  });

  test('an event at a venue is named for the venue\'s city', () => {
    const event: Record<string, unknown> = { name: 'Dublin Food Fair', venue: { name: 'Hall', city: 'Berlin' } };
    finishRecord(event, []);
    assert.equal(event.name, 'Berlin Food Fair');
  });
});

describe('flight fares', () => {
  test('a flight fare for one person is 80–900 USD, then scaled by the party', () => {
    const ctx = (travellers: number | undefined) => ({ operation: { name: 'priceFlightOffer', method: 'POST', path: '/offers/{id}/price', effect: 'action' as const }, pinned: new Set<string>(), enums: new Map(), changed: undefined, travellers });
    const one = { total: 14.76, base: 13.95, currencyCode: 'USD' };
    agreeFields(one, '', '', 1, ctx(undefined));
    assert.ok(one.base >= 80 && one.base <= 900, `base ${one.base}`);
    assert.ok(one.total > one.base);
    const three = { total: 14.76, base: 13.95, currencyCode: 'USD' };
    agreeFields(three, '', '', 1, ctx(3));
    assert.ok(Math.abs(three.base - one.base * 3) < 0.05);
  });
});

describe('ranked lists', () => {
  test('ranks follow on from the first (no 1, 2, 44) and points fall as the rank rises; items keep their places', () => {
    const items = [{ name: 'A', rank: 44, points: '2279' }, { name: 'B', rank: 1, points: '2,276' }, { name: 'C', rank: 1, points: '218' }];
    settleList(items, false, [], -1);
    assert.deepEqual(items, [{ name: 'A', rank: 3, points: '218' }, { name: 'B', rank: 1, points: '2279' }, { name: 'C', rank: 2, points: '2,276' }]);
  });
});
