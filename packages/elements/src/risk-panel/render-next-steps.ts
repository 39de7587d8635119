/**
 * What the worker does next, first on the panel: the actions (the return-interview offer with its
 * due time among them), the parent/carer decision, then the referrals one line each. Why each is
 * recommended is said once, lower down (render-reasons.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Action, Referral } from '@rhi-toolkit/engine';
import { actionDueWords } from './action-due-words.js';
import { focusLink } from './focus-link.js';
import { heading } from './panel-heading.js';
import { messageLanguage, type PanelView } from './panel-view.js';

export function renderWhatToDoNow(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  const lang = ifDefined(messageLanguage(view));
  return html`<section class="section" part="actions" aria-labelledby="now-heading">
    ${heading(headingLevel + 1, 'now-heading', 'heading-m', words.say('panel.now.title'))}
    <ul class="steps">
      ${assessment.actions.map((action) => html`<li class="step"><strong lang=${lang}>${action.name}</strong> ${renderDue(view, action)}</li>`)} ${renderOfferClock(view)}
      ${renderDiscussion(view)}
    </ul>
  </section>`;
}

function renderDue(view: PanelView, action: Action): TemplateResult | typeof nothing {
  const due = actionDueWords(action, view.words, view.timeZone);
  return due ? html`<span class="step__due${action.overdue ? ' step__due--overdue' : ''}" part="action-due">${due}</span>` : nothing;
}

function renderOfferClock(view: PanelView): TemplateResult {
  const { words, clock } = view;
  return html`<li class="step clock clock--${clock.state}" part="offer-clock">
    <strong>${words.say('panel.clock.title', { hours: view.withinHours })}</strong>
    <span class="clock__status">${clock.status}</span>
    ${clock.detail ? html`<span class="clock__detail">${clock.detail}</span>` : nothing}
    ${clock.state === 'not-known' ? focusLink(view, 'episode.returnedAt', words.say('panel.clock.addReturn')) : nothing}
    ${clock.notStatutory ? html`<span class="clock__note">${clock.notStatutory}</span>` : nothing}
  </li>`;
}

function renderDiscussion(view: PanelView): TemplateResult {
  const { words, assessment } = view;
  const state = assessment.parentCarerDiscussion;
  return html`<li class="step discussion discussion--${state}" part="parent-carer-discussion">
    <strong>${words.say('panel.discussion.title')}: <span class="discussion__state">${words.say(`panel.discussion.${state}`)}</span></strong>
    <span>${words.say(`panel.discussion.explain.${state}`)}</span>
  </li>`;
}

/** One line per referral: the agency, how urgent, whose agreement. */
export function renderReferrals(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  return html`<section class="section" part="referrals" aria-labelledby="referrals-heading">
    ${heading(headingLevel + 1, 'referrals-heading', 'heading-m', words.say('panel.referrals.title'))}
    ${assessment.referrals.length > 0
      ? html`<ul class="referrals">${assessment.referrals.map((referral) => renderReferral(view, referral))}</ul>`
      : html`<p>${words.say('panel.referrals.none')}</p>`}
  </section>`;
}

function renderReferral(view: PanelView, referral: Referral): TemplateResult {
  const { words } = view;
  return html`<li class="referral referral--${referral.urgency}">
    <strong lang=${ifDefined(messageLanguage(view))}>${referral.name}</strong>
    <span class="referral__term">${words.say('panel.referral.urgency')}: <span class="urgency">${words.say(`panel.urgency.${referral.urgency}`)}</span></span>
    <span class="referral__term">${words.say('panel.referral.consent')}: ${words.say(`panel.consent.${referral.consent}`)}</span>
  </li>`;
}
