/**
 * What is asked, what the user says, which call is made (QUALITY.md H, I, D): each rule of _rules-ask.ts broken
 * on purpose, its fixed twin passing; and the generator keeps them on the fixtures and the bundled specs.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildGraph } from '../../src/graph/index.ts';
import { checkDialogue } from '../../src/check/index.ts';
import { createPlanCatalog, isRejected, planDialogues, type DialoguePlan } from '../../src/plan/index.ts';
import { realize } from '../../src/realize/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import type { DialogueRecord, RecordOperation, Slot } from '../../src/plan/types.ts';
import { checkAsks } from '../../src/check/_rules-ask.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { join } from 'node:path';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const state = { api_confirmed: false, api_status: 'none' } as never;

function withOperation(record: DialogueRecord, method: string, properties: Record<string, unknown>, required: string[] = []): DialogueRecord {
  const id = record.chain[0]!;
  record.operations[id] = { ...record.operations[id]!, method, parameters: { type: 'object', properties, required } };
  return record;
}

describe('empty_search: a search is never called without its term', () => {
  const titles = { results: [{ id: 1, title: 'Jaws' }, { id: 2, title: 'Jaws 2' }] };
  const search = (args: Record<string, unknown>): DialogueRecord =>
    withOperation(oneCall(args, titles, { name: 'searchTitles', path: '/search', text: 'Find a film for me.' }), 'GET', { title: { type: 'string' }, city: { type: 'string' }, limit: { type: 'integer' } });
  const broken = violationsOf('empty_search');

  it('flags a search called with no arguments, or only a page size', () => {
    assert.deepEqual(broken(search({})), ['empty_search']);
    assert.deepEqual(broken(search({ limit: 5 })), ['empty_search']);
  });

  it('passes a search told its term, or another detail the user said', () => {
    assert.deepEqual(broken(search({ title: 'Jaws' })), []);
    assert.deepEqual(broken(search({ city: 'Bristol' })), []);
  });

  it('leaves a plain list alone (no search term to give)', () => {
    const list = withOperation(oneCall({}, titles, { name: 'listGenres', path: '/genres' }), 'GET', { limit: { type: 'integer' } });
    assert.deepEqual(broken(list), []);
  });
});

describe('destructive_proposal: a vague request is never answered by offering to delete or cancel', () => {
  function proposal(name: string, method: string, path: string): DialogueRecord {
    const operation = `x.${name}`;
    return {
      id: 't', seed: 1, flow: 'f', family: 'suggest', edge_type: null,
      operations: { [operation]: { name, api: 'x', description: '', method, path, parameters: { type: 'object', properties: {} } } },
      chain: [operation], slots: [],
      turns: [
        { speaker: 'user', action: 'inform_intent_vague', text: 'Question about applications.' },
        { speaker: 'assistant', action: 'suggest', suggest: operation, state, text: 'Would you like me to do that?' },
      ],
      meta: {},
    } as unknown as DialogueRecord;
  }
  const broken = violationsOf('destructive_proposal');

  it('flags a proposal to withdraw, cancel or delete', () => {
    assert.deepEqual(broken(proposal('withdrawApplication', 'POST', '/applications/{id}/withdraw')), ['destructive_proposal']);
    assert.deepEqual(broken(proposal('cancelReservation', 'POST', '/reservations/{id}/cancel')), ['destructive_proposal']);
    assert.deepEqual(broken(proposal('applications', 'DELETE', '/applications/{id}')), ['destructive_proposal']);
  });

  it('passes a proposal to read', () => {
    assert.deepEqual(broken(proposal('getApplication', 'GET', '/applications/{id}')), []);
  });
});

describe('volunteered_switch: the user says what a person knows', () => {
  const kinds = { type: 'array', items: { type: 'string', enum: ['album', 'playlist', 'artist'] } };
  function searchWith(slot: Partial<Slot>, args: Record<string, unknown>, text = 'Find the cover of my playlist.'): DialogueRecord {
    const record = withOperation(oneCall(args, { playlists: { items: [{ id: 'p1' }] } }, { name: 'search', path: '/search', text }), 'GET', { q: { type: 'string' }, type: kinds, shared: { type: 'boolean' }, lat: { type: 'number' } }, ['q', 'type']);
    record.slots = [{ operation: 'x.search', param: 'q', value: args.q, source: 'given', required: true }, { operation: 'x.search', required: false, ...slot } as Slot];
    return record;
  }
  const broken = violationsOf('volunteered_switch');

  it('flags a kind switch the user states or is asked for', () => {
    assert.deepEqual(broken(searchWith({ param: 'type', value: ['playlist'], source: 'given', required: true }, { q: 'Doxy', type: ['playlist'] })), ['volunteered_switch']);
    assert.deepEqual(broken(searchWith({ param: 'type', value: ['playlist'], source: 'asked', required: true }, { q: 'Doxy', type: ['playlist'] })), ['volunteered_switch']);
  });

  it('flags an API flag or a raw coordinate the user volunteers', () => {
    assert.deepEqual(broken(searchWith({ param: 'shared', value: true, source: 'given' }, { q: 'Doxy', shared: true })), ['volunteered_switch']);
    assert.deepEqual(broken(searchWith({ param: 'lat', value: 35.1, source: 'given' }, { q: 'Doxy', lat: 35.1 })), ['volunteered_switch']);
  });

  it('passes a kind the assistant sets from the request: not said, not invented, grounded', () => {
    const record = searchWith({ param: 'type', value: ['playlist'], source: 'default', required: true }, { q: 'Doxy', type: ['playlist'] });
    // A record the schema accepts, so that grounding and state are checked too.
    Object.assign(record, { index: 1, meta: { generator: 'dialforge@0.1.0', realizer: 'template' } });
    const call = record.turns[1] as unknown as Record<string, unknown>;
    delete call.text;
    Object.assign(call, { thought: 'Searching.', state: { api_confirmed: true, api_status: { operation: 'x.search', required_parameters: { q: 'Doxy', type: ['playlist'] }, optional_parameters: {} } } });
    const failed = (): string[] => {
      const result = checkDialogue(record);
      return result.ok ? [] : result.violations.map((v) => v.invariant).filter((v) => v !== 'flow');
    };
    (record.turns[0] as { text: string }).text = 'Find the cover of my playlist. It is called Doxy.';
    assert.deepEqual(checkAsks(record), []);
    assert.deepEqual(failed(), []);
    // Broken: a kind nobody named is the assistant's invention.
    (record.turns[0] as { text: string }).text = 'Find the cover of it. It is called Doxy.';
    assert.deepEqual(failed().sort(), ['grounded', 'invented_value', 'state']);
  });
});

describe('wrong_operation: a create request never updates an existing record', () => {
  const project = (method: string, path: string): DialogueRecord =>
    withOperation(oneCall({ name: 'Roadmap' }, { id: 'p1', name: 'Roadmap' }, { name: 'project', path, text: 'I want to create a project for a contact.' }), method, { name: { type: 'string' } });
  const broken = violationsOf('wrong_operation');

  it('flags a PATCH or a PUT to one record', () => {
    assert.deepEqual(broken(project('PATCH', '/projects/{projectId}')), ['wrong_operation']);
    assert.deepEqual(broken(project('PUT', '/projects/{projectId}')), ['wrong_operation']);
  });

  it('passes a POST to the collection', () => {
    assert.deepEqual(broken(project('POST', '/projects')), []);
  });
});

describe('needless_pick: a pick only when the candidates really are ambiguous', () => {
  function venuePick(keyword: string): DialogueRecord {
    const get = (name: string, path: string): RecordOperation => ({ name, api: 'ev', description: '', method: 'GET', path, parameters: { type: 'object', properties: { keyword: { type: 'string' }, venueId: { type: 'string' } } } });
    const venues = [{ venueId: 'v1', name: 'Braulio Lane Hall', city: 'Bristol' }, { venueId: 'v2', name: 'Denesik Rapid Hall', city: 'Bristol' }, { venueId: 'v3', name: 'Chestnut Theatre', city: 'Bristol' }];
    return {
      id: 't', seed: 1, flow: 'list_pick_02', family: 'fail_inform', edge_type: null,
      operations: { 'ev.searchVenues': get('searchVenues', '/venues'), 'ev.listVenueEvents': get('listVenueEvents', '/venues/{venueId}/events') },
      chain: ['ev.searchVenues', 'ev.listVenueEvents'],
      slots: [
        { operation: 'ev.searchVenues', param: 'keyword', value: keyword, source: 'asked', required: true },
        { operation: 'ev.listVenueEvents', param: 'venueId', value: 'v1', source: 'chained', required: true, from: { operation: 'ev.searchVenues', field: 'venues[0].venueId' } },
      ],
      turns: [
        { speaker: 'user', action: 'inform', text: `It's ${keyword}.` },
        { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'ev.searchVenues', arguments: { keyword } } },
        { speaker: 'tool', operation: 'ev.searchVenues', call_id: 'c1', status: 'ok', result: { venues } },
        { speaker: 'assistant', action: 'request', state, text: 'There are 3 venues: Braulio Lane Hall, Denesik Rapid Hall and Chestnut Theatre. Which one?' },
        { speaker: 'user', action: 'inform', text: 'Braulio Lane Hall.' },
        { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'ev.listVenueEvents', arguments: { venueId: 'v1' } } },
        { speaker: 'tool', operation: 'ev.listVenueEvents', call_id: 'c2', status: 'ok', result: { events: [{ name: 'Jazz Night' }] } },
      ],
      meta: {},
    } as unknown as DialogueRecord;
  }

  it('flags a choice asked of a user who already named the one record', () => {
    assert.deepEqual(checkAsks(venuePick('Braulio Lane Hall')).map((v) => v.invariant), ['needless_pick']);
  });

  it('passes a choice among venues that all fit what was said (a city)', () => {
    assert.deepEqual(checkAsks(venuePick('Bristol')), []);
  });
});

describe('the generator keeps them', () => {
  const records: DialogueRecord[] = [];
  const skip = skipWithoutFixtures;
  before(async () => {
    const dirs = [bundledSpecsDir, ...(skip ? [] : [join(fixturesDir, 'rapidapi'), join(fixturesDir, 'openapi')])];
    for (const dir of dirs) {
      const catalog = createPlanCatalog(buildGraph((await loadSpecs([dir])).operations));
      for (const flow of ['list_pick_01', 'list_pick_02', 'tooldial_12', 'tooldial_04', 'tooldial_07']) {
        for (const outcome of planDialogues(catalog, { seed: 2026, count: 10, flow })) if (!isRejected(outcome)) records.push(realize(outcome as DialoguePlan));
      }
    }
  });

  it('plans no empty search, no stated switch, no destructive proposal, no create answered by an update, no needless pick', () => {
    assert.ok(records.length >= 40, `only ${records.length} dialogues`);
    for (const record of records) assert.deepEqual(checkAsks(record).map((v) => v.message), [], record.id);
  });
});
