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

export interface NoticesView {
  words: UiWords;
  timeZone: string;
  /** The first problem found with the layout, if any (all of them go to the console). */
  layoutProblem: string | undefined;
  /** How many parts of the schema the form cannot show (each is in the console with its JSON pointer). */
  schemaNotices: number;
  drafts: DraftStatus;
  /** The read-only record offers no "start again". */
  readOnly: boolean;
}

export type NoticesActions = DraftNoticesActions;

export function renderNotices(view: NoticesView, actions: NoticesActions): TemplateResult {
  const { words, layoutProblem, schemaNotices } = view;
  return html`${layoutProblem ? notice({ id: 'layout-problem', warning: true, paragraphs: [words.say('layout.problem', { problem: layoutProblem })] }) : nothing}
  ${schemaNotices > 0 ? notice({ id: 'schema-notices', warning: true, paragraphs: [words.say('schema.partsNotShown', { count: schemaNotices })] }) : nothing}
  ${renderDraftNotices({ ...view, editing: !view.readOnly }, actions, 'draft')}`;
}
