/** The `--jobs N` option of the commands that read records files (rhi batch, report, export). */
import { availableParallelism } from 'node:os';
import { UsageError } from './command-failure.js';
import { stringOption, type CommandLine } from './command-line.js';

/** How many threads to assess on: `--jobs`, else one per core; a usage error unless a whole number ≥ 1. */
export function jobsOption(commandLine: CommandLine, command: string): number {
  const text = stringOption(commandLine, 'jobs');
  if (text === undefined) return availableParallelism();
  if (!/^[1-9]\d*$/.test(text.trim())) throw new UsageError(commandLine.words.usage.badJobs(command, text));
  return Number(text.trim());
}
