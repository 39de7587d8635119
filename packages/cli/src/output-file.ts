/**
 * `--output FILE` of `rhi report`, `rhi synth` and `rhi batch`: the file is written whole or not at
 * all. The text goes to a temporary file beside the target (same folder, so the rename cannot
 * cross a disk) and is renamed over the target only once every byte is on disk; a failed write
 * (a full disk, a folder that cannot be written to) removes the temporary file and leaves an
 * older FILE as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputFailure } from './command-failure.js';
import { terminalSafe } from './terminal-text.js';
import type { Words } from './words.js';

/** Writes of about this many characters: one write per record would be slow. */
const CHUNK_CHARACTERS = 1 << 16;

/** Where the bytes really go: a symbolic link's target, so the link itself stays a link. */
async function destinationOf(output: string): Promise<string> {
  return realpath(output).catch(() => output);
}

/** A name in the same folder that no other run can take (opened with 'wx', so never an existing file). */
function temporaryBeside(destination: string): string {
  return join(dirname(destination), `.${basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** The mode the file keeps: an existing file's, else the usual one (umask applies). */
async function modeFor(destination: string): Promise<number> {
  return stat(destination).then(
    (found) => found.mode & 0o7777,
    () => 0o666,
  );
}

/** Something that receives the output text piece by piece. */
export type TextSink = (text: string) => Promise<void>;

/**
 * Writes what `produce` hands to its sink into `output`, atomically. Every failure becomes one
 * line naming the file and what to do (exit code 4), never a stack trace.
 */
export async function writeOutputFile(output: string, produce: (sink: TextSink) => Promise<void>, words: Words): Promise<void> {
  const destination = await destinationOf(output);
  const temporary = temporaryBeside(destination);
  const fail = (error: unknown) => new OutputFailure([words.output.cannotWrite(output, (error as NodeJS.ErrnoException).code)]);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', await modeFor(destination));
  } catch (error) {
    throw fail(error);
  }
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    await handle.writeFile(text, 'utf8').catch((error: unknown) => {
      throw fail(error);
    });
  };
  try {
    await produce(async (text) => {
      pending += terminalSafe(text);
      if (pending.length >= CHUNK_CHARACTERS) await flush();
    });
    await flush();
    // On disk before the rename, or a crash could leave an empty file under the old name.
    await handle.sync().catch((error: unknown) => {
      throw fail(error);
    });
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  try {
    await handle.close();
    await rename(temporary, destination);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw fail(error);
  }
}
