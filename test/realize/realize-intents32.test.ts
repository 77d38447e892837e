/**
 * A summary listing alternatives is never cut to its first item (wave 32, QUALITY.md G, I): seen in the rapidapi
 * fixtures, "fetch a PGA Tour player by last name" (the user then gave a first name), "get information for sunrise".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordOperation } from '../../src/plan/types.ts';
import { intentVariants } from '../../src/realize/words.ts';
import { tidy } from '../../src/realize/_tidy.ts';

const op = (name: string, description: string, properties: Record<string, unknown>): RecordOperation =>
  ({ name, api: 'sports', description, method: 'GET', path: `/${name}`, parameters: { type: 'object', properties } }) as unknown as RecordOperation;

describe('alternatives in a summary (wave 32)', () => {
  it('drops "or a combination" and never keeps only the first key', () => {
    const said = intentVariants(op('players', 'Fetch a PGA Tour player by his last name, first name, playerId, or a combination of these parameters.', { lastName: { type: 'string' }, firstName: { type: 'string' } }));
    assert.ok(said.every((s) => !/\bby last name$/.test(s)), said.join(' | '));
  });
  it('keeps a short list whole', () => {
    const said = intentVariants(op('astronomy', 'Astronomy API method allows a user to get up to date information for sunrise, sunset, moonrise, moonset, moon phase and illumination in json.', { q: { type: 'string' } }));
    assert.ok(said.some((s) => s.includes('sunrise, sunset, moonrise, moonset, moon phase and illumination')), said.join(' | '));
    assert.ok(!said.includes('get information for sunrise'), said.join(' | '));
  });
  it('still cuts at a comma that ends a clause', () => {
    assert.equal(tidy('search for movies or TV shows by title, include option year or mediatype filter to narrow your results'), 'search for movies or TV shows by title');
  });
});

describe('an export started by an action (wave 32)', () => {
  it('is a started job with its ID and state', async () => {
    const { startedTask } = await import('../../src/realize/_task-reply.ts');
    const exporter = { ...op('exports', 'Begins an export of your activity history.', { date_from: { type: 'string' } }), method: 'POST' } as RecordOperation;
    const pending = { created_at: '2026-03-16T01:00:00Z', finished_at: null, id: 'FHsfmAjH', result_url: null, state: 'pending', type: 'activity' };
    assert.deepEqual(startedTask(exporter, pending), { id: 'FHsfmAjH', noun: 'job', status: 'pending' });
    // Done already (a link given) or a record with content: no job to wait for.
    assert.equal(startedTask(exporter, { ...pending, state: 'completed', result_url: 'https://x.test/r' }), undefined);
    assert.equal(startedTask(exporter, { ...pending, email: 'a@b.c' }), undefined);
  });
});
