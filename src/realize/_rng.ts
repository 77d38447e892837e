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

export class Rng {
  private readonly gen: RandomGenerator;
  private readonly key: string;

  constructor(key: string) {
    this.key = key;
    this.gen = xoroshiro128plus(hash32(key));
  }

  int(from: number, to: number): number {
    return uniformInt(this.gen, from, to);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[uniformInt(this.gen, 0, items.length - 1)] as T;
  }

  chance(p: number): boolean {
    return uniformInt(this.gen, 0, 9999) < p * 10000;
  }

  /** A new generator for a named sub-stream, so adding a choice in one place does not shift others. */
  fork(stream: string): Rng {
    return new Rng(`${this.key}/${stream}`);
  }
}

export function dialogueRng(seed: number, index: number, stream: string): Rng {
  return new Rng(`${seed}:${index}:${stream}`);
}
