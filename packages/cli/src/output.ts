/** Writing to stdout and stderr. Writes wait for 'drain' so a long batch never piles up in memory. */
import { once } from 'node:events';

/** Writes text to stdout, waiting when the pipe is full. */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Writes lines to stdout, each ending in a newline. */
export async function printLines(lines: readonly string[]): Promise<void> {
  if (lines.length > 0) await write(`${lines.join('\n')}\n`);
}

/** Writes lines to stderr. */
export function printErrors(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

/** A reader that stops early (`rhi batch … | head`) is not a fault: stop quietly. */
export function stopQuietlyWhenReaderCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
