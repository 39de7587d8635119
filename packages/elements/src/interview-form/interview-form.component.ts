import { LitElement, html, type PropertyValues } from 'lit';
import type { SchemaValidator } from '@rhi-toolkit/engine/form-support';
import { inheritedLanguage } from '../i18n/inherited-language.js';
import { languageOf, uiWords, type UiWords } from '../i18n/ui-words.js';
import { DEFAULT_DRAFT_MAX_AGE_DAYS, DraftController } from '../shared/draft-controller.js';
import { shownAfterLeaving, shownAfterSubmit } from '../govuk/feedback.js';
import { FocusAfterUpdate } from '../govuk/focus-after-update.js';
import { pathText, valueAt, withValueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { indexedDbInterviewDraftStore, type Draft, type DraftFailure, type DraftStore } from './draft-store.js';
import { rawInputsAfterLeaving, withDatePartTyped, withItemTakenOut, withNumberTyped, type TypedRecord } from './edit-answers.js';
import { holdsPlainValues, type FormTree, type PageNode } from './field-tree.js';
import { itemNameOf } from './item-name.js';
import { defaultAnswers, newItem } from './schema-values.js';
import { formTreeFor, lacksValidator, layoutFor, validatorFor } from './form-defaults.js';
import type { JoinedRecord } from './joined-record.js';
import { rhiEvent, type RhiChangeDetail, type RhiDraftRestoredDetail, type RhiSubmitDetail } from './interview-form.events.js';
import { govukStyles } from '../govuk/govuk.styles.js';
import type { JsonSchema, Layout } from './layout-types.js';
import { renderRecord, renderWorkingForm, type FormPagesActions } from './render-form-pages.js';
import { renderOnePageForm, sectionHeadingId } from './render-one-page.js';
import type { FieldContext } from './render-field.js';
import { renderNotices, type NoticesActions } from './render-notices.js';
import { everyProblem, focusIdOf, problemsWith, validityOf, type FieldProblem, type RawInputs } from './validate-answers.js';
import { unshownAnswers } from './unshown-answers.js';
import { fieldId, submittedAnswers, visibleFieldAt } from './visible-fields.js';

/**
 * `<rhi-interview-form>`: the Return Home Interview record as a form-associated custom element.
 * Fields come from a JSON Schema, pages from a layout file; answers are autosaved as a draft on
 * this device and posted as JSON with the host's own `<form>`. It renders and checks answers; it
 * never decides anything about risk (that is the engine's job).
 *
 * @event {CustomEvent<RhiChangeDetail>} rhi-change - An answer changed. `detail`: `{ answers, submittedAnswers, path }`.
 * @event {CustomEvent<RhiSubmitDetail>} rhi-submit - The record passed every check and is being
 *   submitted. `detail`: `{ answers }`, and inside `<rhi-interview>` also `assessment` and `referrals`
 *   (posted too, as `<name>-assessment` and `<name>-referrals`). Cancelable: cancel it to send the record yourself. Either
 *   way the draft is kept until the host confirms storage (`recordStored()` or `<rhi-record-stored>`).
 * @event {CustomEvent<RhiDraftRestoredDetail>} rhi-draft-restored - A saved draft was loaded. `detail`: `{ answers, savedAt }`.
 * @csspart form - The whole form.
 * @csspart page-nav - The list of sections.
 * @csspart page - The current page or the check-your-answers page.
 * @csspart form-title - The schema's own title and description, above the sections (no layout).
 * @csspart section - One section of a one-page form (its heading and questions).
 * @csspart heading - The page heading.
 * @csspart read-only - A question shown with its value and no control (`readOnly`, `const`); also `field`.
 * @csspart error-summary - The GOV.UK error summary.
 * @csspart field - One question (label, hint, error and control).
 * @csspart fieldset - The group of a question with several controls (choices, a date, a repeatable list).
 * @csspart label - A question's label.
 * @csspart legend - A group's question.
 * @csspart hint - A question's hint.
 * @csspart not-listed - A loaded answer that is none of a question's choices ("Not one of the choices: …"); also `hint`.
 * @csspart error-message - A question's error message.
 * @csspart input - A text, number or date box.
 * @csspart date-input - Each box of a date (day, month, year, time); also `input`.
 * @csspart textarea - A multi-line text box.
 * @csspart select - A drop-down list.
 * @csspart radios - A question's radio buttons.
 * @csspart checkboxes - A question's checkboxes.
 * @csspart conditional - The questions revealed under a chosen option.
 * @csspart repeatable - A question answered by a list of items (previous episodes); also `field`.
 * @csspart repeat-item - One item of a repeatable list.
 * @csspart buttons - The draft notice's group of buttons.
 * @csspart button - Every button.
 * @csspart primary-button - Continue and submit; also `button`.
 * @csspart secondary-button - Back, and the draft notice's buttons; also `button`.
 * @csspart summary-section - One page's answers on check-your-answers and the record.
 * @csspart summary-list - A check-your-answers list.
 * @csspart change-link - "Change" beside an answer.
 * @csspart notice - Draft restored / not saved notices.
 * @cssproperty --rhi-font-family - Defaults to the host page's font.
 * @cssproperty --rhi-font-size - Body text size; headings scale from it.
 * @cssproperty --rhi-text-colour - Text (default #0b0c0c).
 * @cssproperty --rhi-secondary-text-colour - Hints and captions (default #484949).
 * @cssproperty --rhi-link-colour - Links (default #1d70b8).
 * @cssproperty --rhi-error-colour - Error messages and borders (default #d4351c).
 * @cssproperty --rhi-focus-colour - The focus outline (default #ffdd00).
 * @cssproperty --rhi-focus-text-colour - Text on the focus colour (default #0b0c0c).
 * @cssproperty --rhi-border-colour - Dividers (default #b1b4b6).
 * @cssproperty --rhi-input-border-colour - Borders of boxes, radios and checkboxes (default #0b0c0c).
 * @cssproperty --rhi-button-colour - Primary buttons (default #00703c).
 * @cssproperty --rhi-button-text-colour - Primary buttons' text (default #ffffff).
 * @cssproperty --rhi-secondary-button-colour - Secondary buttons (default #f3f2f1).
 * @cssproperty --rhi-warning-button-colour - "Yes, start again" (default #d4351c).
 * @cssproperty --rhi-background - Behind the form (default #ffffff).
 * @cssproperty --rhi-notice-colour - The border of notices (default #1d70b8).
 * @cssproperty --rhi-space-unit - Base spacing (default 5px; GOV.UK's scale is multiples of it).
 */
export class RhiInterviewForm extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = govukStyles;

  static override properties = {
    answers: { attribute: false },
    schema: { attribute: false },
    layout: { attribute: false },
    validator: { attribute: false },
    draftStore: { attribute: false },
    draftEncryptionKey: { attribute: false },
    lang: { type: String, reflect: true },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    draftMaxAgeDays: { type: Number, attribute: 'draft-max-age-days' },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readOnly: { type: Boolean, attribute: 'readonly', reflect: true },
    timeZone: { type: String, attribute: 'time-zone' },
    onePage: { type: Boolean, attribute: 'one-page', reflect: true },
    checkAnswers: { type: Boolean, attribute: 'check-answers', reflect: true },
    pageIndex: { state: true },
    rawInputs: { state: true },
    shownProblems: { state: true },
    summaryProblems: { state: true },
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
  /**
   * Encrypts drafts at rest (AES-GCM 256, WebCrypto) before they reach `draftStore`. Set it before the
   * element's first update (also before the toolkit loads: it is honoured); given later, the draft is
   * re-written with it at once and every write after is encrypted. A draft it cannot decrypt is not restored and a warning shows; a draft
   * stored in the clear is deleted, not restored.
   */
  declare draftEncryptionKey: CryptoKey | undefined;
  /** Days a draft is kept: an older one is deleted, not restored. Not a positive number: 7. */
  declare draftMaxAgeDays: number;
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
  /**
   * Every section at once, each under its own heading, with one Submit at the end (also a layout's
   * `"onePage": true`). A schema of one page with no layout is always shown this way.
   */
  declare onePage: boolean;
  /** A one-page form goes to "check your answers" before it submits (also a layout's `"checkAnswers": true`). */
  declare checkAnswers: boolean;

  declare protected pageIndex: number;
  declare protected rawInputs: RawInputs;
  declare protected shownProblems: ReadonlyMap<string, string>;
  declare protected summaryProblems: FieldProblem[];
  declare protected formDisabled: boolean;
  declare protected announcement: string;

  readonly #internals: ElementInternals;
  #tree: FormTree = { pages: [], problems: [], labelGaps: [], notices: [] };
  #initialAnswers: Answers = {};
  #returnToCheck = false;
  /** Set by `<rhi-interview>`: the assessment and referral decisions that make one record with the answers. */
  #joined: JoinedRecord | undefined;
  readonly #focus = new FocusAfterUpdate(this);
  /** True while the element itself is changing `answers`, so willUpdate can tell them from the host's. */
  #changingAnswers = false;
  /** The form whose data the answers are added to (see #onFormData). */
  #ownerForm: HTMLFormElement | null = null;
  /** The referral decisions of the restored draft, kept until a wizard takes them over (never lost meanwhile). */
  #restoredReferrals: Draft['referrals'];

  readonly #drafts = new DraftController<Draft>(this, {
    kind: 'interview',
    editing: () => !this.readOnly,
    draftAt: (savedAt) => {
      const referrals = this.#joined?.referralDecisions() ?? this.#restoredReferrals;
      return { ...this.#record, ...(referrals ? { referrals } : {}), savedAt };
    },
    restore: async (draft) => {
      this.#restoredReferrals = draft.referrals;
      this.#changingAnswers = true;
      this.answers = draft.answers ?? {};
      this.rawInputs = draft.rawInputs ?? {};
      await this.updateComplete;
      this.#changingAnswers = false;
    },
    restored: (draft) => {
      const detail: RhiDraftRestoredDetail = { answers: this.#record.answers, savedAt: draft.savedAt, ...(draft.referrals ? { referrals: draft.referrals } : {}) };
      this.dispatchEvent(rhiEvent('rhi-draft-restored', detail));
    },
  });

  readonly #noticesActions: NoticesActions = {
    askStartAgain: () => {
      this.#drafts.askStartAgain();
      this.#focus.request('confirm-start-again-yes');
    },
    cancelStartAgain: () => {
      this.#drafts.cancelStartAgain();
      this.#focus.request('start-again');
    },
    startAgain: () => void this.#startAgain(),
  };

  readonly #pagesActions: FormPagesActions = {
    skipToQuestions: () => this.renderRoot.querySelector<HTMLElement>('#page-heading')?.focus(),
    goTo: (pageIndex) => void this.#goTo(pageIndex, 'page-heading'),
    continue: () => void this.#continue(),
    back: () => void this.#back(),
    submit: () => void this.#submit(),
    changeAnswer: (page, path) => this.#changeAnswer(page, path),
    followErrorLink: (event, problem) => this.#followErrorLink(event, problem),
  };

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.answers = {};
    this.draftStore = indexedDbInterviewDraftStore();
    this.lang = '';
    this.name = '';
    this.noDrafts = false;
    this.draftEncryptionKey = undefined;
    this.draftMaxAgeDays = DEFAULT_DRAFT_MAX_AGE_DAYS;
    this.required = false;
    this.disabled = false;
    this.readOnly = false;
    this.timeZone = 'Europe/London';
    this.onePage = false;
    this.checkAnswers = false;
    this.pageIndex = 0;
    this.rawInputs = {};
    this.shownProblems = new Map();
    this.summaryProblems = [];
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
    return submittedAnswers(this.#allFields(), this.answers, this.#rawAt);
  }

  /** Problems with every answer, in page order, in the form's language. */
  get problems(): FieldProblem[] {
    return everyProblem(this.#validationRequest(this.#allFields()));
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Shows every problem in the error summary (on "check your answers") and moves focus to it. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.#showProblems(this.problems, this.#submitProblemsPage);
    return valid;
  }

  /** Resolves once a saved draft has been looked for (in the first update) and, if there was one, restored. */
  get draftLoaded(): Promise<void> {
    return this.#drafts.loaded;
  }

  /** Why the draft is not being kept on this device now (the last read or write failed); undefined while it is. */
  get draftFailure(): DraftFailure | undefined {
    return this.#drafts.status.failure;
  }

  /** Writes the draft now instead of after the typing pause; resolves once it is on the device. */
  async saveDraft(): Promise<void> {
    await this.#drafts.saveNow();
  }

  /** Deletes this record's draft from the device (after the host has stored the record). */
  async discardDraft(): Promise<void> {
    await this.#drafts.discard();
  }

  /**
   * The host confirms the case system stored the record: its draft, kept since the submit in case
   * the post failed, is deleted. A server-rendered confirmation page uses `<rhi-record-stored>` instead.
   */
  async recordStored(): Promise<void> {
    await this.#drafts.discard();
  }

  /**
   * For `<rhi-interview>`, which joins the assessment and the referral wizard's decisions to the
   * answers: they are drafted with them, guard the submit, and are submitted with them.
   */
  joinRecord(joined: JoinedRecord | undefined): void {
    this.#joined = joined;
    this.recordChanged();
  }

  /**
   * For `<rhi-interview>`: referral decisions from the restored draft that no wizard has taken yet
   * (the coordinator may arrive after the draft was read), with when they were saved.
   */
  get restoredReferralDecisions(): { decisions: NonNullable<Draft['referrals']>; savedAt: string } | undefined {
    const decisions = this.#restoredReferrals;
    const savedAt = this.#drafts.status.restoredAt;
    return decisions && savedAt ? { decisions, savedAt } : undefined;
  }

  /** For `<rhi-interview>`: the joined assessment or referral decisions changed; draft and check the record again. */
  recordChanged(): void {
    if (this.#joined?.referralDecisions()) this.#restoredReferrals = undefined;
    this.#drafts.changed(false);
    this.#updateValidity();
  }

  /** Goes to a page by its layout id (or 'check' for "check your answers") and focuses its heading. */
  async goToPage(id: string): Promise<void> {
    const index = id === 'check' ? this.#tree.pages.length : this.#tree.pages.findIndex((page) => page.id === id);
    if (index >= 0) await this.#goTo(index, 'page-heading');
  }

  /**
   * Goes to the page that shows the question at a dotted path (e.g. `episode.returnedAt`, a missing
   * answer the risk panel links to) and focuses its control — a date's day box, a choice's first
   * option — scrolled into view. Resolves true once focused; false, changing nothing, when no page
   * shows the question (it is in a closed reveal or the layout leaves it out) or the record is read-only.
   */
  async focusField(path: string): Promise<boolean> {
    await this.updateComplete;
    const index = this.readOnly ? -1 : this.#pageShowing(path);
    if (index < 0) return false;
    const field = visibleFieldAt(this.#tree.pages[index]!.fields, this.answers, path, this.#rawAt)!;
    const focusId = focusIdOf(field, fieldId(path.split('.')));
    await this.#goTo(index, focusId);
    return this.shadowRoot?.activeElement?.id === focusId;
  }

  // ——— form association ———

  formAssociatedCallback(): void {
    this.#followOwnerForm();
    this.#updateValidity();
  }

  formResetCallback(): void {
    this.rawInputs = {};
    this.shownProblems = new Map();
    this.summaryProblems = [];
    this.#setAnswers({ answers: this.#initialAnswers, rawInputs: this.rawInputs }, '');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * The browser is handed no value or state to keep (see #onFormData), so it has nothing of ours to
   * give back; a state from an older toolkit, which held answers, is ignored. Answers come back from
   * the draft alone (read in the first update), or not at all.
   */
  formStateRestoreCallback(_state: string | File | FormData | null): void {}

  // ——— lifecycle (drafts follow it through #drafts) ———

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.#onInvalid);
    this.#followOwnerForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid);
    this.#followOwnerForm();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('schema') || changed.has('layout') || !this.hasUpdated) {
      this.#tree = formTreeFor(this.schema, this.layout);
      // The web team needs to know; the interviewer sees a plain notice. No answers are logged.
      for (const problem of this.#tree.problems) console.error(`rhi-interview-form: ${problem}`);
      for (const gap of this.#tree.labelGaps) console.warn(`rhi-interview-form: ${gap}`);
      for (const { pointer, problem } of this.#tree.notices) console.warn(`rhi-interview-form: cannot show ${pointer || 'the root ("")'}: ${problem}`);
      if (lacksValidator(this.schema, this.validator)) {
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
    this.#startNewRecordFromDefaults();
    if (changed.has('answers') || changed.has('rawInputs') || changed.has('lang') || changed.has('required') || changed.has('schema') || changed.has('layout') || changed.has('validator')) {
      this.#updateValidity();
    }
  }

  protected override render() {
    const words = this.#words;
    const { answers, timeZone, readOnly } = this;
    const pages = this.#tree.pages;
    const drafts = this.#drafts.status;
    const layoutProblem = this.#tree.problems[0];
    const schemaNotices = this.#tree.notices;
    const unshown = unshownAnswers(this.#allFields(), answers, this.#rawAt);
    return html`<div class="form" part="form" lang=${words.language}>
      ${renderNotices({ words, timeZone, layoutProblem, schemaNotices, unshownAnswers: unshown, drafts, readOnly }, this.#noticesActions)}
      ${readOnly ? renderRecord({ words, pages, answers, timeZone }) : this.#renderWorkingForm(words)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /**
   * A new record (no answers from the host, nothing typed, no draft restored) starts from the
   * schema's `default`s, which a reset or "start again" goes back to. A host's answers or a draft
   * are never filled in from them: what the record holds is posted as it came. A read-only record
   * shows only what it holds.
   */
  #startNewRecordFromDefaults(): void {
    const untouched = this.answers === this.#initialAnswers && Object.keys(this.answers).length === 0;
    if (!untouched || this.readOnly || this.#drafts.status.restoredAt) return;
    const defaults = defaultAnswers(this.#allFields());
    if (Object.keys(defaults).length === 0) return;
    this.answers = defaults;
    this.#initialAnswers = defaults;
  }

  #renderWorkingForm(words: UiWords) {
    const view = {
      words, pages: this.#tree.pages, answers: this.answers, timeZone: this.timeZone, drafts: this.#drafts.status,
      title: this.#tree.title,
      description: this.#tree.description,
      pageIndex: this.pageIndex,
      disabled: this.#isDisabled,
      summaryProblems: this.summaryProblems,
      fields: this.#fieldContext(words),
    };
    return this.#isOnePage
      ? renderOnePageForm({ ...view, checkAnswers: this.#asksForCheck }, this.#pagesActions)
      : renderWorkingForm(view, this.#pagesActions);
  }

  // ——— one page or several ———

  /**
   * Every section on one page: asked for by the host (attribute or layout), or a schema of one page
   * with no layout, which has nothing to page through.
   */
  get #isOnePage(): boolean {
    const layout = layoutFor(this.schema, this.layout);
    return this.onePage || layout?.onePage === true || (!layout && this.#tree.pages.length === 1);
  }

  get #asksForCheck(): boolean {
    return this.checkAnswers || this.layout?.checkAnswers === true;
  }

  /** Where a failed submit shows its problems: the one page itself, or "check your answers". */
  get #submitProblemsPage(): number {
    return this.#isOnePage && !this.#asksForCheck ? 0 : this.#tree.pages.length;
  }

  /** On a one-page form every section is page 0; "check your answers" stays after the last page. */
  #shownIndex(index: number): number {
    return this.#isOnePage && index < this.#tree.pages.length ? 0 : index;
  }

  get #words(): UiWords {
    const tag = this.lang || inheritedLanguage(this);
    return uiWords(languageOf(tag));
  }

  get #isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  // ——— answering ———

  #fieldContext(words: UiWords): FieldContext {
    return {
      words,
      answers: this.answers,
      disabled: this.#isDisabled,
      timeZone: this.timeZone,
      timeZoneName: this.timeZone === 'Europe/London' ? words.say('timeZone.uk') : this.timeZone,
      problemAt: (path) => this.shownProblems.get(path),
      rawAt: (path) => this.rawInputs[path],
      setAnswer: (path, value) => this.#setAnswers({ answers: withValueAt(this.answers, path, value), rawInputs: this.rawInputs }, pathText(path)),
      setDatePart: (path, part, text, withTime) =>
        this.#setAnswers(withDatePartTyped(this.#record, path, part, text, withTime, this.timeZone), pathText(path)),
      setNumber: (path, text, wholeNumber) => this.#setAnswers(withNumberTyped(this.#record, path, text, wholeNumber), pathText(path)),
      chooseAlternative: (path, index, markers) => this.#chooseAlternative(path, index, markers),
      leave: (path) => this.#leave(path),
      addItem: (path) => this.#addItem(path),
      removeItem: (path, index) => this.#removeItem(path, index),
    };
  }

  /** The alternative chosen (and drafted) is form state, not an answer; its fixed properties (`kind: 'person'`) are answers. */
  #chooseAlternative(path: AnswerPath, index: number, markers: { path: AnswerPath; value: unknown }[]): void {
    const answers = markers.reduce((next, marker) => withValueAt(next, marker.path, marker.value), this.answers);
    this.#setAnswers({ answers, rawInputs: { ...this.rawInputs, [pathText(path)]: { kind: 'alternative', index } } }, pathText(path));
  }

  readonly #rawAt = (path: string) => this.rawInputs[path];

  get #record(): TypedRecord {
    return { answers: this.answers, rawInputs: this.rawInputs };
  }

  /** Every change the interviewer makes comes through here: it is drafted and announced to the host. */
  #setAnswers({ answers, rawInputs }: TypedRecord, path: string): void {
    this.#changingAnswers = true;
    this.answers = answers;
    this.rawInputs = rawInputs;
    void this.updateComplete.then(() => (this.#changingAnswers = false));
    this.#drafts.changed();
    const detail: RhiChangeDetail = { answers, submittedAnswers: this.submittedAnswers, path };
    this.dispatchEvent(rhiEvent('rhi-change', detail));
  }

  /** The one feedback rule (govuk/feedback.ts): an error shows once its question is left answered, or on continue/submit. */
  #leave(path: AnswerPath): void {
    const key = pathText(path);
    this.rawInputs = rawInputsAfterLeaving(this.#record, path);
    const problem = this.#currentPageProblems().find((candidate) => candidate.path === key);
    const answered = valueAt(this.answers, path) !== undefined || this.rawInputs[key] !== undefined;
    this.shownProblems = shownAfterLeaving(this.shownProblems, { key, problem: problem?.message, answered });
    if (!problem && this.summaryProblems.some((candidate) => candidate.path === key)) {
      this.summaryProblems = this.summaryProblems.filter((candidate) => candidate.path !== key);
    }
  }

  #addItem(path: AnswerPath): void {
    const list = valueAt(this.answers, path);
    const index = Array.isArray(list) ? list.length : 0;
    const field = visibleFieldAt(this.#allFields(), this.answers, pathText(path));
    const item = field ? newItem(field) : {};
    this.#setAnswers({ answers: withValueAt(this.answers, [...path, index], item), rawInputs: this.rawInputs }, pathText(path));
    // A new value row is one question: focus goes straight into its box.
    const itemPath = [...path, index];
    this.#focus.request(field && holdsPlainValues(field) ? focusIdOf(field.itemFields[0]!, fieldId(itemPath)) : `${fieldId(path)}-${index}-legend`);
    this.#announceItem('repeatable.added', path, index);
  }

  #removeItem(path: AnswerPath, index: number): void {
    this.#setAnswers(withItemTakenOut(this.#record, path, index), pathText(path));
    this.#focus.request(`${fieldId(path)}-add`);
    this.#announceItem('repeatable.removed', path, index);
  }

  /** Screen readers hear which item came or went: focus alone does not say. */
  #announceItem(message: 'repeatable.added' | 'repeatable.removed', listPath: AnswerPath, index: number): void {
    const field = visibleFieldAt(this.#allFields(), this.answers, pathText(listPath));
    const words = this.#words;
    const item = field ? itemNameOf(field, words) : '';
    this.announcement = words.say(message, { item, number: index + 1 });
  }

  // ——— pages ———

  #allFields() {
    return this.#tree.pages.flatMap((page) => page.fields);
  }

  #validationRequest(fields = this.#allFields()) {
    return {
      fields,
      answers: submittedAnswers(this.#allFields(), this.answers, this.#rawAt),
      rawInputs: this.rawInputs,
      validator: validatorFor(this.schema, this.validator),
      words: this.#words,
      timeZone: this.timeZone,
    };
  }

  #currentPageProblems(): FieldProblem[] {
    const page = this.#isOnePage ? undefined : this.#tree.pages[this.pageIndex];
    return page ? problemsWith(this.#validationRequest(page.fields)) : this.problems;
  }

  /** Index of the page showing the question at a dotted path; -1 when it is in a closed reveal or on no page. */
  #pageShowing(path: string): number {
    return this.#tree.pages.findIndex((page) => visibleFieldAt(page.fields, this.answers, path, this.#rawAt) !== undefined);
  }

  async #goTo(index: number, focusId: string): Promise<void> {
    this.pageIndex = this.#shownIndex(index);
    // On one page, "go to a section" is its heading.
    if (this.#isOnePage && focusId === 'page-heading' && index < this.#tree.pages.length) focusId = sectionHeadingId(index);
    this.summaryProblems = [];
    this.#focus.request(focusId);
    await this.updateComplete;
  }

  async #continue(): Promise<void> {
    const problems = this.#currentPageProblems();
    if (problems.length > 0) return this.#showProblems(problems, this.pageIndex);
    const next = this.#returnToCheck || this.#isOnePage ? this.#tree.pages.length : this.pageIndex + 1;
    this.#returnToCheck = false;
    await this.#goTo(next, 'page-heading');
  }

  async #back(): Promise<void> {
    this.#returnToCheck = false;
    await this.#goTo(this.#isOnePage ? 0 : Math.max(0, this.pageIndex - 1), 'page-heading');
  }

  #changeAnswer(page: PageNode, path: AnswerPath): void {
    const index = this.#tree.pages.indexOf(page);
    const field = visibleFieldAt(page.fields, this.answers, pathText(path), this.#rawAt);
    this.#returnToCheck = true;
    void this.#goTo(index, field ? focusIdOf(field, fieldId(path)) : 'page-heading');
  }

  async #showProblems(problems: FieldProblem[], pageIndex: number): Promise<void> {
    this.pageIndex = this.#shownIndex(pageIndex);
    this.shownProblems = shownAfterSubmit(this.shownProblems, problems.map((problem) => ({ key: problem.path, message: problem.message })));
    this.summaryProblems = problems;
    this.#focus.request('error-summary');
    await this.updateComplete;
  }

  #followErrorLink(event: Event, problem: FieldProblem): void {
    event.preventDefault();
    if (problem.follow) return problem.follow();
    const showing = this.#pageShowing(problem.path);
    const pageIndex = showing >= 0 ? this.#shownIndex(showing) : showing;
    if (pageIndex >= 0 && pageIndex !== this.pageIndex) {
      // Keep the summary on the page the interviewer is sent to, so they can come back to it.
      this.pageIndex = pageIndex;
      this.#returnToCheck = true;
    }
    this.#focus.request(problem.focusId);
    this.requestUpdate();
  }

  async #submit(): Promise<void> {
    const problems = this.problems;
    if (problems.length > 0) return this.#showProblems(problems, this.#submitProblemsPage);
    // The guard reads the assessment of these answers, never one a change is still overtaking.
    await this.#joined?.settled();
    const unsettled = this.#recordProblems();
    if (unsettled.length > 0) return this.#showProblems(unsettled, this.#submitProblemsPage);
    const answers = this.submittedAnswers;
    const detail: RhiSubmitDetail = { answers, ...this.#joinedParts() };
    const proceed = this.dispatchEvent(rhiEvent('rhi-submit', detail, true));
    if (!proceed) return;
    // The draft stays, marked as sent, until the host confirms the record stored: a case system that
    // answers 503 must not cost the answers. Written before the page goes: a form post navigates away.
    try {
      await this.#drafts.markSubmitted();
    } catch {
      // The record is being submitted all the same; the mark reaches the device when it answers.
    }
    this.form?.requestSubmit();
  }

  #onInvalid = (): void => {
    // The owning form was submitted with problems: show them all, as the error summary.
    void this.#showProblems([...this.problems, ...this.#recordProblems()], this.#submitProblemsPage);
  };

  /** What the joined record still needs (a referral decision, a parent/carer discussion), as error-summary items. */
  #recordProblems(): FieldProblem[] {
    return (this.#joined?.problems(this.#words) ?? []).map(({ message, path, follow }) => {
      if (follow) return { path: '', focusId: 'referral-decision', message, follow };
      const index = path ? this.#pageShowing(path) : -1;
      const field = index >= 0 ? visibleFieldAt(this.#tree.pages[index]!.fields, this.answers, path!, this.#rawAt) : undefined;
      return { path: path ?? '', message, ...(field ? { focusId: focusIdOf(field, fieldId(path!.split('.'))) } : {}) };
    });
  }

  /** The assessment and referrals that are submitted with the answers, when joined. */
  #joinedParts(): Pick<RhiSubmitDetail, 'assessment' | 'referrals'> {
    const assessment = this.#joined?.assessment();
    const referrals = this.#joined?.referrals();
    return { ...(assessment ? { assessment } : {}), ...(referrals ? { referrals } : {}) };
  }

  async #startAgain(): Promise<void> {
    await this.#drafts.startAgain(() => {
      this.#restoredReferrals = undefined;
      this.shownProblems = new Map();
      this.summaryProblems = [];
      this.#setAnswers({ answers: this.#initialAnswers, rawInputs: {} }, '');
    });
    await this.#goTo(0, 'page-heading');
  }

  // ——— form value and validity ———

  /**
   * The answers reach the owning form's data only while it is being built (a submit, `new FormData`),
   * never as the element's form value: Chromium writes a form-associated element's value and state in
   * plain text to the profile's session files (Sessions/) as they change, whatever the drafts settings.
   */
  #onFormData = (event: FormDataEvent): void => {
    // A disabled control, or one without a name, is left out of a form's data, as a native one is.
    if (!this.name || this.#isDisabled || !this.isConnected) return;
    event.formData.append(this.name, JSON.stringify(this.submittedAnswers));
    const { assessment, referrals } = this.#joinedParts();
    if (assessment) event.formData.append(`${this.name}-assessment`, JSON.stringify(assessment));
    if (referrals) event.formData.append(`${this.name}-referrals`, JSON.stringify(referrals));
  };

  /** Listens to the form the element belongs to now, and only that one. */
  #followOwnerForm(): void {
    const form = this.isConnected ? this.#internals.form : null;
    if (form === this.#ownerForm) return;
    this.#ownerForm?.removeEventListener('formdata', this.#onFormData);
    this.#ownerForm = form;
    form?.addEventListener('formdata', this.#onFormData);
  }

  #updateValidity(): void {
    const { flags, message } = validityOf(this.required, this.answers, [...this.problems, ...this.#recordProblems()], this.#words);
    this.#internals.setValidity(flags, message);
  }
}

