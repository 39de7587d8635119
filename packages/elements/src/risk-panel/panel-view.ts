/** What every part of the panel is drawn from: the assessment and the words to show it in. */
import type { Agency, Assessment } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import type { InterviewClockWords } from './interview-clock-words.js';
import type { OfferClockWords } from './offer-clock-words.js';

export interface PanelView {
  words: UiWords;
  assessment: Assessment;
  /** The panel's own heading level; sections are one below it, items two below. */
  headingLevel: number;
  timeZone: string;
  /** The hours an interview must be offered within (the ruleset's setting, 72 by default). */
  withinHours: number;
  clock: OfferClockWords;
  /** The interview's own clock; none until the return time is known, or where no interview is expected. */
  interviewClock: InterviewClockWords | undefined;
  /** The rule's plain description in the panel's language; none for the engine's own reasons. */
  describeRule(ruleId: string): string | undefined;
  /** The ruleset's directory entry for an agency (its name and contact); none without a ruleset. */
  agencyOf(agency: string): Agency | undefined;
  /** The question a missing answer belongs to, in the panel's language. */
  labelOf(path: string): string;
  /** Asks the page to take the interviewer to a question. */
  focusField(event: Event, path: string): void;
}

/** Reasons are written in the assessment's language, which may differ from the panel's. */
export function messageLanguage(view: PanelView): string | undefined {
  return view.assessment.lang === view.words.language ? undefined : view.assessment.lang;
}
