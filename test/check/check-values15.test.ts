/**
 * Single values that contradict their name, description or record, wave 15 (QUALITY.md E): each rule of
 * src/check/_rules-values15.ts broken on purpose, and the generator's mechanisms that keep them (a digest is hex of
 * its algorithm's length, a pending job has no result yet, amounts in minor units stay whole and are said in major
 * units, a documented range or a listed value is kept, a chapter id is a chapter's number).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { describedRange } from '../../src/text/index.ts';
import { digestLength, hexDigest } from '../../src/plan/_digests.ts';
import { waitingJobHasNoResult } from '../../src/plan/_agree-jobs.ts';
import { recentGenerations } from '../../src/plan/_generations.ts';
import { fitMoney, moneyUnitsOf } from '../../src/plan/_money.ts';
import { inMajorUnits } from '../../src/realize/_minor-units.ts';
import { enumInDescription } from '../../src/plan/_vocab.ts';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { ownerSurname } from '../../src/plan/_owner-name.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng, Rng } from '../../src/random/index.ts';
import { buildResult } from '../../src/plan/_result.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

describe('values, wave 15', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of ['digest_not_hex', 'pending_with_result', 'minor_units_said']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('digest_not_hex: a sample MD5 is 32 hex digits, never "MD-37738"', () => {
    const rule = violationsOf('digest_not_hex');
    const analysis = (md5: string) => oneCall({ id: '11dFghVXANMlKmJXsNCbNl' }, { track: { duration: 207.9, sample_md5: md5 } }, { name: 'getAudioAnalysis' });
    assert.deepEqual(rule(analysis('MD-37738')), ['digest_not_hex']);
    assert.deepEqual(rule(analysis('e2d29abb52b9fecbc25a14a7404ed9ec')), []);
    // The same digest in base64 (a Content-MD5 header) is one too.
    assert.deepEqual(rule(analysis('4tKaq1K5/svCWhSnQE7Z7A==')), []);
    assert.deepEqual(rule(oneCall({}, { sha256: 'e2d29abb52b9fecbc25a14a7404ed9ec' })), ['digest_not_hex']);
    assert.deepEqual(rule(oneCall({}, { checksum: 'CHK-1' })), ['digest_not_hex']);
    assert.deepEqual(rule(oneCall({}, { checksum: 'sha256:9f86d081884c7d65' })), []);
  });

  test('pending_with_result: a pending export hands over no results link yet', () => {
    const rule = violationsOf('pending_with_result');
    const exportJob = (result: unknown) => oneCall({ tags: ['a'] }, result, { name: 'post_exports_activity_json', method: 'POST', path: '/exports/activity.json' });
    assert.deepEqual(rule(exportJob({ state: 'pending', finished_at: null, result_url: 'https://x.example.com/r.zip' })), ['pending_with_result']);
    assert.deepEqual(rule(exportJob({ status: 'queued', completed_at: '2026-03-16T10:00:00Z' })), ['pending_with_result']);
    assert.deepEqual(rule(exportJob({ state: 'pending', finished_at: null, result_url: null })), []);
    assert.deepEqual(rule(exportJob({ state: 'complete', finished_at: '2026-03-16T10:00:00Z', result_url: 'https://x.example.com/r.zip' })), []);
  });

  test('minor_units_said: an amount held in minor units is said in major units', () => {
    const rule = violationsOf('minor_units_said');
    const transactions = (response: string): DialogueRecord => {
      const record = oneCall({ balanceAccountId: 'BA1' }, { data: [{ amount: { currency: 'CAD', value: -163200 }, description: 'Refund' }] }, { name: 'getTransactions', response });
      (record.turns[2] as { minor_units?: string[] }).minor_units = ['value'];
      return record;
    };
    assert.deepEqual(rule(transactions('The description is Refund, the amount is -163200 CAD.')), ['minor_units_said']);
    assert.deepEqual(rule(transactions('The description is Refund, the amount is -1632 CAD.')), []);
    // Without the mark the amount is what it says.
    assert.deepEqual(rule(oneCall({}, { amount: { currency: 'CAD', value: -163200 } }, { response: 'The amount is -163200 CAD.' })), []);
  });

  test('the generator: digests are hex of their length', () => {
    const rng = dialogueRng(1, 2, 'digest');
    assert.equal(digestLength('sample_md5'), 32);
    assert.equal(digestLength('sha256'), 64);
    assert.equal(digestLength('file_hash', 'The SHA-1 of the file'), 40);
    assert.equal(digestLength('store_hash'), undefined);
    assert.equal(digestLength('title'), undefined);
    assert.match(hexDigest('content_sha1', undefined, rng)!, /^[0-9a-f]{40}$/);
    const value = mockParamValue({ type: 'string' }, { name: 'sample_md5', inResult: true }, rng);
    assert.match(String(value), /^[0-9a-f]{32}$/);
  });

  test('the generator: a pending job has no finish time or result link; a done one keeps them', () => {
    const pending: Record<string, unknown> = { state: 'pending', finished_at: '2026-03-16T10:00:00Z', result_url: 'https://x.example.com/r', type: 'activity' };
    waitingJobHasNoResult(pending, () => true);
    assert.deepEqual(pending, { state: 'pending', finished_at: null, result_url: null, type: 'activity' });
    const done: Record<string, unknown> = { state: 'complete', finished_at: '2026-03-16T10:00:00Z', result_url: 'https://x.example.com/r' };
    waitingJobHasNoResult(done, () => true);
    assert.equal(done.result_url, 'https://x.example.com/r');
    // A value the chain reads is left.
    const pinned: Record<string, unknown> = { status: 'queued', download_url: 'https://x.example.com/d' };
    waitingJobHasNoResult(pinned, (k) => k !== 'download_url');
    assert.equal(pinned.download_url, 'https://x.example.com/d');
  });

  test("the generator: a model's generations run up to now, in order", () => {
    const result: Record<string, unknown> = { generations: [{ id: 1319, generation: 1, start_year: 1990, end_year: 1993 }, { id: 3460, generation: 2, start_year: 1994, end_year: 1997 }, { id: 2168, generation: 3, start_year: 1998, end_year: 2025 }] };
    recentGenerations(result, () => true);
    const years = (result.generations as Array<{ start_year: number; end_year: number }>).map((g): [number, number] => [g.start_year, g.end_year]);
    assert.equal(years[2]![1], 2026);
    assert.ok(years[2]![0] >= 2022 && years[2]![0] <= 2025, String(years));
    for (let i = 0; i < 2; i++) assert.equal(years[i]![1], years[i + 1]![0] - 1, String(years));
    for (const [from, to] of years.slice(0, 2)) assert.ok(to - from >= 4 && to - from <= 6, String(years));
  });

  test('the generator: amounts in minor units stay whole, and the reply reads them in major units', () => {
    const fields = [
      { path: 'data[].amount.value', schema: { type: 'integer', description: 'The numeric value of the amount, in [minor units](https://docs.adyen.com).' } },
      { path: 'data[].amount.currency', schema: { type: 'string' } },
      { path: 'data[].fee', schema: { type: 'integer', description: 'Fee amount.' } },
    ];
    const units = moneyUnitsOf(fields);
    // One API holds all its whole-number amounts in one unit (wave 21): Adyen's "Fee amount." is in minor units too.
    assert.deepEqual([...units.minor].sort(), ['fee', 'value']);
    assert.deepEqual([...units.whole].sort(), ['fee', 'value']);
    const result = { data: [{ amount: { currency: 'CAD', value: -907 } }, { amount: { currency: 'CAD', value: -1360 } }] };
    fitMoney(result, new Set(), 'get transactions', units);
    for (const item of result.data) assert.ok(Number.isInteger(item.amount.value), String(item.amount.value));
    const said = inMajorUnits({ result, minor_units: ['value'] }) as typeof result;
    assert.equal(said.data[0]!.amount.value, result.data[0]!.amount.value / 100);
    assert.equal(inMajorUnits({ result }), result);
  });

  test('the generator: a documented range in markdown bounds the value; a chapter id is a chapter number', () => {
    assert.deepEqual(describedRange('Represents a unique Surah/Chapter in the Koran.\n**Min Value: *1***\n**Max Value: *114***'), { min: 1, max: 114 });
    assert.equal(describedRange('min 5 characters, max 10 characters'), undefined);
    const rng = dialogueRng(1, 3, 'chapter');
    for (let i = 0; i < 20; i++) {
      const chapter = mockParamValue({ type: 'integer' }, { name: 'chapterId' }, rng) as number;
      assert.ok(chapter >= 1 && chapter <= 114, String(chapter));
    }
  });

  test('the generator: values listed one per line are the only values', () => {
    assert.deepEqual(enumInDescription('get search results from:\n- yandex.com\n- yandex.ru\n- yandex.by', 'type'), ['yandex.com', 'yandex.ru', 'yandex.by']);
    assert.deepEqual(enumInDescription('enums available:\nbe - belorussian\nde - german\nen - english\n\ne.g. for multiple select: en,fr', 'lang'), ['be', 'de', 'en']);
    assert.deepEqual(enumInDescription('One of the following : MostActives|PctChgGainers|NetGainers', 'rankType'), ['MostActives', 'PctChgGainers', 'NetGainers']);
    const rng = dialogueRng(1, 4, 'domain');
    const domain = mockParamValue({ type: 'string', 'x-rapidapi-type': 'ENUM' } as never, { name: 'domain', description: 'get search results from:\n- yandex.com\n- yandex.ru\n- yandex.by' }, rng);
    assert.match(String(domain), /^yandex\.(com|ru|by)$/);
  });

  test("the generator: a link's type and text are words, a media src is an image, a critics' pick is 0 or 1", () => {
    const rng = dialogueRng(1, 6, 'links');
    for (let i = 0; i < 5; i++) {
      assert.doesNotMatch(String(mockParamValue({ type: 'string' }, { name: 'type', parent: 'link', context: 'movie reviews', inResult: true }, rng)), /^https?:/);
      assert.doesNotMatch(String(mockParamValue({ type: 'string' }, { name: 'suggested_link_text', parent: 'link', context: 'movie reviews', inResult: true }, rng)), /^https?:/);
      assert.match(String(mockParamValue({ type: 'string' }, { name: 'url', parent: 'link', context: 'movie reviews', inResult: true }, rng)), /^https?:/);
      assert.match(String(mockParamValue({ type: 'string' }, { name: 'src', parent: 'multimedia', context: 'movie reviews', inResult: true }, rng)), /^https:\/\/.*\.jpg$/);
      assert.ok([0, 1].includes(mockParamValue({ type: 'integer' }, { name: 'critics_pick', context: 'movie reviews', inResult: true }, rng) as number));
    }
  });

  test('the generator: the editions of one list have different ISBNs (the spec example is not repeated)', () => {
    const fields = [
      { path: 'entries[].isbn', schema: { type: 'string', example: '9780441478125' }, example: '9780441478125' },
      { path: 'entries[].title', schema: { type: 'string' } },
    ];
    for (let seed = 1; seed <= 8; seed++) {
      const { entries } = buildResult(fields, Rng.for(seed, 0), [], {}, 'list work editions').result as { entries: { isbn: string }[] };
      assert.equal(new Set(entries.map((e) => e.isbn)).size, entries.length, JSON.stringify(entries));
    }
  });

  test("the generator: an owner's name takes its possessive cleanly; an audience's display name labels the record", () => {
    const rng = dialogueRng(1, 5, 'names');
    withRng(rng, () => {
      for (let i = 0; i < 200; i++) assert.doesNotMatch(ownerSurname(), /s's$/);
    });
    for (let i = 0; i < 10; i++) {
      const label = mockParamValue({ type: 'string' }, { name: 'display_name_customer', context: 'get order fees', inResult: true }, rng);
      assert.match(String(label), / Fee$/);
    }
  });
});
