/**
 * Opens a records file (or stdin for "-") as a text stream, or stops with one line naming the
 * file: for `rhi batch` and `rhi report`, which read NDJSON one line at a time.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CommandFailure } from './command-failure.js';
import type { Words } from './words.js';

export const STDIN = '-';

export async function openRecords(path: string, words: Words): Promise<Readable> {
  if (path === STDIN) return process.stdin;
  const cannotRead = (code: string | undefined) => new CommandFailure([`${path}  ${words.input.unreadable(code)}`]);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw cannotRead(error.code);
  });
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw cannotRead('EISDIR');
  }
  return handle.createReadStream({ encoding: 'utf8', highWaterMark: 1 << 20 });
}
