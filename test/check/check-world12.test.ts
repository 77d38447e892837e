/**
 * Records of a kind that read like that kind (QUALITY.md E): each rule of src/check/_rules-world12.ts broken on
 * purpose, and the generator's pass (src/plan/_kind-texts.ts) that keeps menus, messages, couriers and
 * terminals as their kind has them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { fitKindTexts } from '../../src/plan/_kind-texts.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;
const RULES = ['menu_repeats', 'status_as_message', 'overview_is_title'];

function oneCall(result: unknown): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'x.getThing': { name: 'getThing', api: 'x', description: '', method: 'GET', path: '/things/{id}', parameters: { type: 'object', properties: {} } } },
    chain: ['x.getThing'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Please do it.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'x.getThing', arguments: {} } },
      { speaker: 'tool', operation: 'x.getThing', call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));

const menu = (): Record<string, unknown> => ({
  restaurantId: 'rst_1',
  sections: [
    { title: 'Specials', items: [{ name: 'Mango Sorbet', price: 6 }, { name: 'Lentil Soup', price: 12.83 }] },
    { title: 'Specials', items: [{ name: 'Ratatouille', price: 10 }] },
    { title: 'Specials', items: [{ name: 'Lentil Soup', price: 28.34 }] },
  ],
});
const message = (body: string): Record<string, unknown> => ({ id: 1, order_id: 9, customer_id: 11, subject: 'Re: Order #181', message: body });

describe('records of a kind that read like that kind', () => {
  test('a menu titles each section once and lists each dish once', () => {
    assert.deepEqual(broken(oneCall(menu())), ['menu_repeats']);
    assert.deepEqual(broken(oneCall({ sections: [{ title: 'Soups', items: [{ name: 'Lentil Soup' }, { name: 'Lentil Soup' }] }, { title: 'Mains', items: [{ name: 'Dal' }] }] })), ['menu_repeats']);
    assert.deepEqual(broken(oneCall({ sections: [{ title: 'Soups', items: [{ name: 'Lentil Soup' }] }, { title: 'Mains', items: [{ name: 'Dal' }] }] })), []);
  });

  test('a message a person wrote is no API status sentence', () => {
    assert.deepEqual(broken(oneCall([message('Data retrieved successfully.')])), ['status_as_message']);
    assert.deepEqual(broken(oneCall([message('Has my parcel left yet?')])), []);
    // A response envelope's status message is what an API says.
    assert.deepEqual(broken(oneCall({ status: 'ok', message: 'Data retrieved successfully.' })), []);
  });

  test("a work's overview is not its title again", () => {
    assert.deepEqual(broken(oneCall({ results: [{ title: 'All Quiet on the Western Front', overview: 'All Quiet on the Western Front' }] })), ['overview_is_title']);
    assert.deepEqual(broken(oneCall({ results: [{ title: 'Dune', overview: 'A noble family fights for a desert planet.' }] })), []);
  });

  test('the generator pass titles sections apart, lists each dish once and keeps what was sent', () => {
    const result = menu();
    fitKindTexts(result, new Set());
    assert.deepEqual(broken(oneCall(result)), []);
    const sections = result.sections as { title: string; items: { name: string }[] }[];
    assert.equal(sections[0]!.title, 'Specials');
    assert.equal(sections[0]!.items[1]!.name, 'Lentil Soup');
    assert.notEqual(sections[2]!.items[0]!.name, 'Lentil Soup');
    assert.match(sections[2]!.items[0]!.name, /Soup|Minestrone|Gazpacho/);
    // Not a menu: albums that share a title stay as they are.
    const albums = { items: [{ name: 'Greatest Hits', tracks: [{ name: 'A' }] }, { name: 'Greatest Hits', tracks: [{ name: 'A' }] }] };
    fitKindTexts(albums, new Set());
    assert.equal(albums.items[1]!.name, 'Greatest Hits');
  });

  test('the generator pass writes messages, couriers and terminals as their kind has them', () => {
    const messages = [message('Data retrieved successfully.'), message('The request was processed successfully.')];
    fitKindTexts(messages, new Set());
    assert.deepEqual(broken(oneCall(messages)), []);
    const envelope = { status: 'ok', message: 'Data retrieved successfully.' };
    fitKindTexts(envelope, new Set());
    assert.equal(envelope.message, 'Data retrieved successfully.');
    const order = { courier: { name: 'Crimson Promises' }, other: { courier: { name: 'DHL Express' } } };
    fitKindTexts(order, new Set());
    assert.match(order.courier.name, /^[A-Z][\w'-]+ [A-Z][\w'-]+$/);
    assert.notEqual(order.courier.name, 'Crimson Promises');
    assert.equal(order.other.courier.name, 'DHL Express');
    const kept = { courier: { name: 'Golden Hearts' } };
    fitKindTexts(kept, new Set([JSON.stringify('Golden Hearts')]));
    assert.equal(kept.courier.name, 'Golden Hearts');
    const airport = { iataCode: 'QQJ', terminals: ['H23', '1', 'F1'] };
    fitKindTexts(airport, new Set());
    assert.ok(airport.terminals.every((t) => /^(T?\d|Domestic|International)$/.test(t)), airport.terminals.join());
    assert.equal(new Set(airport.terminals).size, 3);
    // A real airport's terminals are its own: Pearson has 1 and 3, Incheon 1 and 2.
    const pearson = { iataCode: 'YYZ', name: 'Toronto Pearson International Airport', terminals: ['T1', 'T2', 'T3'] };
    fitKindTexts(pearson, new Set());
    assert.deepEqual(pearson.terminals, ['T1', 'T3']);
    const incheon = { iataCode: 'ICN', terminals: ['H23', '1', 'F1'] };
    fitKindTexts(incheon, new Set());
    assert.deepEqual(incheon.terminals, ['T1', 'T2']);
  });

  test("a place's category, lyrics and a known airport read as their kind", () => {
    const place = { placeId: 'pl_1', name: 'Tokyo Tea House', categoryCode: 'News', lat: 35.68, lon: 139.69 };
    fitKindTexts(place, new Set());
    assert.equal(place.categoryCode, 'cafe');
    const hotel = { name: 'Riverside Park Hotel', category: 'Entertainment', address: 'x' };
    fitKindTexts(hotel, new Set());
    assert.equal(hotel.category, 'Hotel');
    const museum = { name: 'City Museum', category: 'museum', lat: 1, lon: 2 };
    fitKindTexts(museum, new Set());
    assert.equal(museum.category, 'museum');
    const lyrics = { trackId: 't1', language: 'de', text: 'Secret Letters', lines: [{ startMs: 100, words: 'Hold on to the light' }, { startMs: 900, words: 'Sing it like you mean it' }] };
    fitKindTexts(lyrics, new Set());
    assert.equal(lyrics.language, 'en');
    assert.equal(lyrics.text, 'Hold on to the light\nSing it like you mean it');
    // The language the call asked for stays.
    const asked = { language: 'de', lines: [{ words: 'Hold on to the light' }] };
    fitKindTexts(asked, new Set([JSON.stringify('de')]));
    assert.equal(asked.language, 'de');
    const airport = { iataCode: 'ICN', name: 'Seoul International Airport', city: 'Seoul', lat: 37.566, lon: 126.9784 };
    fitKindTexts(airport, new Set());
    assert.equal(airport.name, 'Incheon International Airport');
    assert.ok(Math.abs(airport.lat - 37.46) < 0.05 && Math.abs(airport.lon - 126.44) < 0.05);
  });

  test('a film with a title written in English was first made in English', () => {
    const films = [{ title: 'My Life', originalLanguage: 'nl', overview: 'x' }, { title: 'Seven Samurai', originalLanguage: 'ja', overview: 'y' }];
    fitKindTexts(films, new Set());
    assert.deepEqual(films.map((f) => f.originalLanguage), ['en', 'ja']);
    const asked = { title: 'The Last Harbour', original_language: 'fr' };
    fitKindTexts(asked, new Set([JSON.stringify('fr')]));
    assert.equal(asked.original_language, 'fr');
  });

  test('a list named for a kind holds that kind only', () => {
    const closures = { closure: [{ title: 'A1 lane closure', display_type: 'CLOSURE' }, { title: 'A1 full closure', display_type: 'WEBCAM' }] };
    fitKindTexts(closures, new Set());
    assert.deepEqual(closures.closure.map((c) => c.display_type), ['CLOSURE', 'CLOSURE']);
    // No item of the list's own kind: nothing says what the others should be.
    const mixed = { events: [{ type: 'ROADWORKS' }, { type: 'WEBCAM' }] };
    fitKindTexts(mixed, new Set());
    assert.deepEqual(mixed.events.map((c) => c.type), ['ROADWORKS', 'WEBCAM']);
  });

  test('the same input gives the same output', () => {
    const a = menu();
    const b = menu();
    fitKindTexts(a, new Set());
    fitKindTexts(b, new Set());
    assert.deepEqual(a, b);
  });
});
