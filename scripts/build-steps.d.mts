// Types for scripts/build-steps.mjs (the incremental build), for the tests that import it.
export interface BuildStep {
  name: string;
  /** Files or folders (walked recursively), relative to the root. */
  inputs: string[];
  /** Files or folders the step writes; a missing one (or an empty folder) makes it run. */
  outputs?: string[];
  /** Returns false to fail without throwing: the step's stamp is then not written. */
  run: () => unknown | Promise<unknown>;
}

export function fingerprint(root: string, step: BuildStep): string;

export function runSteps(
  steps: BuildStep[],
  options: { root: string; cacheDir?: string; force?: boolean; log?: (line: string) => void },
): Promise<string[]>;
