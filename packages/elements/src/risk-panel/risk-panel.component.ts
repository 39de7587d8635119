import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Assessment, BilingualText, Problem, ResolvedRuleset } from '@rhi-toolkit/engine';
import { inheritedLanguage } from '../i18n/inherited-language.js';
import { languageOf, uiWords, type UiWords } from '../i18n/ui-words.js';
import type { Answers } from '../interview-form/answer-paths.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import { answerValueLabel, missingAnswerLabel } from './answer-labels.js';
import { interviewClockWords } from './interview-clock-words.js';
import { lateClockWords } from './late-clock-words.js';
import { offerClockWords } from './offer-clock-words.js';
import { heading, headingLevelOf } from './panel-heading.js';
import { summarySentence, type PanelSummary } from './panel-summary.js';
import type { PanelView } from './panel-view.js';
import { levelWords, renderFirstAnswers, renderLevel, standingOf } from './render-level.js';
import { renderReferrals, renderWhatToDoNow } from './render-next-steps.js';
import { renderReasons } from './render-reasons.js';
import { renderAnswerProblems, renderFailure, renderFooter, renderInconsistencies, renderMissing } from './render-status.js';
import { withSettings } from './rule-text.js';
import { rhiEvent, type RhiFocusFieldDetail } from './risk-panel.events.js';
import { riskPanelStyles } from './risk-panel.styles.js';
import { FrameAssessment } from './self-assessment.js';
import { SettledAnnouncer } from './settled-announcer.js';

const MINUTE = 60_000;
const DEFAULT_TIME_ZONE = 'Europe/London';
const DEFAULT_OFFER_WITHIN_HOURS = 72;

/** Rule descriptions by id, built once per ruleset object. */
const descriptionsByRuleset = new WeakMap<ResolvedRuleset, Map<string, BilingualText>>();

/**
 * `<rhi-risk-panel>`: what the interviewer and their manager look at to decide. It shows the
 * engine's assessment — risk level, why, the parent/carer discussion, referrals, actions and the
 * 72-hour clocks of the offer and of the interview itself — and never decides anything itself. Give it `assessment` (the page assesses
 * once for every component), or `answers` and `ruleset` and it asks the engine itself.
 *
 * @event {CustomEvent<RhiFocusFieldDetail>} rhi-focus-field - The interviewer followed a link to an answer the rules still need.
 *   `detail`: `{ path }` (dotted path, e.g. `episode.returnedAt`). The page moves focus to that question.
 * @csspart level - The risk level: icon, words and "provisional"; sticks to the top of the panel's scrolling area.
 * @csspart referrals - The referrals, one line each: agency, urgency, whose agreement is needed.
 * @csspart signpost - Something to give the child (the Runaway Helpline's number), under what to do now: not a referral.
 * @csspart missing - The answers the rules still need, as links.
 * @csspart warning - The warning shown when the rules could not all be run, or the answers were refused.
 * @csspart inconsistencies - Answers whose dates are in an impossible order, and what to check.
 * @csspart offer-clock - The 72-hour offer clock.
 * @csspart late-clock - In the compact panel, after the level: "Interview overdue", "Interview held late" or "Offer overdue".
 * @csspart interview-clock - The interview's own 72-hour clock: when it must be held, whether it was held in time, why it was late.
 * @csspart reasons - Why: every reason once, with its rule in a disclosure.
 * @csspart parent-carer-discussion - Whether to discuss the interview with a parent or carer, and why.
 * @csspart actions - What to do now: the actions, the offer with its due time, the parent/carer decision.
 * @csspart action-due - An action's due time, or that it is overdue (in words), after its name.
 * @csspart footer - The ruleset id and version and when the assessment was made.
 * @cssproperty --rhi-risk-high-colour - High risk (default #aa2a16, 6.9:1 on white).
 * @cssproperty --rhi-risk-medium-colour - Medium risk (default #a34d00, 5.8:1 on white).
 * @cssproperty --rhi-risk-low-colour - Low risk (default #00703c, 6.2:1 on white).
 * @cssproperty --rhi-risk-none-colour - No apparent risk (default #505a5f, 7.1:1 on white).
 * @cssproperty --rhi-font-family - Defaults to the host page's font.
 * @cssproperty --rhi-font-size - Body text size; headings scale from it.
 * @cssproperty --rhi-text-colour - Text (default #0b0c0c).
 * @cssproperty --rhi-secondary-text-colour - Secondary text (default #484949).
 * @cssproperty --rhi-link-colour - Links (default #1d70b8).
 * @cssproperty --rhi-error-colour - The border of the warning and of an overdue clock (or an interview held late).
 * @cssproperty --rhi-focus-colour - The focus outline (default #ffdd00).
 * @cssproperty --rhi-focus-text-colour - Text on the focus colour (default #0b0c0c).
 * @cssproperty --rhi-border-colour - Dividers (default #b1b4b6).
 * @cssproperty --rhi-background - Behind the panel (default #ffffff).
 * @cssproperty --rhi-space-unit - Base spacing (default 5px).
 * @cssproperty --rhi-sticky-top - How far below the top of the scrolling area the level (and a compact panel) sticks (default 0).
 */
