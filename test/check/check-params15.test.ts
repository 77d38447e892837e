/** Parameters asked for and given as a person does (QUALITY.md B, J): src/check/_rules-params15.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, Slot } from '../../src/plan/types.ts';
import { choiceFailInform, choiceThought, sayParamValue, sortQuestion, valueMentions } from '../../src/realize/_param-speech.ts';
import { sayValue, slotNoun } from '../../src/realize/words.ts';
import { sortClause } from '../../src/realize/_sort-speech.ts';
import { Rng } from '../../src/random/index.ts';
import { mentionsValue, namesCode, normalizeForMatch } from '../../src/text/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const alternatives = violationsOf('alternatives_named');
const sortRaw = violationsOf('sort_said_raw');
const choice = violationsOf('choice_not_known');

/** The record with a fail_inform user turn worded `text` before its call. */
function failing(record: DialogueRecord, text: string): DialogueRecord {
  const turn = { speaker: 'user', action: 'fail_inform', text };
  return { ...record, turns: [record.turns[0]!, turn as never, ...record.turns.slice(1)] } as DialogueRecord;
}

describe('parameters asked for and given as a person does', () => {
  test('are meaning invariants', () => {
    for (const id of ['alternatives_named', 'sort_said_raw', 'choice_not_known']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('a parameter said with its alternatives breaks it; the one a person uses passes', () => {
    assert.deepEqual(alternatives(oneCall({ issueIdOrKey: 'MKT-191' }, { ok: 1 }, { text: 'Ok, the issue ID or key is MKT-191.' })), ['alternatives_named']);
    assert.deepEqual(alternatives(oneCall({ projectKeyOrId: 'WEB' }, { ok: 1 }, { text: 'The project key or ID is WEB.' })), ['alternatives_named']);
    assert.deepEqual(alternatives(oneCall({ issueIdOrKey: 'MKT-191' }, { ok: 1 }, { text: 'Ok, the issue key is MKT-191.' })), []);
    assert.deepEqual(alternatives(oneCall({ q: 'x' }, { ok: 1 }, { text: 'Do you have the ID or the name of it?' })), []);
  });
  test('a sort direction said as its code breaks it; said by its meaning it passes', () => {
    assert.deepEqual(sortRaw(oneCall({ sort: 'desc', order: 'distance' }, { ok: 1 }, { text: 'List webcams. The sort is desc and the order is distance.' })), ['sort_said_raw']);
    assert.deepEqual(sortRaw(oneCall({ sort: 'ASC' }, { ok: 1 }, { text: 'List them. Use asc.' })), ['sort_said_raw']);
    assert.deepEqual(sortRaw(oneCall({ sort: 'desc', order: 'distance' }, { ok: 1 }, { text: "List webcams. I'd like them sorted by distance, in descending order." })), []);
    // "desc" in a text is only a code when a call sends it.
    assert.deepEqual(sortRaw(oneCall({ q: 'x' }, { ok: 1 }, { text: 'The desc field is empty.' })), []);
  });
  test('the user not knowing their own choice breaks it; not knowing a code, or asking for the options, passes', () => {
    const record = oneCall({ subjectKey: 'science_fiction' }, { ok: 1 });
    assert.deepEqual(choice(failing(record, "I don't have the subject at hand. Can you figure it out for me?")), ['choice_not_known']);
    assert.deepEqual(choice(failing(record, 'Sorry, I never knew the genre.')), ['choice_not_known']);
    assert.deepEqual(choice(failing(record, "I'm not sure which subject I want. What subjects are there?")), []);
    assert.deepEqual(choice(failing(record, "I don't have the event ID at hand.")), []);
    assert.deepEqual(choice(failing(record, 'I never knew the place ID, the latitude and the longitude.')), []);
    assert.deepEqual(choice(failing(record, "Sorry, I can't remember the IATA code.")), []);
  });
});

describe('the generator asks for and gives parameters as a person does', () => {
  const operation = 'webcams.list';
  const webcams = {
    name: '/webcams/list/orderby={order},{sort}', api: 'webcams', description: 'Returns the list of webcams ordered by {order}.', method: 'GET', path: '/webcams/list/orderby={order},{sort}',
    parameters: {
      type: 'object',
      properties: {
        sort: { type: 'string', description: 'Possible values are: "asc" (ascending), or "desc" (descending).' },
        order: { type: 'string', description: 'Possible values are: "popularity" (default order: "desc"), "hotness" (default order: "desc"), "random" (default order: "asc"), or "distance" (default order: "asc").' },
        subjectKey: { type: 'string', pattern: '^[a-z_]+$', description: 'Subject key, e.g. science_fiction.' },
        eventId: { type: 'string' },
      },
    },
  };
  const plan = {
    operations: { [operation]: webcams },
    slots: [
      { operation, param: 'sort', value: 'desc', source: 'asked', required: true },
      { operation, param: 'order', value: 'distance', source: 'asked', required: true },
      { operation, param: 'subjectKey', value: 'science_fiction', source: 'chained', required: true },
      { operation, param: 'eventId', value: 'EV1', source: 'chained', required: true },
    ] as Slot[],
  } as never;
  const ref = (param: string) => ({ operation, param });
  test('a name with two ways to point at a record is said by the one a person uses', () => {
    assert.equal(slotNoun('issueIdOrKey'), 'issue key');
    assert.equal(slotNoun('projectKeyOrId'), 'project key');
    assert.equal(slotNoun('userIdOrName'), 'user name');
  });
  test('sort settings are said and asked by what they mean, and "descending" says desc', () => {
    const said = valueMentions(plan, [ref('sort'), ref('order')]);
    assert.equal(said, "I'd like them sorted by distance, in descending order");
    assert.ok(mentionsValue(normalizeForMatch(said), 'desc'));
    assert.ok(!mentionsValue(normalizeForMatch(said), 'asc'));
    assert.equal(slotNoun('sort', webcams as never), 'sort direction');
    assert.equal(slotNoun('order', webcams as never), 'sort order');
    for (let i = 0; i < 20; i++) {
      assert.match(sortQuestion(Rng.for(1, i), plan, [ref('sort')], undefined) ?? '', /ascending or descending/);
      assert.match(sortQuestion(Rng.for(1, i), plan, [ref('order')], undefined) ?? '', /\bsort|\border/);
    }
    assert.equal(sortQuestion(Rng.for(1, 1), plan, [ref('eventId')], undefined), undefined);
    // A shop's order is no sort setting.
    assert.equal(slotNoun('order', { ...webcams, parameters: { type: 'object', properties: { order: { type: 'string', description: 'The order to cancel.' } } } } as never), 'order');
  });
  test('a sort key with its direction glued on, or one that says which come first, is said by its meaning and still says the value', () => {
    const cases: [string, RegExp][] = [['price_asc', /sorted by price, in ascending order/], ['date_created:desc', /sorted by date created, in descending order/], ['new', /the new ones first/], ['newest', /the newest first/], ['relevance', /sorted by relevance/]];
    for (const [key, said] of cases) {
      const clause = sortClause(key, undefined, sayValue) ?? '';
      assert.match(clause, said);
      assert.ok(mentionsValue(normalizeForMatch(clause), key), `${key} in "${clause}"`);
    }
    assert.ok(!mentionsValue(normalizeForMatch('sorted by price, in descending order'), 'price_asc'));
  });
  test('a file format is named and said as people write it', () => {
    const formats = { type: 'string', enum: ['json', 'xml', 'kml', 'shpz', 'geojson'] };
    assert.equal(slotNoun('fileFormatExtension'), 'file format');
    assert.equal(sayParamValue('file format', 'kml', formats), 'KML');
    assert.equal(sayParamValue('file format', 'geojson', formats), 'GeoJSON');
    assert.equal(sayParamValue('date format', 'yyyy', { type: 'string' }), 'yyyy');
  });
  test('listed constants in a list are said as words; other codes stay as sent', () => {
    const amenities = { type: 'array', items: { type: 'string', enum: ['SWIMMING_POOL', 'BEACH', 'MASSAGE', 'ROOM_SERVICE'] } };
    assert.equal(sayParamValue('amenities', ['MASSAGE', 'ROOM_SERVICE'], amenities), 'massage and room service');
    assert.equal(sayParamValue('amenity', ['BEACH'], amenities), 'beach');
    assert.equal(sayParamValue('symbols', ['AAPL', 'MSFT'], { type: 'array', items: { type: 'string' } }), 'AAPL and MSFT');
  });
  test('a choice the user has not made is asked about, never "not known"; a code is still not known', () => {
    assert.ok(namesCode('event ID') && namesCode('latitude') && !namesCode('subject'));
    for (let i = 0; i < 20; i++) {
      const text = choiceFailInform(Rng.for(2, i), plan, [ref('subjectKey')]) ?? '';
      assert.match(text, /subjects/);
      assert.doesNotMatch(text, /don't have|never knew|can't remember|at hand/);
      assert.match(choiceThought(Rng.for(2, i), plan, [ref('subjectKey')]) ?? '', /subjects/);
    }
    assert.equal(choiceFailInform(Rng.for(2, 1), plan, [ref('eventId')]), undefined);
  });
});
