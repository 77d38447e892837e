/**
 * Records true to their world (QUALITY.md E, I), wave 25: the rules of src/check/_rules-records25.ts broken on
 * purpose on the records the reading of the m24-i2 sets found (bundled 17, 117, 136; "215 Cassin Avenue"), and the
 * generator fixes that keep them: parcels delivered once, editions of the past by a house of their language, jobs
 * named by role, common street names, an id "within the workflow" asked with its workflow.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { generated } from '../_generated.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { fitEdition25 } from '../../src/plan/_editions25.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { qualifiedBy25 } from '../../src/plan/_qualified25.ts';
import { agreeTracking } from '../../src/plan/_tracking16.ts';
import type { PlanParam } from '../../src/plan/catalog.ts';
import { commonStreetAddress25, isBareSkillTitle25, roleOfSkill25 } from '../../src/world/index.ts';

const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Bundled 17: a shipment whose three scans all say delivered. */
function shipment(statuses: string[]) {
  const at = ['2026-01-31T07:45:00Z', '2026-02-01T02:45:00Z', '2026-02-01T21:45:00Z'];
  const events = statuses.map((status, i) => ({ at: at[i], status, location: ['Denver', 'Denver', 'Austin'][i] }));
  return oneCall({ orderId: 'ord_25404659' }, { shipmentId: 'h6Gwskng', carrier: 'ctt', trackingNumber: 'D7moU2k2sff', estimatedDelivery: '2026-02-03', events }, { name: 'getOrderShipment', path: '/orders/{orderId}/shipment' });
}

/** Bundled 117: a French edition of Middlemarch. */
const edition = (publishDate: string) => ({ isbn: '9782720361579', workId: 'OL84628W', title: 'Middlemarch', publisher: 'Chattopadhyay Pvt. Ltd.', publishDate, language: 'fr', numberOfPages: 130, format: 'paperback' });

/** Bundled 136: jobs found for "React". */
const jobs = (title: string) => oneCall({ keywords: 'React' }, { total: 1, results: [{ jobId: 'job_8f3a3c53be19', title, companyName: 'Moreira Group', location: 'Rio de Janeiro', employmentType: 'contract' }] }, { name: 'searchJobs', path: '/jobs' });

const place = (address: string) => oneCall({ placeId: 'pl_1' }, { placeId: 'pl_1', name: 'Harbour Books', address, city: 'Chicago' }, { name: 'getPlaceDetails', path: '/places/{placeId}' });

describe('records25 rules', () => {
  test('tracking_delivered_early: delivered once, by the last scan', () => {
    const broken = violationsOf('tracking_delivered_early');
    assert.deepEqual(broken(shipment(['delivered', 'delivered', 'delivered'])), ['tracking_delivered_early']);
    assert.deepEqual(broken(shipment(['delivered', 'in_transit', 'out_for_delivery'])), ['tracking_delivered_early']);
    assert.deepEqual(broken(shipment(['Label created', 'Picked up', 'In transit'])), []);
    assert.deepEqual(broken(shipment(['Label created', 'Out for delivery', 'Delivered'])), []);
  });

  test('edition_published_later: an edition was published before today', () => {
    const broken = violationsOf('edition_published_later');
    assert.deepEqual(broken(oneCall({ isbn: '9782720361579' }, edition('2026-12-07'), { name: 'getEditionByIsbn', path: '/isbn/{isbn}' })), ['edition_published_later']);
    assert.deepEqual(broken(oneCall({ isbn: '9782720361579' }, edition('2014-12-07'), { name: 'getEditionByIsbn', path: '/isbn/{isbn}' })), []);
  });

  test('job_title_bare_skill: a job is called by its role', () => {
    const broken = violationsOf('job_title_bare_skill');
    for (const t of ['React', 'Lead React', 'Senior Python']) assert.deepEqual(broken(jobs(t)), ['job_title_bare_skill'], t);
    for (const t of ['React Developer', 'Senior React Developer', 'Data Analyst', 'Nurse']) assert.deepEqual(broken(jobs(t)), [], t);
  });

  test('street_faker_surname: streets are named like streets', () => {
    const broken = violationsOf('street_faker_surname');
    for (const a of ['215 Cassin Avenue', '37 Runolfsdottir Avenue', '248 Okuneva Marg']) assert.deepEqual(broken(place(a)), ['street_faker_surname'], a);
    for (const a of ['42 Station Road', '123 Main Street', '81 Taft Avenue', '10 Washington Street']) assert.deepEqual(broken(place(a)), [], a);
  });
});

