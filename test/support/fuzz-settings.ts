// How many cases each property test tries, and from which seed. The test command uses a fixed seed
// so that a red run can be repeated exactly and a run never fails by luck; `npm run fuzz` (or
// FUZZ_SEED=random) explores fresh cases, FUZZ_RUNS multiplies the count. fast-check prints the
// seed and the shrunk counterexample of any failure, so a new finding can be replayed with
// FUZZ_SEED=<seed> and kept as an ordinary test.
const DEFAULT_SEED = 20261123;

function seedFromEnvironment(): number | undefined {
  const given = process.env.FUZZ_SEED;
  if (given === 'random') return undefined;
  if (given === undefined || given === '') return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number or "random"; it is "${given}".`);
  return seed;
}

function scaleFromEnvironment(): number {
  const given = process.env.FUZZ_RUNS;
  if (given === undefined || given === '') return 1;
  const scale = Number(given);
  if (!(scale > 0)) throw new Error(`FUZZ_RUNS must be a number above 0 (a multiplier of each test's runs); it is "${given}".`);
  return scale;
}

const seed = seedFromEnvironment();
const scale = scaleFromEnvironment();

/** fast-check parameters for a property test that tries `numRuns` cases at the default scale. */
export function fuzzRuns(numRuns: number): { numRuns: number; seed?: number } {
  const runs = Math.max(1, Math.round(numRuns * scale));
  return seed === undefined ? { numRuns: runs } : { numRuns: runs, seed };
}
