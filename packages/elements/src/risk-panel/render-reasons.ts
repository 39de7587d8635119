/**
 * Why the rules say what they say: every reason once (a rule that set the level, asked for a
 * referral and an action is one reason, not three), in the rule's plain words with the ruleset's
 * settings filled in. The rule's id and its text, for managers and trainers tracing a decision, sit
 * in a disclosure under each reason.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Assessment, Reason, RiskReason } from '@rhi-toolkit/engine';
import { riskLevelWords } from '../shared/value-words.js';
import { heading } from './panel-heading.js';
import { messageLanguage, type PanelView } from './panel-view.js';

/** Each rule's reason once: the level's reasons first, then any only a referral, action or the discussion gave. */
export function reasonsOnce(assessment: Assessment): (Reason | RiskReason)[] {
  const seen = new Set<string>();
  const all = [
    ...assessment.reasons,
    ...assessment.parentCarerDiscussionReasons,
    ...assessment.actions.flatMap((action) => action.reasons),
    ...assessment.referrals.flatMap((referral) => referral.reasons),
  ];
  return all.filter((reason) => !seen.has(reason.ruleId) && seen.add(reason.ruleId));
}

/**
 * The reasons for the level shown come first, in full; every other reason is one click away in a
 * disclosure, so a record with twenty reasons still fits in two screens.
 */
export function renderReasons(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  const reasons = reasonsOnce(assessment);
  const forLevel = reasons.filter((reason) => 'level' in reason && reason.level === assessment.riskLevel);
  const others = reasons.filter((reason) => !forLevel.includes(reason));
  return html`<section class="section reasons" part="reasons" aria-labelledby="reasons-heading">
    ${heading(headingLevel + 1, 'reasons-heading', 'heading-m', words.say('panel.why.title'))}
    ${forLevel.length > 0 ? html`<ul class="reason-list">${forLevel.map((reason) => renderReason(view, reason))}</ul>` : nothing}
    ${others.length > 0
      ? html`<details class="more-reasons" ?open=${forLevel.length === 0}>
          <summary class="more-reasons__summary">${words.say('panel.why.more', { count: others.length, all: forLevel.length === 0 ? 'yes' : 'no' })}</summary>
          <ul class="reason-list">${others.map((reason) => renderReason(view, reason))}</ul>
        </details>`
      : nothing}
  </section>`;
}

function renderReason(view: PanelView, reason: Reason | RiskReason): TemplateResult {
  const { words } = view;
  const level = 'level' in reason && reason.level ? reason.level : undefined;
  const description = view.describeRule(reason.ruleId);
  return html`<li class="reason">
    <p class="reason__message">
      ${level ? html`<strong class="reason__level reason__level--${level}">${riskLevelWords(level, words)}</strong> ` : nothing}<span
        lang=${ifDefined(messageLanguage(view))}
        >${reason.message}</span
      >
    </p>
    <details class="reason__details">
      <summary class="reason__summary">${words.say('panel.reason.show')}</summary>
      <p class="reason__rule">${words.say('panel.reason.rule')} ${description ? html`${description} ` : nothing}<code class="rule-id">${reason.ruleId}</code></p>
    </details>
  </li>`;
}
