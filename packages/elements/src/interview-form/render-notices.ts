/**
 * The notices above the form: a layout that does not fit its schema, parts of the schema the form
 * cannot show (prepare-schema.ts), then the draft notices
 * (shared/draft-notices.ts). Rendering only: the buttons call back into the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { notice } from '../govuk/notice.js';
import type { UiWords } from '../i18n/ui-words.js';
import { renderDraftNotices, type DraftNoticesActions } from '../shared/draft-notices.js';
import type { DraftStatus } from './draft-controller.js';
import type { SchemaNotice } from './prepare-schema.js';

export interface NoticesView {
  words: UiWords;
  timeZone: string;
  /** The first problem found with the layout, if any (all of them go to the console). */
  layoutProblem: string | undefined;
  /** How many parts of the schema the form cannot show (each is in the console with its JSON pointer). */
  /** Parts of the schema the form cannot show, each with its JSON pointer. */
  schemaNotices: SchemaNotice[];
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
