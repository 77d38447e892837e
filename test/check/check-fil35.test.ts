/**
 * Filler values a careful person accepts (src/check/_rules-fil35.ts): `kind_holds_person` and
 * `status_against_stock` broken on purpose with the dialogues the readers quoted (an Adyen `authorisationType`
 * "Jesse Prosacco", Madredeus off sale with 426 VIP tickets left), good records passing; and the generator keeping
 * both on the bundled events spec and the Adyen transfers fixture.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const kind = violationsOf('kind_holds_person');
const stock = violationsOf('status_against_stock');

/** A search then a call on the record it found (`args`), returning `result`. */
function thenCall(first: DialogueRecord, args: Record<string, unknown>, result: unknown): DialogueRecord {
  const operation = 'x.listTicketOffers';
  const state = { api_confirmed: true, api_status: 'none' };
  return {
    ...first,
    operations: { ...first.operations, [operation]: { name: 'listTicketOffers', api: 'x', description: '', method: 'GET', path: '/events/{eventId}/offers', parameters: { type: 'object', properties: {} } } },
    chain: [...first.chain, operation],
    turns: [...first.turns, { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation, arguments: args } }, { speaker: 'tool', operation, call_id: 'c2', status: 'ok', result }],
  } as unknown as DialogueRecord;
}

const event = (status: string) => ({ data: { events: [{ eventId: 'evt_Z2kq7LmX4wPa', name: 'Madredeus', startsAt: '2026-11-24T23:30:00Z', status }] } });
const offers = (available: number) => ({ eventId: 'evt_Z2kq7LmX4wPa', offers: [{ ticketOfferId: '3eEmC2Pg', area: 'D8', ticketType: 'vip', price: 175000, currencyCode: 'COP', available }] });

describe('fil35', () => {
  test('kind_holds_person: an authorisation type holding a person', () => {
    const transfer = (authorisationType: string) => ({ data: [{ id: 'EVJN4227', transfer: { categoryData: { type: 'bank', authorisationType, panEntryMode: 'manual' } } }] });
    assert.deepEqual(kind(oneCall({}, transfer('Jesse Prosacco'), { name: 'getTransactions', path: '/transactions' })), ['kind_holds_person']);
    assert.deepEqual(kind(oneCall({}, transfer('preAuthorisation'), { name: 'getTransactions', path: '/transactions' })), []);
    // A person's name under a key that is no kind (`holderName`) is fine.
    assert.deepEqual(kind(oneCall({}, { data: [{ holderName: 'Jesse Prosacco', type: 'individual' }] })), []);
  });

  test('status_against_stock: off sale with tickets left, sold out with seats left', () => {
    const search = { name: 'searchEvents', path: '/events' };
    assert.deepEqual(stock(thenCall(oneCall({ keyword: 'Madredeus' }, event('offsale'), search), { eventId: 'evt_Z2kq7LmX4wPa' }, offers(426))), ['status_against_stock']);
    assert.deepEqual(stock(thenCall(oneCall({ keyword: 'Madredeus' }, event('onsale'), search), { eventId: 'evt_Z2kq7LmX4wPa' }, offers(426))), []);
    assert.deepEqual(stock(thenCall(oneCall({ keyword: 'Madredeus' }, event('offsale'), search), { eventId: 'evt_Z2kq7LmX4wPa' }, offers(0))), []);
    assert.deepEqual(stock(oneCall({}, { showId: 'sh_1', status: 'sold_out', seatsAvailable: 12 })), ['status_against_stock']);
    assert.deepEqual(stock(oneCall({}, { showId: 'sh_1', status: 'sold_out', seatsAvailable: 0 })), []);
  });

  test('the generator keeps both rules on the bundled events spec and the Adyen transfers fixture', { skip: skipWithoutFixtures }, async () => {
    await assertGeneratorKeeps(['kind_holds_person', 'status_against_stock'], [join(bundledSpecsDir, 'events.json')], 40);
    await assertGeneratorKeeps(['kind_holds_person', 'status_against_stock'], [join(fixturesDir, 'openapi', 'adyen__transfers-v4.json')], 40);
  });
});
