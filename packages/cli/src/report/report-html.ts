/**
 * The service report as one self-contained HTML page (`rhi report --format html`).
 *
 * The page looks like a GOV.UK page (report-html-style.ts) from one <style> element, and carries
 * its own policy: `default-src 'none'` and `style-src` that one stylesheet's SHA-256 hash, so a
 * copy opened from disk or an email can load nothing and run nothing, and no other style applies.
 * There is no script, no style attribute, nothing fetched: no fonts, no images, no links that load
 * by themselves. A council serving it under its own stricter policy (`style-src 'self'`) adds the
 * hash to keep the look; where the style is blocked the page still reads well, since tables align
 * by attribute and the charts are SVG drawn with presentation attributes.
 */
import type { ReportLanguage, ServiceReport } from './service-report.js';
import type { ReportHtmlContext } from './report-html-context.js';
import { escapeText, paragraph } from './report-html-markup.js';
import { isFigure, reportFormats } from './report-html-numbers.js';
import { groupsSection, offersSection } from './report-html-groups.js';
import { outcomesSection } from './report-html-outcomes.js';
import { episodesSection, interviewsSection, recordedSection, referralsSection, riskSection, sectionIds } from './report-html-sections.js';
import { reportStyle, reportStyleSource } from './report-html-style.js';
import { reportWords } from './report-html-words.js';

/** The page's own policy: nothing may load or run but its one stylesheet. `base-uri` and `form-action` are not covered by default-src. */
export const ownPolicy = `default-src 'none'; style-src ${reportStyleSource}; base-uri 'none'; form-action 'none'`;

function periodWords({ report, words, formats }: ReportHtmlContext): { short: string; sentence: string } {
  const from = report.period?.from ? formats.date(report.period.from) : null;
  const to = report.period?.to ? formats.date(report.period.to) : null;
  if (from && to) return { short: words.period.between(from, to), sentence: words.intro.covers.between(from, to) };
  if (from) return { short: words.period.from(from), sentence: words.intro.covers.from(from) };
  if (to) return { short: words.period.to(to), sentence: words.intro.covers.to(to) };
  return { short: words.period.any, sentence: words.intro.covers.any };
}

const asNumber = (value: unknown) => (isFigure(value) ? value : 0);

function introduction(context: ReportHtmlContext, periodSentence: string): string {
  const { report, words, formats } = context;
  const { records, ruleset } = report;
  const sentences = [
    periodSentence,
    words.intro.ruleset(ruleset?.id ?? '', ruleset?.version ?? ''),
    words.intro.records(formats.count(records.read), asNumber(records.read), formats.count(records.inPeriod)),
    words.intro.leftOut(formats.count(records.unreadable), asNumber(records.unreadable), formats.count(records.withoutChildId), asNumber(records.withoutChildId)),
    // An addition to the report's first version: said only when the report has it and it is not zero.
    ...(isFigure(records.withoutReturnedAt) && records.withoutReturnedAt > 0
      ? [words.intro.withoutReturnedAt(formats.count(records.withoutReturnedAt), records.withoutReturnedAt)]
      : []),
  ];
  return [`<p class="govuk-body-l">${escapeText(sentences.join(' '))}</p>`, paragraph(words.intro.notAvailable)].join('\n');
}

function contents({ words }: ReportHtmlContext): string {
  const headings: [string, string][] = [
    [sectionIds.episodes, words.episodes.heading],
    [sectionIds.interviews, words.interviews.heading],
    [sectionIds.groups, words.groups.heading],
    [sectionIds.risk, words.risk.heading],
    [sectionIds.recorded, words.recorded.heading],
    [sectionIds.offers, words.offers.heading],
    [sectionIds.referrals, words.referrals.heading],
    [sectionIds.outcomes, words.outcomes.heading],
  ];
  // Each link in a paragraph of its own: without a stylesheet, the paragraph's margins are what keep
  // the links 24 pixels apart (WCAG 2.2 target size).
  const items = headings.map(([id, heading]) => `<li><p class="govuk-body"><a class="govuk-link" href="#${id}">${escapeText(heading)}</a></p></li>`).join('\n');
  return `<nav aria-labelledby="contents-heading">\n<h2 class="govuk-heading-m" id="contents-heading">${escapeText(words.contents)}</h2>\n<ol class="govuk-list govuk-list--number">\n${items}\n</ol>\n</nav>`;
}

/** Renders a service report (`kind: "rhi-service-report"`) as a complete HTML page in the report's language. */
export function renderReportHtml(report: ServiceReport): string {
  const lang: ReportLanguage = report.lang === 'cy' ? 'cy' : 'en';
  const words = reportWords(lang);
  const context: ReportHtmlContext = { report, words, formats: reportFormats(lang, words.notAvailable) };
  const period = periodWords(context);
  const title = words.titleWithPeriod(period.short);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${ownPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body class="govuk-template__body">',
    `<header class="rhi-header"><div class="govuk-width-container"><span class="rhi-header__service">${escapeText(words.serviceName)}</span></div></header>`,
    '<div class="govuk-width-container">',
    '<main class="govuk-main-wrapper" id="main-content">',
    `<h1 class="govuk-heading-xl">${escapeText(title)}</h1>`,
    introduction(context, period.sentence),
    contents(context),
    episodesSection(context),
    interviewsSection(context),
    groupsSection(context),
    riskSection(context),
    recordedSection(context),
    offersSection(context),
    referralsSection(context),
    outcomesSection(context),
    '</main>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
