/**
 * Every reason the engine gave, grouped as a reader looks for them: what set the risk level, the
 * parent/carer discussion, each referral, each action, and anything left over. Each reason shows
 * its message, the rule's plain description and the rule's id, so a manager can trace it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Action, Reason, Referral, RiskReason } from '@rhi-toolkit/engine';
import { heading } from './panel-heading.js';
import { messageLanguage, type PanelView } from './panel-view.js';

export function renderReasons(view: PanelView): TemplateResult {
  return html`<div class="reasons" part="reasons">
    ${renderRiskReasons(view)} ${renderDiscussion(view)} ${renderReferrals(view)} ${renderActions(view)} ${renderOtherReasons(view)}
  </div>`;
}

function renderRiskReasons(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  const reasons = assessment.reasons.filter((reason) => reason.level !== undefined);
  return html`<section class="section" aria-labelledby="risk-reasons-heading">
    ${heading(headingLevel + 1, 'risk-reasons-heading', 'heading-m', words.say('panel.risk.title'))}
    ${reasons.length > 0 ? reasonList(view, reasons) : html`<p>${words.say('panel.risk.none')}</p>`}
  </section>`;
}

function renderDiscussion(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  const state = assessment.parentCarerDiscussion;
  return html`<section class="section discussion discussion--${state}" part="parent-carer-discussion" aria-labelledby="discussion-heading">
    ${heading(headingLevel + 1, 'discussion-heading', 'heading-m', words.say('panel.discussion.title'))}
    <p class="discussion__state"><strong>${words.say(`panel.discussion.${state}`)}</strong></p>
    <p>${words.say(`panel.discussion.explain.${state}`)}</p>
    ${assessment.parentCarerDiscussionReasons.length > 0 ? reasonList(view, assessment.parentCarerDiscussionReasons) : nothing}
  </section>`;
}

function renderReferrals(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  return html`<section class="section" aria-labelledby="referrals-heading">
    ${heading(headingLevel + 1, 'referrals-heading', 'heading-m', words.say('panel.referrals.title'))}
    ${assessment.referrals.length > 0
      ? html`<ul class="items">${assessment.referrals.map((referral) => renderReferral(view, referral))}</ul>`
      : html`<p>${words.say('panel.referrals.none')}</p>`}
  </section>`;
}

function renderReferral(view: PanelView, referral: Referral): TemplateResult {
  const { words, headingLevel } = view;
  return html`<li class="item item--${referral.urgency}">
    ${heading(headingLevel + 2, undefined, 'heading-s', html`<span lang=${ifDefined(messageLanguage(view))}>${referral.name}</span>`)}
    <dl class="terms">
      <div class="terms__row">
        <dt>${words.say('panel.referral.urgency')}</dt>
        <dd class="urgency">${words.say(`panel.urgency.${referral.urgency}`)}</dd>
      </div>
      <div class="terms__row">
        <dt>${words.say('panel.referral.consent')}</dt>
        <dd>${words.say(`panel.consent.${referral.consent}`)}</dd>
      </div>
    </dl>
    ${reasonList(view, referral.reasons)}
  </li>`;
}

function renderActions(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  return html`<section class="section" part="actions" aria-labelledby="actions-heading">
    ${heading(headingLevel + 1, 'actions-heading', 'heading-m', words.say('panel.actions.title'))}
    ${assessment.actions.length > 0
      ? html`<ul class="items">${assessment.actions.map((action) => renderAction(view, action))}</ul>`
      : html`<p>${words.say('panel.actions.none')}</p>`}
  </section>`;
}

function renderAction(view: PanelView, action: Action): TemplateResult {
  return html`<li class="item">
    ${heading(view.headingLevel + 2, undefined, 'heading-s', html`<span lang=${ifDefined(messageLanguage(view))}>${action.name}</span>`)}
    ${reasonList(view, action.reasons)}
  </li>`;
}

/** Reasons with no level that no group above shows: rare, but never dropped silently. */
function renderOtherReasons(view: PanelView): TemplateResult | typeof nothing {
  const { words, assessment, headingLevel } = view;
  const shown = new Set(
    [...assessment.parentCarerDiscussionReasons, ...assessment.referrals.flatMap((item) => item.reasons), ...assessment.actions.flatMap((item) => item.reasons)].map(
      (reason) => reason.ruleId,
    ),
  );
  const others = assessment.reasons.filter((reason) => reason.level === undefined && !shown.has(reason.ruleId));
  if (others.length === 0) return nothing;
  return html`<section class="section" aria-labelledby="other-reasons-heading">
    ${heading(headingLevel + 1, 'other-reasons-heading', 'heading-m', words.say('panel.other.title'))} ${reasonList(view, others)}
  </section>`;
}

function reasonList(view: PanelView, reasons: (Reason | RiskReason)[]): TemplateResult {
  return html`<ul class="reason-list">
    ${reasons.map((reason) => renderReason(view, reason))}
  </ul>`;
}

function renderReason(view: PanelView, reason: Reason | RiskReason): TemplateResult {
  const { words } = view;
  const level = 'level' in reason && reason.level ? reason.level : undefined;
  const description = view.describeRule(reason.ruleId);
  return html`<li class="reason">
    <p class="reason__message">
      ${level ? html`<strong class="reason__level reason__level--${level}">${words.say(`panel.level.${level}`)}</strong> ` : nothing}<span
        lang=${ifDefined(messageLanguage(view))}
        >${reason.message}</span
      >
    </p>
    <p class="reason__rule">
      ${words.say('panel.reason.rule')} ${description ? html`${description} ` : nothing}<code class="rule-id">${reason.ruleId}</code>
    </p>
  </li>`;
}
