import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine';
import { inheritedLanguage } from '../i18n/inherited-language.js';
import { languageOf, uiWords, type UiWords } from '../i18n/ui-words.js';
import { writtenTime } from '../i18n/written-dates.js';
import type { Answers } from '../interview-form/answer-paths.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import { schemaForNaming } from '../shared/answer-words.js';
import { DEFAULT_DRAFT_MAX_AGE_DAYS, DraftController } from '../shared/draft-controller.js';
import { agencyNameOf } from './agency-facts.js';
import { buildReferralPackage, checkReferralPackage } from './referral-package.js';
import type { RecordReferrals } from '../interview-form/joined-record.js';
import { indexedDbReferralDraftStore, type ReferralDecisions, type ReferralDraft, type ReferralDraftStore } from './referral-draft-store.js';
import type { AgencyChoices, ReferralPackage, ReferralWizardState, WizardStep } from './referral-types.js';
import { referralWizardStyles } from './referral-wizard.styles.js';
import { rhiEvent, type RhiReferralsChangeDetail, type RhiReferralsDraftRestoredDetail, type RhiReferralsSubmitDetail } from './referral-wizard.events.js';
import { renderAgencyDetails } from './render-agency-details.js';
import { renderCheckReferrals } from './render-check-referrals.js';
import { renderChooseStep } from './render-choose-step.js';
import { errorSummary } from '../govuk/error-summary.js';
import { shownAfterLeaving, shownAfterSubmit } from '../govuk/feedback.js';
import { FocusAfterUpdate } from '../govuk/focus-after-update.js';
import { heading } from '../govuk/heading.js';
import { renderFailureWarning, renderNotAssessedWarning } from './render-failure-warning.js';
import { renderSentSummary } from './render-sent-summary.js';
import { renderSharingDecision } from './render-sharing-decision.js';
import { renderWizardNotices, type RecommendationChange, type WizardNoticesActions } from './render-wizard-notices.js';
import { problemKey, problemsOnPage, wizardProblems, type StepProblem } from './step-problems.js';
import { initialWizardState, isUntouched, reconcileWithAssessment, referralDecisionOf, withToFollow, type ReferralDecision } from './wizard-state.js';
import { withAgencyChosen, withChoice, withNoReferralsReason, withPage, withRemovalReason, withSuggestedSummary } from './wizard-edits.js';
import { isPerAgency, numberedSteps, pageIndexOf, pagesOf, pageWithin, type WizardPage } from './wizard-pages.js';
import type { WizardActions, WizardView } from './wizard-view.js';

