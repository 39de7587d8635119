/** Figures written for people in the report's language: counts with separators, one decimal place, dates in words. */
import type { ReportLanguage } from './service-report.js';

export interface ReportNumbers {
  count(value: number): string;
  /** One decimal place, e.g. 41.5. */
  decimal(value: number | null): string;
  /** e.g. 87.2%. */
  percent(value: number | null): string;
  /** A change with its sign, e.g. +12.5% or −3.0%. */
  change(value: number | null): string;
  /** 2026-04-01 → 1 April 2026 (en) or 1 Ebrill 2026 (cy). */
  date(isoDate: string): string;
}

export function reportNumbers(lang: ReportLanguage, noFigure: string): ReportNumbers {
  const locale = lang === 'cy' ? 'cy' : 'en-GB';
  const counts = new Intl.NumberFormat(locale);
  const decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const changes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    count: (value) => counts.format(value),
    decimal: (value) => (value === null ? noFigure : decimals.format(value)),
    percent: (value) => (value === null ? noFigure : `${decimals.format(value)}%`),
    change: (value) => (value === null ? noFigure : `${changes.format(value)}%`),
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}
