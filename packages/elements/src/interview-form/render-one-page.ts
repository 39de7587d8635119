/**
 * The whole form on one page (issue 16): every section at once under its own heading, the error
 * summary above them, and one button at the end — Submit, or "Continue to check answers" when the
 * host asks for a check. No list of sections, no "Section N of M", no Continue or Back between
 * sections. Rendering only, like render-form-pages.ts, whose check page and summary it shares.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PageNode } from './field-tree.js';
import { renderCheckPage, renderDraftStatus, renderErrorSummary, renderFormTitle, type FormPagesActions, type FormPagesView } from './render-form-pages.js';
import { renderFields } from './render-field.js';

export interface OnePageView extends FormPagesView {
  /** The button at the end goes to "check your answers" instead of submitting. */
  checkAnswers: boolean;
}

/** The id of a section's heading: the first is the form's `page-heading`, which focus and the skip link aim at. */
export function sectionHeadingId(index: number): string {
  return index === 0 ? 'page-heading' : `section-heading-${index + 1}`;
}

export function renderOnePageForm(view: OnePageView, actions: FormPagesActions): TemplateResult {
  const onCheckPage = view.pageIndex >= view.pages.length;
  return html`<div class="page" part="page">
      ${renderErrorSummary(view, actions)}
      ${onCheckPage ? renderCheckPage(view, actions) : html`${renderFormTitle(view)}${renderSections(view, actions)}`}
    </div>
    ${renderDraftStatus(view)}`;
}

function renderSections(view: OnePageView, actions: FormPagesActions): TemplateResult {
  const { words } = view;
  return html`${view.pages.map((page, index) => renderSection(page, index, view))}
    <div class="button-group">
      ${view.checkAnswers
        ? html`<button type="button" class="button" part="button primary-button" ?disabled=${view.disabled} @click=${actions.continue}>
            ${words.say('button.continueToCheck')}
          </button>`
        : html`<button type="button" class="button" part="button primary-button" ?disabled=${view.disabled} @click=${actions.submit}>
            ${words.say('button.submitOnePage')}
          </button>`}
    </div>`;
}

function renderSection(page: PageNode, index: number, view: OnePageView): TemplateResult {
  const { words } = view;
  return html`<div class="one-page-section" part="section">
    <h2 class="heading-l" id=${sectionHeadingId(index)} part="heading" tabindex="-1">${words.pick(page.title)}</h2>
    ${page.hint ? html`<p class="hint page-hint">${words.pick(page.hint)}</p>` : nothing}
    ${renderFields(page.fields, view.fields)}
  </div>`;
}
