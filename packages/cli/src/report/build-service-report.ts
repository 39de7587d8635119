/**
 * Reads a records file line by line and adds each record into the report: the one pass
 * `rhi report` makes. Unreadable lines are passed to `onUnreadable` as they are met, so their
 * problems reach the person at once and are never kept.
 */
import type { Readable } from 'node:stream';
import type { Assessor, Language } from '@rhi-toolkit/engine/node';
import { currentMoment } from '../moment.js';
import { notUtf8Problem, recordLines } from '../open-records.js';
import { assessmentMoment } from './assessment-moment.js';
import { instantOf } from './record-instants.js';
import { readRecordLine } from './record-line.js';
import { reportLabels } from './report-labels.js';
import { isInPeriod, type ReportPeriod } from './report-period.js';
import type { AssessmentFigures, ReportRecord } from './report-record.js';
import type { ReportWords } from './report-words.js';
import { ServiceReportTally, type AssessmentSource } from './service-report-tally.js';
import type { ServiceReport } from './service-report.js';

/** When to ask the engine for a risk level: for records without a stored one, never, or for every record. */
export type AssessMode = 'missing' | 'never' | 'always';
export const assessModes: readonly AssessMode[] = ['missing', 'never', 'always'];

export interface ReportRun {
  records: Readable;
  /** The file as named in problems (`stdin` for "-"). */
  file: string;
  assessor: Assessor;
  period: ReportPeriod;
  assess: AssessMode;
  /** The moment of assessment given on the command line, for records that give none. */
  now?: string;
  lang: Language;
  words: ReportWords;
  onUnreadable(problem: string): void;
}

/** The record's own moment, the command line's, else the one its answers give (assessment-moment.ts). */
function momentFor(record: ReportRecord, now: string | undefined, offerWithinHours: number): string {
  return record.now ?? now ?? assessmentMoment(record.answers, offerWithinHours) ?? currentMoment();
}

async function assessmentFor(record: ReportRecord, run: ReportRun): Promise<{ assessment?: AssessmentFigures; source: AssessmentSource }> {
  if (run.assess !== 'always' && record.assessment) return { assessment: record.assessment, source: 'stored' };
  if (run.assess === 'never') return { source: 'notAssessed' };
  const now = momentFor(record, run.now, run.assessor.ruleset.settings.offerWithinHours);
  return { assessment: await run.assessor.assess(record.answers, { now, lang: run.lang }), source: 'assessedNow' };
}

export async function buildServiceReport(run: ReportRun): Promise<ServiceReport> {
  const { assessor, words } = run;
  const tally = new ServiceReportTally(assessor.ruleset, run.period);
  for await (const found of recordLines(run.records)) {
    // Bytes that are not UTF-8 make the line unreadable, like broken JSON: never a guess at its text.
    if ('badByte' in found) {
      tally.addUnreadable();
      run.onUnreadable(notUtf8Problem(run.file, found, run.lang));
      continue;
    }
    const { line, text } = found;
    if (text.trim() === '') continue;
    const read = await readRecordLine({ file: run.file, line, text, lang: run.lang }, assessor.ruleset, words);
    if ('problem' in read) {
      tally.addUnreadable();
      run.onUnreadable(read.problem);
      continue;
    }
    const { record } = read;
    if (!isInPeriod(instantOf(record.answers.episode?.returnedAt), run.period)) {
      tally.addOutsidePeriod();
      continue;
    }
    const { assessment, source } = await assessmentFor(record, run);
    tally.addInPeriod(record, assessment, source);
  }
  return tally.report(run.lang, reportLabels(assessor.ruleset, run.lang), words);
}
