/**
 * Reads a records file line by line and adds each record into the report: the one pass
 * `rhi report` makes. Lines are read and assessed on `jobs` threads (parallel/record-tasks.ts)
 * and added in the file's order, so the report is the same whatever the number. Unreadable
 * lines are passed to `onUnreadable` as they are met, so their problems reach the person at once
 * and are never kept.
 */
import type { Readable } from 'node:stream';
import type { Language, ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { recordLines } from '../open-records.js';
import { assessInOrder } from '../parallel/parallel-assess.js';
import type { AssessMode } from '../parallel/record-tasks.js';
import { reportLabels } from './report-labels.js';
import type { ReportPeriod } from './report-period.js';
import type { ReportWords } from './report-words.js';
import { ServiceReportTally } from './service-report-tally.js';
import type { ServiceReport } from './service-report.js';

export type { AssessMode };
export const assessModes: readonly AssessMode[] = ['missing', 'never', 'always'];

export interface ReportRun {
  records: Readable;
  /** The file as named in problems (`stdin` for "-"). */
  file: string;
  ruleset: ResolvedRuleset;
  period: ReportPeriod;
  assess: AssessMode;
  /** The moment of assessment given on the command line, for records that give none. */
  now?: string;
  lang: Language;
  words: ReportWords;
  /** Threads to read and assess on; 1 works in this thread. */
  jobs: number;
  onUnreadable(problem: string): void;
}

export async function buildServiceReport(run: ReportRun): Promise<ServiceReport> {
  const { ruleset, file, period, assess, now, lang } = run;
  const tally = new ServiceReportTally(ruleset, period);
  for await (const result of assessInOrder(recordLines(run.records), { task: 'report', context: { ruleset, file, period, assess, now, lang }, jobs: run.jobs })) {
    if ('blank' in result) continue;
    if ('problem' in result) {
      tally.addUnreadable();
      run.onUnreadable(result.problem);
    } else if ('outsidePeriod' in result) tally.addOutsidePeriod();
    else tally.addInPeriod(result.record, result.assessment, result.source);
  }
  return tally.report(run.lang, reportLabels(ruleset, run.lang), run.words);
}
