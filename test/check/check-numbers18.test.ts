/**
 * Values whose shape or scale no real system returns, wave 18: each rule is broken on purpose, and the generator's
 * fix makes the same record pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning, MEANING_INVARIANTS } from '../../src/check/index.ts';
import { serialDateFitter } from '../../src/plan/_serial-dates18.ts';
import { listingInItsCurrency, listingCurrency } from '../../src/plan/_listing-currency18.ts';
import { oneJobState } from '../../src/plan/_job-state18.ts';
import { fitVariants } from '../../src/plan/_variants.ts';
import { fallbackString } from '../../src/plan/_fallback.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';
import { flattenFields } from '../../src/specs/_schema.ts';
import { withIdShapes } from '../../src/plan/_id-shapes.ts';
import type { Operation } from '../../src/specs/types.ts';

const RULES = ['serial_date_off', 'listing_currency', 'job_state_mixed', 'size_on_sizeless_good'];
const broken = (args: Record<string, unknown>, result: unknown): string[] => checkMeaning(oneCall(args, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));
const all = (): boolean => true;

describe('values whose shape or scale no real system returns', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('spreadsheet serial dates lie in the asked span, never beside epoch seconds', () => {
    const args = { startDate: '2020-04-27', endDate: '2020-04-28', symbol: 'JPM' };
    const chart = (): Record<string, unknown> => ({ Dates: [37620.5541, 62633.5686, 45100.6042], Elements: [{ Symbol: 'JPM', Currency: 'USD', DataSeries: { open: { min: 254.72, max: 262.1, maxDate: 1773417420, minDate: 45100.6458 } } }] });
    assert.deepEqual(broken(args, chart()), ['serial_date_off']);
    assert.deepEqual(broken(args, { Dates: [37620.5541, 62633.5686] }), ['serial_date_off']);
    const fixed = chart();
    const fit = serialDateFitter(args, new Set());
    fit(fixed, '');
    const series = ((fixed.Elements as Record<string, unknown>[])[0]!.DataSeries as Record<string, Record<string, unknown>>).open!;
    series.maxDate = 45100.7; // an epoch beside serials is drawn no more (numberFor); the window is what the fitter keeps
    fit(series, 'Elements[0].DataSeries.open');
    const dates = fixed.Dates as number[];
    assert.ok(dates.every((d) => d >= 43948 && d < 43950), JSON.stringify(dates));
    assert.deepEqual([...dates].sort((a, b) => a - b), dates, 'a list of dates runs forward');
    assert.ok((series.minDate as number) <= (series.maxDate as number));
    assert.deepEqual(broken(args, fixed), []);
  });

  test('a listing is priced in its market currency', () => {
    const row = (): Record<string, unknown> => ({ Currency: 'CLP', TimeStamp: '2020-04-28 16:00:00-04', Symbol: 'JPM', Type: 'price' });
    assert.deepEqual(broken({ symbol: 'JPM' }, { Elements: [row()] }), ['listing_currency']);
    assert.deepEqual(broken({}, { symbol: 'HG', exchange: 'COMEX', currency: 'MXN' }), ['listing_currency']);
    // A coin is quoted in whatever currency was asked.
    assert.deepEqual(broken({}, { symbol: 'BTC', currency: 'EUR' }), []);
    const fixed = row();
    listingInItsCurrency(fixed, all);
    assert.equal(fixed.Currency, 'USD');
    assert.deepEqual(broken({ symbol: 'JPM' }, { Elements: [fixed] }), []);
    assert.equal(listingCurrency('VOD.L', undefined), 'GBP');
    assert.equal(listingCurrency('SAP', 'XETRA'), 'EUR');
    const pinned = row();
    listingInItsCurrency(pinned, (k) => k !== 'Currency');
    assert.equal(pinned.Currency, 'CLP', 'a currency the chain reads stays');
  });

  test('one async job says one state', () => {
    const task = (): Record<string, unknown> => ({ task_status: 'pending', is_finished: true, is_succeeded: false, is_in_progress: true, task_utc_finished_at: '2026-01-07T05:45:00Z', result: { data: { results: [{ title: 'x' }] } } });
    assert.deepEqual(broken({}, task()), ['job_state_mixed']);
    assert.deepEqual(broken({}, { task_status: 'pending', is_finished: false, is_succeeded: true }), ['job_state_mixed']);
    const fixed = task();
    oneJobState(fixed, all);
    assert.deepEqual([fixed.task_status, fixed.is_finished, fixed.is_in_progress, fixed.is_succeeded], ['completed', true, false, true]);
    assert.deepEqual(broken({}, fixed), []);
    const waiting: Record<string, unknown> = { status: 'running', is_finished: true, is_succeeded: true, finished_at: '2026-01-07T05:45:00Z' };
    oneJobState(waiting, all);
    assert.deepEqual([waiting.status, waiting.is_finished, waiting.is_succeeded, waiting.finished_at], ['running', false, false, null]);
    assert.deepEqual(broken({}, waiting), []);
    // A documented vocabulary gives the word.
    const worded: Record<string, unknown> = { state: 'QUEUED', done: true, result: [1] };
    oneJobState(worded, all, () => ['QUEUED', 'DONE']);
    assert.equal(worded.state, 'DONE');
  });

  test('sizes fit the good: shoes and clothes take runs, other goods none', () => {
    const product = (name: string): Record<string, unknown> => ({ name, inStock: 15, variants: [{ sku: 'A', color: 'teal', size: '13', inStock: 5 }, { sku: 'B', color: 'teal', size: '8', inStock: 3 }, { sku: 'C', color: 'gold', size: '4', inStock: 7 }] });
    assert.deepEqual(broken({}, product('Espresso Machine')), ['size_on_sizeless_good']);
    assert.deepEqual(broken({}, product('Suede Loafers')), []);
    withRng(dialogueRng(7, 1, 'test'), () => {
      const machine = product('Espresso Machine');
      fitVariants(machine, Object.keys(machine));
      const variants = machine.variants as Record<string, unknown>[];
      assert.ok(variants.every((v) => !('size' in v)), JSON.stringify(variants));
      assert.equal(new Set(variants.map((v) => v.color)).size, 3, 'variants differ by colour');
      assert.deepEqual(broken({}, machine), []);
      const shoes = product('Suede Loafers');
      fitVariants(shoes, Object.keys(shoes));
      const sizes = (shoes.variants as Record<string, unknown>[]).map((v) => Number(v.size));
      assert.equal(new Set(sizes).size, 3);
      assert.deepEqual([...sizes].sort((a, b) => a - b), sizes);
      const shirt = product('Cotton T-Shirt');
      fitVariants(shirt, Object.keys(shirt));
      assert.ok((shirt.variants as Record<string, unknown>[]).every((v) => /^(XS|S|M|L|XL|XXL)$/.test(v.size as string)));
    });
  });

  test('strings no rule knows take their kind shape, never a code', () => {
    const makers = { personName: () => 'Ana Ruiz', companyName: () => 'Ruiz Group', date: () => '2026-01-01' };
    const rng = dialogueRng(3, 2, 'test');
    assert.match(fallbackString('results_found', 'information', [], rng, makers), /^\d+$/);
    assert.match(fallbackString('snippet', 'results', [], rng, makers), /\s/);
    assert.match(fallbackString('isrc', 'track', [], rng, makers), /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/);
    assert.equal(fallbackString('reviewer', 'review', [], rng, makers), 'Ana Ruiz');
    assert.match(fallbackString('mailbox', 'account', [], rng, makers), /@/);
  });

  test('a fixed-length array keeps its length on every leaf under it (a 3×3 board, never ragged rows)', () => {
    const row = { type: 'array', minItems: 3, maxItems: 3, items: { type: 'string', enum: ['.', 'X', 'O'] } };
    const fields = flattenFields({ type: 'object', properties: { winner: { type: 'string' }, board: { type: 'array', minItems: 3, maxItems: 3, items: row } } } as never);
    const board = fields.find((f) => f.path === 'board[][]');
    assert.deepEqual(board?.fixedLengths, { 'board[]': 3, 'board[][]': 3 });
    assert.equal(fields.find((f) => f.path === 'winner')?.fixedLengths, undefined);
    // A list bounded but not fixed (1 to 5 tags) stays free.
    const tags = flattenFields({ type: 'object', properties: { tags: { type: 'array', minItems: 1, maxItems: 5, items: { type: 'string' } } } } as never);
    assert.equal(tags[0]?.fixedLengths, undefined);
  });

  test("a result's root id takes the shape the API gives its resource's id (a geomark copy's id is gm-…)", () => {
    const api = { name: 'geo' };
    const read = { api, path: '/geomarks/{geomarkId}', inputs: [{ name: 'geomarkId', in: 'path', schema: { type: 'string' }, example: 'gm-abcdefghijklmnopqrstuv0bcislands' }], outputs: [] } as unknown as Operation;
    const copy = { api, path: '/geomarks/copy', inputs: [], outputs: [] } as unknown as Operation;
    const shaped = withIdShapes([{ path: 'id', schema: { type: 'string' } }, { path: 'status', schema: { type: 'string' } }], copy, [{ operation: read }, { operation: copy }]);
    assert.equal(shaped[0]!.example, 'gm-abcdefghijklmnopqrstuv0bcislands');
    assert.equal(shaped[1]!.example, undefined);
  });
});
