/** GOV.UK warning text: an "!" icon and bold words, "Warning" said first to screen readers; more under it. */
import { html, nothing, type TemplateResult } from 'lit';

export interface WarningText {
  id: string;
  /** "Warning", in the page's language: read out, not shown. */
  warning: string;
  text: string;
  /** Paragraphs or a list under the bold words. */
  more?: TemplateResult | undefined;
  /** Announced when it appears (it replaces what the page was waiting for). */
  alert?: boolean | undefined;
}

export function warningText(w: WarningText): TemplateResult {
  return html`<div class="warning-text" part="warning" id=${w.id} role=${w.alert ? 'alert' : nothing}>
    <span class="warning-text__icon" aria-hidden="true">!</span>
    <div class="warning-text__text">
      <strong><span class="visually-hidden">${w.warning}</span> ${w.text}</strong>
      ${w.more ?? nothing}
    </div>
  </div>`;
}
