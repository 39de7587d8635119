/**
 * The form around its questions: the list of sections, a page of questions with Continue and Back,
 * "check your answers" with Submit, the read-only record, and the GOV.UK error summary. Rendering
 * only: every button calls back into the form, and the form re-renders from its state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';
import { writtenTime } from '../i18n/written-dates.js';
import type { AnswerPath, Answers } from './answer-paths.js';
import type { DraftStatus } from './draft-controller.js';
import type { PageNode } from './field-tree.js';
import type { Words } from './layout-types.js';
import { errorSummary } from '../govuk/error-summary.js';
import { renderAnswerPages } from './render-answers.js';
import { renderFields, type FieldContext } from './render-field.js';
import type { FieldProblem } from './validate-answers.js';

/** What the read-only record shows. */
export interface RecordView {
  words: UiWords;
  pages: PageNode[];
  answers: Answers;
  timeZone: string;
}

export interface FormPagesView extends RecordView {
  /** The schema's title and description, above the sections (a form with no layout). */
  title?: Words | undefined;
  description?: Words | undefined;
  /** The page on screen; `pages.length` is "check your answers". */
  pageIndex: number;
  /** Continue and Submit are off while the element or its form is disabled. */
  disabled: boolean;
  /** The problems in the error summary; none, no summary. */
  summaryProblems: FieldProblem[];
  drafts: DraftStatus;
  /** What a page's questions need: their answers, their errors and where changes go. */
  fields: FieldContext;
}

export interface FormPagesActions {
  skipToQuestions(): void;
  goTo(pageIndex: number): void;
  continue(): void;
  back(): void;
  submit(): void;
  changeAnswer(page: PageNode, path: AnswerPath): void;
  followErrorLink(event: Event, problem: FieldProblem): void;
}

export function renderWorkingForm(view: FormPagesView, actions: FormPagesActions): TemplateResult {
  const { pages, pageIndex } = view;
  const onCheckPage = pageIndex >= pages.length;
  // One page needs no list of sections (a contents list of one entry), so nothing to skip either.
  return html`${pages.length > 1 ? renderPageNav(view, actions) : nothing}
    <div class="page" part="page">
      ${renderErrorSummary(view, actions)}
      ${onCheckPage ? renderCheckPage(view, actions) : renderPage(pages[pageIndex]!, view, actions)}
    </div>
    ${renderDraftStatus(view)}`;
}

function renderPageNav(view: FormPagesView, actions: FormPagesActions): TemplateResult {
  const { words, pages, pageIndex } = view;
  const onCheckPage = pageIndex >= pages.length;
  // The skip link is a button, not a link: axe looks for a link's target in the page, not in the shadow root.
  return html`<button type="button" class="skip-link link-button" @click=${actions.skipToQuestions}>${words.say('nav.skip')}</button>
    ${renderFormTitle(view)}
    <nav class="page-nav" part="page-nav" aria-label=${words.say('nav.label')}>
      <ol class="page-nav__list">
        ${pages.map(
          (page, index) => html`<li class="page-nav__item">
            <button
              type="button"
              class="link-button"
              aria-current=${index === pageIndex ? 'step' : 'false'}
              @click=${() => actions.goTo(index)}
            >
              ${words.pick(page.title)}
            </button>
          </li>`,
        )}
      </ol>
      <!-- Not a numbered section: the list numbers exactly the sections that "Section N of M" counts. -->
      <p class="page-nav__item page-nav__check">
        <button type="button" class="link-button" aria-current=${onCheckPage ? 'step' : 'false'} @click=${() => actions.goTo(pages.length)}>
          ${words.say('check.title')}
        </button>
      </p>
    </nav>`;
}

/** "Draft saved at 10:42", while the draft is being kept. */
export function renderDraftStatus({ words, drafts, timeZone }: FormPagesView): TemplateResult | typeof nothing {
  return drafts.lastSavedAt && !drafts.failure
    ? html`<p class="hint draft-status">${words.say('draft.saved', { time: writtenTime(drafts.lastSavedAt, timeZone) })}</p>`
    : nothing;
}

/** The schema's own title and description: at the level of the page headings, which are the form's sections. */
export function renderFormTitle(view: FormPagesView): TemplateResult | typeof nothing {
  const { words, title, description } = view;
  if (!title && !description) return nothing;
  return html`<div class="form-title" part="form-title">
    ${title ? html`<h2 class="heading-xl" id="form-title">${words.pick(title)}</h2>` : nothing}
    ${description ? html`<p class="body">${words.pick(description)}</p>` : nothing}
  </div>`;
}

export function renderRecord(view: RecordView): TemplateResult {
  const { words } = view;
  return html`<div class="record" part="page">
    <h2 class="heading-l" id="page-heading" part="heading" tabindex="-1">${words.say('record.title')}</h2>
    ${renderAnswerPages(view.pages, { words, answers: view.answers, timeZone: view.timeZone }, 3)}
  </div>`;
}

function renderPage(page: PageNode, view: FormPagesView, actions: FormPagesActions): TemplateResult {
  const { words, pageIndex } = view;
  // "Section 1 of 1" says nothing: the caption is for forms of several pages.
  const counted = view.pages.length > 1;
  return html`${counted ? html`<span class="caption" id="page-caption">${words.say('page.progress', { current: pageIndex + 1, total: view.pages.length })}</span>` : nothing}
    <h2 class="heading-l" id="page-heading" part="heading" tabindex="-1" aria-describedby=${counted ? 'page-caption' : nothing}>${words.pick(page.title)}</h2>
    ${page.hint ? html`<p class="hint page-hint">${words.pick(page.hint)}</p>` : nothing}
    ${renderFields(page.fields, view.fields)}
    <div class="button-group">
      <button type="button" class="button" part="button primary-button" ?disabled=${view.disabled} @click=${actions.continue}>
        ${words.say('button.continue')}
      </button>
      ${pageIndex > 0
        ? html`<button type="button" class="button button--secondary" part="button secondary-button" @click=${actions.back}>
            ${words.say('button.back')}
          </button>`
        : nothing}
    </div>`;
}

export function renderCheckPage(view: FormPagesView, actions: FormPagesActions): TemplateResult {
  const { words } = view;
  return html`<h2 class="heading-l" id="page-heading" part="heading" tabindex="-1">${words.say('check.title')}</h2>
    <p class="body">${words.say('check.intro')}</p>
    ${renderAnswerPages(view.pages, { words, answers: view.answers, timeZone: view.timeZone, change: actions.changeAnswer, rawAt: view.fields.rawAt }, 3)}
    <div class="button-group">
      <button type="button" class="button" part="button primary-button" ?disabled=${view.disabled} @click=${actions.submit}>
        ${words.say('button.submit')}
      </button>
      <button type="button" class="button button--secondary" part="button secondary-button" @click=${actions.back}>
        ${words.say('button.back')}
      </button>
    </div>`;
}

export function renderErrorSummary(view: FormPagesView, actions: FormPagesActions): TemplateResult | typeof nothing {
  const problems = view.summaryProblems;
  return errorSummary({
    title: view.words.say('errorSummary.title'),
    items: problems.map((problem) => ({ text: problem.message, focusId: problem.focusId })),
    onFollow: (event, index) => actions.followErrorLink(event, problems[index]!),
  });
}
