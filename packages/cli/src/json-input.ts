/** Reading a JSON file a person gave on the command line; every problem becomes one located line. */
import { access, constants, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { formatProblem, readJsonFile, type JsonFile, type Problem } from '@rhi-toolkit/engine/node';
import { CommandFailure } from './command-failure.js';
import type { Words } from './words.js';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file as people find it: relative to where they are, unless it is elsewhere ("../../tmp/…" helps nobody). */
function shownFile(file: string): string {
  if (isAbsolute(file)) return file;
  const path = relative(process.cwd(), resolve(file));
  return path.startsWith('..') ? resolve(file) : file;
}

/** Problems as `file:line:column  message` lines, the form editors and CI jump to. */
export function problemLines(problems: readonly Problem[]): string[] {
  return [...new Set(problems.map((problem) => formatProblem({ ...problem, file: shownFile(problem.file) })))];
}

/** Stops with one line in the chosen language when the file is missing, a folder or unreadable. */
async function checkReadable(path: string, words: Words): Promise<void> {
  try {
    await access(path, constants.R_OK);
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
  } catch (error) {
    throw new CommandFailure([`${path}  ${words.input.unreadable((error as NodeJS.ErrnoException).code)}`]);
  }
}

/**
 * Reads and parses a JSON file, or stops with a line naming the file (with line:column for
 * broken JSON). Only the first syntax error is shown: the ones after it usually follow from it.
 */
export async function readJsonOrStop(path: string, words: Words): Promise<JsonFile & { value: unknown }> {
  await checkReadable(path, words);
  const file = await readJsonFile(path, path, words.lang);
  if (file.problems.length > 0) throw new CommandFailure(problemLines(file.problems.slice(0, 1)));
  return file as JsonFile & { value: unknown };
}
