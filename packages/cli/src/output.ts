/**
 * Writing to stdout and stderr: the one place all terminal text goes through. Every piece is made
 * terminal-safe (terminal-text.ts), so no rule file or record can send the terminal an escape
 * sequence. Writes wait for 'drain' so a long batch never piles up in memory.
 */
import { once } from 'node:events';
import { exitCodes } from './command-failure.js';
import { terminalSafe } from './terminal-text.js';
import type { Words } from './words.js';

/** Writes text to stdout, waiting when the pipe is full. */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(terminalSafe(text))) await once(process.stdout, 'drain');
}

/** Writes lines to stdout, each ending in a newline. */
export async function printLines(lines: readonly string[]): Promise<void> {
  if (lines.length > 0) await write(`${lines.join('\n')}\n`);
}

/** Writes lines to stderr. */
export function printErrors(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(terminalSafe(`${lines.join('\n')}\n`));
}

/**
 * What happens when stdout cannot take more. A reader that stops early (`rhi batch … | head`) is
 * not a fault: stop quietly with the exit code so far. Any other failure (`> /dev/full`, a full
 * disk, a file without permission) is one line on stderr and exit code 4, never a stack trace.
 * A stderr that fails has nobody left to tell, so its errors are ignored.
 */
export function watchStandardOutput(words: Words): void {
  let told = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (told) return;
    told = true;
    process.stderr.write(`${words.output.cannotWriteStdout(error.code)}\n`, () => process.exit(exitCodes.output));
  });
  process.stderr.on('error', () => undefined);
}