/**
 * `<rhi-referral-wizard>`: turns the assessment's recommended referrals into referrals other
 * agencies can act on, with each information-sharing decision recorded as the law expects
 * (lawful basis, consent as the assessment states it, whether the child or family were told and
 * why not). Choose → details per agency → sharing per agency → check → sent. It renders what the
 * engine decided; it never decides.
 *
 * Attributes: `lang` (en or cy; else the closest `lang` around it, looking out through shadow
 * roots, then the document's), `draft-key` and `no-drafts` (drafts
 * on this device; inside `<rhi-interview>` with a form, drafted with the answers in the form's draft), `case-reference` (put in the package),
 * `referrals-may-follow` (offers "referrals to follow"; `<rhi-interview>` passes on its own), `heading-level` (of each page's heading,
 * default 2), `now` (ISO instant used as the package's `preparedAt`; default the clock).
 * Properties: `assessment`, `answers`, `ruleset` (resolved), `schema` (names the answers; default
 * the toolkit's interview with the ruleset's questions), `draftStore`.
 *
 * @event {CustomEvent<RhiReferralsChangeDetail>} rhi-referrals-change - The wizard's state changed. `detail`: `{ state }`.
 * @event {CustomEvent<RhiReferralsSubmitDetail>} rhi-referrals-submit - The worker confirmed. `detail`: `{ package }`, valid against
 *   `schemas/referral.schema.json`. Cancelable: cancel it to stay on "check". Sent, the draft is kept
 *   (marked as sent) until the host calls `recordStored()` or a page shows `<rhi-record-stored kind="referrals">`.
 * @event {CustomEvent<RhiReferralsDraftRestoredDetail>} rhi-referrals-draft-restored - A saved draft was loaded. `detail`: `{ state, savedAt }`.
 * @csspart step-indicator - "Step 2 of 5: Details for …".
 * @csspart error-summary - The GOV.UK error summary.
 * @csspart agency - One agency's details or sharing page, or its part of the sent summary.
 * @csspart contact - An agency's contact card.
 * @csspart signposts - What to give the child rather than refer them to (a signpost agency, such as the Runaway Helpline), on the first page.
 * @csspart summary - The printable referral summary on the last page.
 * @csspart check-answers - The "check your answers" list.
 * @csspart confirmation - The confirmation panel.
 * @csspart buttons - A group of buttons.
 * @csspart notice - Draft and recommendation-change notices.
 * @csspart warning - The "do not tell the family" warning, and the warning when the rules could not all be run.
 * @csspart field - One question (label, hint, error and control).
 * @csspart fieldset - The group of a question with several controls.
 * @csspart label - A question's label.
 * @csspart legend - A group's question.
 * @csspart hint - A question's hint.
 * @csspart not-listed - A loaded answer that is none of a question's choices ("Not one of the choices: …"); also `hint`.
 * @csspart error-message - A question's error message.
 * @csspart input - A text box.
 * @csspart textarea - A multi-line text box.
 * @csspart radios - A question's radio buttons.
 * @csspart checkboxes - A question's checkboxes.
 * @csspart conditional - The questions revealed under a chosen option.
 * @csspart button - Every button.
 * @csspart primary-button - The main button of a page; also `button`.
 * @csspart secondary-button - The other buttons; also `button`.
 * @csspart change-link - "Change" beside an answer.
 * @csspart summary-list - A check-your-answers list.
 * @csspart add-agency - "Add another agency" (the directory).
 * @cssproperty --rhi-font-family - Defaults to the host page's font.
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
 * @cssproperty --rhi-background - Behind the wizard (default #ffffff).
 * @cssproperty --rhi-notice-colour - The border of notices (default #1d70b8).
 * @cssproperty --rhi-panel-colour - The confirmation panel (default GOV.UK green).
 * @cssproperty --rhi-panel-text-colour - The confirmation panel's text (default #ffffff).
 * @cssproperty --rhi-space-unit - Base spacing (default 5px).
 * @cssproperty --rhi-font-size - Body text size; headings scale from it.
 */
