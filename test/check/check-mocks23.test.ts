/**
 * Mock records checkable by hand (QUALITY.md E), wave 23: the rules of src/check/_rules-mocks23.ts broken on purpose
 * (bundled 45 and 117 of the m22 reading read out ISBNs with wrong check digits; bundled 86 paid an internship
 * "Customer Quality Manager" more than the Senior role), and the generator's ISBNs and pay.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withIsbnCheck } from '../../src/plan/_isbn23.ts';
import { jobLevel, payBySeniority } from '../../src/plan/_seniority23.ts';
import { isbnValid } from '../../src/check/_rules-mocks23.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const isbnRule = violationsOf('isbn_check_digit');
const payRule = violationsOf('pay_against_seniority');
const enumRule = violationsOf('value_outside_input_enum');

/** A refund read beside the create operation whose `reason` enum it must keep. */
function refund(reason: string): ReturnType<typeof oneCall> {
  const record = oneCall({ refundId: 're_k3m9x8q6v2z4wp' }, { refundId: 're_k3m9x8q6v2z4wp', reason, status: 'pending' }, { name: 'getRefund' });
  (record.operations as Record<string, unknown>)['x.createRefund'] = { name: 'createRefund', api: 'x', description: '', method: 'POST', path: '/refunds', parameters: { type: 'object', properties: { reason: { type: 'string', enum: ['damaged', 'wrong_item', 'not_delivered', 'changed_mind', 'other'] }, status: { type: 'string', enum: ['open'] } } } };
  return record;
}

const edition = (isbn: string, response?: string): ReturnType<typeof oneCall> =>
  oneCall({ isbn }, { isbn, title: 'Middlemarch', publisher: 'Chattopadhyay Pvt. Ltd.', language: 'fr' }, { name: 'getEditionByIsbn', text: 'Get the edition.', ...(response === undefined ? {} : { response }) });

const job = (title: string, employmentType: string, min: number, max: number, currencyCode = 'NOK') => ({ title, employmentType, location: 'Oslo', salary: { min, max, currencyCode } });

describe('mocks23 rules', () => {
  test('isbn_check_digit: 9782720361578 sent, returned and said', () => {
    assert.ok(isbnRule(edition('9782720361578')).includes('isbn_check_digit'));
    assert.deepEqual(isbnRule(edition('9782720361579', 'The ISBN is 9781852806373.')), ['isbn_check_digit']);
    assert.deepEqual(isbnRule(edition('9782720361579', 'The ISBN is 9780441478125.')), []);
    assert.equal(isbnValid('0-306-40615-2'), true);
    assert.equal(isbnValid('0306406153'), false);
  });

  test('pay_against_seniority: an internship manager paid more than the Senior role', () => {
    const bad = oneCall({ q: 'quality' }, { results: [job('Customer Quality Manager', 'internship', 890000, 1150000), job('Senior Customer Quality Analyst', 'full_time', 730000, 950000)] });
    assert.deepEqual(payRule(bad), ['pay_against_seniority']);
    const good = oneCall({ q: 'quality' }, { results: [job('Quality Intern', 'internship', 200000, 260000), job('Senior Customer Quality Analyst', 'full_time', 730000, 950000)] });
    assert.deepEqual(payRule(good), []);
  });

  test('value_outside_input_enum: a refund "arrived late" where create accepts damaged, wrong_item, …', () => {
    assert.deepEqual(enumRule(refund('arrived late')), ['value_outside_input_enum']);
    assert.deepEqual(enumRule(refund('damaged')), []);
  });

  test('the generator: ISBNs get their check digit, pay follows seniority', () => {
    assert.equal(withIsbnCheck('9781852806373'), '9781852806378');
    assert.equal(isbnValid(withIsbnCheck('9784661471764')), true);
    assert.equal(isbnValid(withIsbnCheck('030640615X')), true);
    const intern = job('Customer Quality Manager', 'internship', 890000, 1150000);
    assert.equal(jobLevel(intern), 0);
    payBySeniority(intern, { holder: intern.salary, amounts: ['min', 'max'], currency: 'currencyCode' }, new Set());
    assert.ok(intern.salary.max < 400000, JSON.stringify(intern.salary));
    const lead = job('Lead Customer Quality Manager', 'full_time', 300000, 400000);
    assert.equal(jobLevel(lead), 5);
    payBySeniority(lead, { holder: lead.salary, amounts: ['min', 'max'], currency: 'currencyCode' }, new Set());
    assert.ok(lead.salary.min > 900000, JSON.stringify(lead.salary));
  });
});
