/** Names of the right kind (QUALITY.md E), wave 14: src/check/_rules-names14.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { withRng } from '../../src/plan/_mock.ts';
import { kindIn, kindOfName } from '../../src/plan/_names.ts';
import { nameFor } from '../../src/plan/_named-by.ts';
import { Rng } from '../../src/random/index.ts';
import { meaningString } from '../../src/plan/_vocab.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const titled = violationsOf('person_named_by_title');
const repeated = violationsOf('repeated_list_name');
const codename = violationsOf('event_codename');
const drawn = <T>(seed: number, f: () => T): T => withRng(Rng.for(seed, 0), f);

describe('names of the right kind', () => {
  test('are meaning invariants', () => {
    for (const id of ['person_named_by_title', 'repeated_list_name', 'event_codename']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('a narrator or author named by a book title breaks it; a person passes', () => {
    assert.deepEqual(titled(oneCall({}, { audiobooks: [{ name: 'Things Fall Apart', narrators: [{ name: 'Vanity Fair' }, { name: 'Invisible Man' }] }] })), ['person_named_by_title']);
    assert.deepEqual(titled(oneCall({}, { author: 'Watchmen' })), ['person_named_by_title']);
    assert.deepEqual(titled(oneCall({}, { audiobooks: [{ name: 'Vanity Fair', narrators: [{ name: 'Ana Costa' }] }] })), []);
  });
  test('one name under two ids in a list breaks it; distinct names, or one name without ids, pass', () => {
    assert.deepEqual(repeated(oneCall({}, { results: [{ genre: 'Drama', genre_id: 357407 }, { genre: 'Drama', genre_id: 361328 }] })), ['repeated_list_name']);
    assert.deepEqual(repeated(oneCall({}, { stages: [{ id: 'a', name: 'United States Grand Prix' }, { id: 'b', name: 'United States Grand Prix' }] })), ['repeated_list_name']);
    assert.deepEqual(repeated(oneCall({}, { results: [{ genre: 'Drama', genre_id: 1 }, { genre: 'History', genre_id: 2 }] })), []);
    assert.deepEqual(repeated(oneCall({}, { movies: [{ title: 'A', genre: 'Drama' }, { title: 'B', genre: 'Drama' }] })), []);
  });
  test('a ticketed event named like a project breaks it; an event name, or a project, passes', () => {
    assert.deepEqual(codename(oneCall({}, { eventId: 'e1', name: 'Orion Redesign', performers: [{ name: 'Yara Sayer' }] })), ['event_codename']);
    assert.deepEqual(codename(oneCall({}, { events: [{ name: 'Meridian Rollout', venue: { name: 'Union Arena', capacity: 16250 } }] })), ['event_codename']);
    assert.deepEqual(codename(oneCall({}, { eventId: 'e1', name: 'Valencia Jazz Festival', performers: [{ name: 'Yara Sayer' }] })), []);
    assert.deepEqual(codename(oneCall({}, { projects: [{ name: 'Orion Redesign', deadline: '2026-01-01' }] })), []);
  });
  test('the generator names each thing by its kind', () => {
    for (let seed = 1; seed <= 20; seed++) {
      assert.doesNotMatch(drawn(seed, () => nameFor('', 'events search events by keyword Artist, team or show to search for')), /(Platform|Redesign|Migration|App|Rollout|Portal|Upgrade|Pilot)$/);
      assert.doesNotMatch(drawn(seed, () => nameFor('', 'xero projects create task')), /(Platform|Redesign|Migration|Rollout|Upgrade|Pilot)$/);
    }
    assert.equal(kindOfName('narrators', 'spotify audiobooks')?.noun, 'person');
    assert.equal(kindOfName('tags', 'petstore pet')?.noun, 'tag');
    assert.match(drawn(3, () => nameFor('tags', 'petstore update pet')), /^(friendly|vaccinated|house-trained|indoor|playful|senior|neutered|good with kids)$/);
    assert.equal(kindIn('autobahn api list warnings')?.noun, 'closure');
    assert.equal(kindIn('liste aktueller verkehrsmeldungen list warnings roadid services warning')?.noun, 'closure');
    assert.equal(kindIn('weather alerts warnings')?.noun === 'closure', false, 'a weather warning is no road closure');
    assert.equal(kindIn('projects list projects')?.noun, 'project');
    const stages = new Set(Array.from({ length: 6 }, (_, i) => drawn(i + 1, () => nameFor('stages', 'motorsport category stages'))));
    assert.ok(stages.size > 1, 'stages of a category are different races');
  });
  test('the endpoints of a configuration are API paths of what they do', () => {
    assert.equal(drawn(1, () => meaningString('access_evaluation_endpoint')), '/access/v1/evaluation');
    assert.equal(drawn(1, () => meaningString('search_subject_endpoint')), '/search/v1/subject');
    assert.match(drawn(1, () => meaningString('endpoint')) ?? '', /^\/api\/v1\/[a-z]+$/);
    assert.doesNotMatch(drawn(1, () => meaningString('capabilities')) ?? '', /^[A-Z]{2,4}-\d+$/);
    assert.match(drawn(1, () => meaningString('policy_decision_point')) ?? '', /^https:\/\//);
  });
});
