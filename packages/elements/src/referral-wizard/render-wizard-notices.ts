/**
 * The notices above the wizard: drafts that cannot be saved, the same choices open in another tab,
 * a restored draft with "start again",
 * and a change in the recommendations since the wizard opened (never applied silently).
 * Rendering only: the buttons call back into the wizard.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';
import { writtenDateTime } from '../i18n/written-dates.js';
import type { ReferralDraftStatus } from './referral-draft-controller.js';

/** Agencies whose recommendation came or went when the assessment changed, by name. */
export interface RecommendationChange {
  newlyRecommended: string[];
  noLongerRecommended: string[];
}

export interface WizardNoticesView {
  words: UiWords;
  timeZone: string;
  drafts: ReferralDraftStatus;
  recommendationChange: RecommendationChange | undefined;
  /** No draft notices once the referrals are sent. */
  sent: boolean;
}

export interface WizardNoticesActions {
  askStartAgain(): void;
  cancelStartAgain(): void;
  startAgain(): void;
  dismissRecommendationChange(): void;
}

export function renderWizardNotices(view: WizardNoticesView, actions: WizardNoticesActions): TemplateResult {
  const { words, drafts, recommendationChange } = view;
  return html`${drafts.failure
    ? html`<div class="notice notice--warning" part="notice" role="alert">
        <p class="notice__title">${words.say('wizard.draft.failedTitle')}</p>
        <p class="body">${words.say('wizard.draft.failed', { reason: words.say(`draft.failed.${drafts.failure}`) })}</p>
      </div>`
    : nothing}
  ${drafts.openElsewhere && !view.sent
    ? html`<div class="notice notice--warning" part="notice" role="alert">
        <p class="notice__title">${words.say('wizard.draft.openElsewhereTitle')}</p>
        <p class="body">${words.say('wizard.draft.openElsewhere')}</p>
      </div>`
    : nothing}
  ${recommendationChange ? changeNotice(words, recommendationChange, actions) : nothing}
  ${drafts.restoredAt && drafts.submittedAt && !view.sent
    ? html`<div class="notice notice--warning" part="notice" role="alert">
        <p class="notice__title">${words.say('draft.unconfirmedTitle')}</p>
        <p class="body">${words.say('wizard.draft.unconfirmed', { time: writtenDateTime(drafts.submittedAt, words, view.timeZone) })}</p>
      </div>`
    : nothing}
  ${drafts.restoredAt && !view.sent
    ? html`<div class="notice" part="notice" role="region" aria-labelledby="draft-restored-title">
        <p class="notice__title" id="draft-restored-title">${words.say('draft.restoredTitle')}</p>
        <p class="body">${words.say('wizard.draft.restored', { time: writtenDateTime(drafts.restoredAt, words, view.timeZone) })}</p>
        ${drafts.confirmingStartAgain
          ? html`<p class="body" id="confirm-start-again">${words.say('wizard.draft.confirmStartAgain')}</p>
              <div class="button-group" part="buttons">
                <button type="button" id="confirm-start-again-yes" class="button button--warning" part="button" @click=${actions.startAgain}>
                  ${words.say('wizard.draft.confirmYes')}
                </button>
                <button type="button" class="button button--secondary" part="button secondary-button" @click=${actions.cancelStartAgain}>
                  ${words.say('wizard.draft.confirmNo')}
                </button>
              </div>`
          : html`<button type="button" id="start-again" class="button button--secondary" part="button secondary-button" @click=${actions.askStartAgain}>
              ${words.say('draft.startAgain')}
            </button>`}
      </div>`
    : nothing}`;
}

function changeNotice(words: UiWords, change: RecommendationChange, actions: WizardNoticesActions): TemplateResult {
  return html`<div class="notice" part="notice" role="region" aria-labelledby="recommendations-changed-title" id="recommendations-changed">
    <p class="notice__title" id="recommendations-changed-title">${words.say('wizard.changed.title')}</p>
    ${change.newlyRecommended.length > 0
      ? html`<p class="body">${words.say('wizard.changed.newly', { agencies: words.list(change.newlyRecommended) })}</p>`
      : nothing}
    ${change.noLongerRecommended.length > 0
      ? html`<p class="body">${words.say('wizard.changed.noLonger', { agencies: words.list(change.noLongerRecommended) })}</p>`
      : nothing}
    <button type="button" id="dismiss-recommendations-changed" class="button button--secondary" part="button secondary-button" @click=${actions.dismissRecommendationChange}>
      ${words.say('wizard.changed.dismiss')}
    </button>
  </div>`;
}
