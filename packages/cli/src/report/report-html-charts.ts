/**
 * Bar charts as inline SVG for the HTML service report. Everything visual is an SVG presentation
 * attribute (fill, font-size, …), not CSS: the page has to render under `style-src 'self'`, which
 * blocks inline styles but not attributes. Each bar carries its value in words at its end, so the
 * chart reads without colour; the SVG's title states every figure for screen readers, and the data
 * table beside the chart holds the same figures.
 */
import { escapeText } from './report-html-markup.js';

export interface ChartBar {
  label: string;
  /** The bar's length; null draws no bar (the value text says why, e.g. "not available"). */
  value: number | null;
  /** The value as the reader sees it at the end of the bar and in the text alternative. */
  valueText: string;
  /** A mark drawn after the value (such as "*"), explained in the chart's notes. */
  marker?: string;
  /** What the marker means, said in the text alternative instead of the mark. */
  markerMeaning?: string;
}

export interface ChartOptions {
  /** Unique in the page: the SVG's title is found by it. */
  id: string;
  title: string;
  /** What kind of chart it is, said first in the text alternative. */
  kind: string;
  bars: ChartBar[];
  /** Visible notes under the chart, such as the key to a marker. */
  notes?: string[];
}

// GOV.UK colours against the white page: text black 19.6:1; both bar colours are above the 3:1
// that WCAG asks of graphics (blue 5.2:1, red 4.9:1). A test checks every fill.
const textColour = '#0b0c0c';
const riseColour = '#1d70b8';
const fallColour = '#d4351c';
const fontFamily = 'Arial, Helvetica, sans-serif';

const width = 640;
/** Each row: the label's line, then the bar with its value beside it. */
const rowHeight = 52;
const labelBaseline = 16;
const barTop = 22;
const barHeight = 22;
const valueBaseline = barTop + 16;
/** Room kept beside the longest bar for its value text. */
const valueRoom = 150;
/** Longer labels are cut in the picture only; the title and the table have them whole. */
const longestLabel = 72;

const pixels = (value: number) => String(Math.round(value * 10) / 10);

function shortened(label: string): string {
  return label.length > longestLabel ? `${label.slice(0, longestLabel - 1).trimEnd()}…` : label;
}

function text(x: number, y: number, content: string, options: { anchor?: 'start' | 'end' | 'middle'; bold?: boolean } = {}): string {
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const weight = options.bold ? ' font-weight="bold"' : '';
  return `<text x="${pixels(x)}" y="${pixels(y)}"${anchor}${weight}>${escapeText(content)}</text>`;
}

function rect(x: number, y: number, length: number, fill: string): string {
  return `<rect x="${pixels(x)}" y="${pixels(y)}" width="${pixels(length)}" height="${barHeight}" fill="${fill}"/>`;
}

function line(x: number, top: number, bottom: number): string {
  return `<line x1="${pixels(x)}" y1="${top}" x2="${pixels(x)}" y2="${pixels(bottom)}" stroke="${textColour}" stroke-width="2"/>`;
}

/** A bar too short to see still shows as a sliver, so a small count does not look like none. */
function barLength(value: number, largest: number, room: number): number {
  if (value === 0 || largest === 0) return 0;
  return Math.max(2, (Math.abs(value) / largest) * room);
}

function drawnValue(bar: ChartBar): string {
  return bar.marker ? `${bar.valueText} ${bar.marker}` : bar.valueText;
}

function textAlternative(options: ChartOptions): string {
  return `${options.kind}. ${options.title}: ${options.bars.map((bar) => `${bar.label} ${bar.valueText}${bar.markerMeaning ? ` (${bar.markerMeaning})` : ''}`).join('; ')}.`;
}

function figure(options: ChartOptions, height: number, drawing: string[]): string {
  const titleId = `${options.id}-title`;
  const notes = (options.notes ?? []).map((note) => `<br>${escapeText(note)}`).join('');
  return [
    `<figure id="${options.id}">`,
    `<svg role="img" aria-labelledby="${titleId}" width="${width}" height="${pixels(height)}" viewBox="0 0 ${width} ${pixels(height)}" font-family="${fontFamily}" font-size="16" fill="${textColour}">`,
    `<title id="${titleId}">${escapeText(textAlternative(options))}</title>`,
    ...drawing,
    '</svg>',
    `<figcaption>${escapeText(options.title)}${notes}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** A chart with no bar to draw (every value zero or not available) would only repeat the table's words. */
function worthDrawing(bars: readonly ChartBar[]): boolean {
  return bars.some((bar) => bar.value !== null && bar.value !== 0);
}

/** Each bar's label on its own line above the bar, so long labels keep the whole width. */
function rowTop(index: number): number {
  return 8 + index * rowHeight;
}

/** Bars from a zero line on the left: counts. Nothing (an empty string) when there is no bar to draw. */
export function barChart(options: ChartOptions): string {
  if (!worthDrawing(options.bars)) return '';
  const largest = Math.max(0, ...options.bars.map((bar) => bar.value ?? 0));
  const room = width - valueRoom;
  const height = rowTop(options.bars.length) + 4;
  const drawing = options.bars.flatMap((bar, index) => {
    const top = rowTop(index);
    const length = barLength(bar.value ?? 0, largest, room);
    return [
      text(0, top + labelBaseline, shortened(bar.label)),
      ...(length > 0 ? [rect(2, top + barTop, length, riseColour)] : []),
      text(2 + length + 8, top + valueBaseline, drawnValue(bar), { bold: true }),
    ];
  });
  return figure(options, height, [...drawing, line(1, rowTop(0) + barTop - 2, height - 4)]);
}

/** Bars from a zero line in the middle: rises to the right, falls to the left. Nothing when there is no bar to draw. */
export function divergingBarChart(options: ChartOptions): string {
  if (!worthDrawing(options.bars)) return '';
  const largest = Math.max(0, ...options.bars.map((bar) => Math.abs(bar.value ?? 0)));
  const zero = width / 2;
  const room = zero - valueRoom;
  const axisBottom = rowTop(options.bars.length);
  const height = axisBottom + 24;
  const drawing = options.bars.flatMap((bar, index) => {
    const top = rowTop(index);
    const value = bar.value ?? 0;
    const length = barLength(value, largest, room);
    const falls = value < 0;
    const drawnBar = length > 0 ? [rect(falls ? zero - length : zero, top + barTop, length, falls ? fallColour : riseColour)] : [];
    const valueX = falls ? zero - length - 8 : zero + length + 8;
    return [text(0, top + labelBaseline, shortened(bar.label)), ...drawnBar, text(valueX, top + valueBaseline, drawnValue(bar), { anchor: falls ? 'end' : 'start', bold: true })];
  });
  return figure(options, height, [...drawing, line(zero, rowTop(0) + barTop - 2, axisBottom), text(zero, axisBottom + 18, '0%', { anchor: 'middle' })]);
}
