/**
 * The chart's default look, close to GOV.UK Frontend and the other components, on `--rhi-*`
 * custom properties. Bars are told apart by direction and the figure written beside them, not by
 * colour alone; both bar colours have at least 3:1 contrast on white. Forced colours and print
 * keep every bar and line visible. The caution is GOV.UK warning text ("!" in a circle beside
 * bold words); the table is GOV.UK's, figures right-aligned; in the chart, positions across are
 * percentages and down are em (render-bar-chart.ts).
 */
import { css } from 'lit';
import { hostStyles } from '../shared/host.styles.js';

export const outcomesChartStyles = css`
  ${hostStyles}
  :host {
    --_increase: var(--rhi-chart-increase-colour, #1d70b8);
    --_decrease: var(--rhi-chart-decrease-colour, #a34d00);
  }
  .outcomes {
    background: var(--_background);
  }
  p {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .heading-l {
    font-size: calc(var(--_font-size) * 1.5);
    font-weight: 700;
    line-height: 1.15;
    margin: 0 0 calc(var(--_space) * 4);
  }
  .message {
    color: var(--_secondary-text);
  }

  .caution {
    display: flex;
    gap: calc(var(--_space) * 3);
  }
  .caution__icon {
    flex: none;
    width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    border: 2px solid var(--_text);
    background: var(--_text);
    color: var(--_background);
    font-weight: 700;
    line-height: 1.6em;
    text-align: center;
  }
  .caution-marker {
    display: block;
    margin-top: var(--_space);
    font-size: calc(var(--_font-size) * 0.85);
  }

  .error {
    margin: 0 0 calc(var(--_space) * 6);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 5px solid var(--_error);
  }
  .error__list {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .chart {
    margin: 0 0 calc(var(--_space) * 6);
  }
  .chart__svg {
    display: block;
    overflow: visible;
    font-size: calc(var(--_font-size) * 0.85);
  }
  .chart__name,
  .chart__value {
    fill: var(--_text);
  }
  .chart__name {
    font-weight: 700;
    stroke: var(--_background);
    stroke-width: 0.3em;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .chart__value--none,
  .chart__axis {
    fill: var(--_secondary-text);
  }
  .bar--increase {
    fill: var(--_increase);
  }
  .bar--decrease {
    fill: var(--_decrease);
  }
  .zero-line {
    stroke: var(--_text);
    stroke-width: 2px;
  }

  .table-scroll {
    margin: 0 0 calc(var(--_space) * 6);
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 4px var(--_focus-text);
  }
  .table {
    width: 100%;
    border-collapse: collapse;
  }
  .table__caption {
    margin-bottom: calc(var(--_space) * 3);
    font-weight: 700;
    text-align: left;
  }
  .table th,
  .table td {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4) calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  .table .numeric {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    .bar--increase,
    .bar--decrease,
    .chart__name,
    .chart__value,
    .chart__axis {
      fill: CanvasText;
    }
    .zero-line {
      stroke: CanvasText;
    }
    .chart__name {
      stroke: Canvas;
    }
    .error,
    .caution__icon {
      border-color: CanvasText;
    }
    .table-scroll:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host,
    .outcomes {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .message,
    .chart__value--none,
    .chart__axis {
      color: #000;
      fill: #000;
    }
    .chart__name {
      stroke: #fff;
    }
    .error,
    .table th,
    .table td {
      border-color: #000;
    }
    .bar--increase,
    .bar--decrease {
      print-color-adjust: exact;
    }
    .chart,
    .caution,
    .table tr {
      break-inside: avoid;
    }
  }
`;
