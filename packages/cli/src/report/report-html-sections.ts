/**
 * The sections of the HTML service report about activity: episodes and children, interviews, risk,
 * what was recorded and referrals. Every figure is in a table; the charts repeat a table's figures.
 */
import { barChart, type ChartBar } from './report-html-charts.js';
import { listOf, mostFrequent, type ReportHtmlContext } from './report-html-context.js';
import type { AgencyCount, LabelledCount, ReasonCount, ServiceReport } from './service-report.js';
import { isFigure } from './report-html-numbers.js';
import { paragraph, section, subheading, table, type TableRow } from './report-html-markup.js';

/** Charts of free lists (indicators, push factors) show the most frequent few; the tables show them all. */
const chartedAtMost = 10;

export const sectionIds = {
  episodes: 'episodes-and-children',
  interviews: 'interviews',
  groups: 'episodes-and-interviews-by-group',
  risk: 'risk-after-return',
  recorded: 'what-was-recorded',
  offers: 'welsh-offer-and-follow-up-support',
  referrals: 'referrals',
  outcomes: 'outcomes',
} as const;

export function countBar(label: string, count: unknown, valueText: string): ChartBar {
  return { label, value: isFigure(count) ? count : null, valueText };
}

export function episodesSection({ report, words, formats }: ReportHtmlContext): string {
  const { episodes } = report;
  const w = words.episodes;
  const threshold = episodes.repeatThreshold;
  const rows: TableRow[] = [
    { header: w.count, cells: [formats.count(episodes.count)] },
    { header: w.children, cells: [formats.count(episodes.children)] },
    { header: w.childrenWithTwoOrMore, cells: [formats.count(episodes.childrenWithTwoOrMore)] },
    {
      header: w.childrenAtRepeatThreshold(formats.count(threshold?.count), formats.count(threshold?.withinDays)),
      cells: [formats.count(episodes.childrenAtRepeatThreshold)],
    },
    ...optionalRow(w.earlierEpisodesCovered, episodes.earlierEpisodesCovered, formats),
  ];
  return section(sectionIds.episodes, w.heading, [table(w.caption, [{ heading: words.column.measure }, { heading: words.column.number, numeric: true }], rows)]);
}

/** A table of free-text reasons with their counts, or a sentence when there are none. */
function reasonsTable({ words, formats }: ReportHtmlContext, caption: string, reasons: readonly ReasonCount[]): string {
  const rows = reasons.map((entry) => ({ header: entry.reason, cells: [formats.count(entry.count)] }));
  if (rows.length === 0) return paragraph(words.noneRecorded);
  return table(caption, [{ heading: words.column.reason }, { heading: words.column.number, numeric: true }], rows);
}

export function interviewsSection(context: ReportHtmlContext): string {
  const { report, words, formats } = context;
  const { interviews } = report;
  const w = words.interviews;
  const median = interviews.medianHoursFromReturnToInterview;
  const hours = isFigure(interviews.offerWithinHours) ? interviews.offerWithinHours : 72;
  const rows: TableRow[] = [
    { header: w.offered, cells: [formats.count(interviews.offered)] },
    { header: w.offeredWithin72Hours(hours), cells: [formats.count(interviews.offeredWithin72Hours)] },
    { header: w.offeredWithin72HoursPercent(hours), cells: [formats.percent(interviews.offeredWithin72HoursPercent)] },
    { header: w.accepted, cells: [formats.count(interviews.accepted)] },
    { header: w.declined, cells: [formats.count(interviews.declined)] },
    { header: w.notContactable, cells: [formats.count(interviews.notContactable)] },
    { header: w.notOffered, cells: [formats.count(interviews.notOffered)] },
    ...optionalRow(w.outcomeNotRecorded, interviews.outcomeNotRecorded, formats),
    { header: w.medianHoursFromReturnToInterview, cells: [isFigure(median) ? w.hours(formats.decimal(median), median) : words.notAvailable] },
    { header: w.interviewsTimed, cells: [formats.count(interviews.interviewsTimed)] },
    ...optionalRow(w.completed, interviews.completed, formats),
    ...optionalRow(w.completedWithinWindow(hours), interviews.completedWithinWindow, formats),
    ...(interviews.completedWithinWindowPercent === undefined
      ? []
      : [{ header: w.completedWithinWindowPercent(hours), cells: [formats.percent(interviews.completedWithinWindowPercent)] }]),
    ...optionalRow(w.episodesCoveredByCompleted, interviews.episodesCoveredByCompleted, formats),
  ];
  return section(sectionIds.interviews, w.heading, [
    // The chart first, as in every section: the interviews held in time, the figure the guidance's 72 hours is about.
    ...completedWithinWindowChart(context, hours),
    table(w.caption, [{ heading: words.column.measure }, { heading: words.column.figure, numeric: true }], rows),
    ...medianByOutcome(context),
    ...notWithinWindowReasons(context, hours),
    subheading(w.declineReasonsHeading),
    reasonsTable(context, w.declineReasonsCaption, listOf(interviews.declineReasons)),
  ]);
}

