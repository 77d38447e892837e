/**
 * Requests built from RapidAPI operation ids say the act a person asks for (wave 34b; reading of seed 2028):
 * a place from the caller's own IP, a sign-in, a search of a branded catalog, a grid's spacing, a place found.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordOperation } from '../../src/plan/types.ts';
import { intentVariants, slotNoun } from '../../src/realize/words.ts';
import { placedRequest34b, placeFound34b } from '../../src/realize/_intents34b-rapa.ts';

const op = (api: string, name: string, method: string, path: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): RecordOperation =>
  ({ name, api, description, method, path, parameters: { type: 'object', properties, required } }) as unknown as RecordOperation;

describe('requests from RapidAPI operation ids (wave 34b)', () => {
  it('finds the place of the current IP address, never "get the place"', () => {
    const said = intentVariants(op('spott', 'Get place by my IP', 'GET', '/places/ip/me', 'Returns the place related to the IP where the request was performed. Returns "Not Found" error when no place is related to the IP.', { language: { type: 'string' } }));
    assert.equal(said[0], 'find the place of the current IP address', said.join(' | '));
    assert.ok(!said.includes('get the place'), said.join(' | '));
  });
  it('logs in, never "create a user login"', () => {
    const said = intentVariants(op('cartify', 'userLogin', 'POST', '/users/api/login', 'This API allows registered users to authenticate themselves by providing their email addresses and password.'));
    assert.ok(said.includes('log in as a user'), said.join(' | '));
    assert.ok(!said.some((s) => /\bcreate\b/.test(s)), said.join(' | '));
  });
  it('searches YouTube for content, never "get the content"', () => {
    const said = intentVariants(op('youtube_search_v3', 'searchContent', 'GET', '/search', 'The search endpoint allows you to search for videos, playlists, and channels on YouTube.', { q: { type: 'string' } }, ['q']));
    assert.ok(said.includes('search YouTube for content'), said.join(' | '));
    assert.ok(!said.includes('get the content'), said.join(' | '));
  });
  it('says a grid spacing as its description does, never "the radius"', () => {
    const o = op('local_rank_tracker', 'Full Grid Search', 'GET', '/grid', 'Make a full grid search.', { radius: { type: 'string', description: 'The distance between coordinate points (on the same row / column in the grid).' } }, ['radius']);
    assert.equal(slotNoun('radius', o), 'grid spacing');
    const circle = op('x', 'Nearby', 'GET', '/nearby', 'Places nearby.', { radius: { type: 'number', description: 'Maximum distance in kilometers.' } });
    assert.equal(slotNoun('radius', circle), 'radius');
  });
  it('makes a request "there" once the place was looked up', () => {
    const slots = [{ operation: 'grid', param: 'lat', source: 'chained', from: { operation: 'places' } }];
    assert.equal(placeFound34b(slots, [{}, { call: { operation: 'places' } }], 2, 'grid'), true);
    assert.equal(placeFound34b(slots, [{}, { call: { operation: 'places' } }], 1, 'grid'), false);
    assert.equal(placedRequest34b('calculate grid points near a place', true), 'calculate grid points there');
    assert.equal(placedRequest34b('calculate grid points near a place', false), 'calculate grid points near a place');
  });
});
