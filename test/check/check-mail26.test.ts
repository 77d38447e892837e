/**
 * Mail calls that mean something (QUALITY.md E, I, J), wave 26: the rules of src/check/_rules-mail26.ts broken on
 * purpose (Mandrill's verify-domain called with `{}`, a tracking check `valid_tracking: false` beside a valid CNAME,
 * an order message said plain and then quoted), and the generator asking Mandrill's all-optional actions for their
 * object on that spec.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { MAIL26_INVARIANTS } from '../../src/check/_rules-mail26.ts';
import { loadSpecFile } from '../../src/specs/index.ts';
import { planOperation } from '../../src/plan/catalog.ts';

const essential = violationsOf('essential_arg_missing');
const quoted = violationsOf('quoted_twice');
const validity = violationsOf('validity_flags_disagree');

/** Mandrill's verify-domain called with `args`. */
function verify(args: Record<string, unknown>): ReturnType<typeof oneCall> {
  const record = oneCall(args, { domain: 'harborlight.nl', email: 'postmaster@harborlight.nl', status: 'sent' }, { name: 'post_senders_verify_domain_json', path: '/senders/verify-domain.json', method: 'POST', text: 'Could you send a verification email?' });
  for (const op of Object.values(record.operations)) op.parameters = { type: 'object', properties: { domain: { type: 'string' }, key: { type: 'string' }, mailbox: { type: 'string' } } };
  return record;
}

const tracking = (validTracking: boolean, cname: Record<string, unknown>): ReturnType<typeof oneCall> =>
  oneCall({ domain: 'silverlakebooks.io' }, { cname, domain: 'silverlakebooks.io', valid_tracking: validTracking }, { name: 'post_urls_check_tracking_domain_json', path: '/urls/check-tracking-domain.json', method: 'POST' });

describe('mail26 rules', () => {
  test('essential_arg_missing: an action called without the object its path names', () => {
    assert.deepEqual(essential(verify({})), ['essential_arg_missing']);
    assert.deepEqual(essential(verify({ mailbox: 'postmaster' })), ['essential_arg_missing']);
    assert.deepEqual(essential(verify({ domain: 'harborlight.nl' })), []);
  });

  test('quoted_twice: a text said plain and then quoted', () => {
    const said = 'I found one message: Sure, we can send it to your office instead. Its subject is Change of address, the message reads “Sure, we can send it to your office instead” and the status is unread.';
    assert.deepEqual(quoted(oneCall({}, {}, { response: said })), ['quoted_twice']);
    // A review quoted by its first sentence in the list, then again whole.
    assert.deepEqual(quoted(oneCall({}, {}, { response: 'There are 2 reviews (“Works well, though it took a while to set up” by Kellie Mayer; “Not worth it” by Kurt Gerhold). The first review reads “Works well, though it took a while to set up. The build quality was as described”.' })), ['quoted_twice']);
    // Two reviews with one text are two values.
    assert.deepEqual(quoted(oneCall({}, {}, { response: 'There are 2 reviews (“Easy to use and reliable” by Judith Howe, “Easy to use and reliable” by Aniya Nicolas).' })), []);
    assert.deepEqual(quoted(oneCall({}, {}, { response: 'I found one message. Its subject is Change of address, the message reads “Sure, we can send it to your office instead”.' })), []);
  });

  test('validity_flags_disagree: an overall flag against the records checked', () => {
    assert.deepEqual(validity(tracking(false, { valid: true, valid_after: '2026-03-07' })), ['validity_flags_disagree']);
    assert.deepEqual(validity(tracking(true, { valid: false })), ['validity_flags_disagree']);
    assert.deepEqual(validity(tracking(false, { valid: true, error: 'the CNAME was changed since it was checked' })), []);
    assert.deepEqual(validity(tracking(true, { valid: true })), []);
  });

  test('an all-optional action requires the field its path names (Mandrill)', { skip: skipWithoutFixtures }, async () => {
    const spec = await loadSpecFile(join(fixturesDir, 'openapi', 'mandrill__api.yaml'));
    const ops = new Map(spec.operations.map((op) => [op.path, planOperation(op)]));
    const required = (path: string): string[] => ops.get(path)?.required.map((p) => p.name) ?? [];
    assert.deepEqual(required('/senders/verify-domain.json'), ['domain']);
    assert.deepEqual(required('/inbound/send-raw.json'), ['raw_message']);
    assert.deepEqual(required('/ips/info.json'), ['ip']);
    assert.deepEqual(required('/senders/list.json'), []);
  });

  test('the generator keeps the mail rules (openapi Mandrill)', { skip: skipWithoutFixtures }, async () => {
    const written = await assertGeneratorKeeps(MAIL26_INVARIANTS, [join(fixturesDir, 'openapi', 'mandrill__api.yaml')], 60, { minWritten: 40 });
    assert.ok(!written.some((w) => w.json.includes('"operation":"mandrill__api.post_senders_verify_domain_json","arguments":{}')), 'verify-domain is never called with nothing');
  });
});
