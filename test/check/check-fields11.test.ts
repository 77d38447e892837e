/** Values by their documented meaning (QUALITY.md E): src/check/_rules-fields11.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { numberFor } from '../../src/plan/_numbers.ts';
import { describedExample } from '../../src/plan/_described.ts';
import { dependencyOf, fitDependents } from '../../src/plan/_dependent.ts';
import { agreeDomain, agreeMeasures, domainOf } from '../../src/plan/_agree-measures.ts';
import { enumInDescription } from '../../src/plan/_vocab.ts';
import type { PlanParam } from '../../src/plan/catalog.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const describedFormat = violationsOf('described_format');
const dependentArgument = violationsOf('dependent_argument');
const domainParts = violationsOf('domain_parts');

const REDUCE_BY = '(required when "manual" is selected for adjustEstimate) the amount to reduce the remaining estimate by e.g. "2d"';
const SENDER = 'The ID of the sender in `whatsapp:<E.164_PHONE_NUMBER>` format.';
const WEATHER_Q = 'Query parameter. It could be following: city name e.g.: q=Paris US zip e.g.: q=10001 metar:<metar code> e.g: q=metar:EGLL iata:<3 digit airport code> e.g: q=iata:DXB';

/** A one-call record whose operation documents its parameters with `descriptions`. */
function documented(args: Record<string, unknown>, descriptions: Record<string, string>, result: unknown = { ok: true, id: 'w1' }): DialogueRecord {
  const record = oneCall(args, result, { name: 'addWorklog', path: '/issue/{issueIdOrKey}/worklog' });
  const op = Object.values(record.operations)[0]!;
  op.parameters = { type: 'object', properties: Object.fromEntries(Object.entries(descriptions).map(([k, d]) => [k, { type: 'string', description: d }])) };
  return record;
}

