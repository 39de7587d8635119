/**
 * A small seeded random number generator (mulberry32) and the draws synth makes with it. Seeded,
 * not Math.random, so the same seed gives the same records on every machine and every run.
 */

export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** A whole number from min to max, both included. */
  between(min: number, max: number): number;
  /** One of the keys, drawn by weight (weights need not add up to 1). */
  weighted<T extends string | number>(weights: readonly (readonly [T, number])[]): T;
  /** One item of a list, each equally likely. */
  pick<T>(items: readonly T[]): T;
}

/** mulberry32 (public domain, Tommy Ettinger): 32 bits of state, good enough for test data, never for secrets. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (probability) => next() < probability,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    weighted(weights) {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [value, weight] of weights) {
        draw -= weight;
        if (draw < 0) return value;
      }
      return weights[weights.length - 1][0];
    },
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** A seed for one record's own draws, so what one part draws never shifts the draws of another. */
export function recordSeed(seed: number, recordIndex: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(recordIndex + 1, 0x85ebca6b)) >>> 0;
}
