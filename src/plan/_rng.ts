/**
 * The planner's only source of randomness: pure-rand's xoroshiro128plus, seeded from (seed, index) alone,
 * so a dialogue never depends on which other dialogues were planned before it or in parallel.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Hash a list of integers (any size up to 2^53) into four 32-bit words. */
function stateFrom(parts: number[]): number[] {
  const words: number[] = [];
  for (const part of parts) {
    words.push(part % 0x100000000 | 0, Math.floor(part / 0x100000000) | 0);
  }
  const state: number[] = [];
  for (let lane = 0; lane < 4; lane++) {
    let h = fmix32(0x9e3779b9 * (lane + 1));
    for (const word of words) h = fmix32(h ^ fmix32(word + lane * 0x632be5ab));
    state.push(h);
  }
  if (!state.some((word) => word !== 0)) state[0] = 1;
  return state;
}

export class Rng {
  readonly generator: RandomGenerator;

  constructor(generator: RandomGenerator) {
    this.generator = generator;
  }

  /** A generator for dialogue `index` of a run seeded `seed`; `stream` separates independent uses. */
  static for(seed: number, index: number, stream = 0): Rng {
    return new Rng(xoroshiro128plusFromState(stateFrom([seed, index, stream])));
  }

  /** Integer in [from, to], both included. */
  int(from: number, to: number): number {
    // uniformInt needs safe integers; specs write bounds like ±9.2e18 (int64), where a scaled float will do.
    if (to - from > 0xffffffff || !Number.isSafeInteger(from) || !Number.isSafeInteger(to)) {
      const lo = Math.max(Math.ceil(from), Number.MIN_SAFE_INTEGER);
      const hi = Math.min(Math.floor(to), Number.MAX_SAFE_INTEGER);
      return Math.min(hi, lo + Math.floor(this.float() * (hi - lo + 1)));
    }
    return uniformInt(this.generator, from, to);
  }

  /** Float in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick on an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Index chosen with probability proportional to its weight; -1 when all weights are 0. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += Math.max(0, weight);
    if (total <= 0) return -1;
    let target = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= Math.max(0, weights[i] as number);
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  /** A new array in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }
}
