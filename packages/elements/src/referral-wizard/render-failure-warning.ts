/**
 * The warning above every page when the assessment is marked `failed` (the rules could not all be
 * run, or `<rhi-interview>` kept an earlier assessment): the recommendations may be incomplete,
 * and a manager must review. It prints with the summary, as part of the record.
 */
import { html, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';

export function renderFailureWarning(words: UiWords): TemplateResult {
  return html`<div class="warning-text" part="warning" id="failed-warning">
    <span class="warning-text__icon" aria-hidden="true">!</span>
    <div class="warning-text__text">
      <strong><span class="visually-hidden">${words.say('wizard.warning')}</span> ${words.say('wizard.failed.title')}</strong>
      <p class="body">${words.say('wizard.failed.body')}</p>
    </div>
  </div>`;
}

/**
 * With no assessment at all because the rules could not be run (a broken ruleset): nothing can be
 * recommended, so the wizard says so instead of waiting for an assessment that will not come.
 */
export function renderNotAssessedWarning(words: UiWords): TemplateResult {
  return html`<div class="warning-text" part="warning" id="not-assessed-warning" role="alert">
    <span class="warning-text__icon" aria-hidden="true">!</span>
    <div class="warning-text__text">
      <strong><span class="visually-hidden">${words.say('wizard.warning')}</span> ${words.say('wizard.failed.title')}</strong>
      <p class="body">${words.say('wizard.notAssessed.body')}</p>
    </div>
  </div>`;
}
