/**
 * Mock values of the OpenAPI fixtures (QUALITY.md E), wave 20: each rule of src/check/_rules-oa20.ts broken on
 * purpose, a good record passing, and the generator passes that keep them (own URLs, office holders, road items).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { OA20_INVARIANTS } from '../../src/check/_rules-oa20.ts';
import { oneCall } from '../_one-call.ts';
import { Rng } from '../../src/random/index.ts';
import { fitRoadItems } from '../../src/plan/_road-items20.ts';
import { ownResourceUrl, settleApiSite } from '../../src/plan/_own-urls20.ts';
import { officeHolderName } from '../../src/plan/_office-names20.ts';
import { documentFileName } from '../../src/plan/_service-names20.ts';
import { withRng } from '../../src/plan/_faker.ts';

const found = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => (OA20_INVARIANTS as readonly string[]).includes(v));

const closure = (over: Record<string, unknown>): Record<string, unknown> => ({
  identifier: 'Q0xPU1VSRV9fMQ==',
  coordinate: { lat: '54.006057', long: '10.729057' },
  title: 'Junction 26 to 29: bridge repairs',
  description: ['Bridge repairs between junctions 26 and 29.'],
  display_type: 'CLOSURE',
  subtitle: 'Köln Richtung Frankfurt',
  ...over,
});
const roadCall = (items: unknown[], roadId = 'A3'): DialogueRecord => oneCall({ roadId }, { closure: items }, { name: 'list-closures', path: '/{roadId}/services/closure' });

describe('wave 20 mock values of the OpenAPI fixtures', () => {
  test('a URL of the operation’s own resource is no bare site; the generator puts it on the API host', () => {
    const bad = oneCall({ geomarkUrl: 'https://young-coast.com/' }, { id: 'gm-abc1' }, { name: 'copy', path: '/geomarks/copy', method: 'POST' });
    assert.deepEqual(found(bad), ['own_url_bare_host']);
    const good = oneCall({ geomarkUrl: 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-abcd1234efgh' }, { id: 'gm-abc1' }, { name: 'copy', path: '/geomarks/copy', method: 'POST' });
    assert.deepEqual(found(good), []);
    // A redirect URL is the caller's own site: not the resource of the path.
    assert.deepEqual(found(oneCall({ redirectUrl: 'https://young-coast.com/' }, { id: 'gm-abc1' }, { name: 'copy', path: '/geomarks/copy', method: 'POST' })), []);
    const rng = Rng.for(1, 2, 3);
    const shaped = ownResourceUrl('geomark_url', ['https://apps.gov.bc.ca/pub/geomark/geomarks/gm-abcdefghijklmnopqrstuv0bcislands'], rng);
    assert.match(shaped ?? '', /^https:\/\/apps\.gov\.bc\.ca\/pub\/geomark\/geomarks\/gm-[a-z0-9]{32}$/);
    settleApiSite({ name: 'n', title: 'News', source: 'x', format: 'openapi-3.0', provenance: 'https://news.api.gov.bc.ca Apache 2.0' }, {}, () => ['/api/Ministries', '/api/Ministries/{key}']);
    assert.match(ownResourceUrl('ministry_url', [], rng) ?? '', /^https:\/\/news\.api\.gov\.bc\.ca\/ministries\/[a-z0-9]+$/);
    assert.equal(ownResourceUrl('redirect_url', [], rng), undefined);
    settleApiSite(undefined, {}, () => []);
  });

  test('an office holder is a person, the same one on a later read', () => {
    const list = [{ key: 'k1', name: 'Ministry of Finance', ministerName: 'Ministry of Health' }];
    assert.deepEqual(found(oneCall({}, list, { name: 'Ministries_GetAll', path: '/api/Ministries' })), ['office_holder_not_person']);
    const rng = Rng.for(1, 2, 4);
    const person = officeHolderName('minister_name', rng) ?? '';
    assert.match(person, /^[A-Z][a-z]+ [A-Z][a-z]+/);
    assert.equal(officeHolderName('ministry_name', rng), undefined);
    const record = oneCall({}, [{ key: 'k1', name: 'Ministry of Finance', ministerName: person }], { name: 'Ministries_GetAll', path: '/api/Ministries' });
    const op = 'x.GetMinister';
    (record.operations as Record<string, unknown>)[op] = { name: 'GetMinister', api: 'x', description: '', method: 'GET', path: '/api/Ministries/{key}/Minister', parameters: { type: 'object', properties: {} } };
    const turns = record.turns as unknown[];
    const state = { api_confirmed: true, api_status: 'none' };
    const other = person.startsWith('Zoe') ? 'Noah Patel' : 'Zoe Okafor';
    turns.push({ speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: op, arguments: { key: 'k1' } } }, { speaker: 'tool', operation: op, call_id: 'c2', status: 'ok', result: { key: 'k1', headline: other } });
    assert.deepEqual(found(record), ['office_holder_changed']);
    (turns[turns.length - 1] as { result: Record<string, unknown> }).result.headline = person;
    assert.deepEqual(found(record), []);
  });

  test('road items are distinct, on the road, of the list’s kind, described as titled; the generator fits them', () => {
    const bad = [closure({ display_type: 'ELECTRIC_CHARGING_STATION', subtitle: 'Dortmund Richtung Köln', description: ['Lane closed for resurfacing works.'] }), closure({ title: 'Junction 2 to 3: resurfacing', description: ['Resurfacing between junctions 2 and 3.'] })];
    assert.deepEqual(new Set(found(roadCall(bad))), new Set(['road_items_shared', 'road_item_kind', 'road_item_off_route', 'road_title_description']));
    const result = { closure: bad };
    fitRoadItems(result, { path: '/{roadId}/services/closure' }, { roadId: 'A3' }, new Set(), Rng.for(5, 6, 7));
    assert.deepEqual(found(roadCall(result.closure)), []);
    assert.notEqual(result.closure[0]!.identifier, result.closure[1]!.identifier);
    // The junctions are renumbered onto the item's section of the A3 (wave 30); the description says the title's.
    const [, from, to] = /^Junction (\d+) to (\d+): bridge repairs$/.exec(String(result.closure[0]!.title)) ?? [];
    assert.ok(from !== undefined && to !== undefined, String(result.closure[0]!.title));
    assert.equal(String(result.closure[0]!.description), `Bridge repairs between junctions ${from} and ${to}.`);
    const good = [closure({}), closure({ identifier: 'Q0xPU1VSRV9fMg==', coordinate: { lat: '50.3', long: '8.2' }, subtitle: 'Frankfurt towards Würzburg' })];
    assert.deepEqual(found(roadCall(good)), []);
  });

  test('a province or state holds a place, never a status; file names read as documents', () => {
    const result = [{ organization: { city: 'Vancouver', province_state: 'completed' } }];
    assert.deepEqual(found(oneCall({}, result, { path: '/drillers' })), ['region_as_status']);
    result[0]!.organization.province_state = 'British Columbia';
    assert.deepEqual(found(oneCall({}, result, { path: '/drillers' })), []);
    const name = withRng(Rng.for(1, 1, 1), () => documentFileName());
    assert.match(name, /^[a-z]+(-[a-z]+)*(-\d+)?\.(pdf|docx|xlsx|jpg|png)$/);
  });
});