/** Interviews held in time and late, as two bars: the figure the guidance's 72 hours is about. */
function completedWithinWindowChart({ report, words, formats }: ReportHtmlContext, hours: number): string[] {
  const { completed, completedWithinWindow } = report.interviews;
  if (!isFigure(completed) || !isFigure(completedWithinWindow)) return [];
  const w = words.interviews;
  const late = completed - completedWithinWindow;
  const bars = [countBar(w.heldWithin(hours), completedWithinWindow, formats.count(completedWithinWindow)), countBar(w.heldLater(hours), late, formats.count(late))];
  return [barChart({ id: 'chart-interviews-in-time', title: w.inTimeChartTitle(hours), kind: words.chart.barChart, bars, notes: [words.chart.figuresInTable] })];
}

function medianByOutcome({ report, words, formats }: ReportHtmlContext): string[] {
  const items = report.interviews.medianHoursByOutcome;
  if (!Array.isArray(items)) return [];
  const w = words.interviews;
  if (items.length === 0) return [subheading(w.medianByOutcomeHeading), paragraph(words.noneRecorded)];
  const rows = items.map((item) => ({
    header: item.label || item.outcome,
    cells: [formats.count(item.interviewsTimed), isFigure(item.medianHours) ? w.hours(formats.decimal(item.medianHours), item.medianHours) : words.notAvailable],
  }));
  return [
    subheading(w.medianByOutcomeHeading),
    table(w.medianByOutcomeCaption, [{ heading: w.outcomeColumn }, { heading: w.timedColumn, numeric: true }, { heading: w.medianColumn, numeric: true }], rows),
  ];
}

function notWithinWindowReasons({ report, words, formats }: ReportHtmlContext, hours: number): string[] {
  const reasons = report.interviews.notWithinWindowReasons;
  if (!Array.isArray(reasons)) return [];
  const w = words.interviews;
  if (reasons.length === 0) return [subheading(w.notWithinWindowHeading(hours)), paragraph(words.noneRecorded)];
  const rows = reasons.map((reason) => ({ header: reason.label || reason.id, cells: [formats.count(reason.count)] }));
  return [subheading(w.notWithinWindowHeading(hours)), table(w.notWithinWindowCaption(hours), [{ heading: words.column.reason }, { heading: words.column.timesRecorded, numeric: true }], rows)];
}

/**
 * A row for a figure that later versions of the report added: shown when the report has it, so a
 * report written before the addition still renders.
 */
export function optionalRow(header: string, figure: unknown, formats: ReportHtmlContext['formats']): TableRow[] {
  return isFigure(figure) ? [{ header, cells: [formats.count(figure)] }] : [];
}

function assessmentsTable({ report, words, formats }: ReportHtmlContext): string[] {
  const w = words.risk;
  const assessments = report.assessments as Partial<ServiceReport['assessments']> | undefined;
  const rows = [
    ...optionalRow(w.assessmentsStored, assessments?.stored, formats),
    ...optionalRow(w.assessmentsAssessedNow, assessments?.assessedNow, formats),
    ...optionalRow(w.assessmentsNotAssessed, assessments?.notAssessed, formats),
  ];
  if (rows.length === 0) return [];
  return [subheading(w.assessmentsHeading), table(w.assessmentsCaption, [{ heading: words.column.measure }, { heading: words.column.number, numeric: true }], rows)];
}

export function riskSection(context: ReportHtmlContext): string {
  const { report, words, formats } = context;
  const w = words.risk;
  const levels = listOf(report.riskLevels);
  const levelName = (level: string) => (w.levels as Record<string, string>)[level] ?? level;
  const rows = levels.map((entry) => ({ header: levelName(entry.level), cells: [formats.count(entry.count), formats.percent(entry.percent)] }));
  const bars = levels.map((entry) => countBar(levelName(entry.level), entry.count, `${formats.count(entry.count)} (${formats.percent(entry.percent)})`));
  return section(sectionIds.risk, w.heading, [
    barChart({ id: 'chart-risk-levels', title: w.chartTitle, kind: words.chart.barChart, bars, notes: [words.chart.figuresInTable] }),
    table(w.caption, [{ heading: w.level }, { heading: words.column.number, numeric: true }, { heading: words.column.percentage, numeric: true }], rows),
    ...assessmentsTable(context),
  ]);
}

/** A sub-section of recorded items (indicators, push or pull factors, places): chart of the most frequent, table of all. */
function recordedItems(
  { words, formats }: ReportHtmlContext,
  chartId: string,
  heading: string,
  caption: string,
  itemHeading: string,
  chartTitle: (shown: number, all: number) => string,
  items: readonly LabelledCount[],
): string[] {
  const parts = [subheading(heading)];
  if (items.length === 0) return [...parts, paragraph(words.noneRecorded)];
  const charted = mostFrequent(items, chartedAtMost);
  const bars = charted.map((item) => countBar(item.label, item.count, formats.count(item.count)));
  const rows = items.map((item) => ({ header: item.label, cells: [formats.count(item.count)] }));
  return [
    ...parts,
    barChart({ id: chartId, title: chartTitle(charted.length, items.length), kind: words.chart.barChart, bars, notes: [words.chart.figuresInTable] }),
    table(caption, [{ heading: itemHeading }, { heading: words.column.timesRecorded, numeric: true }], rows),
  ];
}

