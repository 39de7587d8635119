/**
 * Opens a records file (or stdin for "-") and reads it one line at a time: for `rhi batch` and
 * `rhi report`, which read NDJSON. Each line is decoded as UTF-8 on its own and strictly: a line
 * with bytes that are not UTF-8 (a Latin-1 export) comes out as the place of its first bad byte,
 * never as text with U+FFFD in it, so two different names can never be merged into one.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { decodeUtf8, formatProblem, problemWords, type Language } from '@rhi-toolkit/engine/node';
import { CommandFailure } from './command-failure.js';
import type { Words } from './words.js';

export const STDIN = '-';

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

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
  return handle.createReadStream({ highWaterMark: 1 << 20 });
}

/** One line of a records file: its text, or the column of its first byte that is not UTF-8. */
export type RecordFileLine = { line: number; text: string } | { line: number; badByte: { column: number; value: number } };

/**
 * The lines of a byte stream, numbered from 1. Lines end at LF, CRLF or a lone CR (as Node's
 * readline counts them), split on bytes: those never occur inside a multi-byte UTF-8 character,
 * so a character cut across two chunks is put back together before it is decoded. A byte order
 * mark at the start of a line is dropped (the file's, or one left by joining two exports).
 */
export async function* recordLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<RecordFileLine> {
  let parts: Buffer[] = [];
  let line = 0;
  // The previous chunk ended in CR: a LF at the start of this one belongs to it.
  let afterCarriageReturn = false;
  const decoded = (): RecordFileLine => {
    line += 1;
    const result = decodeUtf8(Buffer.concat(parts));
    parts = [];
    return 'text' in result ? { line, text: result.text } : { line, badByte: { column: result.badByte.column, value: result.badByte.value } };
  };
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let start = afterCarriageReturn && chunk[0] === LINE_FEED ? 1 : 0;
    afterCarriageReturn = false;
    // Where the next LF and CR are, each searched again only once passed: one scan per chunk.
    let feed = chunk.indexOf(LINE_FEED, start);
    let carriage = chunk.indexOf(CARRIAGE_RETURN, start);
    while (feed >= 0 || carriage >= 0) {
      const end = feed < 0 ? carriage : carriage < 0 ? feed : Math.min(feed, carriage);
      parts.push(chunk.subarray(start, end));
      yield decoded();
      const crlf = chunk[end] === CARRIAGE_RETURN && chunk[end + 1] === LINE_FEED;
      if (chunk[end] === CARRIAGE_RETURN && end === chunk.length - 1) afterCarriageReturn = true;
      start = end + (crlf ? 2 : 1);
      if (feed >= 0 && feed < start) feed = chunk.indexOf(LINE_FEED, start);
      if (carriage >= 0 && carriage < start) carriage = chunk.indexOf(CARRIAGE_RETURN, start);
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) yield decoded();
}

/** `file:line:column  this is not UTF-8 text … — save the file as UTF-8 …` for a line that cannot be decoded. */
export function notUtf8Problem(file: string, found: { line: number; badByte: { column: number; value: number } }, lang: Language): string {
  const words = problemWords[lang];
  const { line, badByte } = found;
  return formatProblem({ file, pointer: '', line, column: badByte.column, message: words.notUtf8(badByte.value), hint: words.notUtf8Hint });
}
