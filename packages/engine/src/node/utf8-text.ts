/**
 * Decodes bytes read from a file as UTF-8, strictly. Node's `readFile(path, 'utf8')` turns every
 * byte that is not UTF-8 into U+FFFD, so "Siân", "Siôn" and "Siàn" from a Latin-1 export all
 * become "Si�n": one child where there were three. Here such bytes are a problem at the line and
 * column of the first bad byte instead (columns count characters, as in every other problem).
 */

export type DecodedText = { text: string } | { badByte: { offset: number; line: number; column: number; value: number } };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The offset of the first byte that starts a sequence UTF-8 does not allow (a stray continuation
 * byte, a lead byte without its continuation, an overlong form, a surrogate, beyond U+10FFFF),
 * following the WHATWG decoder so it agrees with TextDecoder; -1 when every byte is good.
 */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return index;
    for (let step = 1; step <= needed; step += 1) {
      const next = bytes[index + step];
      if (next === undefined || next < lower || next > upper) return index;
      lower = 0x80;
      upper = 0xbf;
    }
    index += needed + 1;
  }
  return -1;
}

/** The text of UTF-8 bytes (a leading byte order mark removed), or where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: strict.decode(body) };
  } catch {
    // The two always agree; were they not to, the start of the text is still a place, not silence.
    const offset = Math.max(0, firstBadUtf8Byte(body));
    const lineStart = offset === 0 ? 0 : body.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let index = 0; index < lineStart; index += 1) if (body[index] === 0x0a) line += 1;
    const column = lenient.decode(body.subarray(lineStart, offset)).length + 1;
    return { badByte: { offset: start + offset, line, column, value: body[offset] } };
  }
}
