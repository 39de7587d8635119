/**
 * What the panel says about the assessment itself: a warning when the rules could not all be run
 * or the answers were refused, dates that cannot both be right, which answers would settle a
 * provisional level, and (the footer) the rules used and when.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { focusLink } from './focus-link.js';
import { messageLanguage, type PanelView } from './panel-view.js';
import { zonedDateTime } from './offer-clock-words.js';
import { riskLevelIcon } from './risk-level-icons.js';
import { standingOf } from './render-level.js';
import { stepsOf } from '../interview-form/json-pointer.js';

/**
 * "High to be safe" only when the level is high (the engine's fail-safe); a lower level is an
 * earlier assessment `<rhi-interview>` kept when the engine failed, and may be too low.
 */
export function renderFailure(view: PanelView): TemplateResult | typeof nothing {
  const { words, assessment } = view;
  if (!assessment.failed) return nothing;
  return html`<div class="warning" part="warning">
    ${riskLevelIcon('high', 'warning__icon')}
    <div>
      <p class="warning__title"><strong>${words.say('panel.failed.title')}</strong></p>
      <p>${words.say('panel.failed.body', { level: assessment.riskLevel })}</p>
      ${assessment.failure?.message
        ? html`<p>${words.say('panel.failed.detail')} <span lang=${ifDefined(messageLanguage(view))}>${assessment.failure.message}</span></p>`
        : nothing}
    </div>
  </div>`;
}

/**
 * Answers the engine refused (they break the interview schema): an alert, announced at once, that
 * lists each field and what it expects. No level is shown: it could only be a wrong one.
 */
export function renderAnswerProblems(words: UiWords, problems: readonly Problem[]): TemplateResult {
  return html`<div class="warning" part="warning" role="alert">
    ${riskLevelIcon('high', 'warning__icon')}
    <div>
      <p class="warning__title"><strong>${words.say('panel.refused.title')}</strong></p>
      <p>${words.say('panel.refused.body')}</p>
      <ul class="missing__list">
        ${problems.map((problem) => html`<li><code>${problem.pointer || '/'}</code> ${problem.message}${problem.hint ? html` (${problem.hint})` : nothing}</li>`)}
      </ul>
    </div>
  </div>`;
}

/** Dates in an impossible order: both answers, named by the engine, and what to check. */
export function renderInconsistencies(view: PanelView): TemplateResult | typeof nothing {
  const { words, assessment } = view;
  const inconsistencies = assessment.inconsistencies ?? [];
  if (inconsistencies.length === 0) return nothing;
  return html`<div class="missing" part="inconsistencies">
    <p><strong>${words.say('panel.inconsistent.title')}</strong></p>
    <ul class="missing__list">
      ${inconsistencies.map((item) => {
        // The form's paths step into lists with plain numbers: episode.previousEpisodes.1.reportedMissingAt.
        const path = pathOfPointer(item.pointers[0]);
        return html`<li><span lang=${ifDefined(messageLanguage(view))}>${item.message}</span> ${focusLink(view, path, view.labelOf(path))}</li>`;
      })}
    </ul>
  </div>`;
}

/** The answers the rules still need, each a link that asks the page to open that question. */
export function renderMissing(view: PanelView): TemplateResult | typeof nothing {
  const { words, assessment } = view;
  // With nothing assessed the first answers needed are listed with the level instead.
  if (assessment.missing.length === 0 || standingOf(assessment) === 'not-assessed') return nothing;
  return html`<div class="missing" part="missing">
    <p>${words.say('panel.missing.intro', { count: assessment.missing.length })}</p>
    <ul class="missing__list">
      ${assessment.missing.map((path) => html`<li>${focusLink(view, path, view.labelOf(path))}</li>`)}
    </ul>
  </div>`;
}

export function renderFooter(view: PanelView): TemplateResult {
  const { words, assessment, timeZone } = view;
  const ruleset = words.say('panel.footer.ruleset', { id: assessment.rulesetId, version: assessment.rulesetVersion });
  const assessedAt = words.say('panel.footer.assessedAt', { dateTime: zonedDateTime(assessment.assessedAt, { words, timeZone }) });
  return html`<div class="footer" part="footer"><p>${ruleset}</p><p>${assessedAt}</p></div>`;
}

function pathOfPointer(pointer: string): string {
  return stepsOf(pointer).join('.');
}
