/** Per-dialogue randomness for the realizer: a pure-rand generator derived from (seed, index, stream). */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** FNV-1a over a string, 32-bit: mixes (seed, index, stream) into one generator seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export interface Rng {
  int(from: number, to: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A new generator for a named sub-stream, so adding a choice in one place does not shift others. */
  fork(stream: string): Rng;
}

function wrap(gen: RandomGenerator, key: string): Rng {
  const rng: Rng = {
    int: (from, to) => uniformInt(gen, from, to),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[uniformInt(gen, 0, items.length - 1)] as T;
    },
    chance: (p) => uniformInt(gen, 0, 9999) < p * 10000,
    fork: (stream) => createRng(`${key}/${stream}`),
  };
  return rng;
}

function createRng(key: string): Rng {
  return wrap(xoroshiro128plus(hash32(key)), key);
}

export function dialogueRng(seed: number, index: number, stream: string): Rng {
  return createRng(`${seed}:${index}:${stream}`);
}
