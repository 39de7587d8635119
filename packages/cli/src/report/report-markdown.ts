/**
 * The service report as Markdown: a heading per section and plain two- or three-column tables, the
 * way GOV.UK statistics pages lay out figures, so it reads well as text and renders anywhere.
 */
import { escapeMarkdown } from '../markdown-text.js';
import { reportNumbers, type ReportNumbers } from './report-numbers.js';
import { reportWordsIn, type ReportWords } from './report-words.js';
import { breakdownDimensions, type AgencyCount, type LabelledCount, type ReasonCount, type ServiceReport } from './service-report.js';

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
        [m.earlierEpisodesCovered, numbers.count(episodes.earlierEpisodesCovered ?? 0)],
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
        [m.completed, numbers.count(interviews.completed ?? 0)],
        [m.completedWithin(hours), numbers.count(interviews.completedWithinWindow ?? 0)],
        [m.completedWithinPercent(hours), numbers.percent(interviews.completedWithinWindowPercent ?? null)],
        [m.episodesCoveredByCompleted, numbers.count(interviews.episodesCoveredByCompleted ?? 0)],
      ],
    ),
    [`### ${escapeMarkdown(words.section.medianByOutcome)}`, ''],
    (interviews.medianHoursByOutcome ?? []).length === 0
      ? [words.none, '']
      : table(
          [words.column.outcomeOfOffer, words.column.interviewsTimed, words.column.medianHours],
          (interviews.medianHoursByOutcome ?? []).map((item) => [item.label, numbers.count(item.interviewsTimed), numbers.decimal(item.medianHours)]),
        ),
    [`### ${escapeMarkdown(words.section.notWithinWindowReasons)}`, ''],
    countsOrNone(context, [words.column.reason, words.column.number], labelledItems(interviews.notWithinWindowReasons ?? [])),
    [`### ${escapeMarkdown(words.section.declineReasons)}`, ''],
    countsOrNone(context, [words.column.reason, words.column.number], reasonItems(interviews.declineReasons)),
  );
}

function breakdownsSection({ report, words, numbers }: Context): string[] {
  const hours = report.interviews.offerWithinHours ?? 72;
  const breakdowns = report.breakdowns;
  const blocks = breakdownDimensions.map((dimension) => {
    const groups = breakdowns?.[dimension] ?? [];
    const heading = [`### ${escapeMarkdown(words.breakdowns[dimension])}`, ''];
    if (groups.length === 0) return [...heading, words.none, ''];
    return [
      ...heading,
      ...table(
        [words.column.group, words.column.episodes, words.column.interviewsCompleted, words.column.completedWithin(hours), words.column.completedWithinPercent(hours)],
        groups.map((group) => [
          group.label,
          numbers.count(group.episodes),
          numbers.count(group.interviewsCompleted),
          numbers.count(group.completedWithinWindow),
          numbers.percent(group.completedWithinWindowPercent),
        ]),
      ),
    ];
  });
  return section(words.section.breakdowns, ...blocks);
}

function placesSection(context: Context): string[] {
  const { report, words, numbers } = context;
  const places = report.places ?? { byType: [], topAreas: [], recordsWithPlaces: 0 };
  return section(
    words.section.places,
    table([words.column.measure, words.column.number], [[words.measure.recordsWithPlaces, numbers.count(places.recordsWithPlaces)]]),
    countsOrNone(context, [words.column.placeType, words.column.records], labelledItems(places.byType)),
    [`### ${escapeMarkdown(words.section.topAreas)}`, ''],
    countsOrNone(context, [words.column.area, words.column.records], places.topAreas.map(({ area, count }) => ({ label: area, count }))),
  );
}

function offersSection({ report, words, numbers }: Context): string[] {
  const m = words.measure;
  const welsh = report.welshActiveOffer ?? { welshSpeakersOffered: 0, welshOffered: 0, welshOfferedPercent: null, notRecorded: 0 };
  const support = report.followUpSupport ?? { offered: 0, notOffered: 0, takenUp: 0, notTakenUp: 0, notYet: 0, takenUpPercent: null };
  return [
    ...section(
      words.section.welshActiveOffer,
      table(
        [words.column.measure, words.column.number],
        [
          [m.welshSpeakersOffered, numbers.count(welsh.welshSpeakersOffered)],
          [m.welshOffered, numbers.count(welsh.welshOffered)],
          [m.welshOfferedPercent, numbers.percent(welsh.welshOfferedPercent)],
          [m.welshNotRecorded, numbers.count(welsh.notRecorded)],
        ],
      ),
    ),
    ...section(
      words.section.followUpSupport,
      table(
        [words.column.measure, words.column.number],
        [
          [m.supportOffered, numbers.count(support.offered)],
          [m.supportNotOffered, numbers.count(support.notOffered)],
          [m.supportTakenUp, numbers.count(support.takenUp)],
          [m.supportNotTakenUp, numbers.count(support.notTakenUp)],
          [m.supportNotYet, numbers.count(support.notYet)],
          [m.supportTakenUpPercent, numbers.percent(support.takenUpPercent)],
        ],
      ),
    ),
  ];
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
    ...breakdownsSection(context),
    ...section(words.section.pushFactors, countsOrNone(context, [words.column.pushFactor, words.column.records], labelledItems(report.pushFactors))),
    ...section(words.section.pullFactors, countsOrNone(context, [words.column.pullFactor, words.column.records], labelledItems(report.pullFactors ?? []))),
    ...placesSection(context),
    ...offersSection(context),
    ...referralsSection(context),
    ...outcomesSection(context),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
