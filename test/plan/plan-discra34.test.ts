/** Wave 34 (discra): entries a list grants are distinct, exchange codes are real ones, a country's list is that country's. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildResult } from '../../src/plan/_result.ts';
import { idString } from '../../src/plan/_id-string.ts';
import { fitPlaceFacts21 } from '../../src/plan/_fit-places21.ts';
import { Rng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';

describe('plan, wave 34 (discra)', () => {
  it('a list of permissions never names one permission twice', () => {
    const fields = [{ path: 'data[].permission', schema: { type: 'string' } }, { path: 'data[].type', schema: { type: 'string', example: 'app' } }];
    for (let seed = 1; seed <= 30; seed++) {
      const r = buildResult(fields, Rng.for(seed, 0), [], {}, 'getAppPermissionsById').result as { data: { permission: string }[] };
      const names = r.data.map((d) => d.permission);
      assert.equal(new Set(names).size, names.length, names.join(', '));
    }
  });

  it('an exchange code is one a trader says, never a random token', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const code = idString('exchange_code', Rng.for(seed, 0));
      assert.match(code, /^(NYSE|NASDAQ|LSE|XETRA|TSX|HKEX|ASX|SIX|TSE|NSE|JPX|SGX)$/);
    }
    assert.doesNotMatch(idString('promo_code', Rng.for(1, 0)), /^(NYSE|NASDAQ|LSE)$/);
  });

  it('webcams listed for a country are in it, and the list reports its one continent', () => {
    const result = {
      status: 'ok',
      result: {
        webcams: [{ id: '1', title: 'Cotswold: Cirencester ChickenCam' }, { id: '2', title: 'Hanoi: Old Town Square' }, { id: '3', title: 'Lyon: City Skyline' }],
        countries: ['Vietnam'],
        continents: ['Asia', 'Oceania', 'Europe'],
      },
    };
    withRng(Rng.for(1, 0), () => fitPlaceFacts21(result, { country: 'Vietnam' }, new Set(['"Vietnam"'])));
    for (const w of result.result.webcams) assert.match(w.title, /^(Hanoi|Ho Chi Minh City|Da Nang|Hà Nội)\b/, w.title);
    assert.deepEqual(result.result.continents, ['Asia']);
    // A call by code ("FR") is a call by country too; a list asked by no country is left alone.
    const french = { webcams: [{ id: '1', title: 'Cape Town: Camps Bay Beach' }], continents: ['Europe', 'South America'] };
    withRng(Rng.for(2, 0), () => fitPlaceFacts21(french, { country: 'FR' }, new Set()));
    assert.doesNotMatch(french.webcams[0]!.title, /^Cape Town/);
    assert.deepEqual(french.continents, ['Europe']);
    const open = { webcams: [{ id: '1', title: 'Cape Town: Camps Bay Beach' }], continents: ['Africa', 'Europe'] };
    withRng(Rng.for(3, 0), () => fitPlaceFacts21(open, { property: 'hd' }, new Set()));
    assert.deepEqual(open, { webcams: [{ id: '1', title: 'Cape Town: Camps Bay Beach' }], continents: ['Africa', 'Europe'] });
  });
});