export class RhiReferralWizard extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = referralWizardStyles;

  static override properties = {
    assessment: { attribute: false },
    answers: { attribute: false },
    ruleset: { attribute: false },
    schema: { attribute: false },
    draftStore: { attribute: false },
    draftEncryptionKey: { attribute: false },
    // An empty lang names no language: it is not reflected, so the host never shows `lang=""`.
    lang: { type: String, reflect: true, converter: { toAttribute: (value: string | undefined) => value || null } },
    draftKey: { type: String, attribute: 'draft-key' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    referralsMayFollow: { type: Boolean, attribute: 'referrals-may-follow' },
    draftsWithRecord: { attribute: false },
    draftMaxAgeDays: { type: Number, attribute: 'draft-max-age-days' },
    caseReference: { type: String, attribute: 'case-reference' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    assessmentFailed: { type: Boolean, attribute: 'assessment-failed' },
    now: { type: String },
    state: { state: true },
    shownProblems: { state: true },
    summaryProblems: { state: true },
    packageCheckProblems: { state: true },
    recommendationChange: { state: true },
    announcement: { state: true },
  };

  /** The engine's assessment of the answers. A new one while open is reconciled, and the change shown. */
  declare assessment: Assessment | undefined;
  /**
   * No assessment could be made at all (the rules could not be run; `<rhi-interview>` sets it): the
   * wizard says so and asks for manual review instead of waiting.
   */
  declare assessmentFailed: boolean;
  /** The interview answers the assessment was made from (for the summaries and relevant answers). */
  declare answers: Answers;
  /** The resolved ruleset: agency directory, contacts, lawful basis. */
  declare ruleset: ResolvedRuleset | undefined;
  /** The schema that names the answers. Default: the toolkit's interview with the ruleset's own questions. */
  declare schema: JsonSchema | undefined;
  /** Where drafts are kept. Default: IndexedDB on this device (database `rhi-toolkit-referrals`). */
  declare draftStore: ReferralDraftStore;
  /**
   * Encrypts drafts at rest (AES-GCM 256, WebCrypto) before they reach `draftStore`. Set it before the
   * element's first update (also before the toolkit loads: it is honoured); given later, the draft is
   * re-written with it at once and every write after is encrypted. A draft it cannot decrypt is not restored and a warning shows; a draft
   * stored in the clear is deleted, not restored.
   */
  declare draftEncryptionKey: CryptoKey | undefined;
  /** Days a draft is kept: an older one is deleted, not restored. Not a positive number: 7. */
  declare draftMaxAgeDays: number;
  /** 'en' or 'cy'. Default: the closest `lang` around the wizard (through shadow roots), then the document's. */
  declare lang: string;
  /** The host's key for this case's draft. No key, no draft. */
  declare draftKey: string | undefined;
  declare noDrafts: boolean;
  /** Offers "referrals to follow" (with a required reason): the record may be submitted before the referrals are decided. */
  declare referralsMayFollow: boolean;
  /**
   * Set by `<rhi-interview>` when a form there keeps the record's draft: the decisions are drafted with
   * the answers, and the wizard writes no draft of its own (it still reads one saved before, once).
   */
  declare draftsWithRecord: boolean;
  /** The host's reference for the case, put in the package. */
  declare caseReference: string | undefined;
  /** The level of each page's heading (sections go one below). */
  declare headingLevel: number;
  /** ISO instant used as `preparedAt`; the clock when absent. */
  declare now: string | undefined;

  declare protected state: ReferralWizardState | undefined;
  declare protected shownProblems: ReadonlyMap<string, string>;
  declare protected summaryProblems: StepProblem[];
  declare protected packageCheckProblems: string[];
  declare protected recommendationChange: RecommendationChange | undefined;
  declare protected announcement: string;

  #returnToCheck = false;
  readonly #focus = new FocusAfterUpdate(this);
  #sentPackage: ReferralPackage | undefined;
  /** The record's draft (the form's) gave the decisions back: an older draft of the wizard's own never overrides them. */
  #tookBackFromRecord = false;

  readonly #drafts = new DraftController<ReferralDraft>(this, {
    kind: 'referrals',
    editing: () => !this.#sentPackage,
    // Untouched, the wizard only follows the assessment: there is nothing of the worker's to keep.
    draftAt: (savedAt) => (this.state && !isUntouched(this.state) && !this.draftsWithRecord ? { state: this.state, savedAt } : undefined),
    // A draft without its state (damaged, or not the wizard's) is left alone rather than restored,
    // and so is one the worker had decided nothing in (saved before untouched states were skipped).
    restorable: (draft) => Boolean(draft.state) && !isUntouched(draft.state) && !this.#tookBackFromRecord,
    restore: (draft) => this.#takeBack({ state: draft.state }, draft.savedAt, false),
  });

  readonly #noticesActions: WizardNoticesActions = {
    askStartAgain: () => {
      this.#drafts.askStartAgain();
      this.#focus.request('confirm-start-again-yes');
    },
    cancelStartAgain: () => {
      this.#drafts.cancelStartAgain();
      this.#focus.request('start-again');
    },
    startAgain: () => void this.#startAgain(),
    dismissRecommendationChange: () => {
      this.recommendationChange = undefined;
      this.#focus.request('page-heading');
    },
  };

  readonly #actions: WizardActions = {
    choose: (agency, chosen) => this.#edit((state, assessment) => withAgencyChosen(state, assessment, agency, chosen)),
    setRemovalReason: (agency, text) => this.#edit((state) => withRemovalReason(state, agency, text)),
    setNoReferralsReason: (text) => this.#edit((state) => withNoReferralsReason(state, text)),
    setChoice: (agency, change: Partial<AgencyChoices>) => this.#edit((state) => withChoice(state, agency, change)),
    setToFollow: (change) => this.#edit((state) => withToFollow(state, change)),
    useSuggestedSummary: (agency) => {
      this.#edit((state) => withSuggestedSummary(state, agency));
      this.#focus.request(`summary-${agency}`);
    },
    leave: (field, agency) => this.#leave(field, agency),
    continue: () => void this.#continue(),
    back: () => void this.#back(),
    change: (step, agencyIndex, focusId) => {
      this.#returnToCheck = true;
      void this.#goTo({ step, agencyIndex }, focusId);
    },
    followErrorLink: (event, problem) => this.#followErrorLink(event, problem),
    confirm: () => void this.#confirm(),
    print: () => window.print(),
  };

  constructor() {
    super();
    this.assessment = undefined;
    this.assessmentFailed = false;
    this.answers = {};
    this.ruleset = undefined;
    this.schema = undefined;
    this.draftStore = indexedDbReferralDraftStore();
    this.noDrafts = false;
    this.referralsMayFollow = false;
    this.draftsWithRecord = false;
    this.draftEncryptionKey = undefined;
    this.draftMaxAgeDays = DEFAULT_DRAFT_MAX_AGE_DAYS;
    this.headingLevel = 2;
    this.state = undefined;
    this.shownProblems = new Map();
    this.summaryProblems = [];
    this.packageCheckProblems = [];
    this.recommendationChange = undefined;
    this.announcement = '';
  }

  // ——— public API ———

  /** What the worker has chosen so far, and the page they are on. */
  get wizardState(): ReferralWizardState | undefined {
    return this.state;
  }

  /**
   * Opens a page (for details and sharing, the chosen agency's index) and focuses its heading.
   * @throws Error for `'sent'` before the referrals have been sent: only "Confirm and send
   *   referrals" checks them, sends `rhi-referrals-submit` and opens that page.
   */
  async goToStep(step: WizardStep, agencyIndex = 0): Promise<void> {
    if (step === 'sent' && this.state?.step !== 'sent') {
      throw new Error(
        "rhi-referral-wizard: goToStep('sent') is refused: the referrals have not been sent. Open 'check' and let the worker press \"Confirm and send referrals\", which checks them and sends rhi-referrals-submit.",
      );
    }
    if (this.state?.step === 'sent' && step !== 'sent') {
      // Reopening a sent wizard would let the same referrals be confirmed and sent twice.
      throw new Error(
        `rhi-referral-wizard: goToStep('${step}') is refused: these referrals have been sent. For another record, give the wizard a new draft-key and assessment.`,
      );
    }
    this.#returnToCheck = false;
    await this.#goTo({ step, agencyIndex }, 'page-heading');
  }

  /** Resolves once a saved draft has been looked for and, if there was one, restored. */
  get draftLoaded(): Promise<void> {
    return this.#drafts.loaded;
  }

  /** Writes the draft now instead of after the typing pause; resolves once it is on the device. */
  async saveDraft(): Promise<void> {
    await this.#drafts.saveNow();
  }

  /** Deletes this case's draft from the device. */
  async discardDraft(): Promise<void> {
    await this.#drafts.discard();
  }

  /**
   * The host confirms the referrals were stored: their draft, kept since they were sent in case the
   * send failed, is deleted. A server-rendered page uses `<rhi-record-stored kind="referrals">` instead.
   */
  async recordStored(): Promise<void> {
    await this.#drafts.discard();
  }

  // ——— the record (for `<rhi-interview>`) ———

  /** The decisions to draft with the answers; undefined while the worker has decided nothing. */
  referralDecisions(): ReferralDecisions | undefined {
    const { state } = this;
    if (!state || (isUntouched(state) && !this.#sentPackage)) return undefined;
    return { state, ...(this.#sentPackage ? { sentPackage: this.#sentPackage } : {}) };
  }

  /** A draft from the wizard's own store was restored (one saved before it was joined to a record). */
  get ownDraftRestored(): boolean {
    return Boolean(this.#drafts.status.restoredAt) && !this.#tookBackFromRecord;
  }

  /** Takes back decisions drafted with the answers: the same page, including "Referrals confirmed". */
  async restoreDecisions(decisions: ReferralDecisions, savedAt: string): Promise<void> {
    if (!decisions?.state) return;
    this.#tookBackFromRecord = true;
    await this.#takeBack(decisions, savedAt, true);
  }

  /** Where the worker stands on the recommended referrals, and the referrals that go with the record. */
  referralDecision(): { decision: ReferralDecision; referrals?: RecordReferrals } {
    const { assessment, state } = this;
    if (!assessment) return { decision: 'undecided' };
    const sentPackage = this.#sentPackage;
    const decision = referralDecisionOf(state, assessment, { sent: Boolean(sentPackage), mayFollow: this.referralsMayFollow });
    if (decision === 'confirmed') return { decision, referrals: { decision, package: sentPackage } };
    if (decision === 'to-follow') return { decision, referrals: { decision, toFollowReason: state!.toFollowReason!.trim() } };
    if (decision !== 'removed') return { decision };
    const view = this.#view(this.#words);
    const referralPackage = view && this.#package(view);
    // Every one removed with a reason makes a package of removals; one that would not validate is no decision.
    if (!referralPackage || !checkReferralPackage(referralPackage, this.#words.language).valid) return { decision: 'undecided' };
    return { decision, referrals: { decision, package: referralPackage } };
  }

  /** Moves focus to where the decision is made: the page's heading, or the reason for "referrals to follow". */
  async focusDecision(target: 'page' | 'to-follow-reason' = 'page'): Promise<void> {
    const state = this.state;
    if (target === 'to-follow-reason' && state && state.step !== 'sent') {
      await this.#goTo({ step: 'choose', agencyIndex: 0 }, 'to-follow-reason');
      return;
    }
    if (state) this.#focus.request('page-heading');
    else this.focus();
    await this.updateComplete;
  }

  /** Puts back a draft's state (and the sent package, on "Referrals confirmed"), as of the latest assessment. */
  async #takeBack({ state, sentPackage }: ReferralDecisions, savedAt: string, fromRecord: boolean): Promise<void> {
    if (sentPackage) {
      this.#sentPackage = sentPackage;
      this.state = { ...state, step: 'sent' };
    } else {
      const restored = this.assessment ? this.#reconciled(state, this.assessment) : state;
      this.state = { ...restored, ...pageWithin(restored, { step: restored.step === 'sent' ? 'check' : restored.step, agencyIndex: restored.agencyIndex }) };
    }
    await this.updateComplete;
    const detail: RhiReferralsDraftRestoredDetail = { state: this.state, savedAt, fromRecord };
    this.dispatchEvent(rhiEvent('rhi-referrals-draft-restored', detail));
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('assessment') && this.assessment) {
      if (!this.state) this.state = initialWizardState(this.assessment);
      else if (this.state.step !== 'sent') {
        const reconciled = this.#reconciled(this.state, this.assessment);
        if (reconciled !== this.state) this.#setState(reconciled, false);
      }
    }
  }

  protected override render(): TemplateResult {
    const words = this.#words;
    const view = this.#view(words);
    const drafts = this.#drafts.status;
    return html`<div class="wizard" lang=${words.language}>
      ${renderWizardNotices(
        {
          words,
          timeZone: this.#timeZone,
          headingLevel: this.#headingLevel,
          drafts,
          recommendationChange: this.#namedChange(words),
          sent: this.state?.step === 'sent',
        },
        this.#noticesActions,
      )}
      ${view?.assessment.failed ? renderFailureWarning(words) : nothing}
      ${view ? this.#renderPage(view) : this.assessmentFailed ? renderNotAssessedWarning(words) : html`<p class="body">${words.say('wizard.waiting')}</p>`}
      ${drafts.lastSavedAt && !drafts.failure && this.state?.step !== 'sent'
        ? html`<p class="hint draft-status">${words.say('draft.saved', { time: writtenTime(drafts.lastSavedAt, this.#timeZone) })}</p>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  // ——— rendering ———

  get #words(): UiWords {
    return uiWords(languageOf(this.lang || inheritedLanguage(this)));
  }

  /** 1–5, so that sections one level below still have a heading element. */
  get #headingLevel(): number {
    return Math.min(Math.max(Math.round(Number(this.headingLevel) || 2), 1), 5);
  }

  get #timeZone(): string {
    return this.ruleset?.settings.timeZone ?? 'Europe/London';
  }

  #view(words: UiWords): WizardView | undefined {
    const { assessment, ruleset, state } = this;
    if (!assessment || !ruleset || !state) return undefined;
    return {
      words,
      headingLevel: this.#headingLevel,
      assessment,
      ruleset,
      answers: this.answers ?? {},
      schema: schemaForNaming(this.schema, ruleset),
      state,
      timeZone: this.#timeZone,
      referralsMayFollow: this.referralsMayFollow,
      problemAt: (key) => this.shownProblems.get(key),
    };
  }

  #renderPage(view: WizardView): TemplateResult {
    const { state, words } = view;
    if (state.step === 'sent') return renderSentSummary(view, this.#sentPackage ?? this.#package(view), this.#actions.print);
    const page = pageWithin(state, { step: state.step, agencyIndex: state.agencyIndex });
    const agency = isPerAgency(page.step) ? state.chosen[page.agencyIndex] : undefined;
    const pageHeading = this.#pageHeading(view, page, agency);
    let content: TemplateResult;
    if (page.step === 'choose') content = renderChooseStep(view, this.#actions, pageHeading);
    else if (page.step === 'details' && agency) content = renderAgencyDetails(view, this.#actions, agency, pageHeading);
    else if (page.step === 'sharing' && agency) content = renderSharingDecision(view, this.#actions, agency, pageHeading);
    else content = renderCheckReferrals(view, this.#actions, pageHeading);
    const onCheck = page.step === 'check';
    return html`<div class="page">
      ${this.#errorSummary(words)} ${content}
      <div class="button-group" part="buttons">
        <button type="button" class="button" part="button primary-button" @click=${onCheck ? this.#actions.confirm : this.#actions.continue}>
          ${onCheck ? words.say('wizard.button.confirm') : words.say('button.continue')}
        </button>
        ${page.step !== 'choose'
          ? html`<button type="button" class="button button--secondary" part="button secondary-button" @click=${this.#actions.back}>
              ${words.say('button.back')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  /** The step indicator and the page heading, which takes focus when the page opens. */
  #pageHeading(view: WizardView, page: WizardPage, agency: string | undefined): TemplateResult {
    const { words } = view;
    const number = numberedSteps.indexOf(page.step) + 1;
    const total = numberedSteps.length;
    const name = agency ? agencyNameOf(agency, view.ruleset, view.assessment, words) : '';
    const count = view.state.chosen.length;
    const agencyNumber = page.agencyIndex + 1;
    let indicator: string;
    let title: string;
    switch (page.step) {
      case 'details':
        indicator = words.say('wizard.step.details', { number, total, agency: name, agencyNumber, count });
        title = words.say('wizard.details.title', { agency: name });
        break;
      case 'sharing':
        indicator = words.say('wizard.step.sharing', { number, total, agency: name, agencyNumber, count });
        title = words.say('wizard.sharing.title', { agency: name });
        break;
      case 'check':
        indicator = words.say('wizard.step.plain', { number, total, step: words.say('wizard.step.name.check') });
        title = words.say('wizard.check.title');
        break;
      default:
        indicator = words.say('wizard.step.plain', { number, total, step: words.say('wizard.step.name.choose') });
        title = words.say('wizard.choose.title');
    }
    return html`<p class="caption" id="step-indicator" part="step-indicator">${indicator}</p>
      ${heading(view.headingLevel, title, { id: 'page-heading', className: 'heading-l', focusable: true, describedBy: 'step-indicator' })}`;
  }

  #errorSummary(words: UiWords): TemplateResult | typeof nothing {
    const problems = this.summaryProblems;
    return errorSummary({
      title: words.say('errorSummary.title'),
      headingLevel: this.#headingLevel,
      intro: this.packageCheckProblems.length > 0 ? words.say('wizard.packageInvalid') : undefined,
      items: [...problems.map((problem) => ({ text: problem.message, focusId: problem.focusId })), ...this.packageCheckProblems.map((text) => ({ text }))],
      onFollow: (event, index) => this.#actions.followErrorLink(event, problems[index]!),
    });
  }

  /** Names for the recommendation-change notice, in the wizard's language. */
  #namedChange(words: UiWords): RecommendationChange | undefined {
    const change = this.recommendationChange;
    const { ruleset, assessment } = this;
    if (!change || !ruleset || !assessment) return undefined;
    const name = (agency: string) => agencyNameOf(agency, ruleset, assessment, words);
    return { newlyRecommended: change.newlyRecommended.map(name), noLongerRecommended: change.noLongerRecommended.map(name) };
  }

  // ——— changing the state ———

  /** Every change goes through here: it is drafted and announced to the host. */
  #setState(state: ReferralWizardState, byWorker = true): void {
    const wasUntouched = !this.state || isUntouched(this.state);
    this.state = state;
    // Put back exactly as recommended, nothing is left to keep: a draft of earlier choices would bring them back.
    if (!wasUntouched && isUntouched(state)) {
      // Should the device refuse, the old draft stays; the next decision overwrites it.
      this.#drafts.discard().catch(() => undefined);
    }
    this.#drafts.changed(byWorker);
    const detail: RhiReferralsChangeDetail = { state };
    this.dispatchEvent(rhiEvent('rhi-referrals-change', detail));
  }

  #edit(change: (state: ReferralWizardState, assessment: Assessment) => ReferralWizardState): void {
    const { state, assessment } = this;
    if (!state || !assessment) return;
    const next = change(state, assessment);
    if (next !== state) this.#setState(next);
  }

  /** Follows a new assessment; what changed is kept for the notice (ids, named when shown). */
  #reconciled(state: ReferralWizardState, assessment: Assessment): ReferralWizardState {
    const { state: next, newlyRecommended, noLongerRecommended } = reconcileWithAssessment(state, assessment);
    if (newlyRecommended.length > 0 || noLongerRecommended.length > 0) {
      const before = this.recommendationChange ?? { newlyRecommended: [], noLongerRecommended: [] };
      // A recommendation that came and went again cancels out.
      const newly = [...before.newlyRecommended.filter((agency) => !noLongerRecommended.includes(agency)), ...newlyRecommended];
      const gone = [...before.noLongerRecommended.filter((agency) => !newlyRecommended.includes(agency)), ...noLongerRecommended];
      this.recommendationChange = newly.length > 0 || gone.length > 0 ? { newlyRecommended: unique(newly), noLongerRecommended: unique(gone) } : undefined;
      this.announcement = this.#words.say('wizard.changed.title');
    }
    return next;
  }

  // ——— problems ———

  #problems(): StepProblem[] {
    const { state, assessment, ruleset } = this;
    if (!state || !assessment || !ruleset) return [];
    return wizardProblems({ state, assessment, ruleset, words: this.#words });
  }

  #currentPage(): WizardPage {
    const state = this.state!;
    return pageWithin(state, { step: state.step, agencyIndex: state.agencyIndex });
  }

  #problemsOn(page: WizardPage, problems = this.#problems()): StepProblem[] {
    const agency = isPerAgency(page.step) ? this.state?.chosen[page.agencyIndex] : undefined;
    return page.step === 'check' ? problems : problemsOnPage(problems, page.step, agency);
  }

  /** The one feedback rule (govuk/feedback.ts): an error shows once its question is left answered, or on continue/confirm. */
  #leave(field: string, agency: string | undefined): void {
    const key = problemKey(field, agency);
    const problem = this.#problems().find((candidate) => candidate.key === key);
    // Every problem of the wizard is an answer still missing: leaving never raises one, only updates or clears it.
    this.shownProblems = shownAfterLeaving(this.shownProblems, { key, problem: problem?.message, answered: false });
    if (!problem) this.summaryProblems = this.summaryProblems.filter((candidate) => candidate.key !== key);
  }

  async #showProblems(problems: StepProblem[]): Promise<void> {
    this.shownProblems = shownAfterSubmit(this.shownProblems, problems);
    this.summaryProblems = problems;
    this.#focus.request('error-summary');
    await this.updateComplete;
  }

  #followErrorLink(event: Event, problem: StepProblem): void {
    event.preventDefault();
    const state = this.state;
    if (!state) return;
    const here = this.#currentPage();
    const there = pageWithin(state, { step: problem.step, agencyIndex: problem.agencyIndex });
    if (here.step !== there.step || here.agencyIndex !== there.agencyIndex) {
      // Keep the problems of the page the worker is sent to; come back to check once it is right.
      this.#returnToCheck = here.step === 'check' || this.#returnToCheck;
      this.summaryProblems = this.#problemsOn(there);
      this.#setState(withPage(state, there));
    }
    this.#focus.request(problem.focusId);
    this.requestUpdate();
  }

  // ——— moving between pages ———

  async #goTo(page: WizardPage, focusId: string): Promise<void> {
    const state = this.state;
    if (!state) return;
    const target = page.step === 'sent' ? page : pageWithin(state, page);
    this.summaryProblems = [];
    this.packageCheckProblems = [];
    this.#focus.request(focusId);
    this.#setState(withPage(state, target));
    await this.updateComplete;
  }

  async #continue(): Promise<void> {
    const state = this.state;
    if (!state) return;
    const here = this.#currentPage();
    const problems = this.#problems();
    const onPage = this.#problemsOn(here, problems);
    if (onPage.length > 0) return this.#showProblems(onPage);
    const pages = pagesOf(state);
    const index = pageIndexOf(pages, here);
    let next = pages[index + 1] ?? pages[pages.length - 1]!;
    if (this.#returnToCheck) {
      // Back to check, unless a page after this one still needs something (an agency just added).
      const later = pages.slice(index + 1).find((page) => page.step !== 'check' && this.#problemsOn(page, problems).length > 0);
      next = later ?? pages[pages.length - 1]!;
      if (!later) this.#returnToCheck = false;
    }
    await this.#goTo(next, 'page-heading');
  }

  async #back(): Promise<void> {
    const state = this.state;
    if (!state) return;
    this.#returnToCheck = false;
    const pages = pagesOf(state);
    const index = pageIndexOf(pages, this.#currentPage());
    await this.#goTo(pages[Math.max(0, index - 1)]!, 'page-heading');
  }

  // ——— confirming ———

  #package(view: WizardView): ReferralPackage {
    return buildReferralPackage({
      state: view.state,
      assessment: view.assessment,
      ruleset: view.ruleset,
      answers: view.answers,
      schema: view.schema,
      lang: view.words.language,
      preparedAt: this.now || new Date().toISOString(),
      ...(this.caseReference ? { caseReference: this.caseReference } : {}),
    });
  }

  async #confirm(): Promise<void> {
    const words = this.#words;
    const view = this.#view(words);
    if (!view) return;
    const problems = this.#problems();
    if (problems.length > 0) return this.#showProblems(problems);
    const referralPackage = this.#package(view);
    const check = checkReferralPackage(referralPackage, words.language);
    if (!check.valid) {
      // Should not happen: every problem the worker can fix is caught above. Say so rather than send.
      this.summaryProblems = [];
      this.packageCheckProblems = check.problems;
      this.#focus.request('error-summary');
      await this.updateComplete;
      return;
    }
    const detail: RhiReferralsSubmitDetail = { package: referralPackage };
    if (!this.dispatchEvent(rhiEvent('rhi-referrals-submit', detail, true))) return;
    this.#sentPackage = referralPackage;
    this.#returnToCheck = false;
    this.recommendationChange = undefined;
    await this.#goTo({ step: 'sent', agencyIndex: 0 }, 'page-heading');
    // The draft stays, marked as sent, until the host confirms the referrals stored (`recordStored()`
    // or `<rhi-record-stored kind="referrals">`): a failed send must not cost the worker's decisions.
    try {
      await this.#drafts.markSubmitted();
    } catch {
      // The referrals are sent all the same; the mark reaches the device when it answers.
    }
  }

  async #startAgain(): Promise<void> {
    const assessment = this.assessment;
    await this.#drafts.startAgain(() => {
      this.shownProblems = new Map();
      this.summaryProblems = [];
      this.packageCheckProblems = [];
      this.recommendationChange = undefined;
      this.#returnToCheck = false;
      if (assessment) this.#setState(initialWizardState(assessment));
    });
    this.#focus.request('page-heading');
    this.requestUpdate();
    await this.updateComplete;
  }
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

