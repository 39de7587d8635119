/**
 * A small document (headings, paragraphs, tables, nested lists) that `rhi rules` builds once and
 * prints as plain text or as Markdown. Every piece of text passes through the Markdown escaper, so
 * no rule file can inject markup into a sign-off document.
 */
import { escapeBlockStart, escapeMarkdown, markdownCode } from './markdown-text.js';

/** A run of text: plain, an identifier, or emphasised. */
export type Inline = string | { code: string } | { strong: string };

export interface ListItem {
  text: Inline[];
  children?: ListItem[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'table'; header: string[]; rows: Inline[][][] }
  | { kind: 'list'; items: ListItem[] };

function plain(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  return 'code' in inline ? inline.code : inline.strong;
}

function plainText(text: readonly Inline[]): string {
  return text.map(plain).join('');
}

function markdownInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeMarkdown(inline);
  if ('code' in inline) return markdownCode(inline.code);
  return `**${escapeMarkdown(inline.strong)}**`;
}

function markdownText(text: readonly Inline[]): string {
  return text.map(markdownInline).join('');
}

function textList(items: readonly ListItem[], depth: number): string[] {
  return items.flatMap((item) => [`${'  '.repeat(depth + 1)}• ${plainText(item.text)}`, ...textList(item.children ?? [], depth + 1)]);
}

function textTable(header: readonly string[], rows: readonly Inline[][][]): string[] {
  const cells = [header, ...rows.map((row) => row.map(plainText))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()}`;
  return [line(header), `  ${widths.map((width) => '-'.repeat(width)).join('  ')}`, ...cells.slice(1).map(line)];
}

/** Plain text for a terminal or a text file. */
export function renderText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const text = plainText(block.text);
      if (block.level === 1) lines.push(text, '='.repeat(text.length));
      else if (block.level === 2) lines.push('', text.toUpperCase(), '-'.repeat(text.length));
      else lines.push('', text);
    } else if (block.kind === 'paragraph') {
      lines.push(plainText(block.text));
    } else if (block.kind === 'table') {
      lines.push(...textTable(block.header, block.rows));
    } else {
      lines.push(...textList(block.items, 0));
    }
  }
  return lines.join('\n');
}

function markdownList(items: readonly ListItem[], depth: number): string[] {
  return items.flatMap((item) => [`${'  '.repeat(depth)}- ${escapeBlockStart(markdownText(item.text))}`, ...markdownList(item.children ?? [], depth + 1)]);
}

function markdownTable(header: readonly string[], rows: readonly Inline[][][]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(escapeMarkdown)), line(header.map(() => '---')), ...rows.map((row) => line(row.map(markdownText)))];
}

/** Markdown (GitHub flavour) for a sign-off document. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const chunks: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') chunks.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`);
    else if (block.kind === 'paragraph') chunks.push(escapeBlockStart(markdownText(block.text)));
    else if (block.kind === 'table') chunks.push(markdownTable(block.header, block.rows).join('\n'));
    else chunks.push(markdownList(block.items, 0).join('\n'));
  }
  return chunks.join('\n\n');
}
