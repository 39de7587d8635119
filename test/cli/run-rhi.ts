// Runs the built `rhi` command from the repository root, as a provider would, for the CLI tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `rhi ARGS…`, with standard input if given; RHI_RULES_DIR is cleared so the repository's rules are used. */
export function runRhi(args: string[], input?: string): CommandResult {
  const env = { ...process.env };
  delete env.RHI_RULES_DIR;
  const result = spawnSync(process.execPath, ['packages/cli/bin/rhi.js', ...args], { cwd: repositoryRoot, encoding: 'utf8', env, input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