describe('records25 generator fixes', () => {
  test('an edition of a known book: its length, a house of its language, published in the past', () => {
    const record: Record<string, unknown> = edition('2026-12-07');
    withRng(dialogueRng(2026, 7, 'test'), () => fitEdition25(record, Object.keys(record), snake));
    assert.ok((record.numberOfPages as number) > 700, String(record.numberOfPages));
    assert.ok(['Gallimard', 'Flammarion', 'Le Livre de Poche', 'Éditions du Seuil', 'Actes Sud', 'Albin Michel'].includes(record.publisher as string), String(record.publisher));
    assert.ok((record.publishDate as string) < '2026-03-16' && (record.publishDate as string) >= '1871', String(record.publishDate));
  });

  test("an order's statuses lent to its scans are no parcel steps: delivered once, last", () => {
    const result = shipment(['delivered', 'delivered', 'delivered']).turns.find((t) => t.speaker === 'tool')!;
    const obj = (result as { result: Record<string, unknown> }).result;
    agreeTracking(obj, '', '', snake, new Set(), new Map([['events[].status', ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']]]));
    assert.deepEqual((obj.events as Array<Record<string, unknown>>).map((e) => e.status), ['Label created', 'Picked up', 'In transit']);
    assert.deepEqual(violationsOf('tracking_delivered_early')(shipment((obj.events as Array<Record<string, string>>).map((e) => e.status!))), []);
  });

  test('a skill searched for is a role', () => {
    assert.equal(roleOfSkill25('React'), 'Developer');
    assert.equal(roleOfSkill25('Kubernetes'), 'Engineer');
    assert.equal(roleOfSkill25('Nurse'), undefined);
    assert.ok(isBareSkillTitle25('Lead React') && !isBareSkillTitle25('Lead React Developer'));
  });

  test('common street names for English-speaking countries', () => {
    let n = 0;
    const int = (min: number, max: number): number => min + (n++ % (max - min + 1));
    assert.match(commonStreetAddress25('GB', int)!, /^\d+ [A-Z][a-z]+ (Street|Road|Lane)$/);
    assert.equal(commonStreetAddress25('FR', int), undefined);
  });

  test('an id "within the workflow" asks its workflow; the name of the property to add is asked', () => {
    const p = (name: string, required: boolean, description: string): PlanParam => ({ name, required, description, schema: { type: 'string' }, sayable: true, idLike: false, violable: true }) as PlanParam;
    const params = qualifiedBy25([p('id', true, 'the ID of the transition within the workflow.'), p('key', false, 'the name of the property to add.'), p('workflowName', false, 'the name of the workflow to use.'), p('workflowMode', false, 'live or draft')]);
    assert.deepEqual(params.filter((x) => x.required).map((x) => x.name), ['id', 'key', 'workflowName']);
  });

  test('the bundled shipment, edition and job search read right (bundled 17, 120, 139)', async () => {
    for (const i of [17, 120, 139]) {
      const { written, rejected } = await generated([bundledSpecsDir], i + 1, { start: i });
      assert.deepEqual(rejected, [], `dialogue ${i}`);
      const json = written[0]!.json;
      assert.doesNotMatch(json, /"status\\?":\\?"delivered\\?","location/);
      assert.doesNotMatch(json, /"publishDate\\?":\\?"2026-12/);
      assert.doesNotMatch(json, /"title\\?":\\?"(Senior |Lead )?React\\?"/);
    }
  });
});
