/**
 * The figures as a table, which is what screen readers and print rely on: each outcome with the
 * young people it rests on, the average rating at the interview and after follow-up support, and
 * the average % change, with a caution beside any outcome that rests on few young people. In a
 * narrow column the table scrolls sideways inside a region named by its caption, which takes focus
 * so a keyboard can scroll it (Heydon Pickering's accessible data tables).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartView } from './chart-view.js';
import type { OutcomeChange } from './service-report.js';

export function renderOutcomesTable(view: ChartView): TemplateResult {
  const { words } = view;
  return html`<div class="table-scroll" role="region" aria-labelledby="outcomes-caption" tabindex="0">
    <table class="table" part="table">
      <caption class="table__caption" id="outcomes-caption">${words.say('outcomes.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${words.say('outcomes.table.outcome')}</th>
          <th scope="col" class="numeric">${words.say('outcomes.table.youngPeople')}</th>
          <th scope="col" class="numeric">${words.say('outcomes.table.baseline')}</th>
          <th scope="col" class="numeric">${words.say('outcomes.table.followUp')}</th>
          <th scope="col" class="numeric">${words.say('outcomes.table.change')}</th>
        </tr>
      </thead>
      <tbody>
        ${view.outcomes.items.map((item) => tableRow(view, item))}
      </tbody>
    </table>
  </div>`;
}

function tableRow(view: ChartView, item: OutcomeChange): TemplateResult {
  const { words, numbers } = view;
  return html`<tr data-outcome=${item.outcome}>
    <th scope="row">
      ${view.labelOf(item)}
      ${item.smallNumber
        ? html`<strong class="caution-marker" part="caution-marker"
            ><span aria-hidden="true">* </span>${words.say('outcomes.caution.marker', { threshold: view.outcomes.smallNumberThreshold })}</strong
          >`
        : nothing}
    </th>
    <td class="numeric">${numbers.count(item.youngPeople)}</td>
    <td class="numeric">${numbers.average(item.baselineAverage)}</td>
    <td class="numeric">${numbers.average(item.followUpAverage)}</td>
    <td class="numeric">${numbers.change(item.averagePercentChange)}</td>
  </tr>`;
}
