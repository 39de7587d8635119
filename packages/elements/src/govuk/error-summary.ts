/**
 * GOV.UK error summary: at the top of the page, takes focus on continue or submit (id
 * `error-summary`); each link moves focus to the control that answers it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from './heading.js';

export interface ErrorSummaryItem {
  text: string;
  /** The control the link moves focus to; none, plain text (nothing on the page to fix). */
  focusId?: string | undefined;
}

export interface ErrorSummary {
  title: string;
  headingLevel?: number | undefined;
  /** A sentence under the title, before the list. */
  intro?: string | undefined;
  items: ErrorSummaryItem[];
  /** A link was followed: the caller moves focus (the control may be on another page). */
  onFollow?: ((event: Event, index: number) => void) | undefined;
}

export function errorSummary(summary: ErrorSummary): TemplateResult | typeof nothing {
  if (summary.items.length === 0 && !summary.intro) return nothing;
  return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      ${heading(summary.headingLevel ?? 2, summary.title, { id: 'error-summary-title', className: 'error-summary__title' })}
      ${summary.intro ? html`<p class="body">${summary.intro}</p>` : nothing}
      <ul class="error-summary__list">
        ${summary.items.map(
          (item, index) => html`<li>
            ${item.focusId
              ? html`<a href="#${item.focusId}" @click=${(event: Event) => summary.onFollow?.(event, index)}>${item.text}</a>`
              : item.text}
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
