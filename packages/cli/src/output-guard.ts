/**
 * Refuses an output that is one of the inputs, before anything is read: `rhi report records.ndjson
 * --output records.ndjson` (or a symbolic or hard link to it, or `>> records.ndjson`) would destroy
 * the records it reads. Files are compared by device and inode, so every name of a file is caught.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { fstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OutputFailure } from './command-failure.js';
import type { InputRole, SameFileHow } from './output-words.js';
import { STDIN } from './open-records.js';
import type { Words } from './words.js';

export interface NamedInput {
  /** A path, or "-" for standard input. */
  path: string;
  role: InputRole;
}

/** fd 0 and fd 1, when they are regular files (a terminal or a pipe can never be an input file). */
function standardStream(fd: 0 | 1): Stats | undefined {
  try {
    const found = fstatSync(fd);
    return found.isFile() ? found : undefined;
  } catch {
    return undefined;
  }
}

async function statOf(path: string): Promise<Stats | undefined> {
  if (path === STDIN) return standardStream(0);
  return stat(path).catch(() => undefined);
}

async function isLinked(path: string): Promise<boolean> {
  const [link, real] = await Promise.all([lstat(path).catch(() => undefined), realpath(path).catch(() => resolve(path))]);
  return link?.isSymbolicLink() === true || real !== resolve(path);
}

async function howSame(output: string | undefined, input: string): Promise<SameFileHow> {
  if (output === undefined || input === STDIN) return 'sameFile';
  if (resolve(output) === resolve(input)) return 'samePath';
  return (await isLinked(output)) || (await isLinked(input)) ? 'symlink' : 'hardLink';
}

/** Every file in the rules folder's ruleset folders: an output must not be one of them. */
export async function ruleFileInputs(rulesDir: string): Promise<NamedInput[]> {
  const inputs: NamedInput[] = [];
  const entries = await readdir(rulesDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const folder = join(rulesDir, entry.name);
    const names = await readdir(folder).catch(() => []);
    inputs.push(...names.map((name) => ({ path: join(folder, name), role: 'rules' as const })));
  }
  return inputs;
}

/**
 * Stops (exit code 4) when the output, a file named by --output or standard output redirected to a
 * file, is one of the inputs, with one line saying which input and how.
 */
export async function refuseOutputThatIsAnInput(output: string | undefined, inputs: readonly NamedInput[], words: Words): Promise<void> {
  const target = output === undefined ? standardStream(1) : await statOf(output);
  if (!target) return;
  for (const input of inputs) {
    const found = await statOf(input.path);
    if (!found || found.dev !== target.dev || found.ino !== target.ino) continue;
    const stdin = input.path === STDIN;
    const how = await howSame(output, input.path);
    throw new OutputFailure([words.output.isAnInput(output ?? words.output.standardOutput, stdin ? 'stdin' : input.role, stdin ? '' : input.path, how)]);
  }
}
