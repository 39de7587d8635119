/**
 * Where the bars go across the chart's width, as fractions from 0 (left edge) to 1 (right edge).
 * Every bar shares one scale, so lengths compare honestly; the scale runs from zero (or the most
 * negative change) to the largest change, rounded out to a round number, and leaves room at each
 * end with bars for the figure written beside the bar.
 */

/** Room at an end with bars, for the value text ("+123.5%") beside the longest bar. */
const ROOM_FOR_VALUE = 0.2;
/** A little room at an end without bars, so the zero line is not on the edge. */
const EDGE = 0.02;
/** The smallest extent of a side with bars: a change of 1% does not fill the chart. */
const SMALLEST_EXTENT = 10;

export interface ChartScale {
  /** The lowest change the scale shows (0, or a round negative number). */
  low: number;
  /** The highest change the scale shows (0, or a round positive number). */
  high: number;
  /** The fraction of the width where a change of `value` ends (and zero for zero). */
  at(value: number): number;
}

export function chartScale(changes: number[]): ChartScale {
  const highest = Math.max(0, ...changes);
  const lowest = Math.min(0, ...changes);
  const high = highest > 0 ? roundUp(highest) : lowest < 0 ? 0 : SMALLEST_EXTENT;
  const low = lowest < 0 ? -roundUp(-lowest) : 0;
  const left = low < 0 ? ROOM_FOR_VALUE : EDGE;
  const right = 1 - (high > 0 ? ROOM_FOR_VALUE : EDGE);
  return { low, high, at: (value) => left + ((value - low) / (high - low)) * (right - left) };
}

/** The next round number at or above `value`, close enough that the longest bar fills most of its side: 10, 20, 25, 30, 40, 50, 60, 80, 100, 150, … */
export function roundUp(value: number): number {
  if (value <= SMALLEST_EXTENT) return SMALLEST_EXTENT;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
