/**
 * What a call sends and what its reply says (QUALITY.md H, I, F, G), wave 20: the rules of
 * src/check/_rules-acts20.ts broken on purpose on the OpenAPI fixtures' dialogues, and the generator's pieces that
 * keep them (src/plan/_requires20.ts, src/realize/_asked-text20.ts, the determiner fix of description sentences).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { ACTS20_INVARIANTS } from '../../src/check/_rules-acts20.ts';
import { isTuningParam, mustBeGiven, presenceDependency } from '../../src/plan/_requires20.ts';
import { withTextAsked } from '../../src/realize/_asked-text20.ts';
import { sentencesOf } from '../../src/realize/words.ts';
import { oneCall } from '../_one-call.ts';

const broken = (record: DialogueRecord, rule: string): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === rule);

function withProps(record: DialogueRecord, props: Record<string, { type: string; description: string }>, method = 'POST'): DialogueRecord {
  const op = Object.values(record.operations)[0] as unknown as { parameters: { properties: unknown }; method: string };
  op.parameters.properties = props;
  op.method = method;
  return record;
}

const GEOMARK = {
  geomarkUrl: { type: 'string', description: 'The URL of the source geomark.' },
  bufferMetres: { type: 'number', description: 'The amount to buffer the geometry in metres.' },
  bufferSegments: { type: 'integer', description: 'If bufferMetres is specified, the number of line segments used in each quadrant to approximate the curve for round end-cap and join styles. Must be > 0.' },
  bufferJoin: { type: 'string', description: 'If bufferMetres is specified, The style of buffer to use for joins between the line segments for lines and polygons.' },
};

describe('acts20 rules', () => {
  test('partner_absent: a buffer join without bufferMetres (openapi 371)', () => {
    const record = (args: Record<string, unknown>): DialogueRecord => withProps(oneCall(args, { id: 'gm-1', status: 'created' }, { name: 'copy', path: '/geomarks/copy', method: 'POST' }), GEOMARK);
    assert.deepEqual(broken(record({ geomarkUrl: 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-a', bufferJoin: 'BEVEL' }), 'partner_absent'), ['partner_absent']);
    assert.deepEqual(broken(record({ geomarkUrl: 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-a', bufferMetres: 20, bufferJoin: 'BEVEL' }), 'partner_absent'), []);
    assert.equal(presenceDependency(GEOMARK.bufferJoin.description), 'bufferMetres');
    assert.equal(presenceDependency(GEOMARK.bufferMetres.description), undefined);
    assert.ok(isTuningParam({ name: 'bufferSegments', description: GEOMARK.bufferSegments.description }));
    assert.ok(!isTuningParam({ name: 'city', description: 'The city to search in.' }));
    assert.ok(isTuningParam({ name: 'createBy' }) && isTuningParam({ name: 'updateBy' }));
  });

  test('not_null_omitted and removal_unnamed: removeWatcher (openapi 342)', () => {
    const props = {
      issueIdOrKey: { type: 'string', description: 'a String containing an issue key' },
      username: { type: 'string', description: 'a String containing the name of the user to remove from the watcher list. Must not be null.' },
    };
    const record = (args: Record<string, unknown>, response: string): DialogueRecord => withProps(oneCall(args, { status: 'removed' }, { name: 'removeWatcher', path: '/issue/{issueIdOrKey}/watchers', method: 'DELETE', text: 'Remove a watcher.', response }), props, 'DELETE');
    assert.deepEqual(broken(record({ issueIdOrKey: 'FIN-136' }, "Done: I removed the user from the issue's watcher list."), 'not_null_omitted'), ['not_null_omitted']);
    assert.deepEqual(broken(record({ issueIdOrKey: 'FIN-136', username: 'miap' }, "Done: I removed the user from the issue's watcher list."), 'removal_unnamed'), ['removal_unnamed']);
    const good = record({ issueIdOrKey: 'FIN-136', username: 'miap' }, "Done: I removed miap from issue FIN-136's watcher list.");
    assert.deepEqual(broken(good, 'not_null_omitted'), []);
    assert.deepEqual(broken(good, 'removal_unnamed'), []);
    assert.ok(mustBeGiven(props.username.description));
    assert.ok(!mustBeGiven(props.issueIdOrKey.description));
  });

  test('written_text_unsaid: order messages said without their text (openapi 336)', () => {
    const result = [{ id: 326356, subject: 'Delivery update', message: 'Sorry for the delay, we are waiting for one item to come back in stock.', status: 'read', date_created: '2025-07-15' }];
    const record = (response: string): DialogueRecord => oneCall({ order_id: 610884 }, result, { name: 'getOrderMessages', path: '/orders/{order_id}/messages', text: 'Could you get order messages?', response });
    assert.deepEqual(broken(record('There is one message; the subject is Delivery update, the status is read and it was created on July 15, 2025.'), 'written_text_unsaid'), ['written_text_unsaid']);
    assert.deepEqual(broken(record('There is one message; the subject is Delivery update, the message is Sorry for the delay, we are waiting for one item to come back in stock.'), 'written_text_unsaid'), []);
    assert.ok(withTextAsked(new Set(), 'get order messages').has('message'));
    assert.equal(withTextAsked(new Set(), 'get order totals').size, 0);
  });

  test('determiner_pileup: "the any current WebSudo session" (openapi 223)', () => {
    const record = (text: string): DialogueRecord => oneCall({}, { status: 'ok' }, { name: 'release', path: '/websudo', method: 'DELETE', text });
    assert.deepEqual(broken(record('Would you be able to invalidate the any current WebSudo session?'), 'determiner_pileup'), ['determiner_pileup']);
    assert.deepEqual(broken(record('Would you be able to invalidate the current WebSudo session?'), 'determiner_pileup'), []);
    assert.deepEqual(sentencesOf('This method invalidates the any current WebSudo session.'), ['This method invalidates the current WebSudo session']);
  });

  test('sentinel_value_said, which took over mark_as_value: "the winner is ." of a game board (openapi 89)', () => {
    const record = (response: string): DialogueRecord => oneCall({ row: 2, column: 3 }, { winner: '.', board: [['X', '.'], ['O', 'X']] }, { name: 'putSquare', path: '/board/{row}/{column}', method: 'PUT', response });
    assert.deepEqual(broken(record('According to the service, the winner is . and the board is a grid of 2 rows.'), 'sentinel_value_said'), ['sentinel_value_said']);
    assert.deepEqual(broken(record('According to the service, the board is a grid of 2 rows (X .; O X).'), 'sentinel_value_said'), []);
  });
});
