import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordOperation, Slot } from '../../src/plan/types.ts';
import { spokenLikePerson30 } from '../../src/realize/_intents30.ts';
import { filledIntent30 } from '../../src/realize/_intent-values30.ts';
import { byeIntent } from '../../src/realize/_bye-intent.ts';
import { gotThing } from '../../src/realize/_bye24.ts';
import { askedFor } from '../../src/realize/_request24.ts';

const read = (path: string, required: string[] = []) => ({ method: 'GET', path, parameters: { required } });

describe('requests spoken like a person, not like an operation summary (wave 30)', () => {
  it('a keyed read looks a record up; it never "gets" one', () => {
    assert.equal(spokenLikePerson30('get an order', read('/orders/{id}')), 'look up an order');
    assert.equal(spokenLikePerson30('get a ticket order', read('/ticket-orders/{orderId}')), 'look up a ticket order');
    assert.equal(spokenLikePerson30('get an event by its ID', read('/events', ['eventId'])), 'look up an event by its ID');
    // Owned things, things made up on the spot, unkeyed reads and writes keep their verb.
    assert.equal(spokenLikePerson30("get an artist's albums", read('/artists/{id}/albums')), "get an artist's albums");
    assert.equal(spokenLikePerson30('get a random joke', read('/jokes/{category}')), 'get a random joke');
    assert.equal(spokenLikePerson30('get a quote', read('/quotes')), 'get a quote');
    assert.equal(spokenLikePerson30('get a payment', { method: 'POST', path: '/pay/{id}', parameters: {} }), 'get a payment');
  });
  it('"<things> by email" is said as whose they are', () => {
    assert.equal(spokenLikePerson30('get orders by email', read('/users/api/v1/{email}')), 'look up the orders for an email');
    assert.equal(spokenLikePerson30('get the articles by date', read('/articles/{date}')), 'look up the articles for a date');
  });
  it('thanks and asks name the things, never how they were found', () => {
    assert.equal(gotThing(byeIntent('get orders by email')), 'orders');
    assert.equal(gotThing(byeIntent('list products from different categories')), 'products');
    assert.equal(byeIntent('search companies by name'), 'search companies by name');
    assert.ok(askedFor('the email address', 'look up the orders for an email', false, false).includes('Which email address do you want the orders for?'));
  });
  it('a volunteered name or date fills the request it was a placeholder of', () => {
    const op: RecordOperation = { name: 'alerts', api: 'weather', description: 'List active weather alerts in a region.', method: 'GET', path: '/alerts', parameters: { type: 'object', properties: { region: { type: 'string' }, date: { type: 'string', format: 'date' }, title: { type: 'string' } }, required: ['region'] } };
    const slot = (param: string, value: string): Slot => ({ operation: 'w.alerts', param, value, source: 'given', required: true });
    const plan = { operations: { 'w.alerts': op }, slots: [slot('region', 'Gauteng'), slot('date', '2024-05-15'), slot('title', 'The Corrections')] };
    const say = (m: string) => `Also, ${m}.`;
    const region = { operation: 'w.alerts', param: 'region' };
    const date = { operation: 'w.alerts', param: 'date' };
    const title = { operation: 'w.alerts', param: 'title' };
    assert.deepEqual(filledIntent30('Can you list active weather alerts in a region?', [region], plan, say), { text: 'Can you list active weather alerts in Gauteng?', suffix: '' });
    assert.equal(filledIntent30('Please get historical weather for a date.', [date], plan, say)?.text, 'Please get historical weather for 2024-05-15.');
    assert.equal(filledIntent30('Could you search books by title, author or subject?', [title], plan, say)?.text, 'Could you search for the book The Corrections?');
    // Where the noun is what finds the operation, it stays beside the value.
    assert.equal(filledIntent30('Can you list active weather alerts in a region?', [region], plan, say, (f) => f.text.includes('region'))?.text, 'Can you list active weather alerts in the Gauteng region?');
    // What is not volunteered stays a placeholder; a value left over is said after.
    assert.equal(filledIntent30('Can you list active weather alerts in a region?', [date], plan, say), undefined);
    assert.match(filledIntent30('Can you list active weather alerts in a region?', [region, date], plan, say)?.suffix ?? '', /2024-05-15/);
  });
});

describe('the caller is no crowd of users (wave 30)', () => {
  it('"Remove Users\' Saved Albums" removes the saved albums', () => {
    assert.equal(spokenLikePerson30("remove users' saved albums", { method: 'DELETE', path: '/me/albums', parameters: {} }), 'remove the saved albums');
    assert.equal(spokenLikePerson30('get the webcams near the coordinates', read('/webcams', ['lat', 'lon'])), 'get the webcams near a place');
  });
});
