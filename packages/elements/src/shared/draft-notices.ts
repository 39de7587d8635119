/**
 * The draft notices of the form and the wizard alike: drafts that cannot be saved, the same record
 * open in another tab, a record sent but not confirmed stored, and a restored draft with its "start
 * again" choice. Each component names its own words (the wizard speaks of decisions, not answers).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { notice } from '../govuk/notice.js';
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';
import { writtenDateTime } from '../i18n/written-dates.js';
import type { DraftStatus } from './draft-controller.js';

export interface DraftNoticesView {
  words: UiWords;
  timeZone: string;
  drafts: Readonly<DraftStatus>;
  /** Only the "not saved" warning shows on a record no longer being edited (read-only, or sent). */
  editing: boolean;
  headingLevel?: number | undefined;
}

export interface DraftNoticesActions {
  askStartAgain(): void;
  cancelStartAgain(): void;
  startAgain(): void;
}

type DraftPhrase = 'failedTitle' | 'failed' | 'openElsewhereTitle' | 'openElsewhere' | 'unconfirmed' | 'restored' | 'confirmStartAgain' | 'confirmYes' | 'confirmNo';

/** `messages`: the form's (`draft.failedTitle`…) or the wizard's (`wizard.draft.failedTitle`…). */
export function renderDraftNotices(view: DraftNoticesView, actions: DraftNoticesActions, messages: 'draft' | 'wizard.draft'): TemplateResult {
  const { drafts, editing, headingLevel, timeZone } = view;
  const say = (phrase: DraftPhrase, values?: Record<string, string>) => view.words.say(`${messages}.${phrase}` as UiMessageId, values);
  return html`${drafts.failure
    ? notice({ id: 'draft-failed', warning: true, headingLevel, title: say('failedTitle'), paragraphs: [say('failed', { reason: view.words.say(`draft.failed.${drafts.failure}`) })] })
    : nothing}
  ${drafts.openElsewhere && editing
    ? notice({ id: 'draft-open-elsewhere', warning: true, headingLevel, title: say('openElsewhereTitle'), paragraphs: [say('openElsewhere')] })
    : nothing}
  ${drafts.restoredAt && drafts.submittedAt && editing
    ? notice({
        id: 'draft-unconfirmed',
        warning: true,
        headingLevel,
        title: view.words.say('draft.unconfirmedTitle'),
        paragraphs: [say('unconfirmed', { time: writtenDateTime(drafts.submittedAt, view.words, timeZone) })],
      })
    : nothing}
  ${drafts.restoredAt && editing
    ? notice({
        id: 'draft-restored',
        headingLevel,
        title: view.words.say('draft.restoredTitle'),
        paragraphs: [say('restored', { time: writtenDateTime(drafts.restoredAt, view.words, timeZone) })],
        actions: drafts.confirmingStartAgain
          ? html`<p class="body" id="confirm-start-again">${say('confirmStartAgain')}</p>
              <div class="button-group" part="buttons">
                <button type="button" id="confirm-start-again-yes" class="button button--warning" part="button" @click=${actions.startAgain}>${say('confirmYes')}</button>
                <button type="button" class="button button--secondary" part="button secondary-button" @click=${actions.cancelStartAgain}>${say('confirmNo')}</button>
              </div>`
          : html`<button type="button" id="start-again" class="button button--secondary" part="button secondary-button" @click=${actions.askStartAgain}>
              ${view.words.say('draft.startAgain')}
            </button>`,
      })
    : nothing}`;
}
