/** Reply wordings of wave 29: records said by their ids, a searched-in place not said as the news, what differs said instead. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apartFacts29, idList29, placeGiven29 } from '../../src/realize/_replies29.ts';
import { namedList25 } from '../../src/realize/_shared-facts25.ts';

const MODELS = [
  { id: '52G2BFXP30T18E3TT1UHVY4X6J', schema_version: '1.2', type_definitions: [{ type: 'user', relations: {} }], conditions: {} },
  { id: '69G6ZNRP13T30E5TT2AWVB1X6J', schema_version: '1.2', type_definitions: [{ type: 'user', relations: {} }], conditions: {} },
  { id: '71G4XBDW38T53E7TT3KVFB6X2J', schema_version: '2.0', type_definitions: [{ type: 'document', relations: {} }], conditions: {} },
];

const PLACES = [
  { name: 'South Bangkok Coffee Roasters', address: '168 Sukhumvit Road', country: 'Thailand', cid: 'Zs4PfD2SIYCp', lat: 13.7576 },
  { name: 'Bangkok Coffee Roasters', address: '24 Silom Road', country: 'Thailand', cid: 'gKhPZPwVOsqM', lat: 13.7456 },
  { name: 'North Bangkok Coffee Roasters', address: '40 Sukhumvit Road', country: 'Thailand', cid: 'iHd00E3ZNqo3', lat: 13.7546 },
];
const factsOf = (item: unknown): string[] => Object.entries(item as Record<string, unknown>).map(([k, v]) => (k === 'lat' ? `the latitude is ${v}` : `the ${k} is ${v}`));

describe('wave 29 replies', () => {
  test('records whose only readable facts are ids and nested definitions are said by their ids and versions', () => {
    assert.equal(idList29('3 authorization models turned up', MODELS), '3 authorization models turned up: 52G2BFXP30T18E3TT1UHVY4X6J (schema version 1.2), 69G6ZNRP13T30E5TT2AWVB1X6J (schema version 1.2) and 71G4XBDW38T53E7TT3KVFB6X2J (schema version 2.0).');
    // A record with a name or status is said by the usual reply.
    assert.equal(idList29('2 stores', [{ id: 'a1b2', name: 'Wiki', rules: {} }, { id: 'c3d4', name: 'Desk', rules: {} }]), undefined);
    // Flat records (no nested definitions) are not this kind either.
    assert.equal(idList29('2 keys', [{ id: 'a1b2' }, { id: 'c3d4' }]), undefined);
  });
  test('a place shared by every result of a search in a place is not the news; the addresses are', () => {
    assert.equal(placeGiven29('the country is Thailand', 'The location is Bangkok.'), true);
    assert.equal(placeGiven29('the country is Thailand', 'Search for coffee roasters.'), false);
    assert.deepEqual(apartFacts29(PLACES, factsOf, PLACES.map((p) => p.name), ['the country is Thailand']), ['the addresses are 168 Sukhumvit Road, 24 Silom Road and 40 Sukhumvit Road']);
    const frame = (c: string, n: string, f: string, a: string): string => `${c}: ${n}. For ${f}, ${a}.`;
    const names = 'South Bangkok Coffee Roasters, Bangkok Coffee Roasters and North Bangkok Coffee Roasters';
    const said = namedList25(frame, 'I found 3 places', names, PLACES[0]!.name, 'the latitude is 13.7576 and the country is Thailand', ['the latitude is 13.7576', 'the country is Thailand'], PLACES, factsOf, true, 'The location is Bangkok.');
    assert.equal(said, `I found 3 places: ${names}. The addresses are 168 Sukhumvit Road, 24 Silom Road and 40 Sukhumvit Road.`);
  });
});

describe('wave 29 goodbyes', () => {
  test('after a completed write, the word about the answer promises no more digging', async () => {
    const { doneSafe29 } = await import('../../src/realize/_replies29.ts');
    const create = { name: 'createPlaylist', api: 'music', description: 'Create a playlist', method: 'POST', path: '/playlists', parameters: { type: 'object', properties: {} } };
    const read = { ...create, name: 'getPlaylist', description: 'Get a playlist', method: 'GET', path: '/playlists/{id}' };
    const dig = 'Happy to dig deeper into Workout Mix if you need.';
    assert.equal(doneSafe29(dig, 'Workout Mix', create as never), 'If you need anything else on Workout Mix, just ask.');
    assert.equal(doneSafe29(dig, 'Workout Mix', read as never), dig);
    assert.equal(doneSafe29('If you need more on Workout Mix, just ask.', 'Workout Mix', create as never), 'If you need more on Workout Mix, just ask.');
  });
});
