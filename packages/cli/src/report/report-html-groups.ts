/**
 * Two sections of the HTML service report that inspectors ask for: episodes and interviews by group
 * (looked after or not, missing or away, placed out of area, who held the interview), each with a
 * chart of the share of interviews completed within the window; and the Welsh active offer with
 * follow-up support offered and taken up.
 */
import { barChart, type ChartBar } from './report-html-charts.js';
import { listOf, type ReportHtmlContext } from './report-html-context.js';
import { paragraph, section, subheading, table, type TableRow } from './report-html-markup.js';
import { isFigure } from './report-html-numbers.js';
import { sectionIds } from './report-html-sections.js';
import { breakdownDimensions, type BreakdownDimension } from './service-report.js';

function groupTable(context: ReportHtmlContext, dimension: BreakdownDimension, hours: number): string[] {
  const { report, words, formats } = context;
  const w = words.groups;
  const groups = listOf(report.breakdowns?.[dimension]);
  const parts = [subheading(w.dimensions[dimension])];
  if (groups.length === 0) return [...parts, paragraph(words.noneRecorded)];
  const rows: TableRow[] = groups.map((group) => ({
    header: group.label || group.id,
    cells: [formats.count(group.episodes), formats.count(group.interviewsCompleted), w.share(formats.count(group.completedWithinWindow), formats.percent(group.completedWithinWindowPercent))],
  }));
  const bars: ChartBar[] = groups.map((group) => ({
    label: group.label || group.id,
    value: isFigure(group.completedWithinWindowPercent) ? group.completedWithinWindowPercent : null,
    // The share only: the counts are in the table, and a short value keeps the bar's room on a phone.
    valueText: formats.percent(group.completedWithinWindowPercent),
  }));
  const columns = [
    { heading: w.group },
    { heading: w.episodes, numeric: true },
    { heading: w.interviewsCompleted, numeric: true },
    // Count and share in one column, so the table fits a 320-pixel phone.
    { heading: w.completedWithinWindow(hours), numeric: true },
  ];
  return [
    ...parts,
    barChart({ id: `chart-group-${dimension}`, title: w.chartTitle(w.dimensions[dimension], hours), kind: words.chart.barChart, bars, notes: [words.chart.figuresInTable] }),
    table(w.caption(w.dimensions[dimension]), columns, rows),
  ];
}

export function groupsSection(context: ReportHtmlContext): string {
  const { report, words } = context;
  if (!report.breakdowns) return '';
  const hours = isFigure(report.interviews.offerWithinHours) ? report.interviews.offerWithinHours : 72;
  return section(sectionIds.groups, words.groups.heading, [paragraph(words.groups.intro(hours)), ...breakdownDimensions.flatMap((dimension) => groupTable(context, dimension, hours))]);
}

export function offersSection({ report, words, formats }: ReportHtmlContext): string {
  const welsh = report.welshActiveOffer;
  const support = report.followUpSupport;
  if (!welsh && !support) return '';
  const w = words.offers;
  const measureColumns = [{ heading: words.column.measure }, { heading: words.column.figure, numeric: true }];
  const parts: string[] = [];
  if (welsh) {
    parts.push(
      subheading(w.welshHeading),
      paragraph(w.welshIntro),
      table(w.welshCaption, measureColumns, [
        { header: w.welshSpeakersOffered, cells: [formats.count(welsh.welshSpeakersOffered)] },
        { header: w.welshOffered, cells: [formats.count(welsh.welshOffered)] },
        { header: w.welshOfferedPercent, cells: [formats.percent(welsh.welshOfferedPercent)] },
        { header: w.welshNotRecorded, cells: [formats.count(welsh.notRecorded)] },
      ]),
    );
  }
  if (support) {
    const bars: ChartBar[] = [
      { label: w.supportOffered, value: support.offered, valueText: formats.count(support.offered) },
      { label: w.supportTakenUp, value: support.takenUp, valueText: formats.count(support.takenUp) },
      { label: w.supportNotYet, value: support.notYet, valueText: formats.count(support.notYet) },
      { label: w.supportNotTakenUp, value: support.notTakenUp, valueText: formats.count(support.notTakenUp) },
    ];
    parts.push(
      subheading(w.supportHeading),
      barChart({ id: 'chart-follow-up-support', title: w.supportChartTitle, kind: words.chart.barChart, bars, notes: [words.chart.figuresInTable] }),
      table(w.supportCaption, measureColumns, [
        { header: w.supportOffered, cells: [formats.count(support.offered)] },
        { header: w.supportNotOffered, cells: [formats.count(support.notOffered)] },
        { header: w.supportTakenUp, cells: [formats.count(support.takenUp)] },
        { header: w.supportNotTakenUp, cells: [formats.count(support.notTakenUp)] },
        { header: w.supportNotYet, cells: [formats.count(support.notYet)] },
        { header: w.supportTakenUpPercent, cells: [formats.percent(support.takenUpPercent)] },
      ]),
    );
  }
  return section(sectionIds.offers, w.heading, parts);
}