export function recordedSection(context: ReportHtmlContext): string {
  const { report, words } = context;
  const w = words.recorded;
  return section(sectionIds.recorded, w.heading, [
    ...recordedItems(context, 'chart-indicators', w.indicatorsHeading, w.indicatorsCaption, w.indicator, w.indicatorsChartTitle, listOf(report.indicators)),
    ...recordedItems(context, 'chart-push-factors', w.pushFactorsHeading, w.pushFactorsCaption, w.pushFactor, w.pushFactorsChartTitle, listOf(report.pushFactors)),
    ...(Array.isArray(report.pullFactors)
      ? recordedItems(context, 'chart-pull-factors', w.pullFactorsHeading, w.pullFactorsCaption, w.pullFactor, w.pullFactorsChartTitle, report.pullFactors)
      : []),
    ...placesItems(context),
  ]);
}

/** Where children went: place types charted and tabled as the factors are, then the areas named most. */
function placesItems(context: ReportHtmlContext): string[] {
  const { report, words, formats } = context;
  const places = report.places;
  if (!places) return [];
  const w = words.recorded;
  const areas = listOf(places.topAreas).map((entry) => ({ header: entry.area, cells: [formats.count(entry.count)] }));
  return [
    ...recordedItems(context, 'chart-places', w.placesHeading, w.placesCaption, w.place, w.placesChartTitle, listOf(places.byType)),
    ...(isFigure(places.recordsWithPlaces)
      ? [table(w.recordsWithPlacesCaption, [{ heading: words.column.measure }, { heading: words.column.number, numeric: true }], [{ header: w.recordsWithPlaces, cells: [formats.count(places.recordsWithPlaces)] }])]
      : []),
    subheading(w.areasHeading),
    areas.length === 0 ? paragraph(words.noneRecorded) : table(w.areasCaption, [{ heading: w.area }, { heading: words.column.timesRecorded, numeric: true }], areas),
  ];
}

/**
 * Referrals made per agency, with the rules' recommendations beside them when the report has them
 * (`referrals.recommendedByAgency`, an addition to the report's first version). An agency in only
 * one of the two lists has none in the other.
 */
function agencyRows({ formats }: ReportHtmlContext, made: readonly AgencyCount[], recommended: readonly AgencyCount[] | undefined): TableRow[] {
  const agencies = [...made, ...(recommended ?? []).filter((entry) => !made.some((madeEntry) => madeEntry.agency === entry.agency))];
  const countFor = (list: readonly AgencyCount[], agency: string) => list.find((entry) => entry.agency === agency)?.count ?? 0;
  return agencies.map((entry) => ({
    header: entry.name || entry.agency,
    cells: [formats.count(countFor(made, entry.agency)), ...(recommended ? [formats.count(countFor(recommended, entry.agency))] : [])],
  }));
}

export function referralsSection(context: ReportHtmlContext): string {
  const { report, words, formats } = context;
  const w = words.referrals;
  const referrals = report.referrals;
  const made = listOf(referrals.byAgency);
  const recommended = Array.isArray(referrals.recommendedByAgency) ? referrals.recommendedByAgency : undefined;
  const columns = [{ heading: w.agency }, { heading: w.made, numeric: true }, ...(recommended ? [{ heading: w.recommended, numeric: true }] : [])];
  const rows = agencyRows(context, made, recommended);
  const bars = made.map((entry) => countBar(entry.name || entry.agency, entry.count, formats.count(entry.count)));
  const signposts = listOf(referrals.signpostsByAgency ?? []).map((entry) => ({ header: w.signposts(entry.name || entry.agency), cells: [formats.count(entry.count)] }));
  const summaryRows = [
    ...optionalRow(w.packages, referrals.packages, formats),
    { header: w.recommendedRemoved, cells: [formats.count(referrals.recommendedRemoved)] },
    ...signposts,
  ];
  return section(sectionIds.referrals, w.heading, [
    barChart({ id: 'chart-referrals', title: w.chartTitle, kind: words.chart.barChart, bars, notes: [words.chart.figuresInTable] }),
    rows.length > 0 ? table(w.caption, columns, rows) : paragraph(words.noneRecorded),
    table(w.summaryCaption, [{ heading: words.column.measure }, { heading: words.column.number, numeric: true }], summaryRows),
    subheading(w.removalReasonsHeading),
    reasonsTable(context, w.removalReasonsCaption, listOf(referrals.removalReasons)),
  ]);
}
