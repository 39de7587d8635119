/**
 * What the worker does next, first on the panel: the actions (the return-interview offer with its
 * due time among them, and a signpost such as the Runaway Helpline: given to the child, not a
 * referral), the parent/carer decision, then the referrals one line each. Why each is recommended
 * is said once, lower down (render-reasons.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { referralsToMake, signpostsOf, type Action, type Referral } from '@rhi-toolkit/engine';
import { consentWords, urgencyWords } from '../shared/value-words.js';
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
      ${assessment.actions.map((action) => html`<li class="step"><strong lang=${lang}>${action.name}</strong> ${renderDue(view, action)}</li>`)}
      ${signpostsOf(assessment).map((signpost) => renderSignpost(view, signpost))}
      ${clocksSettled(view) ? renderSettledClocks(view) : html`${renderOfferClock(view)} ${renderInterviewClock(view)}`}
      ${renderDiscussion(view)}
    </ul>
  </section>`;
}

function renderDue(view: PanelView, action: Action): TemplateResult | typeof nothing {
  const due = actionDueWords(action, view.words, view.timeZone);
  return due ? html`<span class="step__due${action.overdue ? ' step__due--overdue' : ''}" part="action-due">${due}</span>` : nothing;
}

/** "Give the child the Runaway Helpline number, 116 000": the name and contact from the ruleset's directory. */
function renderSignpost(view: PanelView, signpost: Referral): TemplateResult {
  const { words } = view;
  const { name, contact } = view.agencyOf(signpost.agency) ?? {};
  const agency = name ? words.pick(name) : signpost.name;
  const give = contact?.phone
    ? words.say('panel.signpost.phone', { agency, phone: contact.phone })
    : contact?.email
      ? words.say('panel.signpost.email', { agency, email: contact.email })
      : words.say('panel.signpost.name', { agency });
  // One line: the panel must stay within two screens (the wizard shows the helpline's notes).
  return html`<li class="step signpost" part="signpost"><strong>${give}</strong></li>`;
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

/**
 * Offered in time and held in time, where the offer is a duty: nothing is left to do on either
 * clock, so one step says both (the panel must keep the level, the actions and the parent/carer
 * decision within the first screen). A late offer, a late or awaited interview, an unknown return
 * or an offer that is not a duty keeps both clocks apart.
 */
function clocksSettled(view: PanelView): boolean {
  const { clock, interviewClock } = view;
  return clock.state === 'held' && !clock.notStatutory && view.assessment.rhi?.overdue === false && interviewClock?.state === 'held';
}

function renderSettledClocks(view: PanelView): TemplateResult {
  const { words, assessment } = view;
  const hours = assessment.rhi?.hoursFromReturnToInterview;
  // The heading says both clocks were met; the line under it says when the interview took place.
  return html`<li class="step clock clock--held" part="offer-clock interview-clock">
    <strong>${words.say('panel.clocks.settledTitle', { hours: view.withinHours })}</strong>
    ${hours === undefined ? nothing : html`<span class="clock__detail">${words.say('panel.clock.held', { hours: Math.round(hours * 10) / 10 })}</span>`}
  </li>`;
}

/** The interview's own clock, under the offer's: an offer in time can still be followed by a late interview. */
function renderInterviewClock(view: PanelView): TemplateResult | typeof nothing {
  const { words, interviewClock: clock } = view;
  if (!clock) return nothing;
  const late = clock.state === 'overdue' || clock.state === 'held-late';
  return html`<li class="step clock clock--${clock.state}${late ? ' clock--late' : ''}" part="interview-clock">
    <strong>${words.say('panel.interviewClock.title', { hours: view.withinHours })}</strong>
    <span class="clock__status">${clock.status}</span>
    ${clock.detail ? html`<span class="clock__detail">${clock.detail}</span>` : nothing}
    ${clock.delayReason ? html`<span class="clock__reason">${clock.delayReason}</span>` : nothing}
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

/** One line per referral: the agency, how urgent, whose agreement. Signposts are actions, above. */
export function renderReferrals(view: PanelView): TemplateResult {
  const { words, assessment, headingLevel } = view;
  const referrals = referralsToMake(assessment);
  return html`<section class="section" part="referrals" aria-labelledby="referrals-heading">
    ${heading(headingLevel + 1, 'referrals-heading', 'heading-m', words.say('panel.referrals.title'))}
    ${referrals.length > 0
      ? html`<ul class="referrals">${referrals.map((referral) => renderReferral(view, referral))}</ul>`
      : html`<p>${words.say('panel.referrals.none')}</p>`}
  </section>`;
}

function renderReferral(view: PanelView, referral: Referral): TemplateResult {
  const { words } = view;
  return html`<li class="referral referral--${referral.urgency}">
    <strong lang=${ifDefined(messageLanguage(view))}>${referral.name}</strong>
    <span class="referral__term">${words.say('panel.referral.urgency')}: <span class="urgency">${urgencyWords(referral.urgency, words)}</span></span>
    <!-- The value names the agreement ("The child's agreement"): its label is for screen readers, so the line stays one line. -->
    <span class="referral__term"><span class="visually-hidden">${words.say('panel.referral.consent')}: </span><span class="consent">${consentWords(referral.consent, words)}</span></span>
  </li>`;
}
