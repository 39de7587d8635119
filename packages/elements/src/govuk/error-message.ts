/** GOV.UK error message: under the hint, with "Error:" for screen readers; its id describes the control. */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';

export function errorMessage(id: string, error: string | undefined, words: UiWords): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<p id="${id}-error" class="error-message" part="error-message">
    <span class="visually-hidden">${words.say('error.prefix')}</span> ${error}
  </p>`;
}
