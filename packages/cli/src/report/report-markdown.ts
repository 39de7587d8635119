/**
 * The service report as Markdown: a heading per section and plain two- or three-column tables, the
 * way GOV.UK statistics pages lay out figures, so it reads well as text and renders anywhere.
 */
import { escapeMarkdown } from '../markdown-text.js';
import { reportNumbers, type ReportNumbers } from './report-numbers.js';
import { reportWordsIn, type ReportWords } from './report-words.js';
import type { AgencyCount, LabelledCount, ReasonCount, ServiceReport } from './service-report.js';

type Row = string[];

interface Context {
  report: ServiceReport;
  words: ReportWords;
  numbers: ReportNumbers;
}

/** A table with a header row; the columns after the first are figures, so they align right. */
function table(header: Row, rows: Row[]): string[] {
  const cell = (text: string) => escapeMarkdown(text);
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

function section(heading: string, ...blocks: string[][]): string[] {
  return [`## ${escapeMarkdown(heading)}`, '', ...blocks.flat()];
}

function countsOrNone({ words, numbers }: Context, header: Row, items: { label: string; count: number }[]): string[] {
  if (items.length === 0) return [words.none, ''];
  return table(header, items.map((item) => [item.label, numbers.count(item.count)]));
}

const reasonItems = (reasons: ReasonCount[]) => reasons.map(({ reason, count }) => ({ label: reason, count }));
const labelledItems = (items: LabelledCount[]) => items.map(({ label, count }) => ({ label, count }));
const agencyItems = (items: AgencyCount[]) => items.map(({ name, count }) => ({ label: name, count }));

function periodLine({ report, words, numbers }: Context): string {
  const { from, to } = report.period;
  if (from && to) return words.period.between(numbers.date(from), numbers.date(to));
  if (from) return words.period.from(numbers.date(from));
  if (to) return words.period.to(numbers.date(to));
  return words.period.any;
}

function recordsSection({ report, words, numbers }: Context): string[] {
  const { records } = report;
  const m = words.measure;
  return section(
    words.section.records,
    table(
      [words.column.measure, words.column.number],
      [
        [m.read, numbers.count(records.read)],
        [m.inPeriod, numbers.count(records.inPeriod)],
        [m.unreadable, numbers.count(records.unreadable)],
        [m.withoutChildId, numbers.count(records.withoutChildId)],
        [m.withoutReturnedAt, numbers.count(records.withoutReturnedAt ?? 0)],
      ],
    ),
  );
}

function episodesSection({ report, words, numbers }: Context): string[] {
  const { episodes } = report;
  const m = words.measure;
  return section(
    words.section.episodes,
    table(
      [words.column.measure, words.column.number],
      [
        [m.episodes, numbers.count(episodes.count)],
        [m.children, numbers.count(episodes.children)],
        [m.childrenWithTwoOrMore, numbers.count(episodes.childrenWithTwoOrMore)],
        [m.childrenAtRepeatThreshold(episodes.repeatThreshold.count, episodes.repeatThreshold.withinDays), numbers.count(episodes.childrenAtRepeatThreshold)],
      ],
    ),
  );
}

function interviewsSection(context: Context): string[] {
  const { report, words, numbers } = context;
  const { interviews } = report;
  const hours = interviews.offerWithinHours ?? 72;
  const m = words.measure;
  return section(
    words.section.interviews,
    table(
      [words.column.measure, words.column.number],
      [
        [m.offered, numbers.count(interviews.offered)],
        [m.offeredWithin(hours), numbers.count(interviews.offeredWithin72Hours)],
        [m.offeredWithinPercent(hours), numbers.percent(interviews.offeredWithin72HoursPercent)],
        [m.accepted, numbers.count(interviews.accepted)],
        [m.declined, numbers.count(interviews.declined)],
        [m.notContactable, numbers.count(interviews.notContactable)],
        [m.notOffered, numbers.count(interviews.notOffered)],
        [m.outcomeNotRecorded, numbers.count(interviews.outcomeNotRecorded ?? 0)],
        [m.medianHours, numbers.decimal(interviews.medianHoursFromReturnToInterview)],
        [m.interviewsTimed, numbers.count(interviews.interviewsTimed)],
      ],
    ),
    [`### ${escapeMarkdown(words.section.declineReasons)}`, ''],
    countsOrNone(context, [words.column.reason, words.column.number], reasonItems(interviews.declineReasons)),
  );
}

function riskSection({ report, words, numbers }: Context): string[] {
  const assessments = report.assessments ?? { stored: 0, assessedNow: 0, notAssessed: 0 };
  const m = words.measure;
  return section(
    words.section.riskLevels,
    table(
      [words.column.riskLevel, words.column.records, words.column.percent],
      report.riskLevels.map(({ level, count, percent }) => [words.riskLevels[level], numbers.count(count), numbers.percent(percent)]),
    ),
    [words.riskShare, ''],
    table(
      [words.column.measure, words.column.number],
      [
        [m.assessmentsStored, numbers.count(assessments.stored)],
        [m.assessedNow, numbers.count(assessments.assessedNow)],
        [m.notAssessed, numbers.count(assessments.notAssessed)],
      ],
    ),
  );
}

function referralsSection(context: Context): string[] {
  const { report, words, numbers } = context;
  const { referrals } = report;
  const m = words.measure;
  return section(
    words.section.referrals,
    table(
      [words.column.measure, words.column.number],
      [
        [m.packages, numbers.count(referrals.packages ?? 0)],
        [m.recommendedRemoved, numbers.count(referrals.recommendedRemoved)],
      ],
    ),
    [`### ${escapeMarkdown(words.section.referralsMade)}`, ''],
    countsOrNone(context, [words.column.agency, words.column.number], agencyItems(referrals.byAgency)),
    [`### ${escapeMarkdown(words.section.referralsRecommended)}`, ''],
    countsOrNone(context, [words.column.agency, words.column.number], agencyItems(referrals.recommendedByAgency ?? [])),
    [`### ${escapeMarkdown(words.section.signposts)}`, ''],
    countsOrNone(context, [words.column.agency, words.column.number], agencyItems(referrals.signpostsByAgency ?? [])),
    [`### ${escapeMarkdown(words.section.removalReasons)}`, ''],
    countsOrNone(context, [words.column.reason, words.column.number], reasonItems(referrals.removalReasons)),
  );
}

function outcomesSection({ report, words, numbers }: Context): string[] {
  const { outcomes } = report;
  const anySmall = outcomes.items.some((item) => item.smallNumber);
  return section(
    words.section.outcomes,
    [words.outcomesExplained, ''],
    table([words.column.measure, words.column.number], [[words.measure.youngPeople, numbers.count(outcomes.youngPeople)]]),
    table(
      [words.column.outcome, words.column.youngPeople, words.column.averagePercentChange, words.column.baselineAverage, words.column.followUpAverage],
      outcomes.items.map((item) => [
        `${item.label}${item.smallNumber ? words.smallNumberMarker : ''}`,
        numbers.count(item.youngPeople),
        numbers.change(item.averagePercentChange),
        numbers.decimal(item.baselineAverage),
        numbers.decimal(item.followUpAverage),
      ]),
    ),
    anySmall ? [escapeMarkdown(words.smallNumberCaution(outcomes.smallNumberThreshold)), ''] : [],
  );
}

/** The report as a Markdown document in its own language. */
export function renderReportMarkdown(report: ServiceReport): string {
  const words = reportWordsIn(report.lang);
  const context: Context = { report, words, numbers: reportNumbers(report.lang, words.noFigure) };
  const lines = [
    `# ${escapeMarkdown(words.title)}`,
    '',
    escapeMarkdown(periodLine(context)),
    escapeMarkdown(words.ruleset(report.ruleset.id, report.ruleset.version)),
    '',
    ...recordsSection(context),
    ...episodesSection(context),
    ...interviewsSection(context),
    ...riskSection(context),
    ...section(words.section.indicators, countsOrNone(context, [words.column.indicator, words.column.records], labelledItems(report.indicators))),
    ...section(words.section.pushFactors, countsOrNone(context, [words.column.pushFactor, words.column.records], labelledItems(report.pushFactors))),
    ...referralsSection(context),
    ...outcomesSection(context),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
