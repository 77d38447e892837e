/** Parameters said and asked as a person does (QUALITY.md B, H): src/check/_rules-params13.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { inDocumentedFormat, isCatchAllChoice } from '../../src/plan/_documented-values.ts';
import { enumInDescription } from '../../src/plan/_vocab.ts';
import { offeredChoices, sayParamValue, withChoices } from '../../src/realize/_param-speech.ts';
import { request } from '../../src/realize/_compose.ts';
import { slotNoun } from '../../src/realize/words.ts';
import { shareOrRange } from '../../src/realize/_say.ts';
import { Rng } from '../../src/random/index.ts';
import { normalizeForMatch, statesValue } from '../../src/text/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const epoch = violationsOf('epoch_in_speech');
const dated = violationsOf('documented_date_format');
const offered = violationsOf('enum_question_unoffered');
const state = { api_confirmed: true, api_status: 'none' } as never;

/** A one-call record whose operation's parameters are `properties`. */
function withParams(record: DialogueRecord, properties: Record<string, unknown>): DialogueRecord {
  const [id, op] = Object.entries(record.operations)[0]!;
  return { ...record, operations: { [id]: { ...op, parameters: { type: 'object', properties } } } } as DialogueRecord;
}

/** The record with an assistant question for `param` (worded `text`) before its call. */
function asking(record: DialogueRecord, param: string, text: string): DialogueRecord {
  const operation = Object.keys(record.operations)[0]!;
  const question = { speaker: 'assistant', action: 'request', state, text, request: [{ operation, param }] };
  return { ...record, turns: [record.turns[0]!, question as never, ...record.turns.slice(1)] } as DialogueRecord;
}

// 2026-03-08T10:21:00Z
const MOMENT = 1772965260;

