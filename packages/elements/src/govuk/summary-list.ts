/** GOV.UK summary list ("check your answers"): a key, its value and, if it can change, a change link. */
import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryRow {
  key: unknown;
  value: unknown;
  /** A "Change" button; `hiddenText` says what, for screen readers ("Change <the question>"). */
  change?: { text: string; hiddenText: string; onClick(): void } | undefined;
  /** Without a change link, an empty actions cell keeps the row in line with rows that have one. */
  keepActionsColumn?: boolean | undefined;
  /** Extra classes on the row (`summary-list__row--two`: two columns). */
  className?: string | undefined;
}

export function summaryList(rows: SummaryRow[], options: { compact?: boolean } = {}): TemplateResult {
  return html`<dl class="summary-list ${options.compact ? 'summary-list--compact' : ''}" part="summary-list">${rows.map(summaryRow)}</dl>`;
}

export function summaryRow(row: SummaryRow): TemplateResult {
  const { change } = row;
  return html`<div class="summary-list__row ${row.className ?? ''}">
    <dt class="summary-list__key">${row.key}</dt>
    <dd class="summary-list__value">${row.value}</dd>
    ${change
      ? html`<dd class="summary-list__actions">
          <button type="button" class="link-button" part="change-link" @click=${change.onClick}>
            ${change.text}<span class="visually-hidden"> ${change.hiddenText}</span>
          </button>
        </dd>`
      : row.keepActionsColumn
        ? html`<dd class="summary-list__actions"></dd>`
        : nothing}
  </div>`;
}
