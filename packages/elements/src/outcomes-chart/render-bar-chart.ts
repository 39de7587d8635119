/**
 * The diverging bar chart, drawn as inline SVG: one row per outcome, its name above a bar that
 * grows right from the zero line for an increase and left for a decrease, with the figure written
 * at the bar's end, so neither colour nor length alone carries the meaning. Across, positions are
 * percentages of the width (the chart fits any column); down, they are in `em`, so rows follow the
 * text size. The zero line runs behind the names, which carry a halo of the background colour.
 * Screen readers get the chart's name and read the figures from the table.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartView } from './chart-view.js';
import { chartScale, type ChartScale } from './chart-scale.js';
import type { OutcomeChange } from './service-report.js';

/** Heights in em: a row is its name, then its bar. */
const ROW = 3.4;
const NAME_BASELINE = 1.1;
const BAR_TOP = 1.5;
const BAR_HEIGHT = 1.3;
const VALUE_BASELINE = 2.5;
const AXIS = 1.8;
/** The least distance, as a fraction of the width, between two figures of the scale. */
const MARKS_APART = 0.15;

export function renderBarChart(view: ChartView): TemplateResult {
  const { items } = view.outcomes;
  const scale = chartScale(items.flatMap((item) => (item.averagePercentChange === null ? [] : [item.averagePercentChange])));
  const zero = percent(scale.at(0));
  const bottom = items.length * ROW;
  return html`<div class="chart" part="chart">
    <svg class="chart__svg" role="img" aria-label=${view.words.say('outcomes.chart.name')} width="100%" height="${bottom + AXIS}em">
      <line class="zero-line" x1=${zero} x2=${zero} y1="${BAR_TOP - 0.3}em" y2="${bottom}em"></line>
      ${items.map((item, index) => row(view, scale, item, index * ROW))} ${axisLabels(view, scale, bottom)}
    </svg>
  </div>`;
}

function row(view: ChartView, scale: ChartScale, item: OutcomeChange, top: number): SVGTemplateResult {
  const change = item.averagePercentChange;
  return svg`<g class="chart__row" data-outcome=${item.outcome}>
    <text class="chart__name" x="0" y="${top + NAME_BASELINE}em">${view.labelOf(item)}${item.smallNumber ? ' *' : ''}</text>
    ${change === null ? noFigure(view, scale, top) : bar(view, scale, change, top)}
  </g>`;
}

function bar(view: ChartView, scale: ChartScale, change: number, top: number): SVGTemplateResult {
  const zero = scale.at(0);
  const end = scale.at(change);
  const y = `${top + BAR_TOP}em`;
  const width = percent(Math.abs(end - zero));
  const value = view.numbers.change(change);
  const valueY = `${top + VALUE_BASELINE}em`;
  if (change < 0) {
    return svg`<rect class="bar bar--decrease" part="bar bar-decrease" x=${percent(end)} y=${y} width=${width} height="${BAR_HEIGHT}em"></rect>
      <text class="chart__value" x=${percent(end)} dx="-0.3em" y=${valueY} text-anchor="end">${value}</text>`;
  }
  return svg`<rect class="bar bar--increase" part="bar bar-increase" x=${percent(zero)} y=${y} width=${width} height="${BAR_HEIGHT}em"></rect>
    <text class="chart__value" x=${percent(end)} dx="0.3em" y=${valueY}>${value}</text>`;
}

function noFigure(view: ChartView, scale: ChartScale, top: number): SVGTemplateResult {
  return svg`<text class="chart__value chart__value--none" x=${percent(scale.at(0))} dx="0.3em" y="${top + VALUE_BASELINE}em">${view.words.say('outcomes.noFigure')}</text>`;
}

/** Zero under its line, and the scale's ends where they are far enough from zero to be read apart. */
function axisLabels(view: ChartView, scale: ChartScale, bottom: number): SVGTemplateResult[] {
  const y = `${bottom + AXIS - 0.4}em`;
  const marks = [scale.low, 0, scale.high].filter((mark) => mark === 0 || Math.abs(scale.at(mark) - scale.at(0)) >= MARKS_APART);
  return marks.map((mark) => {
    const at = scale.at(mark);
    // Zero at an edge of the chart is written inwards from the edge, not half off it.
    const anchor = at < 0.1 ? 'start' : at > 0.9 ? 'end' : 'middle';
    return svg`<text class="chart__axis" x=${percent(at)} y=${y} text-anchor=${anchor}>${view.numbers.change(mark)}</text>`;
  });
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}
