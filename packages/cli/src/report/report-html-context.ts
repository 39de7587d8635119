/** What every section of the HTML service report is rendered from: the report, its words and number formats. */
import type { ServiceReport } from './service-report.js';
import type { ReportFormats } from './report-html-numbers.js';
import type { ReportWords } from './report-html-words.js';

export interface ReportHtmlContext {
  report: ServiceReport;
  words: ReportWords;
  formats: ReportFormats;
}

/** A list from the report, or none: a hand-edited report may leave one out, and a page is still wanted. */
export function listOf<Item>(list: readonly Item[] | undefined | null): readonly Item[] {
  return Array.isArray(list) ? list : [];
}

/** The most often recorded first; ties keep the report's order. */
export function mostFrequent<Item extends { count: number }>(list: readonly Item[], limit: number): Item[] {
  return [...list].sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).slice(0, limit);
}
