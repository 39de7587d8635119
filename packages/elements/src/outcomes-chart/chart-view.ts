/** What every part of the chart is drawn from: the outcomes, and the words and numbers to show them in. */
import type { UiWords } from '../i18n/ui-words.js';
import { outcomeNumbers, type OutcomeNumbers } from './outcome-numbers.js';
import { outcomeIds, type OutcomeChange, type OutcomeChanges, type OutcomeId } from './service-report.js';

export interface ChartView {
  words: UiWords;
  numbers: OutcomeNumbers;
  outcomes: OutcomeChanges;
  /** The outcome in the chart's own language; an outcome it does not know by the report's label. */
  labelOf(item: OutcomeChange): string;
}

export function chartView(words: UiWords, outcomes: OutcomeChanges): ChartView {
  return {
    words,
    numbers: outcomeNumbers(words),
    outcomes,
    labelOf: (item) => (isKnownOutcome(item.outcome) ? words.say(`outcomes.outcome.${item.outcome}`) : item.label || item.outcome),
  };
}

function isKnownOutcome(outcome: string): outcome is OutcomeId {
  return (outcomeIds as readonly string[]).includes(outcome);
}
