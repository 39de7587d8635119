import { LitElement, html, type TemplateResult } from 'lit';
import { inheritedLanguage } from '../i18n/inherited-language.js';
import { languageOf, uiWords, type UiWords } from '../i18n/ui-words.js';
import { heading, headingLevelOf } from '../risk-panel/panel-heading.js';
import { chartView } from './chart-view.js';
import { outcomesChartStyles } from './outcomes-chart.styles.js';
import { readOutcomes } from './read-outcomes.js';
import { renderBarChart } from './render-bar-chart.js';
import { renderCaution, renderExplanation } from './render-chart-notes.js';
import { renderOutcomesTable } from './render-outcomes-table.js';
import { renderNoPairs, renderNoReport, renderReportProblems } from './render-without-figures.js';
import type { ServiceReport } from './service-report.js';

/**
 * `<rhi-outcomes-chart>`: how young people's ratings of six areas of their life changed between
 * the interview and after follow-up support, from a service report (`rhi report --format json`):
 * a diverging bar chart of the average % change per outcome and the same figures as a table.
 * It shows the report and works nothing out itself; it makes no request (the host gives `report`).
 * A report it cannot read is named as such, with what is wrong in it.
 *
 * @csspart explanation - What the figures mean and how many young people they come from.
 * @csspart caution - The caution shown when outcomes rest on few young people.
 * @csspart chart - The bar chart.
 * @csspart bar - Each bar of the chart (an SVG rect); also `bar-increase` or `bar-decrease`.
 * @csspart bar-increase - A bar for an increase (to the right of zero); also `bar`.
 * @csspart bar-decrease - A bar for a decrease (to the left of zero); also `bar`.
 * @csspart table - The table of figures.
 * @csspart caution-marker - The caution beside an outcome in the table that rests on few young people.
 * @csspart message - Shown instead of figures: no report given, or no young person rated at both times.
 * @csspart error - Shown instead of figures when the report cannot be read, with what is wrong.
 * @cssproperty --rhi-chart-increase-colour - Bars for an increase (default #1d70b8, 5.2:1 on white).
 * @cssproperty --rhi-chart-decrease-colour - Bars for a decrease (default #a34d00, 5.8:1 on white).
 * @cssproperty --rhi-font-family - Defaults to the host page's font.
 * @cssproperty --rhi-font-size - Body text size; the heading and chart scale from it.
 * @cssproperty --rhi-text-colour - Text, the zero line and the caution icon (default #0b0c0c).
 * @cssproperty --rhi-secondary-text-colour - Messages and the chart's scale (default #484949).
 * @cssproperty --rhi-error-colour - The border of the error shown for a report that cannot be read (default #d4351c).
 * @cssproperty --rhi-border-colour - The table's lines (default #b1b4b6).
 * @cssproperty --rhi-focus-colour - The focus outline of the table, which scrolls sideways in a narrow column (default #ffdd00).
 * @cssproperty --rhi-focus-text-colour - The inner line of that focus outline (default #0b0c0c).
 * @cssproperty --rhi-background - Behind the chart (default #ffffff).
 * @cssproperty --rhi-space-unit - Base spacing (default 5px).
 */
export class RhiOutcomesChart extends LitElement {
  static override styles = outcomesChartStyles;

  static override properties = {
    report: { attribute: false },
    lang: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The service report, as parsed JSON (`rhi report --format json`). Anything else is shown as an error. */
  declare report: ServiceReport | unknown;
  /** 'en' or 'cy'. Default: the closest `lang` around the chart, then the document's. */
  declare lang: string;
  /** The level of the chart's heading (1–6, default 2). */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  protected override render(): TemplateResult {
    const words = this.#words;
    return html`<section class="outcomes" lang=${words.language} aria-labelledby="outcomes-heading">
      ${heading(headingLevelOf(this.headingLevel), 'outcomes-heading', 'heading-l', words.say('outcomes.title'))} ${this.#renderReading(words)}
    </section>`;
  }

  #renderReading(words: UiWords): TemplateResult {
    const reading = readOutcomes(this.report);
    switch (reading.state) {
      case 'no-report':
        return renderNoReport(words);
      case 'not-readable':
        return renderReportProblems(words, reading.problems);
      case 'no-pairs':
        return renderNoPairs(words);
      case 'figures': {
        const view = chartView(words, reading.outcomes);
        return html`${renderExplanation(view)} ${renderCaution(view)} ${renderBarChart(view)} ${renderOutcomesTable(view)}`;
      }
    }
  }

  get #words(): UiWords {
    return uiWords(languageOf(this.lang || inheritedLanguage(this)));
  }
}
