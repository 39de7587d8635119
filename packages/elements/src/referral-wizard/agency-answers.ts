/**
 * What the wizard shows and sends about one agency from the interview: the rules' reasons, the
 * answers that bear on it and the summary suggested from them (all worked out by the referral
 * layer; this only gathers them for a page).
 */
import type { Reason } from '@rhi-toolkit/engine';
import { agencyNameOf, recommendationFor } from './agency-facts.js';
import { prefilledSummary } from './prefilled-summary.js';
import type { AnswerLine } from './referral-types.js';
import { relevantAnswers } from './relevant-answers.js';
import type { WizardView } from './wizard-view.js';

export interface AgencyAnswers {
  name: string;
  reasons: Reason[];
  lines: AnswerLine[];
  suggestedSummary: string;
  /** The summary as it stands: the worker's if they edited it, else the suggestion. */
  summary: string;
}

export function agencyAnswers(view: WizardView, agency: string): AgencyAnswers {
  const { words, ruleset, assessment, answers, schema } = view;
  const name = agencyNameOf(agency, ruleset, assessment, words);
  const reasons = recommendationFor(assessment, agency)?.reasons ?? [];
  const lines = relevantAnswers({ agency, reasons, ruleset, answers, schema, words });
  const suggestedSummary = prefilledSummary({ agencyName: name, reasons, lines, assessment, words });
  const summary = view.state.choices[agency]?.summary ?? suggestedSummary;
  return { name, reasons, lines, suggestedSummary, summary };
}
