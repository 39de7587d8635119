/**
 * The outcomes section of the HTML service report: the average % change per outcome between the
 * interview and follow-up support (as in the Railway Children social return on investment study),
 * with a caution wherever a figure rests on fewer young people than the report's small-number
 * threshold.
 */
import { divergingBarChart, type ChartBar } from './report-html-charts.js';
import { listOf, type ReportHtmlContext } from './report-html-context.js';
import { isFigure } from './report-html-numbers.js';
import { escapeText, markup, paragraph, section, table } from './report-html-markup.js';
import { sectionIds } from './report-html-sections.js';
import { smallNumberThreshold } from './service-report.js';


export function outcomesSection({ report, words, formats }: ReportHtmlContext): string {
  const w = words.outcomes;
  const outcomes = report.outcomes;
  const items = listOf(outcomes.items);
  const threshold = formats.count(isFigure(outcomes.smallNumberThreshold) ? outcomes.smallNumberThreshold : smallNumberThreshold);
  const youngPeople = outcomes.youngPeople;
  const anySmallNumber = items.some((item) => item.smallNumber);
  const intro = [
    paragraph(w.youngPeople(formats.count(youngPeople), isFigure(youngPeople) ? youngPeople : 0)),
    paragraph(w.method),
    // The general caution is strong text so it is not skimmed past; the table repeats it per figure.
    ...(anySmallNumber ? [paragraph(markup(`<strong>${escapeText(w.generalCaution(threshold))}</strong>`))] : []),
  ];
  if (items.length === 0) return section(sectionIds.outcomes, w.heading, [...intro, paragraph(words.noneRecorded)]);

  const rows = items.map((item) => ({
    header: item.label || item.outcome,
    cells: [
      formats.count(item.youngPeople),
      formats.decimal(item.baselineAverage),
      formats.decimal(item.followUpAverage),
      formats.signedPercent(item.averagePercentChange),
      ...(anySmallNumber ? [item.smallNumber ? markup(`<strong>${escapeText(w.itemCaution(threshold))}</strong>`) : ''] : []),
    ],
  }));
  const bars: ChartBar[] = items.map((item) => ({
    label: item.label || item.outcome,
    value: isFigure(item.averagePercentChange) ? item.averagePercentChange : null,
    valueText: formats.signedPercent(item.averagePercentChange),
    ...(item.smallNumber ? { marker: '*', markerMeaning: w.itemCaution(threshold) } : {}),
  }));
  const columns = [
    { heading: w.outcome },
    { heading: w.youngPeopleColumn, numeric: true },
    { heading: w.baselineAverage, numeric: true },
    { heading: w.followUpAverage, numeric: true },
    { heading: w.averagePercentChange, numeric: true },
    // The caution sits in its own column beside the figure it is about, in words, not only a mark.
    ...(anySmallNumber ? [{ heading: w.caution }] : []),
  ];
  const notes = [...(anySmallNumber ? [w.smallNumberKey(threshold)] : []), words.chart.figuresInTable];
  return section(sectionIds.outcomes, w.heading, [
    ...intro,
    divergingBarChart({ id: 'chart-outcomes', title: w.chartTitle, kind: words.chart.divergingBarChart, bars, notes }),
    table(w.caption, columns, rows),
  ]);
}
