/**
 * A result whose content is an image or a file says so (QUALITY.md F), wave 34: `embedded_file_unsaid` broken on
 * purpose with the captcha the readers found ("The ID is 22915." beside a PNG), the reply the generator now writes
 * passing; the generator keeping the rule on the go-admin spec (its captcha read).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { withEmbeddedFile34 } from '../../src/realize/_specvals34.ts';

const unsaid = violationsOf('embedded_file_unsaid');
const captcha = { code: 200, msg: 'The request was processed successfully.', data: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAokjEeEQquD5lZopiP46zcflf7B9wGKunKBInJsnkqcM6SrdlF', id: '22915' };
const call = (response: string) => oneCall({}, captcha, { name: 'get_api_v1_captcha', path: '/api/v1/captcha', text: 'I need to get the captcha.', response });

describe('specvals34', () => {
  test('embedded_file_unsaid: a captcha image answered with its ID alone', () => {
    assert.deepEqual(unsaid(call('The ID is 22915.')), ['embedded_file_unsaid']);
    assert.deepEqual(unsaid(call(withEmbeddedFile34(captcha, 'The ID is 22915.', 'I need to get the captcha.'))), []);
    assert.deepEqual(unsaid(oneCall({}, { id: '22915', msg: 'ok' }, { response: 'The ID is 22915.' })), []);
  });

  test('the generator keeps the rule on the go-admin spec', { skip: skipWithoutFixtures }, async () => {
    await assertGeneratorKeeps(['embedded_file_unsaid'], [join(fixturesDir, 'openapi', 'go-admin__admin-api.json')], 40);
  });
});
