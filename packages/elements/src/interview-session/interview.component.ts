import { LitElement, css, html, type PropertyValues } from 'lit';
import { isAnswersSchemaError, type Assessment, type Language, type Problem, type ResolvedRuleset } from '@rhi-toolkit/engine';
import { inheritedLanguage } from '../i18n/inherited-language.js';
import { languageOf } from '../i18n/ui-words.js';
import type { Answers } from '../interview-form/answer-paths.js';
import type { RhiInterviewForm } from '../interview-form/interview-form.component.js';
import { RhiReferralWizard } from '../referral-wizard/referral-wizard.component.js';
import type { RhiRiskPanel } from '../risk-panel/risk-panel.component.js';
import { createInterviewSession, type InterviewSession } from './create-interview-session.js';
import { interviewComponentsWithin, undefinedTagsWithin, type InterviewComponents } from './interview-components.js';
import { joinedRecordOf } from './joined-record.js';
import { rhiEvent, type RhiAssessmentDetail } from './interview.events.js';

interface Assessed {
  assessment: Assessment;
  answers: Answers;
  ruleset: ResolvedRuleset;
}

/**
 * `<rhi-interview>`: wraps `<rhi-interview-form>`, `<rhi-risk-panel>` and `<rhi-referral-wizard>`
 * (anywhere among its descendants) so the page makes one assessment per settled change of answers
 * and every component shows that same one. It has no look of its own (`display: contents`), so the
 * host's layout applies to the components directly. Without a ruleset it does nothing, and the
 * components show their own empty states.
 *
 * It makes one record of them: the wizard's decisions are drafted with the answers in the form's
 * draft (give the form a `draft-key`; the wizard writes no draft of its own), and submitted with the
 * answers and the assessment they were decided on (`rhi-submit`'s detail; posted as
 * `<name>-assessment` and `<name>-referrals`). Submit is refused, with an error-summary item linking
 * to the wizard, while the assessment recommends referrals and none is decided (confirmed, or each
 * removed with a reason); and while a required parent/carer discussion is not recorded.
 * `referrals-may-follow` lets the worker choose "referrals to follow" instead, with a reason.
 *
 * @slot - The form, the panel and the wizard, with any of the host's own markup around them.
 * @event {CustomEvent<RhiAssessmentDetail>} rhi-assessment - A settled assessment was handed to the components. `detail`: `{ assessment, answers }`.
 */
