/**
 * Order and time inside results (QUALITY.md E), wave 22: the rules of src/check/_rules-order22.ts broken on purpose
 * on real bundled records (the jobs "newest first" out of order, a customer's orders before the customer, a yearly
 * salary of 62.75 EUR, EUR in Seoul that the reading of 2026-12-07f found), and the generator keeping them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../../src/generate/index.ts';
import { documentedOrder } from '../../src/world/index.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const RULES = ['documented_date_order', 'event_before_created', 'child_before_parent', 'salary_not_yearly', 'salary_currency_city', 'senior_internship'];
const broken = (record: DialogueRecord, rule: string): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === rule);
type Json = Record<string, unknown>;

let planner: ReturnType<typeof createDialoguePlanner> | undefined;

/** The bundled record at `index` (seed 2026), as written. */
async function bundled(index: number): Promise<DialogueRecord> {
  planner ??= createDialoguePlanner(await loadCatalog({ specs: [bundledSpecsDir] }), { seed: 2026 });
  for await (const item of generateDialogues({ planner, start: index, end: index + 1 })) {
    const out = serializeItem(item);
    assert.ok(!('rejected' in out), `bundled ${index} rejected`);
    return JSON.parse((out as { json: string }).json) as DialogueRecord;
  }
  throw new Error('nothing generated');
}

const results = (record: DialogueRecord, operation: string): Json[] => record.turns.filter((t) => t.speaker === 'tool' && t.operation === operation).map((t) => (t as { result: Json }).result);

describe('order22 rules', () => {
  test('documentedOrder reads descriptions and sort arguments', () => {
    assert.equal(documentedOrder('Returns a customer\'s orders, newest first, optionally filtered by status.', {})?.dir, 'desc');
    assert.equal(documentedOrder('A paginated list of tuple changes, sorted by ascending time.', {})?.dir, 'asc');
    assert.equal(documentedOrder('Lists events in reverse chronological order.', {})?.dir, 'desc');
    assert.equal(documentedOrder('Lists events.', { order: 'desc' })?.dir, 'desc');
    assert.deepEqual(documentedOrder('Lists events.', { sort: '-createdAt' }), { dir: 'desc', key: 'created_at' });
    assert.equal(documentedOrder('Lists orders, newest first.', { sort: 'price' }), undefined);
    assert.equal(documentedOrder('Lists orders.', {}), undefined);
  });

  test('documented_date_order and the salary rules: bundled 56, jobs newest first with yearly salaries in their city\'s currency', async () => {
    const record = await bundled(56);
    for (const rule of RULES) assert.deepEqual(broken(record, rule), [], rule);
    const jobs = results(record, 'jobs.searchJobs')[0]!.results as Json[];
    assert.ok(jobs.length > 1);
    const dates = jobs.map((j) => j.postedAt as string);
    assert.deepEqual(dates, [...dates].sort().reverse());
    // Oldest first under "newest first".
    dates.reverse().forEach((d, i) => (jobs[i]!.postedAt = d));
    assert.deepEqual(broken(record, 'documented_date_order'), ['documented_date_order']);
    const salary = jobs[0]!.salary as Json;
    salary.min = 62.75;
    assert.deepEqual(broken(record, 'salary_not_yearly'), ['salary_not_yearly']);
    const seoul = jobs.find((j) => j.location === 'Seoul') ?? jobs[0]!;
    seoul.location = 'Seoul';
    (seoul.salary as Json).currencyCode = 'EUR';
    assert.deepEqual(broken(record, 'salary_currency_city'), ['salary_currency_city']);
    const lead = jobs.find((j) => /^Lead /.test(j.title as string))!;
    assert.notEqual(lead.employmentType, 'internship');
    lead.employmentType = 'internship';
    assert.deepEqual(broken(record, 'senior_internship'), ['senior_internship']);
  });

  test('child_before_parent: bundled 177 (line 176), a customer\'s orders placed after the customer was created', async () => {
    const record = await bundled(177);
    for (const rule of RULES) assert.deepEqual(broken(record, rule), [], rule);
    const customer = (results(record, 'shop.searchCustomers')[0]!.customers as Json[])[0]!;
    const orders = results(record, 'shop.listCustomerOrders')[0]!.orders as Json[];
    assert.ok(orders.every((o) => (o.placedAt as string) >= (customer.createdAt as string)));
    orders[orders.length - 1]!.placedAt = '2025-05-24T05:15:00Z';
    assert.deepEqual(broken(record, 'child_before_parent'), ['child_before_parent']);
  });

  test('child_before_parent and documented_date_order: a store\'s changes, ascending, after its creation (one result)', () => {
    const change = (at: string): Json => ({ operation: 'TUPLE_OPERATION_WRITE', timestamp: at });
    const record = oneCall({ store_id: 'ugjD66MUTzM' }, { id: 'ugjD66MUTzM', created_at: '2024-07-21T07:45:00Z', changes: [change('2024-08-10T23:30:00Z'), change('2024-08-30T23:00:00Z')] }, { name: 'ReadChanges' });
    record.operations['x.ReadChanges']!.description = 'Returns tuple changes, sorted by ascending time.';
    assert.deepEqual(broken(record, 'child_before_parent'), []);
    assert.deepEqual(broken(record, 'documented_date_order'), []);
    const changes = (record.turns[2] as { result: { changes: Json[] } }).result.changes;
    changes[0]!.timestamp = '2024-02-06T23:30:00Z';
    assert.deepEqual(broken(record, 'child_before_parent'), ['child_before_parent']);
    changes[0]!.timestamp = '2024-09-06T23:30:00Z';
    assert.deepEqual(broken(record, 'documented_date_order'), ['documented_date_order']);
  });

  test('event_before_created: a transaction valued before it was created', () => {
    const record = oneCall({ id: 'd9f3daNJzeC8' }, { id: 'd9f3daNJzeC8', creationDate: '2024-12-21T23:30:00Z', valueDate: '2024-12-22T23:30:00Z', status: 'pending' }, { name: 'getTransaction' });
    assert.deepEqual(broken(record, 'event_before_created'), []);
    (record.turns[2] as { result: Json }).result.valueDate = '2024-06-28T16:30:00Z';
    assert.deepEqual(broken(record, 'event_before_created'), ['event_before_created']);
  });

  test('the generator keeps the rules (300 bundled dialogues)', async () => {
    await assertGeneratorKeeps(RULES, [bundledSpecsDir], 300, { minWritten: 290 });
  });
});
