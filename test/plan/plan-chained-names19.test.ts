import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOneThing } from '../../src/plan/_chained-names17.ts';

describe('chained values never take a spec example naming another thing', () => {
  test('reverse-domain ids and named slugs name one thing; opaque ids do not', () => {
    assert.equal(namesOneThing({ default: 'com.dd.doordash' }), true);
    assert.equal(namesOneThing({ example: 'org.telegram.messenger' }), true);
    assert.equal(namesOneThing({ example: 'real-madrid' }), true);
    assert.equal(namesOneThing({ example: 'Ubisoft' }), true);
    assert.equal(namesOneThing({ example: 'Ah4hEgn05GB' }), false);
    assert.equal(namesOneThing({ example: '3f2a-19bc' }), false);
    assert.equal(namesOneThing({ default: 'en' }), false);
  });
});
