/**
 * Events and tickets (QUALITY.md E/F/J), wave 24: the rules of src/check/_rules-events24.ts broken on purpose with
 * the results of the reading of 2026-12-07h (bundled #9: an event's details without its date and venue; #394: two
 * "standard" offers told only by price), and the generator fixes: when and where said first, a link named by its
 * field, look-alike offers told apart by their areas, ticket prices rounded in their currency, a price range fitted.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../../src/generate/index.ts';
import { summarizeResult } from '../../src/realize/_response22.ts';
import { namedFacts } from '../../src/realize/_intent-facts.ts';
import { fitMoney } from '../../src/plan/_money.ts';
import { roundedPrice24 } from '../../src/plan/_price-round24.ts';
import { fewResale24 } from '../../src/plan/_resale24.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const RULES = ['detail_when_unsaid', 'listed_items_alike'];
const EVENT = { eventId: 'evt_Z1kq4LmX6wPa', name: 'Otis Vale', startsAt: '2026-12-07T19:30:00Z', status: 'onsale', venue: { venueId: 'ven_417249', name: 'Harbour Arena', city: 'Budapest', countryCode: 'HU', capacity: 18240 }, performers: [{ name: 'Otis Vale' }, { name: 'Mara Moreau' }], priceRange: { min: 2600, max: 15000, currencyCode: 'HUF' }, seatMapUrl: 'https://api.ticketnest.example/v2/events/evt_Z1kq4LmX6wPa/seatmap' };
const OFFERS = { eventId: 'evt_Z4kq4LmX4wPa', offers: [{ ticketOfferId: 'zBdmh76R', area: 'E3', ticketType: 'standard', price: 337.5, currencyCode: 'SGD', available: 1 }, { ticketOfferId: 'SLZxEu8d', area: 'B24', ticketType: 'standard', price: 349.65, currencyCode: 'SGD', available: 41 }, { ticketOfferId: 'Tn8aVKBQ', area: 'D28', ticketType: 'accessible', price: 127.58, currencyCode: 'SGD', available: 500 }] };
const GET_EVENT = { name: 'getEvent', path: '/events/{eventId}', text: 'Would you get details of an event for me?' };
const LIST_OFFERS = { name: 'listTicketOffers', path: '/events/{eventId}/offers', text: 'Please list ticket offers for an event.' };
const op = (name: string, path: string, description: string): RecordOperation => ({ name, api: 'events', description, method: 'GET', path, parameters: { type: 'object', properties: {} } });

describe('events24 rules', () => {
  test('detail_when_unsaid: an event\'s details without its date and venue (bundled #9)', () => {
    const bad = 'The name is Otis Vale, the status is on sale, there are 2 performers (Otis Vale, Mara Moreau) and the price range is 2600 to 15000 HUF.';
    assert.deepEqual(violationsOf('detail_when_unsaid')(oneCall({ eventId: EVENT.eventId }, EVENT, { ...GET_EVENT, response: bad })), ['detail_when_unsaid']);
    const good = 'Otis Vale takes place at Harbour Arena in Budapest on December 7, 2026 at 19:30 UTC. The status is on sale.';
    assert.deepEqual(violationsOf('detail_when_unsaid')(oneCall({ eventId: EVENT.eventId }, EVENT, { ...GET_EVENT, response: good })), []);
  });

  test('listed_items_alike: two standard offers told only by price (bundled #394)', () => {
    const bad = 'There are 3 offers: the ticket type is standard, the price is 337.5 SGD; the ticket type is standard, the price is 349.65 SGD; and the ticket type is accessible, the price is 127.58 SGD.';
    assert.deepEqual(violationsOf('listed_items_alike')(oneCall({ eventId: OFFERS.eventId }, OFFERS, { ...LIST_OFFERS, response: bad })), ['listed_items_alike']);
    const good = 'There are 3 offers: the ticket type is standard, the price is 337.5 SGD, the area is E3; the ticket type is standard, the price is 349.65 SGD, the area is B24; and the ticket type is accessible, the price is 127.58 SGD, the area is D28.';
    assert.deepEqual(violationsOf('listed_items_alike')(oneCall({ eventId: OFFERS.eventId }, OFFERS, { ...LIST_OFFERS, response: good })), []);
  });

  test('tier_price_order: a VIP ticket below a resale one (bundled #342)', () => {
    const offers = { offers: [{ area: 'G4', ticketType: 'resale', price: 91.38 }, { area: 'D31', ticketType: 'vip', price: 41.99 }] };
    assert.deepEqual(violationsOf('tier_price_order')(oneCall({}, offers, LIST_OFFERS)), ['tier_price_order']);
  });
});

describe('events24 generator', () => {
  test('an event\'s details say when and where first and name the seat map', () => {
    const getEvent = op('getEvent', '/events/{eventId}', 'Get details of an event — Returns an event\'s date and time, venue, performers, price range, sale status and seat map link.');
    const text = summarizeResult(EVENT, getEvent, new Set(), dialogueRng(1, 1, 'e24'), 'Would you get details of an event for me?');
    assert.match(text, /^Otis Vale takes place at Harbour Arena in Budapest on December 7, 2026 at 19:30 UTC\./);
    assert.doesNotMatch(text, /the name is Otis Vale|the country code is HU/);
    assert.deepEqual(namedFacts(EVENT, getEvent, 'Would you get details of an event for me?', text), ['The seat map is at https://api.ticketnest.example/v2/events/evt_Z1kq4LmX6wPa/seatmap.']);
  });

  test('look-alike offers are told apart by their areas', () => {
    const list = op('listTicketOffers', '/events/{eventId}/offers', 'List ticket offers for an event — Returns the ticket types on sale for an event (by area and price).');
    const text = summarizeResult(OFFERS, list, new Set(), dialogueRng(1, 1, 'e24'), 'Please list ticket offers for an event.');
    assert.match(text, /337\.5 SGD.*\bE3\b.*349\.65 SGD.*\bB24\b/);
  });

  test('ticket prices and price ranges sit on a ticket\'s scale in their currency, rounded', () => {
    assert.deepEqual([roundedPrice24(61.24, 2), roundedPrice24(337.5, 2), roundedPrice24(134987, 0)], [61, 340, 135000]);
    const event = { name: 'Ada Rowe', priceRange: { min: 61.24, max: 96.69, currencyCode: 'MAD' } };
    fitMoney(event, new Set(), 'Get details of an event — Returns seat map link and price range');
    assert.deepEqual(event.priceRange, { min: 610, max: 965, currencyCode: 'MAD' });
    const narrow = { priceRange: { min: 28.52, max: 28.71, currencyCode: 'NOK' } };
    fitMoney(narrow, new Set(), 'ticket offers');
    assert.ok(narrow.priceRange.max >= narrow.priceRange.min * 1.5, JSON.stringify(narrow));
  });

  test('a resale listing holds a few tickets (bundled #342: 440 left)', () => {
    const words = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    const offers = { offers: [{ ticketType: 'resale', available: 440 }, { ticketType: 'standard', available: 274 }] };
    fewResale24(offers, words, () => false);
    assert.deepEqual(offers.offers.map((o) => o.available), [3, 274]);
  });

  test('the bundled event dialogues keep the rules (first 60)', async () => {
    const catalog = await loadCatalog({ specs: [bundledSpecsDir] });
    const planner = createDialoguePlanner(catalog, { seed: 2026 });
    let dated = 0;
    for await (const item of generateDialogues({ planner, start: 0, end: 60 })) {
      const out = serializeItem(item);
      if ('rejected' in out) {
        assert.ok(!RULES.includes(out.rejected.reason), `rejected for ${out.rejected.reason}`);
        continue;
      }
      if (out.json.includes('"events.getEvent"') && /takes place at .+ on [A-Z][a-z]+ \d{1,2}, \d{4}/.test(out.json)) dated++;
    }
    assert.ok(dated >= 1, 'an event\'s details said with its date');
  });
});
