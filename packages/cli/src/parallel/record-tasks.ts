/**
 * The work done on one line of a records file by `rhi batch`, `rhi report` and `rhi export`,
 * written once so that it runs the same in the main thread (--jobs 1) and on a worker thread.
 * A task's context and results cross to and from workers by structured clone: plain data only.
 */
import { createAssessor, type Language, type ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { assessBatchLine } from '../batch-record.js';
import { episodeRows, type EpisodeRow } from '../export/episode-row.js';
import { currentMoment } from '../moment.js';
import { notUtf8Problem, type RecordFileLine } from '../open-records.js';
import { assessmentMoment } from '../report/assessment-moment.js';
import { instantOf } from '../report/record-instants.js';
import { readRecordLine } from '../report/record-line.js';
import { isInPeriod, type ReportPeriod } from '../report/report-period.js';
import type { AssessmentFigures, ReportRecord } from '../report/report-record.js';
import { reportWordsIn } from '../report/report-words.js';
import type { AssessmentSource } from '../report/service-report-tally.js';
import { wordsIn } from '../words.js';

/** When to ask the engine for a risk level: for records without a stored one, never, or for every record. */
export type AssessMode = 'missing' | 'never' | 'always';

interface CommonContext {
  ruleset: ResolvedRuleset;
  /** The file as named in problems (`stdin` for "-"). */
  file: string;
  lang: Language;
}

export interface TaskContexts {
  batch: CommonContext & { now: string };
  report: CommonContext & { period: ReportPeriod; assess: AssessMode; now?: string };
  export: CommonContext;
}

/** A blank line: skipped by every command, yet still passed along so lines keep their order. */
export interface Blank {
  blank: true;
}

export interface TaskResults {
  /** The output line, without its newline. */
  batch: Blank | { text: string; rejected: boolean };
  report:
    | Blank
    | { problem: string }
    | { outsidePeriod: true }
    | { record: ReportRecord; assessment?: AssessmentFigures; source: AssessmentSource };
  export: Blank | { problem: string } | { rows: EpisodeRow[] };
}

export type TaskName = keyof TaskContexts;

/** What a task does to one line, once prepared with its context (the assessor built once). */
export type LineTask<T extends TaskName> = (found: RecordFileLine) => Promise<TaskResults[T]>;

const BLANK: Blank = { blank: true };

function prepareBatch(context: TaskContexts['batch']): LineTask<'batch'> {
  const assessor = createAssessor(context.ruleset);
  const words = wordsIn(context.lang);
  const { file, now, lang } = context;
  return async (found) => {
    if ('badByte' in found) return { text: JSON.stringify({ line: found.line, error: notUtf8Problem(file, found, lang) }), rejected: true };
    if (found.text.trim() === '') return BLANK;
    const result = await assessBatchLine(found.text, found.line, file, assessor, { now, lang }, words);
    return { text: JSON.stringify(result), rejected: 'error' in result };
  };
}

function prepareReport(context: TaskContexts['report']): LineTask<'report'> {
  const assessor = createAssessor(context.ruleset);
  const words = reportWordsIn(context.lang);
  const { ruleset, file, lang, period, assess, now } = context;
  // The record's own moment, the command line's, else the one its answers give (assessment-moment.ts).
  const momentFor = (record: ReportRecord) => record.now ?? now ?? assessmentMoment(record.answers, ruleset.settings.offerWithinHours) ?? currentMoment();
  return async (found) => {
    // Bytes that are not UTF-8 make the line unreadable, like broken JSON: never a guess at its text.
    if ('badByte' in found) return { problem: notUtf8Problem(file, found, lang) };
    if (found.text.trim() === '') return BLANK;
    const read = await readRecordLine({ file, line: found.line, text: found.text, lang }, ruleset, words);
    if ('problem' in read) return read;
    const { record } = read;
    if (!isInPeriod(instantOf(record.answers.episode?.returnedAt), period)) return { outsidePeriod: true };
    if (assess !== 'always' && record.assessment) return { record, assessment: record.assessment, source: 'stored' };
    if (assess === 'never') return { record, source: 'notAssessed' };
    return { record, assessment: await assessor.assess(record.answers, { now: momentFor(record), lang }), source: 'assessedNow' };
  };
}

function prepareExport(context: TaskContexts['export']): LineTask<'export'> {
  const words = reportWordsIn(context.lang);
  const { ruleset, file, lang } = context;
  return async (found) => {
    if ('badByte' in found) return { problem: notUtf8Problem(file, found, lang) };
    if (found.text.trim() === '') return BLANK;
    const read = await readRecordLine({ file, line: found.line, text: found.text, lang }, ruleset, words);
    return 'problem' in read ? read : { rows: episodeRows(read.record, found.line) };
  };
}

const preparers: { [T in TaskName]: (context: TaskContexts[T]) => LineTask<T> } = {
  batch: prepareBatch,
  report: prepareReport,
  export: prepareExport,
};

/** The task ready to run on lines: its assessor and words made once, not once per record. */
export function prepareTask<T extends TaskName>(task: T, context: TaskContexts[T]): LineTask<T> {
  return preparers[task](context);
}
