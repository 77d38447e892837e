/**
 * How the assistant asks and what the user volunteers (QUALITY.md H, J): each rule of _rules-ask9.ts broken on
 * purpose, its fixed twin passing; the generator's own wording and judgements; and the generator keeps the rules.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/index.ts';
import { createPlanCatalog, isRejected, planDialogues, type DialoguePlan } from '../../src/plan/index.ts';
import { realize } from '../../src/realize/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import type { DialogueRecord, ParamRef, Slot } from '../../src/plan/types.ts';
import { checkAsks9 } from '../../src/check/_rules-ask9.ts';
import { searchedNoun } from '../../src/realize/_mention.ts';
import { describesPaging } from '../../src/plan/_params.ts';
import { volunteerable } from '../../src/plan/_ask.ts';
import { violationsOf } from '../_one-call.ts';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

/**
 * One call to `x.<name>` with `slots`; the assistant first asks for `asked` in `request`, the user answers
 * `inform`. Parameters are typed from the slots, with `descriptions` and `required` as given.
 */
function asked(name: string, slots: Slot[], request: string, inform: string, askedRefs: string[], descriptions: Record<string, string> = {}): DialogueRecord {
  const operation = `x.${name}`;
  const properties = Object.fromEntries(slots.map((s) => [s.param, { type: typeof s.value === 'number' ? 'number' : Array.isArray(s.value) ? 'array' : 'string', ...(descriptions[s.param] ? { description: descriptions[s.param] } : {}) }]));
  const refs: ParamRef[] = askedRefs.map((param) => ({ operation, param }));
  const args = Object.fromEntries(slots.map((s) => [s.param, s.value]));
  return {
    id: 't', seed: 1, flow: 'f', family: 'ask', edge_type: null,
    operations: { [operation]: { name, api: 'x', description: '', method: 'GET', path: `/${name}`, parameters: { type: 'object', properties, required: slots.filter((s) => s.required).map((s) => s.param) } } },
    chain: [operation],
    slots: slots.map((s) => ({ ...s, operation })),
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Help me with this.' },
      { speaker: 'assistant', action: 'request', state, text: request, request: refs },
      { speaker: 'user', action: 'inform', text: inform, informs: refs },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation, arguments: args } },
      { speaker: 'tool', operation, call_id: 'c1', status: 'ok', result: { items: [{ id: 'p1', name: 'Rainy Day Acoustic' }] } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

const slot = (param: string, value: unknown, source: Slot['source'], required = true): Slot => ({ operation: '', param, value, source, required });

describe('search_query_named: a search term is named by what is searched', () => {
  const broken = violationsOf('search_query_named');
  const playlist = [slot('q', 'Rainy Day Acoustic', 'asked'), slot('type', ['playlist'], 'default')];

  it('flags "the search query" when the call\'s kind is one kind, or the operation names what it searches', () => {
    assert.deepEqual(broken(asked('search', playlist, 'Please tell me the search query.', 'It is Rainy Day Acoustic.', ['q'])), ['search_query_named']);
    assert.deepEqual(broken(asked('autocomplete_places', [slot('q', 'Bristol', 'asked')], 'Which place?', 'The search query is Bristol.', ['q'])), ['search_query_named']);
  });

  it('passes the playlist name, and a search whose kind nothing names', () => {
    assert.deepEqual(broken(asked('search', playlist, 'Please tell me the playlist name.', 'It is Rainy Day Acoustic.', ['q'])), []);
    assert.deepEqual(broken(asked('search', [slot('q', 'jazz', 'asked')], 'Please tell me the search query.', 'It is jazz.', ['q'])), []);
    assert.deepEqual(broken(asked('full_grid_search', [slot('query', 'web design', 'asked')], 'What is the search query?', 'The search query is web design.', ['query'])), []);
  });
});

describe('volunteered_paging: no page, cursor or number of results from the user', () => {
  const broken = violationsOf('volunteered_paging');
  const title = slot('s', 'jaws', 'asked');

  it('flags a limit by its name or by its description ("Limit returned items")', () => {
    assert.deepEqual(broken(asked('search_by_title', [title, slot('l', 10, 'given', false)], 'The title?', 'Jaws.', ['s'], { l: 'Limit returned items.\nYou can use numbes from 1 to 100' })), ['volunteered_paging']);
    assert.deepEqual(broken(asked('search_by_title', [title, slot('page', 2, 'given', false)], 'The title?', 'Jaws.', ['s'])), ['volunteered_paging']);
  });

  it('passes a year the user knows, and a limit the assistant sets', () => {
    assert.deepEqual(broken(asked('search_by_title', [title, slot('y', 1975, 'given', false)], 'The title?', 'Jaws.', ['s'], { y: 'Year (format YYYY) to limit title search' })), []);
    assert.deepEqual(broken(asked('search_by_title', [title, slot('l', 10, 'default', false)], 'The title?', 'Jaws.', ['s'], { l: 'Limit returned items.' })), []);
  });
});

describe('raw_coordinates: nobody states raw coordinates', () => {
  const broken = violationsOf('raw_coordinates');
  const restaurant = slot('restaurantId', 'sCbSQuwG', 'given');

  it('flags a latitude or a longitude the user gives or is asked for', () => {
    assert.deepEqual(broken(asked('getDeliveryQuote', [restaurant, slot('dropoffLat', 55.9521, 'asked'), slot('dropoffLon', -3.1965, 'asked')], 'Where to?', 'The dropoff latitude is 55.9521 and the dropoff longitude is -3.1965.', ['dropoffLat', 'dropoffLon'])), ['raw_coordinates', 'raw_coordinates']);
    assert.deepEqual(broken(asked('forecast', [slot('latitude', '37.5660', 'given'), slot('longitude', '126.9784', 'given')], 'Anything else?', 'No.', [])), ['raw_coordinates', 'raw_coordinates']);
  });

  it('passes coordinates that come from a lookup', () => {
    const chained: Slot = { ...slot('dropoffLat', 55.9521, 'chained'), from: { operation: 'x.geocode', field: 'lat' } };
    assert.deepEqual(broken(asked('getDeliveryQuote', [restaurant, chained], 'Anything else?', 'No.', [])), []);
  });
});

describe('optional_text_asked: an optional note is not asked for', () => {
  const broken = violationsOf('optional_text_asked');
  const refund = (noteRequired: boolean): DialogueRecord =>
    asked('createRefund', [slot('orderId', 'ord_1', 'asked'), slot('reason', 'wrong_item', 'asked'), slot('note', 'I got the wrong size.', 'asked', noteRequired)], 'Please tell me the order ID, the reason and the note.', 'The order ID is ord_1, the reason is wrong item and the note is I got the wrong size.', ['orderId', 'reason', 'note']);

  it('flags an optional note asked with the required values', () => {
    assert.deepEqual(broken(refund(false)), ['optional_text_asked']);
  });

  it('passes a note the call needs', () => {
    assert.deepEqual(broken(refund(true)), []);
  });
});

describe('what the generator says and volunteers', () => {
  it('names a search term by the searched kind or the operation\'s noun, and leaves a bare search alone', () => {
    assert.equal(searchedNoun('q', { name: 'search' }, [{ param: 'type', value: ['playlist'] }]), 'playlist name');
    assert.equal(searchedNoun('q', { name: 'search' }, [{ param: 'type', value: ['artist'] }]), 'artist name');
    assert.equal(searchedNoun('q', { name: 'search' }, [{ param: 'type', value: ['track'] }]), 'track title');
    assert.equal(searchedNoun('q', { name: 'autocomplete_places' }, []), 'place');
    assert.equal(searchedNoun('search', { name: 'aquifers_names_list' }, []), 'aquifer name');
    assert.equal(searchedNoun('q', { name: 'search' }, [{ param: 'type', value: ['album', 'artist'] }]), undefined);
    assert.equal(searchedNoun('q', { name: 'flights_search' }, []), undefined);
    assert.equal(searchedNoun('q', { name: 'searchChannel' }, []), 'channel name');
    assert.equal(searchedNoun('query', { name: 'business-units/search' }, []), 'business search term');
    // A term its spec says is several kinds stays a search query, unless the call's kind switch names one.
    const many = { properties: { q: { description: 'Aircraft number, flight code, airline code, etc...' } } };
    assert.equal(searchedNoun('q', { name: 'searchFlights', parameters: many }, []), undefined);
    assert.equal(searchedNoun('q', { name: 'search', parameters: many }, [{ param: 'type', value: ['artist'] }]), 'artist name');
    assert.equal(searchedNoun('title', { name: 'search' }, [{ param: 'type', value: ['movie'] }]), undefined);
  });

  it('reads a page size from its description', () => {
    assert.ok(describesPaging('Limit returned items.\nYou can use numbes from 1 to 100 (default is 50)'));
    assert.ok(describesPaging('Maximum number of results to return'));
    assert.ok(describesPaging('Page number'));
    assert.ok(!describesPaging('Year (format YYYY, for example 2020) to limit title search'));
    assert.ok(!describesPaging('Movie or TV Show Title to search'));
  });

  it('volunteers no mdblist limit and no refund note', { skip: skipWithoutFixtures }, async () => {
    const catalog = createPlanCatalog(buildGraph((await loadSpecs([join(fixturesDir, 'rapidapi'), bundledSpecsDir])).operations));
    const search = catalog.operations.find((op) => op.id === 'mdblist.search_by_title');
    assert.ok(search, 'mdblist.search_by_title in the rapidapi fixtures');
    assert.ok(search.optional.some((p) => p.name === 'y'));
    assert.ok(!volunteerable(search).some((p) => p.name === 'l'));
    const refund = catalog.operations.find((op) => op.id === 'shop.createRefund');
    assert.ok(refund, 'shop.createRefund in the bundled specs');
    assert.ok(!volunteerable(refund).some((p) => p.name === 'note'));
  });
});

describe('the generator keeps them', () => {
  const records: DialogueRecord[] = [];
  before(async () => {
    const dirs = [bundledSpecsDir, ...(skipWithoutFixtures ? [] : [join(fixturesDir, 'rapidapi'), join(fixturesDir, 'openapi')])];
    for (const dir of dirs) {
      const catalog = createPlanCatalog(buildGraph((await loadSpecs([dir])).operations));
      for (const flow of ['tooldial_01', 'tooldial_04', 'tooldial_07', 'tooldial_12', 'tooldial_13', 'tooldial_16', 'partial_mask_01']) {
        for (const outcome of planDialogues(catalog, { seed: 2026, count: 10, flow })) if (!isRejected(outcome)) records.push(realize(outcome as DialoguePlan));
      }
    }
  });

  it('asks for no raw search query, takes no paging value, raw coordinates or optional note from the user', () => {
    assert.ok(records.length >= 40, `only ${records.length} dialogues`);
    for (const record of records) assert.deepEqual(checkAsks9(record).map((v) => v.message), [], record.id);
  });
});