export class RhiInterview extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    ruleset: { attribute: false },
    answers: { attribute: false },
    lang: { type: String, reflect: true },
    now: { type: String },
    referralsMayFollow: { type: Boolean, attribute: 'referrals-may-follow' },
  };

  /** The locality's resolved ruleset, as JSON the host fetched (components never fetch). Setting another one re-assesses. */
  declare ruleset: ResolvedRuleset | undefined;
  /** Answers to start from, handed to the form. Default: the form's own (or a restored draft). */
  declare answers: Answers | undefined;
  /** Language of every component and of the engine's reasons (`en` or `cy`). Default: the page's. */
  declare lang: string;
  /** A fixed moment (ISO date-time) to assess at, for trainers' scenarios and tests. Absent: the real clock. */
  declare now: string | undefined;
  /** The record may be submitted with "referrals to follow" (and the worker's reason) instead of a referral decision. */
  declare referralsMayFollow: boolean;

  #session: InterviewSession | undefined;
  #components: InterviewComponents = { form: undefined, panels: [], wizards: [] };
  /** The answers the form last reported, closed reveals taken out: what a new session starts from. */
  #latestAnswers: Answers = {};
  #assessed: Assessed | undefined;
  /** The rules could not be run, and no assessment was ever made to keep. */
  #failedWithNothingToShow = false;
  /** The engine refused the latest answers (they break the interview schema): no assessment is shown. */
  #answerProblems: readonly Problem[] | undefined;
  #fixedMoment: Date | undefined;
  readonly #awaitedTags = new Set<string>();
  readonly #observer = new MutationObserver(() => this.#findComponents());
  /** Referral decisions from the form's restored draft, for a wizard not here yet. */
  #restoredDecisions: { decisions: NonNullable<HTMLElementEventMap['rhi-draft-restored']['detail']['referrals']>; savedAt: string } | undefined;
  readonly #joined = joinedRecordOf({
    assessment: () => this.#assessed?.assessment,
    wizard: () => this.#components.wizards[0],
    settled: () => this.settled().then(() => undefined),
    answers: () => this.#components.form?.submittedAnswers ?? this.#latestAnswers,
  });

  /** The assessment every component shows now; undefined until the first one. */
  get assessment(): Assessment | undefined {
    return this.#assessed?.assessment;
  }

  /**
   * Resolves once no change is waiting to be assessed, with the assessment then shown: for hosts
   * acting on it, and tests. Undefined while the answers are refused (see `answerProblems`).
   */
  async settled(): Promise<Assessment | undefined> {
    await this.updateComplete;
    if (!this.#session) return undefined;
    try {
      await this.#session.settled();
    } catch (error) {
      if (!isAnswersSchemaError(error)) throw error;
    }
    return this.assessment;
  }

  /** Why the latest answers could not be assessed (they break the interview schema): each field's JSON pointer and what it expects. */
  get answerProblems(): readonly Problem[] | undefined {
    return this.#answerProblems;
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('rhi-change', this.#onChange);
    this.addEventListener('rhi-draft-restored', this.#onDraftRestored);
    this.addEventListener('rhi-focus-field', this.#onFocusField);
    this.addEventListener('rhi-referrals-change', this.#onDecisionsChanged);
    this.addEventListener('rhi-referrals-draft-restored', this.#onDecisionsChanged);
    // Children added later, at any depth (slotchange sees only direct children).
    this.#observer.observe(this, { childList: true, subtree: true });
    this.#findComponents();
    this.#startSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('rhi-change', this.#onChange);
    this.removeEventListener('rhi-draft-restored', this.#onDraftRestored);
    this.removeEventListener('rhi-focus-field', this.#onFocusField);
    this.removeEventListener('rhi-referrals-change', this.#onDecisionsChanged);
    this.removeEventListener('rhi-referrals-draft-restored', this.#onDecisionsChanged);
    this.#observer.disconnect();
    this.#session?.dispose();
    this.#session = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('now')) this.#fixedMoment = this.#momentOf(this.now);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#passLang();
    if (changed.has('now')) {
      for (const component of this.#assessedComponents()) component.now = this.now || undefined;
      // Same answers, another moment: the 72-hour clock may read differently.
      this.#session?.update(this.#latestAnswers);
    }
    if (changed.has('answers') && this.answers !== undefined) {
      if (this.#components.form) void this.#handAnswersTo(this.#components.form);
      else this.#answersChanged(this.answers);
    }
    if (changed.has('ruleset')) this.#rulesetChanged();
    if (changed.has('referralsMayFollow')) {
      for (const wizard of this.#components.wizards) wizard.referralsMayFollow = this.referralsMayFollow;
      this.#components.form?.recordChanged();
    }
  }

  protected override render() {
    return html`<slot @slotchange=${() => this.#findComponents()}></slot>`;
  }

  // ——— the session ———

  #startSession(): void {
    if (this.#session || !this.ruleset || !this.isConnected) return;
    this.#session = createInterviewSession({
      ruleset: this.ruleset,
      answers: this.#latestAnswers,
      lang: this.#language(),
      now: () => this.#fixedMoment ?? new Date(),
    });
    this.#session.subscribe(this.#onAssessed);
    this.#session.onFailure(this.#onFailed);
    this.#session.onAnswerProblems(this.#onAnswersRefused);
  }

  #rulesetChanged(): void {
    if (this.ruleset && this.#session) this.#session.setRuleset(this.ruleset);
    else if (this.ruleset) this.#startSession();
    else this.#stopSession();
  }

  /** No ruleset, no assessment: the components go back to their empty states. */
  #stopSession(): void {
    this.#session?.dispose();
    this.#session = undefined;
    this.#assessed = undefined;
    this.#failedWithNothingToShow = false;
    this.#answerProblems = undefined;
    for (const component of this.#assessedComponents()) {
      component.assessment = undefined;
      component.ruleset = undefined;
      component.assessmentFailed = false;
      if (!(component instanceof RhiReferralWizard)) component.answerProblems = undefined;
    }
  }

  #onAssessed = (assessment: Assessment, answers: Answers): void => {
    this.#failedWithNothingToShow = false;
    this.#answerProblems = undefined;
    this.#assessed = { assessment, answers, ruleset: this.#session!.ruleset };
    for (const component of this.#assessedComponents()) this.#giveAssessment(component);
    this.#components.form?.recordChanged();
    const detail: RhiAssessmentDetail = { assessment, answers };
    this.dispatchEvent(rhiEvent('rhi-assessment', detail));
  };

  /** The rules could not be run and nothing earlier can be shown: the panel and wizard say so. */
  #onFailed = (): void => {
    this.#failedWithNothingToShow = true;
    for (const component of this.#assessedComponents()) component.assessmentFailed = true;
  };

  /**
   * The answers break the interview schema: every component drops the level it showed (it could be
   * too low). The panel lists what to correct; the wizard says no assessment could be made.
   */
  #onAnswersRefused = (problems: readonly Problem[]): void => {
    this.#answerProblems = problems;
    this.#assessed = undefined;
    for (const component of this.#assessedComponents()) this.#giveAssessment(component);
  };

  #giveAssessment(component: RhiRiskPanel | RhiReferralWizard): void {
    const refused = this.#answerProblems !== undefined;
    component.assessmentFailed = this.#failedWithNothingToShow || (refused && component instanceof RhiReferralWizard);
    if (!(component instanceof RhiReferralWizard)) component.answerProblems = this.#answerProblems;
    if (refused) component.assessment = undefined;
    if (!this.#assessed) return;
    // The ruleset goes with the assessment made from it, so a panel never mixes two localities.
    component.ruleset = this.#assessed.ruleset;
    component.assessment = this.#assessed.assessment;
    // The wizard prefills referrals from the answers; a panel given answers would assess by itself.
    if (component instanceof RhiReferralWizard) component.answers = this.#assessed.answers;
  }

  #answersChanged(answers: Answers): void {
    this.#latestAnswers = answers;
    this.#session?.update(answers);
  }

  #language(): Language {
    return languageOf(this.lang || inheritedLanguage(this));
  }

  #passLang(): void {
    const { form, panels, wizards } = this.#components;
    for (const component of [form, ...panels, ...wizards]) if (component) component.lang = this.lang ?? '';
    this.#session?.setLang(this.#language());
  }

  /** The `now` attribute as a moment; a mistyped one is reported and the real clock used. */
  #momentOf(now: string | undefined): Date | undefined {
    if (!now) return undefined;
    const moment = new Date(now);
    if (!Number.isNaN(moment.getTime())) return moment;
    console.error(`rhi-interview: the now attribute '${now}' is not a date-time (use ISO 8601, e.g. 2026-03-04T10:00:00Z); the real clock is used.`);
    return undefined;
  }

  // ——— the components ———

  #assessedComponents(): (RhiRiskPanel | RhiReferralWizard)[] {
    return [...this.#components.panels, ...this.#components.wizards];
  }

  #findComponents(): void {
    const before = this.#components;
    const found = interviewComponentsWithin(this);
    this.#components = found;
    if (before.form && before.form !== found.form) before.form.joinRecord(undefined);
    if (found.form && found.form !== before.form) this.#adoptForm(found.form);
    for (const panel of found.panels) if (!before.panels.includes(panel)) this.#adopt(panel);
    for (const wizard of found.wizards) if (!before.wizards.includes(wizard)) this.#adopt(wizard);
    // With a form here, the form's draft is the record's: the wizards keep none of their own.
    for (const wizard of found.wizards) wizard.draftsWithRecord = Boolean(found.form);
    this.#giveRestoredDecisions();
    this.#awaitDefinitions();
  }

  #adoptForm(form: RhiInterviewForm): void {
    if (this.lang) form.lang = this.lang;
    // A draft read before this coordinator was here: its decisions are still waiting for the wizard.
    this.#restoredDecisions ??= form.restoredReferralDecisions;
    form.joinRecord(this.#joined);
    void this.#handAnswersTo(form);
  }

  #adopt(component: RhiRiskPanel | RhiReferralWizard): void {
    if (this.lang) component.lang = this.lang;
    if (component instanceof RhiReferralWizard && this.referralsMayFollow) component.referralsMayFollow = true;
    // Restored from its own store before this coordinator was here to hear it.
    if (component instanceof RhiReferralWizard && component.ownDraftRestored) this.#moveOwnDraftIntoRecord(component);
    if (this.now) component.now = this.now;
    this.#giveAssessment(component);
  }

  /** Gives the form the host's starting answers (if any), then assesses what the form will submit. */
  async #handAnswersTo(form: RhiInterviewForm): Promise<void> {
    if (this.answers !== undefined) form.answers = this.answers;
    // The form takes out the answers of closed reveals only once it has its pages.
    await form.updateComplete;
    if (form === this.#components.form) this.#answersChanged(form.submittedAnswers);
  }

  #awaitDefinitions(): void {
    for (const tag of undefinedTagsWithin(this)) {
      if (this.#awaitedTags.has(tag)) continue;
      this.#awaitedTags.add(tag);
      void customElements.whenDefined(tag).then(() => {
        this.#awaitedTags.delete(tag);
        if (this.isConnected) this.#findComponents();
      });
    }
  }

  // ——— events from the components ———

  #onChange = (event: HTMLElementEventMap['rhi-change']): void => {
    this.#answersChanged(event.detail.submittedAnswers);
  };

  #onDraftRestored = (event: HTMLElementEventMap['rhi-draft-restored']): void => {
    const form = this.#components.form;
    this.#answersChanged(form && event.composedPath().includes(form) ? form.submittedAnswers : event.detail.answers);
    const { referrals, savedAt } = event.detail;
    if (referrals) {
      this.#restoredDecisions = { decisions: referrals, savedAt };
      this.#giveRestoredDecisions();
    }
  };

  /** The wizard takes back the decisions drafted with the answers, once it is here. */
  #giveRestoredDecisions(): void {
    const wizard = this.#components.wizards[0];
    const restored = this.#restoredDecisions;
    if (!wizard || !restored) return;
    this.#restoredDecisions = undefined;
    void wizard.restoreDecisions(restored.decisions, restored.savedAt);
  }

  /** The wizard's decisions changed (or came back from a draft): the record is drafted and checked again. */
  #onDecisionsChanged = (event: Event): void => {
    this.#components.form?.recordChanged();
    const restored = (event as HTMLElementEventMap['rhi-referrals-draft-restored']).detail;
    if (event.type === 'rhi-referrals-draft-restored' && !restored.fromRecord) this.#moveOwnDraftIntoRecord(event.target as RhiReferralWizard);
  };

  /**
   * A draft from the wizard's own store, saved before the two were joined: once the record's draft
   * holds it, the older copy goes, so it can never come back over later decisions.
   */
  #moveOwnDraftIntoRecord(wizard: RhiReferralWizard): void {
    const form = this.#components.form;
    if (!form?.draftKey || form.noDrafts) return;
    void (async () => {
      await form.draftLoaded;
      form.recordChanged();
      await form.saveDraft();
      // Kept while the record's draft could not be written: never lose what was decided.
      if (!form.draftFailure) await wizard.discardDraft();
    })().catch(() => undefined);
  }

  /** The panel's link to a missing answer: the form goes to it. Left to bubble when there is no form here. */
  #onFocusField = (event: HTMLElementEventMap['rhi-focus-field']): void => {
    const form = this.#components.form;
    if (!form) return;
    event.stopPropagation();
    void form.focusField(event.detail.path);
  };
}
