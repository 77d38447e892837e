/** Parameters said as what they mean and as they are sent (QUALITY.md B, I): src/check/_rules-params14.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, Slot } from '../../src/plan/types.ts';
import { oneValueNoun, saidRefs, sayParamValue, valueMentions } from '../../src/realize/_param-speech.ts';
import { request } from '../../src/realize/_compose.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const switched = violationsOf('switch_said_as_value');
const plural = violationsOf('plural_name_one_value');
const handle = violationsOf('handle_said_differently');
const needed = violationsOf('optional_still_needed');
const state = { api_confirmed: true, api_status: 'none' } as never;

/** A one-call record whose operation's parameters are `properties` (and `required`). */
function withParams(record: DialogueRecord, properties: Record<string, unknown>, required: string[] = []): DialogueRecord {
  const [id, op] = Object.entries(record.operations)[0]!;
  return { ...record, operations: { [id]: { ...op, parameters: { type: 'object', properties, required } } } } as DialogueRecord;
}

/** The record with an assistant question for `param` (worded `text`, thought `thought`) before its call. */
function asking(record: DialogueRecord, param: string, text: string, thought: string): DialogueRecord {
  const operation = Object.keys(record.operations)[0]!;
  const question = { speaker: 'assistant', action: 'request', state, text, thought, request: [{ operation, param }] };
  return { ...record, turns: [record.turns[0]!, question as never, ...record.turns.slice(1)] } as DialogueRecord;
}

const WORKLOG = {
  issueIdOrKey: { type: 'string' },
  adjustEstimate: { type: 'string', description: 'Valid values are "new", "leave", "manual" and "auto".' },
  newEstimate: { type: 'string', description: '(required when "new" is selected for adjustEstimate) the new value for the remaining estimate field. e.g. "2d"' },
};

describe('parameters said as what they mean and as they are sent', () => {
  test('are meaning invariants', () => {
    for (const id of ['switch_said_as_value', 'plural_name_one_value', 'handle_said_differently', 'optional_still_needed']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('a switch said as speech beside the value that implies it breaks it; leaving it implicit passes', () => {
    const args = { issueIdOrKey: 'FIN-437', adjustEstimate: 'new', newEstimate: '2d' };
    assert.deepEqual(switched(withParams(oneCall(args, { ok: 1 }, { text: 'Add a worklog to FIN-437. The estimate adjustment is new and the new estimate is 2d.' }), WORKLOG)), ['switch_said_as_value']);
    assert.deepEqual(switched(withParams(oneCall(args, { ok: 1 }, { text: 'Add a worklog to FIN-437. The new estimate is 2d.' }), WORKLOG)), []);
    // A value that names no other argument is a plain choice ("the status is new").
    assert.deepEqual(switched(withParams(oneCall({ status: 'new' }, { ok: 1 }, { text: 'List tickets; the status is new.' }), { status: { type: 'string', enum: ['new', 'open'] } })), []);
  });
  test('one value under a plural name breaks it; the singular, or a list of values, passes', () => {
    assert.deepEqual(plural(oneCall({ ids: '2Q7ikKmgF6' }, [false], { text: 'Check my shows. The show IDs are 2Q7ikKmgF6.' })), ['plural_name_one_value']);
    assert.deepEqual(plural(oneCall({ ids: ['2Q7ikKmgF6'] }, [false], { text: 'Check my shows. The show IDs are 2Q7ikKmgF6.' })), ['plural_name_one_value']);
    assert.deepEqual(plural(oneCall({ ids: '2Q7ikKmgF6' }, [false], { text: 'Check my shows. The show ID is 2Q7ikKmgF6.' })), []);
    assert.deepEqual(plural(oneCall({ ids: ['a1b2', 'c3d4'] }, [false], { text: 'The show IDs are a1b2 and c3d4.' })), []);
    assert.deepEqual(plural(oneCall({ keywords: 'Future Web Associate' }, [], { text: 'The keywords are Future Web Associate.' })), []);
  });
  test('a username said otherwise than it is sent breaks it; said as sent it passes', () => {
    assert.deepEqual(handle(oneCall({ username: 'ravi_haddad' }, { ok: 1 }, { text: 'Remove the watcher; the username is ravi haddad.' })), ['handle_said_differently']);
    assert.deepEqual(handle(oneCall({ username: 'ravi_haddad' }, { ok: 1 }, { text: 'Remove the watcher; the username is ravi_haddad.' })), []);
    assert.deepEqual(handle(oneCall({ name: 'ravi_haddad' }, { ok: 1 }, { text: 'The name is ravi haddad.' })), []);
  });
  test('an optional value said to be still needed breaks it; a required one, or an optional one asked for, passes', () => {
    const record = withParams(oneCall({ id: 'A1', note: 'hi' }, { ok: 1 }), { id: { type: 'string' }, note: { type: 'string' } }, ['id']);
    assert.deepEqual(needed(asking(record, 'note', 'What is the note?', 'To add a note I still need the note, which the user has not given.')), ['optional_still_needed']);
    assert.deepEqual(needed(asking(record, 'note', 'I still need the note.', 'To add a note I should ask for the note.')), ['optional_still_needed']);
    assert.deepEqual(needed(asking(record, 'note', 'What is the note?', 'To add a note I should ask for the note, which the user has not given.')), []);
    assert.deepEqual(needed(asking(record, 'id', 'I still need the ID.', 'To add a note I still need the ID.')), []);
  });
});

describe('the generator says parameters as what they mean and as they are sent', () => {
  const operation = 'x.addWorklog';
  const plan = {
    operations: { [operation]: { name: 'addWorklog', api: 'x', description: '', method: 'POST', path: '/worklog', parameters: { type: 'object', properties: { ...WORKLOG, ids: { type: 'array', items: { type: 'string' } }, username: { type: 'string' } } } } },
    slots: [
      { operation, param: 'adjustEstimate', value: 'new', source: 'given', required: false },
      { operation, param: 'newEstimate', value: '2d', source: 'given', required: false },
      { operation, param: 'ids', value: ['2Q7ikKmgF6'], source: 'given', required: true },
      { operation, param: 'username', value: 'ravi_haddad', source: 'given', required: true },
    ] as Slot[],
  } as never;
  const ref = (param: string) => ({ operation, param });
  test('a switch its dependant names is left unsaid', () => {
    assert.deepEqual(saidRefs(plan, [ref('adjustEstimate'), ref('newEstimate')]), [ref('newEstimate')]);
    assert.deepEqual(saidRefs(plan, [ref('adjustEstimate')]), [ref('adjustEstimate')]);
    const said = valueMentions(plan, [ref('adjustEstimate'), ref('newEstimate')]);
    assert.doesNotMatch(said, /is new\b/);
    assert.match(said, /new estimate is 2d/);
  });
  test('one value under a plural name is said in the singular; a username as it is sent', () => {
    assert.equal(oneValueNoun('show IDs'), 'show ID');
    assert.equal(oneValueNoun('names of cities'), 'name of cities');
    assert.match(valueMentions(plan, [ref('ids')]), /\bis 2Q7ikKmgF6$/);
    assert.equal(sayParamValue('username', 'ravi_haddad'), 'ravi_haddad');
    assert.equal(sayParamValue('reason', 'wrong_item', { type: 'string', enum: ['wrong_item', 'other'] }), '"wrong item"');
  });
  test('a question for optional values never says they are needed', () => {
    for (let i = 0; i < 60; i++) assert.doesNotMatch(request(Rng.for(1, i), 'the note', 'add a note', false, undefined, true), /\bneed\b/);
  });
});
