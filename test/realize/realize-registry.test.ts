/** The realizer registry: generate's --realizer is checked against it, and a realizer added from outside is chosen by name. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DialforgeError } from '../../src/errors.ts';
import { realizerModule, realizerNames, registerRealizer, templateRealizer, type Realizer, type RealizerModule } from '../../src/realize/index.ts';

describe('realizer registry', () => {
  it('holds the built-in template and llm realizers; only the template one runs in worker threads', () => {
    assert.deepEqual(realizerNames().slice(0, 2), ['template', 'llm']);
    assert.equal(realizerModule('template').workers, true);
    assert.equal(realizerModule('llm').workers, false);
    assert.equal(realizerModule('template').create(undefined), templateRealizer);
  });

  it('rejects an unknown name with E_USAGE naming the known ones', () => {
    assert.throws(
      () => realizerModule('nope', 'config key "realizer"'),
      (e: unknown) => e instanceof DialforgeError && e.code === 'E_USAGE' && /config key "realizer": "nope" is not a realizer; use template.*llm/.test(e.message),
    );
  });

  it('takes a realizer registered from outside (one call, no other file)', () => {
    const shout: Realizer = { name: 'shout', realize: (plan, ctx) => templateRealizer.realize(plan, ctx) };
    const module: RealizerModule<void, Realizer> = { name: 'shout', summary: 'shout (test)', workers: true, create: () => shout };
    registerRealizer(module);
    assert.ok(realizerNames().includes('shout'));
    assert.equal(realizerModule('shout').create(undefined), shout);
  });
});
