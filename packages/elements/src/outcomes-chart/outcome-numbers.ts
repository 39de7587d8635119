/**
 * The chart's figures written for en-GB or cy-GB: averages of 1–5 ratings to one decimal place
 * ("2.4"), changes as a signed percentage ("+37.5%", "-12%", "0%"), counts as whole numbers.
 * Chromium has no Welsh number data and writes cy-GB figures the English way, which reads the same.
 */
import type { UiWords } from '../i18n/ui-words.js';

export interface OutcomeNumbers {
  count(value: number): string;
  average(value: number | null): string;
  change(value: number | null): string;
}

const byLocale = new Map<string, OutcomeNumbers>();

export function outcomeNumbers(words: UiWords): OutcomeNumbers {
  let numbers = byLocale.get(words.locale);
  if (!numbers) {
    const count = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 0 });
    const average = new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const change = new Intl.NumberFormat(words.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const noFigure = words.say('outcomes.noFigure');
    numbers = {
      count: (value) => count.format(value),
      average: (value) => (value === null ? noFigure : average.format(value)),
      // The report gives percentages (37.5 for 37.5%); Intl's percent style multiplies by 100.
      change: (value) => (value === null ? noFigure : change.format(value / 100)),
    };
    byLocale.set(words.locale, numbers);
  }
  return numbers;
}
