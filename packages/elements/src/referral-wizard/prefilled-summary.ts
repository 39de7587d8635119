/**
 * The summary a referral starts with, as plain text the worker edits before it is sent: what
 * this is, why the rules recommend it, and what the record says that bears on it.
 */
import type { Assessment, Reason } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import { riskLevelWords } from '../shared/value-words.js';
import type { AnswerLine } from './referral-types.js';

export interface PrefilledSummaryInput {
  agencyName: string;
  /** The rules that recommended the referral; none for an agency the worker added. */
  reasons: Reason[];
  /** The relevant answers (`relevantAnswers`). */
  lines: AnswerLine[];
  assessment: Assessment;
  words: UiWords;
}

/**
 * A one-line opening naming the agency and the risk level after return, then "Why:" with each
 * reason on its own line and "What the record says:" with one "question: answer" line each.
 * A part with nothing in it is left out.
 */
export function prefilledSummary(input: PrefilledSummaryInput): string {
  const { agencyName, reasons, lines, assessment, words } = input;
  const riskLevel = riskLevelWords(assessment.riskLevel, words);
  const opening = assessment.provisional ? 'package.summary.openingProvisional' : 'package.summary.opening';
  const parts = [words.say(opening, { agency: agencyName, riskLevel })];
  if (reasons.length > 0) {
    parts.push(
      [words.say('package.summary.why'), ...reasons.map((reason) => words.say('package.summary.reason', { message: reason.message }))].join('\n'),
    );
  }
  if (lines.length > 0) {
    parts.push(
      [words.say('package.summary.record'), ...lines.map((line) => words.say('package.summary.answer', { label: line.label, value: line.value }))].join('\n'),
    );
  }
  return parts.join('\n\n');
}
