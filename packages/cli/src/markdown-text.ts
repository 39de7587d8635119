/**
 * Escapes text from rule files for Markdown, so markup a provider typed (or someone slipped in)
 * shows as the characters written and never as HTML, links or emphasis.
 */

/**
 * Every CommonMark line ending (LF, CRLF and a lone CR) with the blanks around it: in text from a
 * file each becomes one space, so no rule message can start a heading, a list or a table row.
 */
const LINE_ENDING = /\s*(?:\r\n|\r|\n)\s*/g;

/** Text as inert Markdown: line endings become spaces, HTML characters become entities, Markdown punctuation is escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_ENDING, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]|#~]/g, '\\$&');
}

/**
 * Escapes what only matters at the start of a block ("- ", "+ ", "1. "), where plain text
 * would otherwise turn into a list. Applied to a paragraph or list item after inline escaping.
 */
export function escapeBlockStart(markdown: string): string {
  return markdown.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A code span when the text allows one; otherwise escaped plain text. */
export function markdownCode(text: string): string {
  if (/[`|\r\n]/.test(text) || text.trim() === '') return escapeMarkdown(text);
  return `\`${text}\``;
}