describe('values keep the form their description gives', () => {
  test('are meaning invariants', () => {
    for (const id of ['described_format', 'dependent_argument', 'domain_parts']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('a person where a duration like "2d" belongs, or a sender outside whatsapp:<E.164>, breaks it', () => {
    assert.deepEqual(describedFormat(documented({ reduceBy: 'Aisha Silva', adjustEstimate: 'manual' }, { reduceBy: REDUCE_BY })), ['described_format']);
    assert.deepEqual(describedFormat(documented({ sender_id: 'pGGaByRp6v' }, { sender_id: SENDER })), ['described_format']);
  });
  test('durations, prefixed senders and descriptions listing several forms pass', () => {
    assert.deepEqual(describedFormat(documented({ reduceBy: '2d', adjustEstimate: 'manual' }, { reduceBy: REDUCE_BY })), []);
    assert.deepEqual(describedFormat(documented({ sender_id: 'whatsapp:+15017122661' }, { sender_id: SENDER })), []);
    assert.deepEqual(describedFormat(documented({ q: 'London' }, { q: WEATHER_Q })), []);
  });
  test('the generator draws the described form', () => {
    const rng = dialogueRng(3, 1, 'fields11');
    for (let i = 0; i < 10; i++) {
      assert.match(String(mockParamValue({ type: 'string', description: REDUCE_BY }, { name: 'reduceBy', description: REDUCE_BY }, rng)), /^\d+[wdhm]$/);
      assert.match(String(mockParamValue({ type: 'string', description: SENDER }, { name: 'sender_id', description: SENDER }, rng)), /^whatsapp:\+\d{10,13}$/);
    }
    assert.equal(describedExample(WEATHER_Q), undefined);
    assert.deepEqual(describedExample('Version of the schema, e.g. 1.1'), { shape: 'version', example: '1.1' });
  });
});

describe('an argument that applies only when another takes a value', () => {
  test('sent beside another value of its switch breaks it; with the value it needs it passes', () => {
    assert.deepEqual(dependentArgument(documented({ reduceBy: '2d', adjustEstimate: 'leave' }, { reduceBy: REDUCE_BY, adjustEstimate: 'how to adjust' })), ['dependent_argument']);
    assert.deepEqual(dependentArgument(documented({ reduceBy: '2d', adjustEstimate: 'manual' }, { reduceBy: REDUCE_BY, adjustEstimate: 'how to adjust' })), []);
  });
  test('the planner sets the switch, or leaves out a dependant it cannot serve', () => {
    assert.deepEqual(dependencyOf(REDUCE_BY), { param: 'adjustEstimate', value: 'manual' });
    const param = (name: string, description: string, extra: object = {}): PlanParam => ({ name, description, required: false, schema: { type: 'string', description, ...extra }, sayable: true, idLike: false, violable: false }) as PlanParam;
    const reduceBy = param('reduceBy', REDUCE_BY);
    const adjust = param('adjustEstimate', 'how to adjust');
    const call = { op: { params: [adjust, reduceBy] }, given: [reduceBy], asked: [] as PlanParam[], defaulted: [], chainedIn: new Map(), values: new Map<string, unknown>([['reduceBy', '2d']]) };
    fitDependents(call);
    assert.equal(call.values.get('adjustEstimate'), 'manual');
    assert.deepEqual(call.given.map((p) => p.name), ['adjustEstimate', 'reduceBy']);
    const closed = param('adjustEstimate', 'how to adjust', { enum: ['new', 'leave'] });
    const other = { op: { params: [closed, reduceBy] }, given: [closed, reduceBy], asked: [] as PlanParam[], defaulted: [], chainedIn: new Map(), values: new Map<string, unknown>([['adjustEstimate', 'leave'], ['reduceBy', '2d']]) };
    fitDependents(other);
    assert.deepEqual([...other.values.keys()], ['adjustEstimate']);
  });
});

describe("a domain's parts are that domain's", () => {
  test('a tld or sld of another domain breaks it; the domain own parts pass', () => {
    assert.deepEqual(domainParts(oneCall({ domain: 'babyish-runway.org' }, { domain: 'babyish-runway.org', sld: 'SLD-22151', tld: 'com' })), ['domain_parts', 'domain_parts']);
    assert.deepEqual(domainParts(oneCall({ sld: 'rapidapi' }, { registered: [{ domain: 'hidden-jellyfish.info', tld: 'mx' }] })), ['domain_parts']);
    assert.deepEqual(domainParts(oneCall({ domain: 'babyish-runway.org' }, { domain: 'babyish-runway.org', sld: 'babyish-runway', tld: 'org' })), []);
    assert.deepEqual(domainParts(oneCall({ domain: 'shop.example.co.uk' }, { sld: 'example', tld: '.co.uk' })), []);
  });
  test('the generator makes them agree', () => {
    const whois: Record<string, unknown> = { domain: 'babyish-runway.org', sld: 'SLD-22151', tld: 'com' };
    agreeDomain(whois, domainOf({ domain: 'babyish-runway.org' })!, () => true);
    assert.deepEqual(whois, { domain: 'babyish-runway.org', sld: 'babyish-runway', tld: 'org' });
    const found: Record<string, unknown> = { domain: 'hidden-jellyfish.info', tld: 'mx' };
    agreeDomain(found, domainOf({ sld: 'rapidapi' })!, () => true);
    assert.deepEqual(found, { domain: 'rapidapi.info', tld: 'info' });
  });
});

describe('numbers and keys by their meaning', () => {
  test('a combined economy lies between city and highway; an alt runtime near the runtime', () => {
    const car: Record<string, unknown> = { city_mpg: 8, highway_mpg: 11, combination_mpg: 31 };
    agreeMeasures(car, () => true);
    assert.ok((car.combination_mpg as number) >= 8 && (car.combination_mpg as number) <= 11);
    const film: Record<string, unknown> = { runtime: '151 min', alt_runtime: '118 min' };
    agreeMeasures(film, () => true);
    assert.match(String(film.alt_runtime), /^1[45]\d min$/);
  });
  test('disc numbers, audio channels, day counts and sample counts are on their scale', () => {
    const rng = dialogueRng(5, 2, 'fields11');
    for (let i = 0; i < 20; i++) {
      assert.ok(numberFor({}, 'disc_number', rng, true) <= 2);
      assert.ok(numberFor({}, 'analysis_channels', rng, true) <= 2);
      assert.ok(numberFor({}, 'dayCount', rng, true) <= 6);
      assert.ok(numberFor({}, 'num_samples', rng, true) >= 100_000);
    }
  });
  test('keys are words, dotted keys or issue keys, never random tokens; "home or one of categories" gives home', () => {
    const rng = dialogueRng(7, 3, 'fields11');
    for (let i = 0; i < 10; i++) {
      assert.match(String(mockParamValue({ type: 'string' }, { name: 'issueIdOrKey' }, rng)), /^[A-Z]{2,4}-\d{1,3}$/);
      assert.match(String(mockParamValue({ type: 'string' }, { name: 'key', description: 'a String containing the property key' }, rng)), /^[a-z_]+\.[a-z_]+\.[a-z_]+$/);
      assert.match(String(mockParamValue({ type: 'string' }, { name: 'projectTypeKey' }, rng)), /^[a-z]+$/);
    }
    assert.deepEqual(enumInDescription('home or one of categories', 'indexKind'), ['home']);
  });
});

describe('a year near the one the spec exemplifies', () => {
  test('a season whose example is 2022 is asked within a few years of it, never in 2005', async () => {
    const { yearNearExample } = await import('../../src/plan/_numbers.ts');
    const rng = dialogueRng(9, 4, 'fields11');
    for (let i = 0; i < 30; i++) {
      const year = yearNearExample('year', () => ['2022'], rng)!;
      assert.ok(year >= 2018 && year <= 2025, String(year));
    }
    assert.equal(yearNearExample('limit', () => ['2022'], rng), undefined);
    assert.equal(yearNearExample('year', () => [], rng), undefined);
  });
});

describe('what a description does not give', () => {
  test('"e.g." after "Example", an amount like 12.50 and an HTML break are no described forms', () => {
    assert.equal(describedExample('Example e.g. the departure date'), undefined);
    assert.equal(describedExample('Minimum total, e.g. 12.50'), undefined);
    assert.equal(describedExample('Where to insert. Examples:<br/> before the first line'), undefined);
    assert.deepEqual(describedExample('Duration, e.g. PT2H10M'), { shape: 'iso_duration', example: 'PT2H10M' });
    assert.deepEqual(describedFormat(documented({ insert_before: 'line 3' }, { insert_before: 'Where to insert. Examples:<br/> line 2' })), []);
  });
});
