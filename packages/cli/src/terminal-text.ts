/**
 * Text from files (rule messages, agency names, field names, values in records) must not drive
 * the terminal that shows it: an ESC could recolour, move the cursor, retitle the window or hide
 * a line; a carriage return could overwrite a risk level with another; a bidi override could show
 * "high" where the bytes say something else. Every character that does something other than
 * show itself is written as a visible `\uXXXX` (the JSON escape, so JSON output keeps its meaning):
 * C0 controls but tab, newline and the CR of a CRLF, DEL, C1 controls, and the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069). Applied where all output goes (output.ts, output-file.ts).
 */

// CR is active only alone: CRLF is a line ending (the CSV report's, as RFC 4180 asks), a lone CR returns the cursor to overwrite the line.
const ACTIVE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;
const ACTIVE_CHARACTERS = new RegExp(ACTIVE_CHARACTER.source, 'g');

/** The visible form of one active character, such as `\u001b` for ESC. */
export function visibleEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text with every active character shown as `\uXXXX`; tab and newline stay as they are. */
export function terminalSafe(text: string): string {
  return text.replace(ACTIVE_CHARACTERS, visibleEscape);
}

/** Where the first character that terminalSafe would escape is (-1 when none): `rhi validate` warns about them. */
export function firstActiveCharacter(text: string): number {
  return ACTIVE_CHARACTER.exec(text)?.index ?? -1;
}
