/**
 * What the compact panel adds to its one line when the engine says a clock is late: the interview
 * overdue or held late, else the offer overdue. One short phrase, so the line stays one line; the
 * full panel says by when and why.
 */
import type { OfferClock } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';

export function lateClockWords(clock: OfferClock, words: UiWords): string | undefined {
  if (clock.interviewWithinWindow === false) return words.say('panel.compact.interviewLate');
  if (clock.interviewOverdue) return words.say('panel.compact.interviewOverdue');
  if (clock.overdue) return words.say('panel.compact.offerOverdue');
  return undefined;
}
