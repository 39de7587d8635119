/**
 * Bar charts as inline SVG for the HTML service report. Everything visual is an SVG presentation
 * attribute (fill, font-size, …), not CSS, so a chart still draws where a host's policy blocks the
 * page's own stylesheet. Lengths across are percentages of the chart's width, so a chart fills a
 * 960-pixel page and a 320-pixel phone alike, with its text at the same size; each label sits on
 * its own lines (wrapped, never cut short of two lines) straight above its bar, from the same left
 * edge, and no axis line runs through a label. Each bar carries its value in words at its end, so the
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

/** Each row: the label's lines, then the bar with its value beside it. */
const labelLineHeight = 20;
const labelBaseline = 15;
const barGap = 4;
const barHeight = 24;
const valueBaseline = 17;
const rowGap = 14;
/** Characters on one line of a label: 16-pixel Arial fits about 36 in the 290 pixels of a 320-pixel phone. */
const labelLineLength = 34;
const labelLines = 2;
/** The longest bar, as a share of the chart's width: the rest is room for its value. */
const barShare = 55;
/** The longest bar either side of zero in a diverging chart. */
const divergingShare = 25;

const pixels = (value: number) => String(Math.round(value * 10) / 10);
const percent = (value: number) => `${Math.round(value * 100) / 100}%`;

/** A label in lines of at most labelLineLength characters, broken at spaces; a third line's words end the second with "…". */
export function labelLinesOf(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > labelLineLength) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= labelLines) return lines.map((text) => (text.length > labelLineLength ? `${text.slice(0, labelLineLength - 1)}…` : text));
  const kept = lines.slice(0, labelLines);
  const last = kept[labelLines - 1]!;
  kept[labelLines - 1] = `${last.length >= labelLineLength ? last.slice(0, labelLineLength - 1) : last}…`;
  return kept;
}

interface TextOptions {
  anchor?: 'start' | 'end' | 'middle';
  bold?: boolean;
  /** A shift in pixels from x, for text beside a bar whose end is a percentage. */
  dx?: number;
}

function text(x: string, y: number, content: string, options: TextOptions = {}): string {
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const weight = options.bold ? ' font-weight="bold"' : '';
  const shift = options.dx ? ` dx="${options.dx}"` : '';
  return `<text x="${x}" y="${pixels(y)}"${shift}${anchor}${weight}>${escapeText(content)}</text>`;
}

function rect(x: string, y: number, length: string, fill: string): string {
  return `<rect x="${x}" y="${pixels(y)}" width="${length}" height="${barHeight}" fill="${fill}"/>`;
}

/** The zero line beside one bar only, so it never runs through the labels between bars. */
function zeroMark(x: string, barY: number): string {
  return `<line x1="${x}" y1="${pixels(barY - 4)}" x2="${x}" y2="${pixels(barY + barHeight + 4)}" stroke="${textColour}" stroke-width="2"/>`;
}

/** A bar's length as a share of the chart's width; a bar too short to see still shows as a sliver. */
function barLength(value: number, largest: number, share: number): number {
  if (value === 0 || largest === 0) return 0;
  return Math.max(0.5, (Math.abs(value) / largest) * share);
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
    `<figure class="rhi-chart" id="${options.id}">`,
    `<svg role="img" aria-labelledby="${titleId}" width="100%" height="${pixels(height)}" font-family="${fontFamily}" font-size="16" fill="${textColour}">`,
    `<title id="${titleId}">${escapeText(textAlternative(options))}</title>`,
    ...drawing,
    '</svg>',
    `<figcaption class="rhi-chart__caption">${escapeText(options.title)}${notes}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** A chart with no bar to draw (every value zero or not available) would only repeat the table's words. */
function worthDrawing(bars: readonly ChartBar[]): boolean {
  return bars.some((bar) => bar.value !== null && bar.value !== 0);
}

interface Row {
  bar: ChartBar;
  /** The top of the row's bar. */
  barY: number;
  drawing: string[];
}

/** Lays the rows out down the chart: each label's lines, then its bar. */
function rows(bars: readonly ChartBar[]): { rows: Row[]; height: number } {
  let y = 4;
  const laid = bars.map((bar) => {
    const lines = labelLinesOf(bar.label);
    const drawing = lines.map((line, index) => text('0', y + labelBaseline + index * labelLineHeight, line));
    const barY = y + lines.length * labelLineHeight + barGap;
    y = barY + barHeight + rowGap;
    return { bar, barY, drawing };
  });
  return { rows: laid, height: y };
}

/** Bars from the left edge, where each label starts too: counts and shares. Nothing (an empty string) when there is no bar to draw. */
export function barChart(options: ChartOptions): string {
  if (!worthDrawing(options.bars)) return '';
  const largest = Math.max(0, ...options.bars.map((bar) => bar.value ?? 0));
  const laid = rows(options.bars);
  const drawing = laid.rows.flatMap(({ bar, barY, drawing: label }) => {
    const length = barLength(bar.value ?? 0, largest, barShare);
    return [
      ...label,
      ...(length > 0 ? [rect('0', barY, percent(length), riseColour)] : []),
      text(percent(length), barY + valueBaseline, drawnValue(bar), { bold: true, dx: length > 0 ? 8 : 0 }),
    ];
  });
  return figure(options, laid.height, drawing);
}

/** Bars from a zero line in the middle: rises to the right, falls to the left. Nothing when there is no bar to draw. */
export function divergingBarChart(options: ChartOptions): string {
  if (!worthDrawing(options.bars)) return '';
  const largest = Math.max(0, ...options.bars.map((bar) => Math.abs(bar.value ?? 0)));
  const zero = 50;
  const laid = rows(options.bars);
  const drawing = laid.rows.flatMap(({ bar, barY, drawing: label }) => {
    const value = bar.value ?? 0;
    const length = barLength(value, largest, divergingShare);
    const falls = value < 0;
    const start = falls ? zero - length : zero;
    const drawnBar = length > 0 ? [rect(percent(start), barY, percent(length), falls ? fallColour : riseColour)] : [];
    const valueX = percent(falls ? zero - length : zero + length);
    return [
      ...label,
      ...drawnBar,
      zeroMark(percent(zero), barY),
      text(valueX, barY + valueBaseline, drawnValue(bar), { anchor: falls ? 'end' : 'start', bold: true, dx: falls ? -8 : 8 }),
    ];
  });
  const height = laid.height + 16;
  return figure(options, height, [...drawing, text(percent(zero), laid.height + 8, '0%', { anchor: 'middle' })]);
}
