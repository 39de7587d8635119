// Records are split into lines on bytes and each line decoded strictly as UTF-8 (open-records.ts),
// and the first bad byte is found exactly where TextDecoder would refuse (utf8-text.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { firstBadUtf8Byte } from '../../packages/engine/src/node/utf8-text.js';
import { recordLines } from '../../packages/cli/src/open-records.js';

describe('recordLines: lines split on bytes, decoded whole', () => {
  /** The lines of the bytes when they arrive cut at the given places. */
  async function linesOf(bytes: Buffer, cuts: number[]): Promise<unknown[]> {
    const chunks = [0, ...cuts, bytes.length].slice(1).map((end, index, ends) => bytes.subarray(index === 0 ? 0 : ends[index - 1], end));
    const found = [];
    for await (const line of recordLines(Readable.from(chunks))) found.push(line);
    return found;
  }

  it('puts a character cut across two chunks back together, and a CRLF cut in two is one line ending', async () => {
    const bytes = Buffer.from('\uFEFF{"childId":"Siôn"}\r\n\r\nlone\rlast', 'utf8');
    const expected = [
      { line: 1, text: '{"childId":"Siôn"}' },
      { line: 2, text: '' },
      { line: 3, text: 'lone' },
      { line: 4, text: 'last' },
    ];
    for (let cut = 1; cut < bytes.length; cut += 1) assert.deepEqual(await linesOf(bytes, [cut]), expected, `cut at byte ${cut}`);
  });

  it('places the first bad byte of a line by its column', async () => {
    const bytes = Buffer.concat([Buffer.from('ok\n{"a":"ŵ', 'utf8'), Buffer.from([0xe2, 0x22]), Buffer.from('}\n', 'utf8')]);
    assert.deepEqual(await linesOf(bytes, [5]), [
      { line: 1, text: 'ok' },
      { line: 2, badByte: { column: 8, value: 0xe2 } },
    ]);
  });

  it('finds a bad byte exactly when TextDecoder refuses the bytes, and the bytes before it decode', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const bad = firstBadUtf8Byte(bytes);
        let refused = false;
        try {
          strict.decode(bytes);
        } catch {
          refused = true;
        }
        assert.equal(bad >= 0, refused);
        if (bad >= 0) strict.decode(bytes.subarray(0, bad));
      }),
      { numRuns: 2000 },
    );
  });
});
