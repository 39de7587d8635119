/**
 * The notices above the form: a layout that does not fit its schema, drafts that cannot be saved,
 * the same record open in another tab, a record sent but not confirmed stored, and a restored draft
 * with its "start again" choice. Rendering only: the buttons call back into
 * the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';
import { notice } from '../govuk/notice.js';
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
  const { words, layoutProblem, drafts, timeZone } = view;
  const editing = !view.readOnly;
  return html`${layoutProblem ? notice({ id: 'layout-problem', warning: true, paragraphs: [words.say('layout.problem', { problem: layoutProblem })] }) : nothing}
  ${drafts.failure
    ? notice({
        id: 'draft-failed',
        warning: true,
        title: words.say('draft.failedTitle'),
        paragraphs: [words.say('draft.failed', { reason: words.say(`draft.failed.${drafts.failure}`) })],
      })
    : nothing}
  ${drafts.openElsewhere && editing
    ? notice({ id: 'draft-open-elsewhere', warning: true, title: words.say('draft.openElsewhereTitle'), paragraphs: [words.say('draft.openElsewhere')] })
    : nothing}
  ${drafts.restoredAt && drafts.submittedAt && editing
    ? notice({
        id: 'draft-unconfirmed',
        warning: true,
        title: words.say('draft.unconfirmedTitle'),
        paragraphs: [words.say('draft.unconfirmed', { time: writtenDateTime(drafts.submittedAt, words, timeZone) })],
      })
    : nothing}
  ${drafts.restoredAt && editing
    ? notice({
        id: 'draft-restored',
        title: words.say('draft.restoredTitle'),
        paragraphs: [words.say('draft.restored', { time: writtenDateTime(drafts.restoredAt, words, timeZone) })],
        actions: startAgainChoice(words, drafts.confirmingStartAgain, actions),
      })
    : nothing}`;
}

/** "Start again", then "are you sure?" with yes and no: the form's and the wizard's draft notices alike. */
export function startAgainChoice(
  words: UiWords,
  confirming: boolean,
  actions: NoticesActions,
  phrases: { question: UiMessageId; yes: UiMessageId; no: UiMessageId } = { question: 'draft.confirmStartAgain', yes: 'draft.confirmYes', no: 'draft.confirmNo' },
): TemplateResult {
  return confirming
    ? html`<p class="body" id="confirm-start-again">${words.say(phrases.question)}</p>
        <div class="button-group" part="buttons">
          <button type="button" id="confirm-start-again-yes" class="button button--warning" part="button" @click=${actions.startAgain}>
            ${words.say(phrases.yes)}
          </button>
          <button type="button" class="button button--secondary" part="button secondary-button" @click=${actions.cancelStartAgain}>
            ${words.say(phrases.no)}
          </button>
        </div>`
    : html`<button type="button" id="start-again" class="button button--secondary" part="button secondary-button" @click=${actions.askStartAgain}>
        ${words.say('draft.startAgain')}
      </button>`;
}
