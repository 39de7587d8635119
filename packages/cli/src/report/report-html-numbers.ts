/**
 * Figures and dates as the report's reader expects them in English or Welsh (en-GB, cy-GB). A
 * figure that is missing, null or not a number is shown in words ("not available"), never as NaN:
 * the report says null when there was nothing to divide by.
 */
import type { ReportLanguage } from './service-report.js';

export interface ReportFormats {
  /** A count: 1,234. */
  count(value: unknown): string;
  /** An average or a number of hours, to one decimal place: 3.5. */
  decimal(value: unknown): string;
  /** A share given in percent (30 means 30%), to one decimal place: 30.0%. */
  percent(value: unknown): string;
  /** A change in percent with its sign, so a fall never reads as a rise: +12.5%, -8.0%. */
  signedPercent(value: unknown): string;
  /** A calendar date (YYYY-MM-DD) in words: 1 April 2026, 1 Ebrill 2026. */
  date(isoDate: string): string;
}

const locales: Record<ReportLanguage, string> = { en: 'en-GB', cy: 'cy-GB' };

export function isFigure(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function reportFormats(lang: ReportLanguage, notAvailable: string): ReportFormats {
  const locale = locales[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  // The dates are calendar dates with no time of day: formatting them in UTC keeps the day as written.
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const orNotAvailable = (format: (value: number) => string) => (value: unknown) => (isFigure(value) ? format(value) : notAvailable);
  return {
    count: orNotAvailable((value) => count.format(value)),
    decimal: orNotAvailable((value) => decimal.format(value)),
    percent: orNotAvailable((value) => percent.format(value / 100)),
    signedPercent: orNotAvailable((value) => signedPercent.format(value / 100)),
    date: (isoDate) => {
      const parsed = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : new Date(Number.NaN);
      return Number.isNaN(parsed.getTime()) ? isoDate : date.format(parsed);
    },
  };
}
