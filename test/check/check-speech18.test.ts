/**
 * Field names and enum constants said as speech (QUALITY.md A, B, G): the rules of src/check/_rules-speech18.ts broken
 * on purpose, and the realizer side that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { gluedState, spokenFieldName } from '../../src/realize/_field-words.ts';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { untitle } from '../../src/realize/_tidy.ts';
import { listNoun } from '../../src/realize/_count-nouns.ts';
import { intentVariants } from '../../src/realize/words.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { Rng } from '../../src/random/index.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const op = (over: Partial<RecordOperation>): RecordOperation => ({ api: 'x', name: 'x', description: '', method: 'GET', path: '/', parameters: { type: 'object', properties: {} }, ...over });

describe('speech18 rules', () => {
  test('are meaning invariants', () => {
    for (const id of ['participle_as_noun', 'price_word_order', 'glued_state']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('participle_as_noun: "the sent is 273" breaks it; "the number sent", "the speed is 40" pass', () => {
    const rule = violationsOf('participle_as_noun');
    const result = { sent: 273, speed: 40 };
    assert.deepEqual(rule(oneCall({}, result, { response: 'The service returned 1 stat: the sent is 273.' })), ['participle_as_noun']);
    assert.deepEqual(rule(oneCall({}, result, { response: 'The number sent is 273 and the speed is 40.' })), []);
  });

  test('price_word_order: "the price open is 205.26" breaks it; "the opening price" passes', () => {
    const rule = violationsOf('price_word_order');
    const result = { PriceOpen: '205.26' };
    assert.deepEqual(rule(oneCall({}, result, { response: 'The name is NVIDIA and the price open is 205.26.' })), ['price_word_order']);
    assert.deepEqual(rule(oneCall({}, result, { response: 'The name is NVIDIA and the opening price is 205.26.' })), []);
  });

  test('glued_state: "the status is onsale" breaks it; "on sale", "pending", "timeout" pass', () => {
    const rule = violationsOf('glued_state');
    assert.deepEqual(rule(oneCall({}, { status: 'onsale' }, { response: 'The name is Ada Rowe Live and the status is onsale.' })), ['glued_state']);
    assert.deepEqual(rule(oneCall({}, { status: 'onsale' }, { response: 'The name is Ada Rowe Live and the status is on sale.' })), []);
    assert.deepEqual(rule(oneCall({}, { status: 'pending' }, { response: 'The status is pending; the state was timeout.' })), []);
  });
});

describe('speech18 generator side', () => {
  test('a bare participle count, a struck price and a glued state are said as words', () => {
    const say = (result: unknown): string => summarizeResult(result, op({ name: 'getStats', path: '/stats' }), new Set(), Rng.for(1, 1));
    assert.match(say({ time: '2024-10-07', sent: 273 }), /\bthe number sent is 273\b/);
    assert.match(say({ PriceOpen: 205.26, PricePreviousClose: 205.5 }), /\b[Tt]he opening price is 205\.26\b.*\bthe previous closing price is 205\.5\b/);
    assert.match(say({ name: 'Ada Rowe Live', status: 'onsale' }), /\bthe status is on sale\b/);
    assert.match(say({ category_slug: 'software-engineering', open_jobs: 95 }), /\bit has 95 open jobs\b/);
    assert.doesNotMatch(say({ name: 'Ada', total_sales: 95 }), /\bit has 95 total sales\b/);
    const found = summarizeResult({ status: 'completed', data: { count: 2, results: [{ rank: 1, name: 'Street Food', verified: false }, { rank: 2, name: 'Bristol Street Food', verified: true }] } }, op({ name: 'search', path: '/search' }), new Set(['street food']), Rng.for(1, 1), 'I want to get search results for street food');
    assert.doesNotMatch(found, /\bthe results is\b/, found);
    assert.equal(listNoun(undefined, op({ name: 'aircrafts/list', path: '/aircrafts/list' })), 'aircraft');
    assert.equal(spokenFieldName('price open'), 'opening price');
    assert.equal(spokenFieldName('price previous close'), 'previous closing price');
    assert.equal(gluedState('status', 'onsale'), 'on sale');
    assert.equal(gluedState('status', 'soldout'), 'sold out');
    assert.equal(gluedState('status', 'timeout'), 'timeout');
    assert.equal(gluedState('status', 'presale'), 'presale');
  });

  test('description clauses: "and return …" goes, a shouted word is lowered, a plural possessive is untitled', () => {
    assert.equal(spokenRequest('Search the content of recently sent messages and return the aggregated hourly stats for matching messages'), 'Search the content of recently sent messages');
    assert.equal(spokenRequest('List schools around a GEO location'), 'List schools around a geo location');
    assert.equal(untitle("Get Several Tracks' Audio Features"), "get several tracks' audio features");
  });

  test('a mass noun takes no article ("transfer playback"); a description verb is no topic ("responds")', () => {
    const transfer = op({ name: 'transfer-a-users-playback', method: 'PUT', path: '/me/player', description: 'Transfer Playback\n — Transfer playback to a new device and optionally begin playback.', parameters: { type: 'object', properties: { device_ids: { type: 'array' } }, required: ['device_ids'] } });
    assert.ok(!intentVariants(transfer).some((v) => /\ba playback\b/.test(v)), intentVariants(transfer).join(' | '));
    const quran = op({ name: 'Get base information', path: '/', description: 'Get base information — Responds with JSON including some properties of the Quran.' });
    assert.ok(!vagueTopics(quran, undefined).includes('responds'), vagueTopics(quran, undefined).join(' | '));
  });
});

describe('speech18 field words', () => {
  test('a key word with two letters swapped is said right ("seo nmae" → "seo name"); words and acronyms stay', () => {
    assert.equal(spokenFieldName('seo nmae'), 'seo name');
    assert.equal(spokenFieldName('danceability'), 'danceability');
    assert.equal(spokenFieldName('isrc'), 'isrc');
  });
});

describe('speech18 built requests', () => {
  test('a lead word is a kind, never an owner, where the name says whose ("security levels for a project")', () => {
    assert.equal(builtIntent({ name: 'getSecurityLevelsForProject', method: 'GET', path: '/api/2/project/{projectKeyOrId}/securitylevel', required: ['projectKeyOrId'] }), 'get security levels for a project');
    assert.equal(builtIntent({ name: 'artist_singles', method: 'GET', path: '/artist_singles/', required: ['id'] }), "get an artist's singles");
  });
});
