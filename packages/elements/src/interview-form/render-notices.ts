/**
 * The notices above the form: a layout that does not fit its schema, parts of the schema the form
 * cannot show (prepare-schema.ts), answers no question shows (unshown-answers.ts), then the draft notices
 * (shared/draft-notices.ts). Rendering only: the buttons call back into the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { notice } from '../govuk/notice.js';
import type { UiWords } from '../i18n/ui-words.js';
import { renderDraftNotices, type DraftNoticesActions } from '../shared/draft-notices.js';
import type { DraftStatus } from './draft-controller.js';
import type { SchemaNotice } from './prepare-schema.js';
import { jsonText } from './same-json.js';
import type { UnshownAnswer } from './unshown-answers.js';

export interface NoticesView {
  words: UiWords;
  timeZone: string;
  /** The first problem found with the layout, if any (all of them go to the console). */
  layoutProblem: string | undefined;
  /** Parts of the schema the form cannot show, each with its JSON pointer. */
  schemaNotices: SchemaNotice[];
  /** Answers the record holds that no question shows (unshown-answers.ts). */
  unshownAnswers: UnshownAnswer[];
  drafts: DraftStatus;
  /** The read-only record offers no "start again". */
  readOnly: boolean;
}

export type NoticesActions = DraftNoticesActions;

export function renderNotices(view: NoticesView, actions: NoticesActions): TemplateResult {
  const { words, layoutProblem, schemaNotices } = view;
  return html`${layoutProblem ? notice({ id: 'layout-problem', warning: true, paragraphs: [words.say('layout.problem', { problem: layoutProblem })] }) : nothing}
  ${schemaNotices.length > 0
    ? notice({ id: 'schema-notices', warning: true, paragraphs: [words.say('schema.partsNotShown', { count: schemaNotices.length })], actions: noticePointers(schemaNotices, words) })
    : nothing}
  ${view.unshownAnswers.length > 0
    ? notice({ id: 'unshown-answers', warning: true, paragraphs: [words.say('schema.unshownAnswers')], actions: unshownList(view.unshownAnswers) })
    : nothing}
  ${renderDraftNotices({ ...view, editing: !view.readOnly }, actions, 'draft')}`;
}

/** Where each part not shown is, by JSON pointer into the schema, for the web team (also in the console). */
function noticePointers(notices: SchemaNotice[], words: UiWords): TemplateResult {
  return html`<details class="schema-notices__where">
    <summary>${words.say('schema.partsNotShownWhere')}</summary>
    <ul class="list">
      ${notices.map(({ pointer }) => html`<li data-pointer=${pointer}><code>${pointer || '/'}</code></li>`)}
    </ul>
  </details>`;
}

/**
 * Each answer no question shows, read-only: where it is in the record (a JSON pointer) and its value
 * as JSON text, as it will be sent. Nobody can change it here, so nothing offers to.
 */
function unshownList(answers: UnshownAnswer[]): TemplateResult {
  return html`<dl class="summary-list" part="summary-list">
    ${answers.map(
      ({ pointer, value }) => html`<div class="summary-list__row" data-pointer=${pointer}>
        <dt class="summary-list__key"><code>${pointer}</code></dt>
        <dd class="summary-list__value"><code>${jsonText(value)}</code></dd>
      </div>`,
    )}
  </dl>`;
}
