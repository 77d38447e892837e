/**
 * The one Faker of mock values, driven by the caller's Rng (never by its own generator): `withRng` binds it
 * for the span of a synchronous call.
 */
import { Faker, base, en } from '@faker-js/faker';
import type { Rng } from '../random/index.ts';

let current: Rng | null = null;

export const faker = new Faker({
  locale: [en, base],
  randomizer: {
    next: () => {
      if (!current) throw new Error('mock values need an Rng (use withRng)');
      return current.float();
    },
    seed: () => undefined,
  },
});

/** Run `fn` with Faker drawing from `rng`. Planning is synchronous, so nothing interleaves. */
export function withRng<T>(rng: Rng, fn: () => T): T {
  const previous = current;
  current = rng;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
