import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenDefault33, inDocumentedIdRange33, settleAccessibleOffers33, settleDocumentedStates33 } from '../../src/plan/_values233.ts';
import { sequelsAfterOriginal30 } from '../../src/plan/_sequels-coherence30.ts';
import type { PlanOperation, PlanParam } from '../../src/plan/catalog.ts';

const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const free = (): boolean => true;

test('an integer id is drawn under the bound its operation documents, with no other draw', () => {
  const op = { operation: { description: 'Delete purchase order by identifier. For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers will generate API errors.' } } as unknown as PlanOperation;
  const p = { name: 'orderId', idLike: true } as unknown as PlanParam;
  assert.equal(inDocumentedIdRange33(687611, op, p), 300);
  assert.equal(inDocumentedIdRange33(42, op, p), 42);
  // Two ranges ("<= 5 or > 10") are no single bound: 687611 is valid there.
  const two = { operation: { description: 'For valid response try integer IDs with value <= 5 or > 10. Other values will generate exceptions.' } } as unknown as PlanOperation;
  assert.equal(inDocumentedIdRange33(687611, two, p), 687611);
});

test("a job's state is spelled as the description quotes it; another state stays", () => {
  const op = { description: "Returns information about an export job. If the export job's state is 'complete', the returned data will include a URL." };
  const done = { id: 'QmEW4i0X', state: 'completed', type: 'export' };
  settleDocumentedStates33(done, op, free);
  assert.equal(done.state, 'complete');
  const waiting = { id: 'QmEW4i0X', state: 'pending' };
  settleDocumentedStates33(waiting, op, free);
  assert.equal(waiting.state, 'pending');
});

test('the default thing a description forbids is never the value drawn', () => {
  const op = { description: 'Deletes a pool. A pool must be empty before you can delete it, and you cannot delete your default pool.' };
  assert.equal(forbiddenDefault33(op, 'Default Pool'), true);
  assert.equal(forbiddenDefault33(op, 'Transactional'), false);
  assert.equal(forbiddenDefault33({ description: 'Deletes a pool.' }, 'Default Pool'), false);
});

test('of an offer list one offer is accessible, with a few seats left', () => {
  const op = { outputs: [{ path: 'offers[].ticketType', isList: true, schema: { type: 'string', enum: ['standard', 'vip', 'resale', 'accessible'] } }] };
  const result = { offers: [
    { area: 'H8', ticketType: 'accessible', price: 815, available: 20 },
    { area: 'E4', ticketType: 'accessible', price: 110, available: 52 },
    { area: 'H31', ticketType: 'accessible', price: 165, available: 416 },
  ] };
  settleAccessibleOffers33(result, op, free);
  assert.deepEqual(result.offers.map((o) => o.ticketType), ['standard', 'accessible', 'standard']);
  assert.ok(result.offers[1]!.available <= 24);
});

test("a work's follow-ups keep its language, come years later and say whose follow-up they are", () => {
  const records: Record<string, unknown>[] = [
    { title: 'Neon Rain', originalLanguage: 'de', releaseDate: '2025-08-10', overview: 'The story of a chess prodigy facing her old coach.' },
    { title: 'Neon Rain 2', originalLanguage: 'fr', releaseDate: '2025-09-16', overview: 'The story of two sisters who inherit a failing vineyard.' },
    { title: 'Neon Rain: Revisited', originalLanguage: 'it', releaseDate: '2025-10-17', overview: 'The story of a retired detective.' },
  ];
  sequelsAfterOriginal30(records, 'title', 0, snake);
  assert.deepEqual(records.map((r) => r.originalLanguage), ['de', 'de', 'de']);
  const years = records.map((r) => Number(String(r.releaseDate).slice(0, 4)));
  assert.ok(years[1]! - years[0]! >= 2 && years[2]! - years[1]! >= 2, years.join(' '));
  assert.equal(records[2]!.releaseDate, '2025-10-17');
  assert.match(String(records[1]!.overview), /^The follow-up to Neon Rain, continuing the story of a chess prodigy/);
  assert.match(String(records[2]!.overview), /^The next chapter after Neon Rain 2,/);
});

test('a made-up work is a recent one; a real author keeps the year, a year search keeps its works', async () => {
  const { recentInventedWorks33 } = await import('../../src/plan/_works-era33.ts');
  const result = { works: [
    { title: 'The Master and Margarita', firstPublishYear: 1967, authors: [{ name: 'Mikhail Bulgakov' }] },
    { title: 'The Endless Mirrors', firstPublishYear: 1880, authors: [{ name: 'Craig Beer' }] },
    { title: 'The Wild Cities', firstPublishYear: 1818, authors: [{ name: 'Sonya Effertz' }] },
  ] };
  recentInventedWorks33(result, { subjectKey: 'fantasy' }, free);
  assert.deepEqual(result.works.map((w) => w.firstPublishYear), [1967, 2003, 2017]);
  const dated = { works: [{ title: 'The Wild Cities', firstPublishYear: 1818, authors: [{ name: 'Sonya Effertz' }] }] };
  recentInventedWorks33(dated, { year: 1818 }, free);
  assert.equal(dated.works[0]!.firstPublishYear, 1818);
});