describe('parameters said and asked as a person does', () => {
  test('are meaning invariants', () => {
    for (const id of ['epoch_in_speech', 'documented_date_format', 'enum_question_unoffered']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('a Unix time said as the number breaks it; said as its date it passes', () => {
    assert.deepEqual(epoch(oneCall({ timestamp: MOMENT }, { ok: 1 }, { text: `Get the flight at timestamp ${MOMENT}.` })), ['epoch_in_speech']);
    assert.deepEqual(epoch(oneCall({ since: MOMENT * 1000 }, { ok: 1 }, { text: `Everything since ${MOMENT * 1000}.` })), ['epoch_in_speech']);
    assert.deepEqual(epoch(oneCall({ timestamp: MOMENT }, { ok: 1 }, { text: 'Get the flight at March 8, 2026 at 10:21 UTC.' })), []);
    assert.deepEqual(epoch(oneCall({ phone: 5551234567 }, { ok: 1 }, { text: 'Call 5551234567.' })), []);
  });
  test('a date outside the pattern its description documents breaks it; the pattern passes', () => {
    const props = { date: { type: 'string', description: 'The format is yyyyMMdd' }, day: { type: 'string', description: 'Day in DD/MM/YYYY' } };
    assert.deepEqual(dated(withParams(oneCall({ date: '2025-07-07' }, { ok: 1 }), props)), ['documented_date_format']);
    assert.deepEqual(dated(withParams(oneCall({ day: '2025-07-07' }, { ok: 1 }), props)), ['documented_date_format']);
    assert.deepEqual(dated(withParams(oneCall({ date: '20250707', day: '07/07/2025' }, { ok: 1 }), props)), []);
    assert.deepEqual(dated(withParams(oneCall({ date: '2025-07-07' }, { ok: 1 }), { date: { type: 'string', description: 'Date as yyyy-MM-dd' } })), []);
  });
  test('a question for a parameter of a few allowed values that offers none breaks it; offering them passes', () => {
    const props = { property: { type: 'string', enum: ['editors', 'hd', 'live'] }, id: { type: 'string' } };
    const record = withParams(oneCall({ property: 'hd' }, { ok: 1 }), props);
    assert.deepEqual(offered(asking(record, 'property', 'What should I use for the property?')), ['enum_question_unoffered']);
    assert.deepEqual(offered(asking(record, 'property', 'Which property should I use? It can be editors, hd or live.')), []);
    assert.deepEqual(offered(asking(record, 'id', 'What is the ID?')), []);
  });
});

describe('the generator says values and asks for them as a person does', () => {
  test('a Unix time or a compact date is said as a date, and saying it states the value', () => {
    assert.equal(sayParamValue('timestamp', MOMENT), 'March 8, 2026 at 10:21 UTC');
    assert.equal(sayParamValue('date', '20250707'), 'July 7, 2025');
    assert.equal(sayParamValue('order number', 1772965260), '1772965260');
    assert.equal(sayParamValue('delivery method', 'print_at_home', { type: 'string', enum: ['mobile', 'print_at_home'] }), '"print at home"');
    assert.equal(sayParamValue('product condition', 'NEW', { type: 'string', description: 'One of `NEW, USED_LIKE_NEW, USED_GOOD`.' }), 'new');
    assert.equal(sayParamValue('symbol', 'TSLA', { type: 'string', description: 'The ticker' }), 'TSLA');
    assert.ok(statesValue(normalizeForMatch('The timestamp is March 8, 2026 at 10:21 UTC.'), MOMENT));
    assert.ok(!statesValue(normalizeForMatch('The timestamp is March 8, 2026 at 10:22 UTC.'), MOMENT));
    assert.equal(sayParamValue('earliest creation date', '2024-02-09T12:15:00Z'), 'February 9, 2024 at 12:15 UTC');
    assert.equal(sayParamValue('deadline', '2024-02-09T12:15:00+02:00'), '2024-02-09T12:15:00+02:00');
    assert.ok(statesValue(normalizeForMatch('The deadline is February 9, 2024 at 12:15 UTC.'), '2024-02-09T12:15:00Z'));
  });
  test('an ISO date drawn for a documented pattern is written in it; catch-all enum members are not volunteered', () => {
    assert.equal(inDocumentedFormat('2025-07-07', { description: 'The format is yyyyMMdd' }), '20250707');
    assert.equal(inDocumentedFormat('2025-07-07', { description: 'Date (dd/MM/yyyy)' }), '07/07/2025');
    assert.equal(inDocumentedFormat('2025-07-07', { description: 'The date' }), '2025-07-07');
    assert.ok(isCatchAllChoice('other', { enum: ['damaged', 'wrong_item', 'other'] }));
    assert.ok(!isCatchAllChoice('damaged', { enum: ['damaged', 'other'] }));
    assert.ok(!isCatchAllChoice('other', { enum: ['other'] }));
  });
  test('a description that names its values with meanings lists them for an undocumented {param}', () => {
    const description = 'Returns webcams by {property}. Possible values are "editors" (featured from the editors), "hd" (high resolution webcams), and "live" (webcams with a live stream).';
    assert.deepEqual(enumInDescription(description, 'property'), ['editors', 'hd', 'live']);
  });
  test('bare names take the noun their description gives; a slug key names the thing', () => {
    const op = (properties: Record<string, unknown>) => ({ name: 'op', api: 'x', description: '', method: 'GET', path: '/x', parameters: { type: 'object', properties } }) as never;
    assert.equal(slotNoun('root', op({ root: { type: 'string', description: 'The value of RootSymbol field returned by the fundamentals endpoint.' } })), 'root symbol');
    assert.equal(slotNoun('email', op({ email: { type: 'string', format: 'email', description: 'Where the tickets go' } })), 'email address');
    assert.equal(slotNoun('subjectKey', op({ subjectKey: { type: 'string', pattern: '^[a-z_]+$', description: 'Key of the subject' } })), 'subject');
    assert.equal(slotNoun('country', op({ country: { type: 'string', description: 'The country code' } })), 'country');
    const square = { body: { type: 'string', enum: ['.', 'X', 'O'], description: 'Possible values for a board square. `.` means empty square.' } };
    assert.equal(slotNoun('body', { ...(op(square) as object), description: 'Set a single board square — Places a mark on the board and retrieves the winner.' } as never), 'mark');
    assert.equal(slotNoun('body', op(square)), 'board square value');
  });
  test('an enum question offers its choices; an email is never asked for with "send me"', () => {
    const o = { name: 'op', api: 'x', description: '', method: 'GET', path: '/x', parameters: { type: 'object', properties: { delivery: { type: 'string', enum: ['mobile', 'print_at_home', 'will_call'] } } } } as never;
    const choices = offeredChoices(o, 'delivery');
    assert.deepEqual(choices, ['mobile', 'print at home', 'will call']);
    assert.match(withChoices(Rng.keyed('t'), 'Which delivery should I use?', choices), /mobile, print at home (and|or) will call\.$/);
    for (let n = 0; n < 200; n++) assert.doesNotMatch(request(Rng.keyed(`r${n}`), 'the email', 'buy held tickets', false), /send me the email/);
  });
  test('a count of things a verb was done to is said with the verb', () => {
    assert.equal(shareOrRange('batches sent', 464, false, null), '464 batches were sent');
    assert.equal(shareOrRange('emails opened', 1, false, null), '1 email was opened');
    assert.equal(shareOrRange('status', 3, false, null), undefined);
  });
});
