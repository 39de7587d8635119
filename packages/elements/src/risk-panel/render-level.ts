/**
 * The level as the engine stands by it (`assessment.standing`): final in its words, icon and
 * colour; provisional as "At least High — provisional" in a neutral frame (answers to come can only
 * raise it); not assessed as "Not assessed yet" with no level, no colour and no icon, and the
 * first answers to ask for. The panel never works the standing out itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, Standing } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import type { PanelView } from './panel-view.js';
import { focusLink } from './focus-link.js';
import { riskLevelIcon } from './risk-level-icons.js';
import { riskLevelWords } from '../shared/value-words.js';

/** An assessment made before `standing` existed (a stored one) is read from `provisional`. */
export function standingOf(assessment: Assessment): Standing {
  return assessment.standing ?? (assessment.provisional ? 'provisional' : 'final');
}

/** The level in words: "High", "At least High — provisional" or "Not assessed yet". */
export function levelWords(assessment: Assessment, words: UiWords): string {
  const standing = standingOf(assessment);
  if (standing === 'not-assessed') return words.say('panel.notAssessed');
  const level = riskLevelWords(assessment.riskLevel, words);
  return standing === 'provisional' ? words.say('panel.level.atLeast', { level }) : level;
}

/** The level strip (part `level`); it sticks to the top of the panel's scrolling area. */
export function renderLevel(view: PanelView): TemplateResult {
  const { words, assessment } = view;
  const standing = standingOf(assessment);
  const framing = standing === 'final' ? `level--${assessment.riskLevel}` : `level--${standing}`;
  return html`<div class="level ${framing}" part="level">
    ${standing === 'not-assessed' ? nothing : riskLevelIcon(assessment.riskLevel, 'level__icon')}
    <p class="level__text">
      <span class="level__label">${words.say('panel.level.label')}</span>
      <strong class="level__word">${levelWords(assessment, words)}</strong>
    </p>
  </div>`;
}

/** With nothing assessed: the first answers to ask for, each a link to its question. */
export function renderFirstAnswers(view: PanelView): TemplateResult | typeof nothing {
  const { words, assessment } = view;
  if (standingOf(assessment) !== 'not-assessed') return nothing;
  const first = assessment.firstAnswersNeeded ?? assessment.missing.slice(0, 5);
  return html`<div class="missing" part="missing">
    <p>${words.say('panel.notAssessed.intro')}</p>
    <ul class="missing__list">
      ${first.map((path) => html`<li>${focusLink(view, path, view.labelOf(path))}</li>`)}
    </ul>
  </div>`;
}
