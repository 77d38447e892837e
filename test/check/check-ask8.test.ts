/**
 * Which calls and which values (QUALITY.md C, I, H): each rule of _rules-ask8.ts broken on purpose, its fixed
 * twin passing; the planner's own judgements (_whose.ts) on real specs; and the generator keeps the rules.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/index.ts';
import { createPlanCatalog, createPlanCatalogFromOperations, isRejected, planDialogues, type DialoguePlan } from '../../src/plan/index.ts';
import { realize } from '../../src/realize/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import type { DialogueRecord, Slot } from '../../src/plan/types.ts';
import { checkAsks8 } from '../../src/check/_rules-ask8.ts';
import { codeListedBy, isCallerOwn, namesOtherSource, requiredOneOf, widePick } from '../../src/plan/_whose.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

/** Two calls: `source` (GET `sourcePath`, called with `sourceArgs`, returning `result`), then `x.getUser` with `slot`. */
function chained(source: string, sourcePath: string, sourceArgs: Record<string, unknown>, result: unknown, field: string, userText = 'Get public profile information about a user.'): DialogueRecord {
  const from = `x.${source}`;
  const value = field.includes('[') ? 'u2' : 'u1';
  const slot: Slot = { operation: 'x.getUser', param: 'user_id', value, source: 'chained', required: true, from: { operation: from, field } };
  return {
    id: 't', seed: 1, flow: 'f', family: 'chain', edge_type: null,
    operations: {
      [from]: { name: source, api: 'x', description: '', method: 'GET', path: sourcePath, parameters: { type: 'object', properties: { page: { type: 'integer' }, q: { type: 'string' } } } },
      'x.getUser': { name: 'getUser', api: 'x', description: '', method: 'GET', path: '/users/{user_id}', parameters: { type: 'object', properties: { user_id: { type: 'string' } }, required: ['user_id'] } },
    },
    chain: [from, 'x.getUser'],
    slots: [slot],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: userText },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: from, arguments: sourceArgs } },
      { speaker: 'tool', operation: from, call_id: 'c1', status: 'ok', result },
      { speaker: 'user', action: 'inform', text: 'The second one.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'x.getUser', arguments: { user_id: value } } },
      { speaker: 'tool', operation: 'x.getUser', call_id: 'c2', status: 'ok', result: { id: value, name: 'Ada' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

describe('caller_source: the caller\'s own record never stands for someone else', () => {
  const broken = violationsOf('caller_source');
  const me = { id: 'u1', display_name: 'Clara Haddad' };

  it('flags another user\'s id taken from GET /me or "get current user\'s profile"', () => {
    assert.deepEqual(broken(chained('getMe', '/me', {}, me, 'id')), ['caller_source']);
    assert.deepEqual(broken(chained('get-current-users-profile', '/profile', {}, me, 'id')), ['caller_source']);
    assert.deepEqual(broken(chained('get_place_by_my_ip', '/places/ip', {}, me, 'id')), ['caller_source']);
  });

  it('passes a user speaking of themselves, a pick among the caller\'s own list, and another source', () => {
    assert.deepEqual(broken(chained('getMe', '/me', {}, me, 'id', 'Show my own public profile.')), []);
    assert.deepEqual(broken(chained('getMyFollowing', '/me/following', {}, { items: [{ id: 'u1' }, { id: 'u2' }] }, 'items[1].id')), []);
    assert.deepEqual(broken(chained('searchUsers', '/users', { q: 'Ada' }, me, 'id')), []);
  });
});

describe('wide_pick: no pick among three records of a whole collection', () => {
  const broken = violationsOf('wide_pick');
  const countries = { countries: [{ id: 'u1', name: 'Denmark' }, { id: 'u2', name: 'Finland' }, { id: 'u3', name: 'Vietnam' }] };

  it('flags a pick from every country, or from a list that says it holds 250 records or 147 pages', () => {
    assert.deepEqual(broken(chained('countries', '/countries', {}, countries, 'countries[1].id')), ['wide_pick']);
    assert.deepEqual(broken(chained('listUsers', '/users', { page: 1 }, { items: [{ id: 'u1' }, { id: 'u2' }], total: 250 }, 'items[1].id')), ['wide_pick']);
    assert.deepEqual(broken(chained('listUsers', '/users', {}, { data: [{ id: 'u1' }, { id: 'u2' }], numberOfPages: 147 }, 'data[1].id')), ['wide_pick']);
  });

  it('passes a pick from a filtered search, or from a short list', () => {
    assert.deepEqual(broken(chained('countries', '/countries', { q: 'land' }, countries, 'countries[1].id')), []);
    assert.deepEqual(broken(chained('listUsers', '/users', {}, { items: [{ id: 'u1' }, { id: 'u2' }], total: 3 }, 'items[1].id')), []);
  });
});

describe('unsent_filter: a filter the spec requires in prose is sent', () => {
  const broken = violationsOf('unsent_filter');
  function transactions(args: Record<string, unknown>, description: string, accountNote = ''): DialogueRecord {
    const record = oneCall(args, { data: [{ id: 't1', amount: 3 }] }, { name: 'getTransactions', path: '/transactions', text: 'Get the transactions of a balance account.' });
    record.operations['x.getTransactions'] = {
      ...record.operations['x.getTransactions']!,
      description,
      parameters: { type: 'object', properties: { balanceAccountId: { type: 'string', description: accountNote }, accountHolderId: { type: 'string' }, createdSince: { type: 'string' } }, required: ['createdSince'] },
    };
    return record;
  }
  const prose = 'Returns all transactions.\n\nWhen making this request, you must include at least one of the following:\n- `balanceAccountId`\n- `accountHolderId`.\n\nPaged.';

  it('flags a call with none of the filters the description or a parameter requires', () => {
    assert.deepEqual(broken(transactions({ createdSince: '2026-01-01' }, prose)), ['unsent_filter']);
    assert.deepEqual(broken(transactions({ createdSince: '2026-01-01' }, '', "Required if you don't provide an `accountHolderId`.")), ['unsent_filter']);
  });

  it('passes a call that sends one of them, and a spec that requires none', () => {
    assert.deepEqual(broken(transactions({ createdSince: '2026-01-01', balanceAccountId: 'BA1' }, prose)), []);
    assert.deepEqual(broken(transactions({ createdSince: '2026-01-01' }, 'Returns all transactions.')), []);
  });
});

describe('unsayable_value: a kind is stated as a word, never a code', () => {
  const broken = violationsOf('unsayable_value');
  function search(m: string, schema: Record<string, unknown>, param = 'm'): DialogueRecord {
    const record = oneCall({ s: 'jaws', [param]: m }, { search: [{ id: 1, title: 'Jaws' }] }, { name: 'searchByTitle', path: '/search', text: 'Find Jaws.' });
    record.operations['x.searchByTitle'] = { ...record.operations['x.searchByTitle']!, parameters: { type: 'object', properties: { s: { type: 'string' }, [param]: schema }, required: ['s'] } };
    record.slots = [{ operation: 'x.searchByTitle', param, value: m, source: 'given', required: false }];
    return record;
  }

  it('flags "the media type is ITM-33659"', () => {
    assert.deepEqual(broken(search('ITM-33659', { type: 'string', 'x-rapidapi-type': 'ENUM' })), ['unsayable_value']);
    assert.deepEqual(broken(search('ITM-33659', { type: 'string' }, 'media_type')), ['unsayable_value']);
  });

  it('passes a word of its kind, and a code for a parameter that is no kind', () => {
    assert.deepEqual(broken(search('movie', { type: 'string', 'x-rapidapi-type': 'ENUM' })), []);
    assert.deepEqual(broken(search('ORD-33659', { type: 'string' }, 'order_ref')), []);
  });
});

describe('named_source: a value comes from the endpoint its spec names', () => {
  const broken = violationsOf('named_source');
  function offers(sourcePath: string): DialogueRecord {
    const record = chained('search', sourcePath, { q: 'chess' }, { carModels: [{ id: 'u1' }] }, 'carModels[0].id', 'Get offers for a product.');
    record.operations['x.getUser']!.parameters = { type: 'object', properties: { user_id: { type: 'number', description: 'The value of _id field returned in .../products/list endpoint' } }, required: ['user_id'] };
    return record;
  }

  it('flags a model id from a search where the spec names the products list', () => {
    assert.deepEqual(broken(offers('/search')), ['named_source']);
  });

  it('passes the value taken from the endpoint named', () => {
    assert.deepEqual(broken(offers('/products/list')), []);
  });
});

describe('the planner\'s judgements (_whose.ts)', () => {
  it('finds the caller\'s own operations, prose-required filters, listed codes and wide picks', async (t) => {
    if (skipWithoutFixtures) return t.skip('fixtures absent');
    const catalog = createPlanCatalogFromOperations((await loadSpecs([join(fixturesDir, 'openapi', 'adyen__transfers-v4.json'), join(fixturesDir, 'openapi', 'spotify__web-api.yml')])).operations);
    const op = (id: string) => catalog.byId.get(id)!;
    assert.deepEqual(requiredOneOf(op('adyen__transfers-v4.get-transactions')).map((p) => p.name).sort(), ['accountHolderId', 'balanceAccountId', 'balancePlatform']);
    assert.equal(isCallerOwn(op('spotify__web-api.get-current-users-profile')), true);
    assert.equal(isCallerOwn(op('spotify__web-api.get-users-profile')), false);
    assert.equal(widePick({ countries: [{ id: 1 }], items: 250 }, {}, ['countries[1].id']), 'every countries is listed unfiltered');
    assert.equal(widePick({ categories: [{ id: 1 }], total: 3 }, {}, ['categories[1].id']), undefined);
    assert.equal(widePick({ items: [{ id: 1 }], total: 900 }, { q: 'jaws' }, ['items[0].id']), undefined);
    const modelId = { name: 'modelId', required: true, schema: { type: 'number', description: 'The value of _id field returned in .../products/list endpoint' }, sayable: true, idLike: true, violable: true };
    assert.equal(namesOtherSource(modelId, '/search'), true);
    assert.equal(namesOtherSource(modelId, '/products/list'), false);
  });

  it('knows a genre id is listed by listMovieGenres in the bundled specs', async () => {
    const catalog = createPlanCatalogFromOperations((await loadSpecs([bundledSpecsDir])).operations);
    const discover = catalog.byId.get('movies.discoverMovies')!;
    const genre = discover.params.find((p) => p.name === 'genreId')!;
    assert.equal(codeListedBy(catalog.operations, discover, genre)?.id, 'movies.listMovieGenres');
  });
});

describe('the generator keeps them', () => {
  const records: DialogueRecord[] = [];
  before(async () => {
    const dirs = [bundledSpecsDir, ...(skipWithoutFixtures ? [] : [join(fixturesDir, 'rapidapi'), join(fixturesDir, 'openapi')])];
    for (const dir of dirs) {
      const catalog = createPlanCatalog(buildGraph((await loadSpecs([dir])).operations));
      for (const flow of ['list_pick_01', 'tooldial_15', 'tooldial_16', 'tooldial_03', 'tooldial_13', 'tooldial_12']) {
        for (const outcome of planDialogues(catalog, { seed: 2026, count: 10, flow })) if (!isRejected(outcome)) records.push(realize(outcome as DialoguePlan));
      }
    }
  });

  it('plans no caller\'s own record for someone else, no wide pick, no unsent filter, no unsayable value', () => {
    assert.ok(records.length >= 40, `only ${records.length} dialogues`);
    for (const record of records) assert.deepEqual(checkAsks8(record).map((v) => v.message), [], record.id);
  });
});
