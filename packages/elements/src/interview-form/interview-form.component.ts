/**
 * `<rhi-interview-form>`: the Return Home Interview record as a form-associated custom element.
 * Fields come from a JSON Schema, pages from a layout file; answers are autosaved as a draft on
 * this device and posted as JSON with the host's own `<form>`. It renders and checks answers; it
 * never decides anything about risk (that is the engine's job).
 *
 * @event rhi-change - An answer changed. `detail`: `{ answers, submittedAnswers, path }`.
 * @event rhi-submit - The record passed every check and is being submitted. Cancelable: cancel it
 *   to keep the draft (call `discardDraft()` once the host has stored the record).
 * @event rhi-draft-restored - A saved draft was loaded. `detail`: `{ answers, savedAt }`.
 * @csspart form - The whole form.
 * @csspart page-nav - The list of sections.
 * @csspart page - The current page or the check-your-answers page.
 * @csspart heading - The page heading.
 * @csspart error-summary - The GOV.UK error summary.
 * @csspart field - One question (label, hint, error and control).
 * @csspart label @csspart legend @csspart hint @csspart error-message
 * @csspart input @csspart textarea @csspart select @csspart radios @csspart checkboxes
 * @csspart conditional - The questions revealed under a chosen option.
 * @csspart button - Every button. @csspart primary-button @csspart secondary-button
 * @csspart summary-list - A check-your-answers list. @csspart change-link
 * @csspart notice - Draft restored / not saved notices.
 * @cssproperty --rhi-font-family - Defaults to the host page's font.
 * @cssproperty --rhi-text-colour @cssproperty --rhi-secondary-text-colour
 * @cssproperty --rhi-link-colour @cssproperty --rhi-error-colour @cssproperty --rhi-focus-colour
 * @cssproperty --rhi-focus-text-colour @cssproperty --rhi-border-colour @cssproperty --rhi-input-border-colour
 * @cssproperty --rhi-button-colour @cssproperty --rhi-button-text-colour @cssproperty --rhi-secondary-button-colour
 * @cssproperty --rhi-background @cssproperty --rhi-notice-colour
 * @cssproperty --rhi-space-unit - Base spacing (default 5px; GOV.UK's scale is multiples of it).
 * @cssproperty --rhi-font-size - Body text size; headings scale from it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { validateInterviewAnswers, type SchemaValidator } from '@rhi-toolkit/engine/form-support';
import { interviewLayout, interviewSchema } from '../generated/interview-defaults.js';
import { languageOf, uiWords, type UiWords } from '../i18n/ui-words.js';
import { writtenDateTime, writtenTime } from '../i18n/written-dates.js';
import { pathText, valueAt, withItemRemoved, withValueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { datePartsOf, readDateParts, type DatePartName } from './date-parts.js';
import { DraftSaver, draftFailureOf, indexedDbDraftStore, type Draft, type DraftFailure, type DraftStore } from './draft-store.js';
import { buildFormTree, type FormTree, type PageNode } from './field-tree.js';
import { rhiEvent, type RhiChangeDetail, type RhiDraftRestoredDetail, type RhiSubmitDetail } from './interview-form.events.js';
import { interviewFormStyles } from './interview-form.styles.js';
import type { JsonSchema, Layout } from './layout-types.js';
import { renderAnswerPages } from './render-answers.js';
import { renderFields, type FieldContext } from './render-field.js';
import { problemsOffThePages, problemsWith, type FieldProblem, type RawInput, type RawInputs } from './validate-answers.js';
import { fieldId, submittedAnswers, visibleFields } from './visible-fields.js';

const acceptEverything: SchemaValidator = Object.assign(() => true, { errors: null });

export class RhiInterviewForm extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = interviewFormStyles;

  static override properties = {
    answers: { attribute: false },
    schema: { attribute: false },
    layout: { attribute: false },
    validator: { attribute: false },
    draftStore: { attribute: false },
    lang: { type: String, reflect: true },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readOnly: { type: Boolean, attribute: 'readonly', reflect: true },
    timeZone: { type: String, attribute: 'time-zone' },
    pageIndex: { state: true },
    rawInputs: { state: true },
    shownProblems: { state: true },
    summaryProblems: { state: true },
    restoredDraftAt: { state: true },
    confirmingStartAgain: { state: true },
    draftFailure: { state: true },
    lastSavedAt: { state: true },
    formDisabled: { state: true },
    announcement: { state: true },
  };

  /** Every answer given so far (JSON). Setting it replaces them. */
  declare answers: Answers;
  /** The JSON Schema the fields come from. Default: the toolkit's interview schema. */
  declare schema: JsonSchema | undefined;
  /** Pages, order, required questions and reveals. Default: the toolkit's layout for its own schema. */
  declare layout: Layout | undefined;
  /** A validator precompiled from `schema` (Ajv standalone). Default: the toolkit's interview validator. */
  declare validator: SchemaValidator | undefined;
  /** Where drafts are kept. Default: IndexedDB on this device. */
  declare draftStore: DraftStore;
  declare lang: string;
  /** The name the answers JSON is posted under in the owning form. */
  declare name: string;
  /** The host's key for this record's draft (for example the case and episode number). No key, no draft. */
  declare draftKey: string | undefined;
  declare noDrafts: boolean;
  declare required: boolean;
  declare disabled: boolean;
  declare readOnly: boolean;
  /** Dates and times are typed and shown on this zone's clock; stored in UTC. */
  declare timeZone: string;

  declare protected pageIndex: number;
  declare protected rawInputs: RawInputs;
  declare protected shownProblems: Map<string, string>;
  declare protected summaryProblems: FieldProblem[];
  declare protected restoredDraftAt: string | undefined;
  declare protected confirmingStartAgain: boolean;
  declare protected draftFailure: DraftFailure | undefined;
  declare protected lastSavedAt: string | undefined;
  declare protected formDisabled: boolean;
  declare protected announcement: string;

  readonly #internals: ElementInternals;
  #tree: FormTree = { pages: [], problems: [] };
  #initialAnswers: Answers = {};
  #saver: DraftSaver | undefined;
  #draftLoaded = false;
  #changedBeforeDraftLoaded = false;
  #returnToCheck = false;
  #pendingFocus: string | undefined;
  /** True while the element itself is changing `answers`, so willUpdate can tell them from the host's. */
  #changingAnswers = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.answers = {};
    this.draftStore = indexedDbDraftStore();
    this.lang = '';
    this.name = '';
    this.noDrafts = false;
    this.required = false;
    this.disabled = false;
    this.readOnly = false;
    this.timeZone = 'Europe/London';
    this.pageIndex = 0;
    this.rawInputs = {};
    this.shownProblems = new Map();
    this.summaryProblems = [];
    this.confirmingStartAgain = false;
    this.formDisabled = false;
    this.announcement = '';
  }

  // ——— public API ———

  /** The owning `<form>`, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** The answers as they will be submitted: answers of closed conditional reveals taken out. */
  get submittedAnswers(): Answers {
    return submittedAnswers(this.#allFields(), this.answers);
  }

  /** Problems with every answer, in page order, in the form's language. */
  get problems(): FieldProblem[] {
    const request = this.#validationRequest(this.#allFields());
    const shown = problemsWith(request);
    return [...shown, ...problemsOffThePages(request, shown)];
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Shows every problem in the error summary (on "check your answers") and moves focus to it. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.#showProblems(this.problems, this.#tree.pages.length);
    return valid;
  }

  /** Deletes this record's draft from the device (after the host has stored the record). */
  async discardDraft(): Promise<void> {
    this.restoredDraftAt = undefined;
    if (this.#saver) await this.#saver.discard();
  }

  /** Goes to a page by its layout id (or 'check' for "check your answers") and focuses its heading. */
  async goToPage(id: string): Promise<void> {
    const index = id === 'check' ? this.#tree.pages.length : this.#tree.pages.findIndex((page) => page.id === id);
    if (index >= 0) await this.#goTo(index, 'page-heading');
  }

  // ——— form association ———

  formAssociatedCallback(): void {
    this.#updateFormValue();
  }

  formResetCallback(): void {
    this.rawInputs = {};
    this.shownProblems = new Map();
    this.summaryProblems = [];
    this.#setAnswers(this.#initialAnswers, '');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const restored = JSON.parse(state) as { answers?: Answers; rawInputs?: RawInputs };
      this.rawInputs = restored.rawInputs ?? {};
      this.answers = restored.answers ?? {};
    } catch {
      // A state this element did not write: keep the answers it has.
    }
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#flushDraft);
    document.addEventListener('visibilitychange', this.#flushDraft);
    this.addEventListener('invalid', this.#onInvalid);
    if (!this.#draftLoaded) void this.#loadDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#flushDraft);
    document.removeEventListener('visibilitychange', this.#flushDraft);
    this.removeEventListener('invalid', this.#onInvalid);
    void this.#saver?.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('schema') || changed.has('layout') || this.#tree.pages.length === 0) {
      const schema = this.schema ?? interviewSchema;
      const layout = this.layout ?? (schema === interviewSchema ? interviewLayout : undefined);
      this.#tree = buildFormTree(schema, layout);
      // The web team needs to know; the interviewer sees a plain notice. No answers are logged.
      for (const problem of this.#tree.problems) console.error(`rhi-interview-form: ${problem}`);
      if (this.schema && this.schema !== interviewSchema && !this.validator) {
        console.warn('rhi-interview-form: a schema was given without a precompiled validator, so only required answers, dates and numbers are checked. See docs/interview-form.md.');
      }
      this.pageIndex = Math.min(this.pageIndex, this.#tree.pages.length);
    }
    // Answers set by the host are what a form reset goes back to; answers typed are not.
    if (changed.has('answers') && !this.#changingAnswers) {
      this.#initialAnswers = this.answers;
      // Half-typed boxes belonged to the answers the host has just replaced.
      if (!changed.has('rawInputs')) this.rawInputs = {};
    }
    if (changed.has('answers') || changed.has('rawInputs') || changed.has('lang') || changed.has('required') || changed.has('schema') || changed.has('layout') || changed.has('validator')) {
      this.#updateFormValue();
    }
  }

  protected override updated(): void {
    if (this.#pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(this.#pendingFocus)}"]`);
      this.#pendingFocus = undefined;
      if (target) {
        target.focus();
        target.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      }
    }
  }

  // ——— rendering ———

  protected override render() {
    const words = this.#words;
    return html`<div class="form" part="form" lang=${words.language}>
      ${this.#renderNotices(words)}
      ${this.readOnly ? this.#renderRecord(words) : this.#renderWorkingForm(words)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  #renderNotices(words: UiWords) {
    const layoutProblem = this.#tree.problems[0];
    return html`${layoutProblem
      ? html`<div class="notice notice--warning" part="notice" role="alert">${words.say('layout.problem', { problem: layoutProblem })}</div>`
      : nothing}
    ${this.draftFailure
      ? html`<div class="notice notice--warning" part="notice" role="alert">
          <h2 class="notice__title">${words.say('draft.failedTitle')}</h2>
          <p class="body">${words.say('draft.failed', { reason: words.say(`draft.failed.${this.draftFailure}`) })}</p>
        </div>`
      : nothing}
    ${this.restoredDraftAt && !this.readOnly
      ? html`<div class="notice" part="notice" role="region" aria-labelledby="draft-restored-title">
          <h2 class="notice__title" id="draft-restored-title">${words.say('draft.restoredTitle')}</h2>
          <p class="body">${words.say('draft.restored', { time: this.#formatInstant(this.restoredDraftAt) })}</p>
          ${this.confirmingStartAgain
            ? html`<p class="body" id="confirm-start-again">${words.say('draft.confirmStartAgain')}</p>
                <div class="button-group">
                  <button type="button" id="confirm-start-again-yes" class="button button--warning" part="button" @click=${this.#startAgain}>
                    ${words.say('draft.confirmYes')}
                  </button>
                  <button type="button" class="button button--secondary" part="button secondary-button" @click=${this.#cancelStartAgain}>
                    ${words.say('draft.confirmNo')}
                  </button>
                </div>`
            : html`<button type="button" id="start-again" class="button button--secondary" part="button secondary-button" @click=${this.#askStartAgain}>
                ${words.say('draft.startAgain')}
              </button>`}
        </div>`
      : nothing}`;
  }

  #renderWorkingForm(words: UiWords) {
    const pages = this.#tree.pages;
    const onCheckPage = this.pageIndex >= pages.length;
    return html`<button type="button" class="skip-link link-button" @click=${this.#skipToQuestions}>${words.say('nav.skip')}</button>
      <nav class="page-nav" part="page-nav" aria-label=${words.say('nav.label')}>
        <ol class="page-nav__list">
          ${pages.map(
            (page, index) => html`<li class="page-nav__item">
              <button
                type="button"
                class="link-button"
                aria-current=${index === this.pageIndex ? 'step' : 'false'}
                @click=${() => this.#goTo(index, 'page-heading')}
              >
                ${words.pick(page.title)}
              </button>
            </li>`,
          )}
          <li class="page-nav__item">
            <button type="button" class="link-button" aria-current=${onCheckPage ? 'step' : 'false'} @click=${() => this.#goTo(pages.length, 'page-heading')}>
              ${words.say('check.title')}
            </button>
          </li>
        </ol>
      </nav>
      <div class="page" part="page">
        ${this.#renderErrorSummary(words)}
        ${onCheckPage ? this.#renderCheckPage(words) : this.#renderPage(pages[this.pageIndex]!, words)}
      </div>
      ${this.lastSavedAt && !this.draftFailure
        ? html`<p class="hint draft-status">${words.say('draft.saved', { time: this.#formatInstant(this.lastSavedAt, true) })}</p>`
        : nothing}`;
  }

  #renderPage(page: PageNode, words: UiWords) {
    const total = this.#tree.pages.length;
    return html`<span class="caption" id="page-caption">${words.say('page.progress', { current: this.pageIndex + 1, total })}</span>
      <h2 class="heading-l" id="page-heading" part="heading" tabindex="-1" aria-describedby="page-caption">${words.pick(page.title)}</h2>
      ${page.hint ? html`<p class="hint page-hint">${words.pick(page.hint)}</p>` : nothing}
      ${renderFields(page.fields, this.#fieldContext(words))}
      <div class="button-group">
        <button type="button" class="button" part="button primary-button" ?disabled=${this.#isDisabled} @click=${this.#continue}>
          ${words.say('button.continue')}
        </button>
        ${this.pageIndex > 0
          ? html`<button type="button" class="button button--secondary" part="button secondary-button" @click=${this.#back}>
              ${words.say('button.back')}
            </button>`
          : nothing}
      </div>`;
  }

  #renderCheckPage(words: UiWords) {
    return html`<h2 class="heading-l" id="page-heading" part="heading" tabindex="-1">${words.say('check.title')}</h2>
      <p class="body">${words.say('check.intro')}</p>
      ${renderAnswerPages(
        this.#tree.pages,
        { words, answers: this.answers, timeZone: this.timeZone, change: (page, path) => this.#changeAnswer(page, path) },
        3,
      )}
      <div class="button-group">
        <button type="button" class="button" part="button primary-button" ?disabled=${this.#isDisabled} @click=${this.#submit}>
          ${words.say('button.submit')}
        </button>
        <button type="button" class="button button--secondary" part="button secondary-button" @click=${this.#back}>
          ${words.say('button.back')}
        </button>
      </div>`;
  }

  #renderRecord(words: UiWords) {
    return html`<div class="record" part="page">
      <h2 class="heading-l" id="page-heading" part="heading" tabindex="-1">${words.say('record.title')}</h2>
      ${renderAnswerPages(this.#tree.pages, { words, answers: this.answers, timeZone: this.timeZone }, 3)}
    </div>`;
  }

  /** GOV.UK error summary: takes focus on continue/submit; each link moves focus to its field. */
  #renderErrorSummary(words: UiWords) {
    if (this.summaryProblems.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">${words.say('errorSummary.title')}</h2>
        <ul class="error-summary__list">
          ${this.summaryProblems.map(
            (problem) => html`<li>
              ${problem.focusId
                ? html`<a href="#${problem.focusId}" @click=${(event: Event) => this.#followErrorLink(event, problem)}>${problem.message}</a>`
                : problem.message}
            </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  // ——— answering ———

  get #words(): UiWords {
    const tag = this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return uiWords(languageOf(tag));
  }

  get #isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  #fieldContext(words: UiWords): FieldContext {
    return {
      words,
      answers: this.answers,
      disabled: this.#isDisabled,
      timeZone: this.timeZone,
      timeZoneName: this.timeZone === 'Europe/London' ? words.say('timeZone.uk') : this.timeZone,
      problemAt: (path) => this.shownProblems.get(path),
      rawAt: (path) => this.rawInputs[path],
      setAnswer: (path, value) => this.#setAnswers(withValueAt(this.answers, path, value), pathText(path)),
      setDatePart: (path, part, text, withTime) => this.#setDatePart(path, part, text, withTime),
      setNumber: (path, text) => this.#setNumber(path, text),
      leave: (path) => this.#leave(path),
      addItem: (path) => this.#addItem(path),
      removeItem: (path, index) => this.#removeItem(path, index),
    };
  }

  #setAnswers(answers: Answers, path: string, rawInputs: RawInputs = this.rawInputs): void {
    this.#changingAnswers = true;
    this.answers = answers;
    this.rawInputs = rawInputs;
    void this.updateComplete.then(() => (this.#changingAnswers = false));
    if (!this.#draftLoaded) this.#changedBeforeDraftLoaded = true;
    this.#saveDraft();
    const detail: RhiChangeDetail = { answers, submittedAnswers: this.submittedAnswers, path };
    this.dispatchEvent(rhiEvent('rhi-change', detail));
  }

  #setDatePart(path: AnswerPath, part: DatePartName, text: string, withTime: boolean): void {
    const key = pathText(path);
    const earlier = this.rawInputs[key];
    // Boxes of a stored date with no typed parts yet show the answer's parts: start from those.
    const shown = earlier?.kind === 'date' ? earlier.parts : datePartsOf(valueAt(this.answers, path), withTime, this.timeZone);
    const parts = { ...shown, [part]: text };
    const reading = readDateParts(parts, withTime, this.timeZone);
    const rawInputs = { ...this.rawInputs, [key]: { kind: 'date', parts } as RawInput };
    const value = reading.kind === 'complete' ? reading.value : undefined;
    // Typed parts stay as typed until the date is left, so a box is never rewritten under the
    // caret ("0" becoming "00" mid-minute); leaving a complete date shows the stored answer.
    if (reading.kind === 'empty') delete rawInputs[key];
    this.#setAnswers(withValueAt(this.answers, path, value), key, rawInputs);
  }

  #setNumber(path: AnswerPath, text: string): void {
    const key = pathText(path);
    const trimmed = text.trim();
    const value = /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
    const rawInputs = { ...this.rawInputs };
    if (value === undefined && trimmed !== '') rawInputs[key] = { kind: 'number', text };
    else delete rawInputs[key];
    this.#setAnswers(withValueAt(this.answers, path, value), key, rawInputs);
  }

  /** Errors appear when a question is left, never while typing; a fixed one goes when it is left again. */
  #leave(path: AnswerPath): void {
    const key = pathText(path);
    const raw = this.rawInputs[key];
    if (raw?.kind === 'date' && valueAt(this.answers, path) !== undefined) {
      const { [key]: _settled, ...rest } = this.rawInputs;
      this.rawInputs = rest;
    }
    const problem = this.#currentPageProblems().find((candidate) => candidate.path === key);
    const shown = new Map(this.shownProblems);
    const wasShown = shown.has(key);
    if (problem && !this.#isUnanswered(problem)) shown.set(key, problem.message);
    else shown.delete(key);
    if (problem || wasShown) this.shownProblems = shown;
    if (!problem && this.summaryProblems.some((candidate) => candidate.path === key)) {
      this.summaryProblems = this.summaryProblems.filter((candidate) => candidate.path !== key);
    }
  }

  /** Leaving an empty required question is not yet a mistake: it is reported on continue or submit. */
  #isUnanswered(problem: FieldProblem): boolean {
    const value = valueAt(this.answers, problem.path.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step)));
    return value === undefined && this.rawInputs[problem.path] === undefined;
  }

  #addItem(path: AnswerPath): void {
    const list = valueAt(this.answers, path);
    const index = Array.isArray(list) ? list.length : 0;
    this.#setAnswers(withValueAt(this.answers, [...path, index], {}), pathText(path));
    this.#pendingFocus = `${fieldId(path)}-${index}-legend`;
    const field = this.#placedField(path);
    const words = this.#words;
    const item = words.pick(field?.itemLabel ?? field?.label ?? { en: '', cy: '' });
    this.announcement = words.say('repeatable.added', { item, number: index + 1 });
  }

  #removeItem(path: AnswerPath, index: number): void {
    const prefix = `${pathText([...path, index])}.`;
    // Half-typed boxes of later items shift down one place with their items.
    const rawInputs: RawInputs = {};
    for (const [key, raw] of Object.entries(this.rawInputs)) {
      if (key.startsWith(prefix)) continue;
      rawInputs[shiftIndex(key, path, index)] = raw;
    }
    this.#setAnswers(withItemRemoved(this.answers, path, index), pathText(path), rawInputs);
    this.#pendingFocus = `${fieldId(path)}-add`;
    const field = this.#placedField(path);
    const words = this.#words;
    const item = words.pick(field?.itemLabel ?? field?.label ?? { en: '', cy: '' });
    this.announcement = words.say('repeatable.removed', { item, number: index + 1 });
  }

  #placedField(path: AnswerPath) {
    const key = pathText(path);
    return visibleFields(this.#allFields(), this.answers).find((placed) => pathText(placed.path) === key)?.field;
  }

  // ——— pages ———

  #allFields() {
    return this.#tree.pages.flatMap((page) => page.fields);
  }

  #validationRequest(fields = this.#allFields()) {
    return {
      fields,
      answers: submittedAnswers(this.#allFields(), this.answers),
      rawInputs: this.rawInputs,
      validator: this.validator ?? (this.schema && this.schema !== interviewSchema ? acceptEverything : validateInterviewAnswers),
      words: this.#words,
      timeZone: this.timeZone,
    };
  }

  #currentPageProblems(): FieldProblem[] {
    const page = this.#tree.pages[this.pageIndex];
    return page ? problemsWith(this.#validationRequest(page.fields)) : this.problems;
  }

  async #goTo(index: number, focusId: string): Promise<void> {
    this.pageIndex = index;
    this.summaryProblems = [];
    this.#pendingFocus = focusId;
    await this.updateComplete;
  }

  /** A button, not a link: axe looks for a link's target in the page, not in the shadow root. */
  #skipToQuestions = (): void => {
    this.renderRoot.querySelector<HTMLElement>('#page-heading')?.focus();
  };

  #continue = async (): Promise<void> => {
    const problems = this.#currentPageProblems();
    if (problems.length > 0) return this.#showProblems(problems, this.pageIndex);
    const next = this.#returnToCheck ? this.#tree.pages.length : this.pageIndex + 1;
    this.#returnToCheck = false;
    await this.#goTo(next, 'page-heading');
  };

  #back = async (): Promise<void> => {
    this.#returnToCheck = false;
    await this.#goTo(Math.max(0, this.pageIndex - 1), 'page-heading');
  };

  #changeAnswer(page: PageNode, path: AnswerPath): void {
    const index = this.#tree.pages.indexOf(page);
    const field = visibleFields(page.fields, this.answers).find((placed) => pathText(placed.path) === pathText(path))?.field;
    this.#returnToCheck = true;
    const id = fieldId(path);
    const focusId = !field ? 'page-heading'
      : field.kind === 'date' || field.kind === 'date-time' ? `${id}-day`
      : field.kind === 'radios' || field.kind === 'yes-no' || field.kind === 'checkboxes' ? `${id}-0`
      : field.kind === 'repeatable' ? `${id}-add`
      : id;
    void this.#goTo(index, focusId);
  }

  async #showProblems(problems: FieldProblem[], pageIndex: number): Promise<void> {
    this.pageIndex = pageIndex;
    this.shownProblems = new Map([...this.shownProblems, ...problems.map((problem) => [problem.path, problem.message] as const)]);
    this.summaryProblems = problems;
    this.#pendingFocus = 'error-summary';
    await this.updateComplete;
  }

  #followErrorLink(event: Event, problem: FieldProblem): void {
    event.preventDefault();
    const pageIndex = this.#tree.pages.findIndex((page) =>
      visibleFields(page.fields, this.answers).some((placed) => pathText(placed.path) === problem.path),
    );
    if (pageIndex >= 0 && pageIndex !== this.pageIndex) {
      // Keep the summary on the page the interviewer is sent to, so they can come back to it.
      this.pageIndex = pageIndex;
      this.#returnToCheck = true;
    }
    this.#pendingFocus = problem.focusId;
    this.requestUpdate();
  }

  #submit = async (): Promise<void> => {
    const problems = this.problems;
    if (problems.length > 0) return this.#showProblems(problems, this.#tree.pages.length);
    const answers = this.submittedAnswers;
    const detail: RhiSubmitDetail = { answers };
    const proceed = this.dispatchEvent(rhiEvent('rhi-submit', detail, true));
    if (!proceed) return;
    // The draft goes before the page does: a form post navigates away.
    try {
      await this.discardDraft();
    } catch {
      // The record is being submitted; a draft that cannot be deleted expires with the device's storage.
    }
    this.form?.requestSubmit();
  };

  #onInvalid = (): void => {
    // The owning form was submitted with problems: show them all, as the error summary.
    void this.#showProblems(this.problems, this.#tree.pages.length);
  };

  // ——— form value and validity ———

  #updateFormValue(): void {
    const answers = submittedAnswers(this.#allFields(), this.answers);
    const state = JSON.stringify({ answers: this.answers, rawInputs: this.rawInputs });
    this.#internals.setFormValue(JSON.stringify(answers), state);
    const words = this.#words;
    const empty = Object.keys(this.answers).length === 0;
    const problems = this.problems;
    if (this.required && empty) {
      this.#internals.setValidity({ valueMissing: true }, words.say('validity.empty'));
    } else if (problems.length > 0) {
      this.#internals.setValidity({ customError: true }, words.say('validity.problems', { count: problems.length }));
    } else {
      this.#internals.setValidity({});
    }
  }

  // ——— drafts ———

  async #loadDraft(): Promise<void> {
    if (this.noDrafts || !this.draftKey) {
      this.#draftLoaded = true;
      return;
    }
    this.#saver = new DraftSaver(this.draftStore, this.draftKey, this.#onDraftSaved);
    let draft: Draft | undefined;
    try {
      draft = await this.draftStore.read(this.draftKey);
    } catch (error) {
      this.draftFailure = draftFailureOf(error);
    }
    this.#draftLoaded = true;
    if (!draft || this.#changedBeforeDraftLoaded) return;
    this.#changingAnswers = true;
    this.answers = draft.answers ?? {};
    this.rawInputs = draft.rawInputs ?? {};
    await this.updateComplete;
    this.#changingAnswers = false;
    this.restoredDraftAt = draft.savedAt;
    const detail: RhiDraftRestoredDetail = { answers: this.answers, savedAt: draft.savedAt };
    this.dispatchEvent(rhiEvent('rhi-draft-restored', detail));
  }

  #saveDraft(): void {
    if (this.noDrafts || !this.draftKey || !this.#saver) return;
    this.#saver.schedule({ answers: this.answers, rawInputs: this.rawInputs, savedAt: new Date().toISOString() });
  }

  #onDraftSaved = (failure: DraftFailure | undefined, draft: Draft): void => {
    this.draftFailure = failure;
    if (!failure) this.lastSavedAt = draft.savedAt;
  };

  #flushDraft = (event: Event): void => {
    // pagehide comes before the page turns hidden (Chromium, on reload or navigation): write then too.
    if (event.type === 'pagehide' || document.visibilityState === 'hidden' || !this.isConnected) void this.#saver?.flush();
  };

  #askStartAgain = async (): Promise<void> => {
    this.confirmingStartAgain = true;
    this.#pendingFocus = 'confirm-start-again-yes';
  };

  #cancelStartAgain = (): void => {
    this.confirmingStartAgain = false;
    this.#pendingFocus = 'start-again';
  };

  #startAgain = async (): Promise<void> => {
    this.confirmingStartAgain = false;
    await this.discardDraft();
    this.shownProblems = new Map();
    this.summaryProblems = [];
    this.#setAnswers(this.#initialAnswers, '', {});
    // Nothing to keep yet: the next change saves a new draft.
    await this.#saver?.discard();
    await this.#goTo(0, 'page-heading');
  };

  #formatInstant(iso: string, timeOnly = false): string {
    return timeOnly ? writtenTime(iso, this.timeZone) : writtenDateTime(iso, this.#words, this.timeZone);
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** `list.3.x` becomes `list.2.x` when item 2 of `list` is removed. */
function shiftIndex(key: string, listPath: AnswerPath, removed: number): string {
  const prefix = `${pathText(listPath)}.`;
  if (!key.startsWith(prefix)) return key;
  const [index, ...rest] = key.slice(prefix.length).split('.');
  const position = Number(index);
  if (!Number.isInteger(position) || position < removed) return key;
  return [pathText(listPath), position - 1, ...rest].join('.');
}