export class RhiRiskPanel extends LitElement {
  static override styles = riskPanelStyles;

  /** How long assessments must stay unchanged before a change is announced (milliseconds). */
  static settleMilliseconds = 1000;

  static override properties = {
    assessment: { attribute: false },
    answers: { attribute: false },
    ruleset: { attribute: false },
    schema: { attribute: false },
    lang: { type: String, reflect: true },
    now: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    assessmentFailed: { type: Boolean, attribute: 'assessment-failed' },
    answerProblems: { attribute: false },
    compact: { type: Boolean, reflect: true },
    announcement: { state: true },
  };

  /** The assessment to show, as the engine returned it. When set, the panel does not assess. */
  declare assessment: Assessment | undefined;
  /**
   * The page's assessment could not be made at all (the rules could not be run; `<rhi-interview>`
   * sets it): with no assessment, the panel says so and asks for manual review instead of waiting.
   */
  declare assessmentFailed: boolean;
  /**
   * The engine refused the page's answers (they break the interview schema; `<rhi-interview>` sets
   * it, with no assessment): the panel lists what to correct in an alert and shows no level.
   */
  declare answerProblems: readonly Problem[] | undefined;
  /** The interview answers, for a panel that assesses itself (with `ruleset`). */
  declare answers: Answers | undefined;
  /** The resolved ruleset: rule descriptions, time zone and deadline, and self-assessment. */
  declare ruleset: ResolvedRuleset | undefined;
  /** The interview schema that names missing answers. Default: the toolkit's, with the ruleset's local questions. */
  declare schema: JsonSchema | undefined;
  /** 'en' or 'cy'. Default: the closest `lang` around the panel, then the document's. */
  declare lang: string;
  /** ISO instant to count "time left" from. Default: the real clock, refreshed every minute. */
  declare now: string | undefined;
  /** The level of the panel's heading (1–6, default 2); its sections are one level below. */
  declare headingLevel: number;
  /**
   * Only the level, in one line that sticks to the top of the page: a host places a second, compact
   * panel above the questions so the level stays in sight on any page, on a phone too. When the
   * engine says the interview (or the offer) is late, the line says so after the level.
   */
  declare compact: boolean;
  declare announcement: string;

