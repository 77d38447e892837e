/** One entity is one entity across the calls of a dialogue: src/plan/_entities.ts on built results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreeEntities } from '../src/plan/_entities.ts';
import { Rng } from '../src/random/index.ts';
import { drawWorld, withWorld } from '../src/world/index.ts';

const read = { effect: 'read' as const, name: 'listThings' };
const none = new Set<string>();

describe('entities agree across calls', () => {
  it('an id keeps the name the dialogue first showed (a company searched, then its jobs)', () => {
    const jobs = { results: [{ jobId: 'job_1', title: 'Clerk', companyId: 127070, companyName: 'Pagac Ltd' }] };
    withWorld(drawWorld(Rng.for(1, 1, 1)), () => {
      agreeEntities({ companies: [{ companyId: 127070, name: 'Heller-Friesen Media' }] }, none, { name: 'Heller-Friesen Media' }, { effect: 'read', name: 'searchCompanies' });
      agreeEntities(jobs, none, { companyId: 127070 }, { effect: 'read', name: 'listCompanyJobs' });
    });
    assert.equal(jobs.results[0]!.companyName, 'Heller-Friesen Media');
  });

  it('an article fetched by its uuid keeps the publisher it was listed with; a value the chain reads or the call sent is kept', () => {
    const got = { payload: { uuid: 'gjux378c-40b5', publisher: 'Hirthe Inc.', title: 'New rail link opens' } };
    const renamed = { id: 10, name: 'Rex' };
    withWorld(drawWorld(Rng.for(1, 1, 2)), () => {
      agreeEntities({ payload: [{ uuid: 'gjux378c-40b5', publisher: 'Motley Fool', title: 'New rail link opens' }] }, none, {}, read);
      agreeEntities(got, none, { UUID: 'gjux378c-40b5' }, { effect: 'read', name: 'get_article_by_uuid' });
      agreeEntities({ id: 10, name: 'doggie' }, none, {}, { effect: 'read', name: 'getPet' });
      agreeEntities(renamed, none, { id: 10, name: 'Rex' }, { effect: 'update', name: 'updatePet' });
    });
    assert.equal(got.payload.publisher, 'Motley Fool');
    assert.equal(renamed.name, 'Rex');
  });

  it('items of one list get different ids, the pinned one kept, and children name their parent', () => {
    const result = { events: [{ id: 73, title: 'A', fights: [{ id: 1, event: 434 }] }, { id: 73, title: 'B', fights: [{ id: 2, event: 73 }] }] };
    withWorld(drawWorld(Rng.for(1, 1, 3)), () => agreeEntities(result, new Set(['events[1].id']), {}, read));
    assert.equal(result.events[1]!.id, 73);
    assert.notEqual(result.events[0]!.id, 73);
    assert.equal(result.events[0]!.fights[0]!.event, result.events[0]!.id);
    const strings = { items: [{ id: 'abc123', name: 'x' }, { id: 'abc123', name: 'y' }] };
    withWorld(drawWorld(Rng.for(1, 1, 4)), () => agreeEntities(strings, none, {}, read));
    assert.notEqual(strings.items[0]!.id, strings.items[1]!.id);
    assert.equal(strings.items[1]!.id.length, 6);
  });

  it('a country listed is one country: its code, capital and currency are its name\'s', () => {
    const result = { countries: [{ name: 'South Korea', country_code: 'KR', capital: 'Seoul', currency: 'KRW' }, { name: 'Ireland', country_code: 'KR', capital: 'Seoul', currency: 'KRW' }] };
    withWorld(drawWorld(Rng.for(1, 1, 5)), () => agreeEntities(result, none, {}, { effect: 'read', name: 'get_all_countries' }));
    assert.deepEqual(result.countries[1], { name: 'Ireland', country_code: 'IE', capital: 'Dublin', currency: 'EUR' });
  });

  it('a write returns the list it was sent, and a removal of three ids all three', () => {
    const sent = ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'];
    const pet = { id: 10, photoUrls: ['https://img.example.com/c.jpg', 'https://img.example.com/d.jpg', 'https://img.example.com/e.jpg'] };
    const removed: Record<string, unknown> = { id: 'a1b2c3', status: 'deleted' };
    withWorld(drawWorld(Rng.for(1, 1, 6)), () => {
      agreeEntities(pet, none, { id: 10, photoUrls: sent }, { effect: 'update', name: 'updatePet' });
      agreeEntities(removed, none, { ids: 'a1b2c3,d4e5f6,g7h8i9' }, { effect: 'delete', name: 'removeTracks' });
    });
    assert.deepEqual(pet.photoUrls, sent);
    assert.deepEqual(removed, { ids: ['a1b2c3', 'd4e5f6', 'g7h8i9'], status: 'deleted' });
  });
});
