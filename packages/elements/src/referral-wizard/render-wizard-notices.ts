/**
 * The notices above the wizard: drafts that cannot be saved, the same choices open in another tab,
 * a restored draft with "start again",
 * and a change in the recommendations since the wizard opened (never applied silently).
 * Rendering only: the buttons call back into the wizard.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';
import { writtenDateTime } from '../i18n/written-dates.js';
import { notice } from '../govuk/notice.js';
import { startAgainChoice } from '../interview-form/render-notices.js';
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
  /** The level of the notices' titles (the wizard's page headings'). */
  headingLevel: number;
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
  const { words, drafts, recommendationChange, headingLevel, timeZone } = view;
  const editing = !view.sent;
  return html`${drafts.failure
    ? notice({
        id: 'draft-failed',
        warning: true,
        headingLevel,
        title: words.say('wizard.draft.failedTitle'),
        paragraphs: [words.say('wizard.draft.failed', { reason: words.say(`draft.failed.${drafts.failure}`) })],
      })
    : nothing}
  ${drafts.openElsewhere && editing
    ? notice({ id: 'draft-open-elsewhere', warning: true, headingLevel, title: words.say('wizard.draft.openElsewhereTitle'), paragraphs: [words.say('wizard.draft.openElsewhere')] })
    : nothing}
  ${recommendationChange ? changeNotice(view, recommendationChange, actions) : nothing}
  ${drafts.restoredAt && drafts.submittedAt && editing
    ? notice({
        id: 'draft-unconfirmed',
        warning: true,
        headingLevel,
        title: words.say('draft.unconfirmedTitle'),
        paragraphs: [words.say('wizard.draft.unconfirmed', { time: writtenDateTime(drafts.submittedAt, words, timeZone) })],
      })
    : nothing}
  ${drafts.restoredAt && editing
    ? notice({
        id: 'draft-restored',
        headingLevel,
        title: words.say('draft.restoredTitle'),
        paragraphs: [words.say('wizard.draft.restored', { time: writtenDateTime(drafts.restoredAt, words, timeZone) })],
        actions: startAgainChoice(words, drafts.confirmingStartAgain, actions, {
          question: 'wizard.draft.confirmStartAgain',
          yes: 'wizard.draft.confirmYes',
          no: 'wizard.draft.confirmNo',
        }),
      })
    : nothing}`;
}

function changeNotice(view: WizardNoticesView, change: RecommendationChange, actions: WizardNoticesActions): TemplateResult {
  const { words } = view;
  return notice({
    id: 'recommendations-changed',
    headingLevel: view.headingLevel,
    title: words.say('wizard.changed.title'),
    paragraphs: [
      ...(change.newlyRecommended.length > 0 ? [words.say('wizard.changed.newly', { agencies: words.list(change.newlyRecommended) })] : []),
      ...(change.noLongerRecommended.length > 0 ? [words.say('wizard.changed.noLonger', { agencies: words.list(change.noLongerRecommended) })] : []),
    ],
    actions: html`<button type="button" id="dismiss-recommendations-changed" class="button button--secondary" part="button secondary-button" @click=${actions.dismissRecommendationChange}>
      ${words.say('wizard.changed.dismiss')}
    </button>`,
  });
}