  readonly #selfAssessment = new FrameAssessment(
    () => this.#assessmentRequest(),
    () => this.requestUpdate(),
  );
  readonly #announcer = new SettledAnnouncer(
    () => (this.constructor as typeof RhiRiskPanel).settleMilliseconds,
    (summary) => this.#announce(summary),
  );
  #clockTimer: ReturnType<typeof setInterval> | undefined;
  #lastShown: Assessment | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
    this.assessmentFailed = false;
    this.compact = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncClockTimer();
    if (this.#selfAssessing) this.#selfAssessment.request();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#selfAssessment.cancel();
    this.#announcer.stop();
    this.#syncClockTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessment') || changed.has('answers') || changed.has('ruleset') || changed.has('lang') || changed.has('now')) {
      // A page's own assessment wins; the panel's goes, so it can never show through later.
      if (this.#selfAssessing) this.#selfAssessment.request();
      else this.#selfAssessment.clear();
    }
    if (changed.has('now')) this.#syncClockTimer();
    const shown = this.#shown;
    if (shown !== this.#lastShown) {
      this.#lastShown = shown;
      this.#announcer.shown(shown);
    }
  }

  protected override render(): TemplateResult {
    const words = this.#words;
    const problems = this.#answerProblems;
    const assessment = problems ? undefined : this.#shown;
    const level = headingLevelOf(this.headingLevel);
    if (this.compact) return this.#renderCompact(words, problems ? undefined : assessment);
    return html`<div class="panel" lang=${words.language}>
      ${heading(level, 'panel-heading', 'heading-l', words.say('panel.title'))}
      ${problems ? renderAnswerProblems(words, problems) : assessment ? this.#renderAssessment(this.#view(words, assessment, level)) : this.#renderEmpty(words)}
      <div class="visually-hidden live" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** What to do first, then who to refer to, then why: the order a worker acts in. */
  #renderAssessment(view: PanelView): TemplateResult {
    return html`${renderLevel(view)} ${renderFirstAnswers(view)} ${renderFailure(view)} ${renderInconsistencies(view)} ${renderWhatToDoNow(view)}
    ${renderReferrals(view)} ${renderMissing(view)} ${renderReasons(view)} ${renderFooter(view)}`;
  }

  /** One line for the top of the page; the full panel announces changes, so this one stays quiet. */
  #renderCompact(words: UiWords, assessment: Assessment | undefined): TemplateResult {
    const text = assessment ? levelWords(assessment, words) : words.say('panel.notAssessed');
    const standing = assessment ? standingOf(assessment) : 'not-assessed';
    const framing = standing === 'final' ? assessment!.riskLevel : standing;
    const late = assessment ? lateClockWords(assessment.rhi, words) : undefined;
    return html`<p class="strip level--${framing}" part="level" lang=${words.language}>
      <span class="level__label">${words.say('panel.level.label')}</span> <strong class="level__word">${text}</strong>${late
        ? html` <span class="strip__late" part="late-clock">· ${late}</span>`
        : nothing}
    </p>`;
  }

  #renderEmpty(words: UiWords): TemplateResult {
    if (this.#selfAssessment.failed || this.assessmentFailed) {
      return html`<div class="warning" part="warning" role="alert"><p>${words.say('panel.assessError')}</p></div>`;
    }
    return html`<p class="empty">${words.say('panel.empty')}</p>`;
  }

  #view(words: UiWords, assessment: Assessment, headingLevel: number): PanelView {
    const { ruleset, schema } = this;
    const timeZone = ruleset?.settings.timeZone ?? DEFAULT_TIME_ZONE;
    const withinHours = ruleset?.settings.offerWithinHours ?? DEFAULT_OFFER_WITHIN_HOURS;
    const clockContext = { words, timeZone, withinHours, now: this.#nowMilliseconds };
    return {
      words,
      assessment,
      headingLevel,
      timeZone,
      withinHours,
      clock: offerClockWords(assessment.rhi, clockContext),
      interviewClock: interviewClockWords(assessment.rhi, clockContext, (reason) => answerValueLabel('interview.delayReason', reason, schema, ruleset, words)),
      describeRule: (ruleId) => {
        const description = ruleset ? descriptionsOf(ruleset).get(ruleId) : undefined;
        return description ? withSettings(words.pick(description), ruleset?.settings) : undefined;
      },
      agencyOf: (agency) => (ruleset && Object.hasOwn(ruleset.agencies, agency) ? ruleset.agencies[agency] : undefined),
      labelOf: (path) => missingAnswerLabel(path, schema, ruleset, words),
      focusField: (event, path) => this.#focusField(event, path),
    };
  }

  /** Answers the engine refused: the page's (from `<rhi-interview>`), else those the panel assessed itself. */
  get #answerProblems(): readonly Problem[] | undefined {
    const problems = this.answerProblems?.length ? this.answerProblems : this.#selfAssessing ? this.#selfAssessment.problems : undefined;
    return problems?.length ? problems : undefined;
  }

  /** The assessment given by the page, else the panel's own. */
  get #shown(): Assessment | undefined {
    return this.assessment ?? (this.#selfAssessing ? this.#selfAssessment.result : undefined);
  }

  get #selfAssessing(): boolean {
    return !this.assessment && this.answers !== undefined && this.ruleset !== undefined;
  }

  #assessmentRequest() {
    const { answers, ruleset } = this;
    if (!this.#selfAssessing || !answers || !ruleset) return undefined;
    return { answers, ruleset, now: new Date(this.#nowMilliseconds).toISOString(), lang: this.#words.language };
  }

  get #words(): UiWords {
    return uiWords(languageOf(this.lang || inheritedLanguage(this)));
  }

  /** The `now` attribute when it is a valid instant, else the real clock. */
  get #nowMilliseconds(): number {
    const fixed = this.now ? Date.parse(this.now) : Number.NaN;
    return Number.isNaN(fixed) ? Date.now() : fixed;
  }

  /** On the real clock "time left" goes stale: redraw (and reassess) every minute, only while connected. */
  #syncClockTimer(): void {
    const needed = this.isConnected && !this.now;
    if (needed && this.#clockTimer === undefined) {
      this.#clockTimer = setInterval(() => {
        if (this.#selfAssessing) this.#selfAssessment.request();
        this.requestUpdate();
      }, MINUTE);
    } else if (!needed && this.#clockTimer !== undefined) {
      clearInterval(this.#clockTimer);
      this.#clockTimer = undefined;
    }
  }

  #announce(summary: PanelSummary): void {
    this.announcement = summarySentence(summary, this.#words);
  }

  #focusField(event: Event, path: string): void {
    event.preventDefault();
    const detail: RhiFocusFieldDetail = { path };
    this.dispatchEvent(rhiEvent('rhi-focus-field', detail));
  }
}

function descriptionsOf(ruleset: ResolvedRuleset): Map<string, BilingualText> {
  let descriptions = descriptionsByRuleset.get(ruleset);
  if (!descriptions) {
    descriptions = new Map(ruleset.rules.map((rule) => [rule.id, rule.description]));
    descriptionsByRuleset.set(ruleset, descriptions);
  }
  return descriptions;
}
