import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../src/random/index.ts';
import { failInform, request, systemBye, userBye, userByeOpenings } from '../../src/realize/_compose.ts';
import { gotThing } from '../../src/realize/_bye24.ts';
import { askedFor } from '../../src/realize/_request24.ts';

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

describe('goodbyes said short and named by what came back (issue 10, wave 24)', () => {
  it('a lookup names the thing it brought; vague, counted and one-noun things are not named', () => {
    assert.equal(gotThing('get order messages'), 'order messages');
    assert.equal(gotThing('get the weather forecast'), 'weather forecast');
    assert.equal(gotThing('list closures'), 'closures');
    for (const vague of ['get several albums', 'get a pet', 'get the pet', 'delete the order messages', 'get the data', "get a track's audio features"]) assert.equal(gotThing(vague), undefined, vague);
  });
  it('most goodbyes are short, and "Thanks for the …" opens as goodbyes do', () => {
    let long = 0;
    let got = 0;
    for (let n = 0; n < 300; n++) {
      const style = (['terse', 'casual', 'formal'] as const)[n % 3]!;
      const bye = userBye(Rng.keyed(`g${n}`), style, { intent: 'get the order messages' }, false);
      assert.ok(userByeOpenings(false).some((o) => bye === o || bye.startsWith(`${o} `)), bye);
      if (/order messages/.test(bye)) got++;
      const reply = systemBye(Rng.keyed(`h${n}`), { intent: 'get the order messages' }, false, undefined, bye);
      if (words(bye) > 10 || words(reply) > 10) long++;
    }
    assert.ok(got >= 60, `only ${got} of 300 goodbyes name what came back`);
    assert.ok(long <= 60, `${long} of 300 goodbyes run past ten words`);
  });
});

describe('requests name what the value is for (issue 10, wave 24)', () => {
  it('one value is asked for by what it brings; a key or several values are not asked "which … for"', () => {
    assert.ok(askedFor('the road ID', 'list closures', false, false).includes('Which road ID do you want the closures for?'));
    assert.deepEqual(askedFor('the API key', 'list closures', false, false), []);
    assert.ok(!askedFor('the latitude and the longitude', 'get the current weather', true, false).some((a) => a.startsWith('Which')));
    // A value the call can go without is asked for, never said to be needed.
    assert.ok(!askedFor('the year', 'get the long weekends', false, true).some((a) => /\bneed\b/.test(a)));
    assert.deepEqual(askedFor('the store name', 'look up the store ID', false, false), []);
  });
  it('requests still read as questions or needs, sometimes naming the thing', () => {
    let named = 0;
    for (let n = 0; n < 200; n++) {
      const text = request(Rng.keyed(`r${n}`), 'the road ID', 'list closures', false);
      if (/closures/.test(text)) named++;
      assert.ok(/road ID/.test(text), text);
    }
    assert.ok(named >= 40 && named <= 160, `${named} of 200`);
  });
});

describe("a don't-know answer says what the user has (wave 24)", () => {
  it('the known value follows in the same sentence or the next, and is always said', () => {
    let merged = 0;
    for (let n = 0; n < 100; n++) {
      const text = failInform(Rng.keyed(`f${n}`), 'casual', 'the store ID', 'it', 'is', 'the store name is Support Desk Roles');
      assert.ok(text.includes('the store name is Support Desk Roles') || text.includes('The store name is Support Desk Roles'), text);
      if (/, but the store name is/.test(text)) merged++;
    }
    assert.ok(merged >= 30, `${merged} of 100`);
  });
});
