/**
 * The warning above every page when the assessment is marked `failed` (the rules could not all be
 * run, or `<rhi-interview>` kept an earlier assessment): the recommendations may be incomplete,
 * and a manager must review. It prints with the summary, as part of the record.
 */
import { html, type TemplateResult } from 'lit';
import { warningText } from '../govuk/warning-text.js';
import type { UiWords } from '../i18n/ui-words.js';

export function renderFailureWarning(words: UiWords): TemplateResult {
  return warningText({
    id: 'failed-warning',
    warning: words.say('wizard.warning'),
    text: words.say('wizard.failed.title'),
    more: html`<p class="body">${words.say('wizard.failed.body')}</p>`,
  });
}

/**
 * With no assessment at all because the rules could not be run (a broken ruleset): nothing can be
 * recommended, so the wizard says so instead of waiting for an assessment that will not come.
 */
export function renderNotAssessedWarning(words: UiWords): TemplateResult {
  return warningText({
    id: 'not-assessed-warning',
    alert: true,
    warning: words.say('wizard.warning'),
    text: words.say('wizard.failed.title'),
    more: html`<p class="body">${words.say('wizard.notAssessed.body')}</p>`,
  });
}
