/** One entity is one entity across the calls of a dialogue: src/plan/_entities.ts on built results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreeEntities, forgetEntities } from '../../src/plan/_entities.ts';
import { agreeRecord } from '../../src/plan/_agree.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { Rng } from '../../src/random/index.ts';
import { drawWorld, withWorld } from '../../src/world/index.ts';

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
    const two = { results: [{ jobId: 'a', companyId: 532405, companyName: 'Bahringer Media' }, { jobId: 'b', companyId: 761444, companyName: 'Bahringer Media' }] };
    withWorld(drawWorld(Rng.for(1, 1, 11)), () => agreeEntities(two, none, {}, { effect: 'read', name: 'searchJobs' }));
    assert.equal(two.results[1]!.companyId, 532405);
  });

  it('a work fetched by the workId a search listed is that work; its editions stay editions; a title tells one story', () => {
    const work = { workId: 'OL59863W', title: 'The Broken Streets', authors: [{ authorId: 'OL43455A', name: 'Gabriel García Márquez' }] };
    const editions = { entries: [{ isbn: '1', workId: 'OL59863W', title: 'One Hundred Years of Solitude', publisher: 'A' }, { isbn: '2', workId: 'OL59863W', title: 'One Hundred Years of Solitude', publisher: 'B' }] };
    const details = { netflix_id: 5, alt_id: 'x', title: 'The Scarlet Letter', alt_plot: 'The story of a journalist following a missing-person story.' };
    withWorld(drawWorld(Rng.for(1, 1, 3)), () => {
      agreeEntities({ docs: [{ workId: 'OL59863W', title: 'One Hundred Years of Solitude', authors: [{ authorId: 'OL43455A', name: 'Gabriel García Márquez' }] }] }, none, { q: 'One Hundred Years of Solitude' }, { effect: 'read', name: 'searchBooks' });
      agreeEntities(work, none, { workId: 'OL59863W' }, { effect: 'read', name: 'getWork' });
      agreeEntities(editions, none, { workId: 'OL59863W' }, { effect: 'read', name: 'listWorkEditions' });
      agreeEntities({ results: [{ netflix_id: 5, imdb_id: 'y', title: 'The Scarlet Letter', synopsis: 'The story of a retired detective drawn back for one last case.' }] }, none, { title: 'The Scarlet Letter' }, { effect: 'read', name: 'search_titles' });
      agreeEntities(details, none, { netflix_id: 5 }, { effect: 'read', name: 'title_details' });
    });
    assert.equal(work.title, 'One Hundred Years of Solitude');
    assert.deepEqual(editions.entries.map((e) => e.publisher), ['A', 'B']);
    assert.equal(details.alt_plot, 'The story of a retired detective drawn back for one last case.');
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
    const copy = { id: 'nc61YDjiJJ', status: 'created', geomarkUrl: 'https://geomark.example.org/' };
    withWorld(drawWorld(Rng.for(1, 1, 12)), () => agreeEntities(copy, none, { geomarkUrl: 'https://geomark.example.org/' }, { effect: 'create', name: 'post_geomarks_copy' }));
    assert.equal(copy.geomarkUrl, 'https://geomark.example.org/nc61YDjiJJ');
    // A source link ending in the source's id: the copy's id takes its place, never nested under it.
    const fromId = { id: 'gm-obtsenqcrdrzfvdyzdsbpu2inwnnnxan', status: 'created', geomarkUrl: 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-abcdefghijklmnopqrstuv0bcislands' };
    withWorld(drawWorld(Rng.for(1, 1, 12)), () => agreeEntities(fromId, none, { geomarkUrl: 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-abcdefghijklmnopqrstuv0bcislands' }, { effect: 'create', name: 'post_geomarks_copy' }));
    assert.equal(fromId.geomarkUrl, 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-obtsenqcrdrzfvdyzdsbpu2inwnnnxan');
    assert.deepEqual(removed, { ids: ['a1b2c3', 'd4e5f6', 'g7h8i9'], status: 'deleted' });
  });

  it('a record read again is as last shown; a discarded try showed nothing', () => {
    const again = { id: 52, title: 'Summer Slam Paris: Nakamura vs. Ivanova', location: 'Paris', fights: [{ id: 9, title: 'Haddad vs. Santos', event: 52 }] };
    const fresh = { id: 52, title: 'Summer Slam Paris: Nakamura vs. Ivanova', location: 'Oslo' };
    withWorld(drawWorld(Rng.for(1, 1, 7)), () => {
      agreeEntities({ events: [{ id: 52, title: 'Summer Slam Paris: Nakamura vs. Ivanova', location: 'Paris', fights: [{ id: 1, title: 'Nakamura vs. Ivanova', event: 52 }] }] }, none, {}, { effect: 'read', name: 'events' });
      agreeEntities(again, none, { id: 52 }, { effect: 'read', name: 'event' });
      forgetEntities();
      agreeEntities(fresh, none, { id: 52 }, { effect: 'read', name: 'event' });
    });
    assert.deepEqual(again.fights, [{ id: 1, title: 'Nakamura vs. Ivanova', event: 52 }]);
    assert.equal(fresh.location, 'Oslo');
  });

  it('a bout is a pairing and the event named by its main bout holds it (either way round)', () => {
    const card = { events: [{ id: 7, title: 'Fight Night Helsinki: Ivanova vs. Jensen', fights: [{ id: 1, title: 'Gill vs. Fleck' }, { id: 2, title: 'Paris Food Fair' }] }, { id: 8, title: 'Cage Classic: Byrne vs. Aziz', fights: [{ id: 3, title: 'Aziz vs. Byrne' }] }] };
    withWorld(drawWorld(Rng.for(1, 1, 8)), () => agreeEntities(card, none, {}, { effect: 'read', name: 'events' }));
    assert.equal(card.events[0]!.fights[0]!.title, 'Ivanova vs. Jensen');
    assert.match(card.events[0]!.fights[1]!.title, /^\S+ vs\. \S+$/);
    assert.equal(card.events[1]!.fights[0]!.title, 'Aziz vs. Byrne');
  });

  it("a real book among another author's works is retitled", () => {
    const works = { entries: [{ workId: 'a1', title: 'One Hundred Years of Solitude', authors: [{ authorId: 'OL1A', name: 'Gabriel García Márquez' }] }, { workId: 'a2', title: 'Frankenstein', authors: [{ authorId: 'OL1A', name: 'Gabriel García Márquez' }] }] };
    const world = drawWorld(Rng.for(1, 1, 9));
    withRng(Rng.for(1, 1, 10), () => withWorld(world, () => agreeEntities(works, none, { authorId: 'OL1A' }, { effect: 'read', name: 'listAuthorWorks' })));
    assert.equal(works.entries[0]!.title, 'One Hundred Years of Solitude');
    assert.notEqual(works.entries[1]!.title, 'Frankenstein');
  });
});

describe('a film whose release date has passed is released', () => {
  it('"in_production" beside a past releaseDate becomes the vocabulary\'s released word', () => {
    const movie = { movieId: 1, releaseDate: '2024-01-08', status: 'in_production' };
    const upcoming = { movieId: 2, releaseDate: '2027-05-01', status: 'in_production' };
    const outputs = [{ path: 'status', schema: { type: 'string', enum: ['rumored', 'planned', 'in_production', 'released'] } }] as never;
    agreeRecord(movie, outputs, { effect: 'read', name: 'getMovie', method: 'GET', path: '/movies/{id}' }, new Set());
    agreeRecord(upcoming, outputs, { effect: 'read', name: 'getMovie', method: 'GET', path: '/movies/{id}' }, new Set());
    assert.equal(movie.status, 'released');
    assert.equal(upcoming.status, 'in_production');
  });
});
