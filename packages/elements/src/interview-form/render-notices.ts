/**
 * The notices above the form: a layout that does not fit its schema, drafts that cannot be saved,
 * the same record open in another tab, a record sent but not confirmed stored, and a restored draft
 * with its "start again" choice. Rendering only: the buttons call back into
 * the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';
import { writtenDateTime } from '../i18n/written-dates.js';
import type { DraftStatus } from './draft-controller.js';

export interface NoticesView {
  words: UiWords;
  timeZone: string;
  /** The first problem found with the layout, if any (all of them go to the console). */
  layoutProblem: string | undefined;
  drafts: DraftStatus;
  /** The read-only record offers no "start again". */
  readOnly: boolean;
}

export interface NoticesActions {
  askStartAgain(): void;
  cancelStartAgain(): void;
  startAgain(): void;
}

export function renderNotices(view: NoticesView, actions: NoticesActions): TemplateResult {
  const { words, layoutProblem, drafts } = view;
  return html`${layoutProblem
    ? html`<div class="notice notice--warning" part="notice" role="alert">${words.say('layout.problem', { problem: layoutProblem })}</div>`
    : nothing}
  ${drafts.failure
    ? html`<div class="notice notice--warning" part="notice" role="alert">
        <h2 class="notice__title">${words.say('draft.failedTitle')}</h2>
        <p class="body">${words.say('draft.failed', { reason: words.say(`draft.failed.${drafts.failure}`) })}</p>
      </div>`
    : nothing}
  ${drafts.openElsewhere && !view.readOnly
    ? html`<div class="notice notice--warning" part="notice" role="alert">
        <h2 class="notice__title">${words.say('draft.openElsewhereTitle')}</h2>
        <p class="body">${words.say('draft.openElsewhere')}</p>
      </div>`
    : nothing}
  ${drafts.restoredAt && drafts.submittedAt && !view.readOnly
    ? html`<div class="notice notice--warning" part="notice" role="alert">
        <h2 class="notice__title">${words.say('draft.unconfirmedTitle')}</h2>
        <p class="body">${words.say('draft.unconfirmed', { time: writtenDateTime(drafts.submittedAt, words, view.timeZone) })}</p>
      </div>`
    : nothing}
  ${drafts.restoredAt && !view.readOnly
    ? html`<div class="notice" part="notice" role="region" aria-labelledby="draft-restored-title">
        <h2 class="notice__title" id="draft-restored-title">${words.say('draft.restoredTitle')}</h2>
        <p class="body">${words.say('draft.restored', { time: writtenDateTime(drafts.restoredAt, words, view.timeZone) })}</p>
        ${drafts.confirmingStartAgain
          ? html`<p class="body" id="confirm-start-again">${words.say('draft.confirmStartAgain')}</p>
              <div class="button-group">
                <button type="button" id="confirm-start-again-yes" class="button button--warning" part="button" @click=${actions.startAgain}>
                  ${words.say('draft.confirmYes')}
                </button>
                <button type="button" class="button button--secondary" part="button secondary-button" @click=${actions.cancelStartAgain}>
                  ${words.say('draft.confirmNo')}
                </button>
              </div>`
          : html`<button type="button" id="start-again" class="button button--secondary" part="button secondary-button" @click=${actions.askStartAgain}>
              ${words.say('draft.startAgain')}
            </button>`}
      </div>`
    : nothing}`;
}
