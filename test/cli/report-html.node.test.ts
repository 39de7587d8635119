// The HTML service report (renderReportHtml), read as a council's manager would read it: every
// figure of the report in a table, in English and Welsh, in the reader's number format; free text
// from workers shown as text, never as markup; cautions beside figures from few young people;
// "not available" for figures with nothing to divide by. Then opened in headless Chromium from a
// local server under a strict Content-Security-Policy: no violation, no request but the page, and
// no axe violation (WCAG 2.0, 2.1 and 2.2, A and AA).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createHash } from 'node:crypto';
import { ownPolicy, renderReportHtml } from '../../packages/cli/src/report/report-html.js';
import type { ServiceReport } from '../../packages/cli/src/report/service-report.js';

const root = new URL('../../', import.meta.url).pathname;
// A computed specifier: the shared browser finder is plain JavaScript, without type declarations.
const browserPath = '../support/' + 'browser-path.mjs';
const { chromiumArgs, findBrowser } = (await import(browserPath)) as { chromiumArgs: string[]; findBrowser: () => string | undefined };

const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'test/fixtures/report-html', name), 'utf8')) as ServiceReport;
const english = fixture('service-report.en.json');
const welsh = fixture('service-report.cy.json');
const smallNumbers = fixture('small-numbers.en.json');
const smallNumbersWelsh: ServiceReport = { ...smallNumbers, lang: 'cy' };

/** The English report with markup and script in every free-text field a worker or a rule file can fill. */
function hostileReport(): ServiceReport {
  const report = structuredClone(english);
  report.interviews.declineReasons[0]!.reason = '<script>window.rhiRan = "decline reason"</script>Did not want to talk';
  report.indicators[0]!.label = '<img src="/tracker.png" onerror="window.rhiRan = \'indicator\'">Drug misuse';
  report.pushFactors[0]!.label = '</title></svg><script>window.rhiRan = "push factor"</script>';
  report.referrals.byAgency[0]!.name = '"><svg onload="window.rhiRan = \'agency\'"></svg> & <b>bold</b>';
  report.referrals.removalReasons[0]!.reason = "<iframe src='/frame.html'></iframe>";
  report.outcomes.items[0]!.label = '<style>body { display: none }</style>Home';
  report.ruleset = { id: '<a href="https://example.org/">locality</a>', version: '<meta http-equiv="refresh" content="0">' };
  return report;
}
const hostile = hostileReport();
const hostileTexts = [
  hostile.interviews.declineReasons[0]!.reason,
  hostile.indicators[0]!.label,
  hostile.pushFactors[0]!.label,
  hostile.referrals.byAgency[0]!.name,
  hostile.referrals.removalReasons[0]!.reason,
  hostile.outcomes.items[0]!.label,
  hostile.ruleset.id,
  hostile.ruleset.version,
];

// ——— reading the page as text ———

const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The text of every table (the charts only repeat it): where each figure must be found. */
const tablesText = (html: string) => decode((html.match(/<table[\s\S]*?<\/table>/g) ?? []).join(' '));
const introText = (html: string) => decode(/<p class="govuk-body-l">[\s\S]*?<\/p>/.exec(html)?.[0] ?? '');
const pageText = (html: string) => decode(html.replace(/<head>[\s\S]*?<\/head>/, ''));

const locales = { en: 'en-GB', cy: 'cy-GB' } as const;
/** Fields given to one decimal place (percentages, averages, hours); every other number is a count. */
const oneDecimalFields = new Set([
  'percent',
  'offeredWithin72HoursPercent',
  'medianHoursFromReturnToInterview',
  'baselineAverage',
  'followUpAverage',
  'averagePercentChange',
  'completedWithinWindowPercent',
  'medianHours',
  'welshOfferedPercent',
  'takenUpPercent',
]);
/** Fields that are codes, not words a reader sees: their words come from the page's own vocabulary. */
const codeFields = new Set(['kind', 'lang', 'level', 'outcome', 'id', 'agency']);
/** Fields said in the introduction, not in a table. */
const introFields = new Set(['records', 'ruleset', 'period']);

interface Expected {
  path: string;
  text: string;
  where: 'tables' | 'intro';
}

/** Every figure and free text of a report, formatted as the reader should see it. */
function expectedTexts(report: ServiceReport): Expected[] {
  const locale = locales[report.lang];
  const count = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const found: Expected[] = [];
  const walk = (value: unknown, path: string[], where: Expected['where']) => {
    const key = path.at(-1) ?? '';
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)], where));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, [...path, name], path.length === 0 && introFields.has(name) ? 'intro' : where);
    else if (path.length === 1 || codeFields.has(key) || typeof value === 'boolean' || value === null) return;
    else if (path[0] === 'period') found.push({ path: path.join('.'), text: date.format(new Date(`${value}T00:00:00Z`)), where });
    else if (typeof value === 'number') found.push({ path: path.join('.'), text: oneDecimalFields.has(key) ? decimal.format(Math.abs(value)) : count.format(value), where });
    else found.push({ path: path.join('.'), text: String(value), where });
  };
  walk(report, [], 'tables');
  return found;
}

function assertEveryFigureShown(report: ServiceReport): void {
  const html = renderReportHtml(report);
  const text = { tables: tablesText(html), intro: introText(html) };
  const missing = expectedTexts(report).filter((expected) => !text[expected.where].includes(expected.text));
  assert.deepEqual(missing, [], `figures missing from the ${report.lang} page`);
}

// ——— the page in Chromium ———

/** The hash of the page's one stylesheet, as a CSP source: what a council adds to its own style-src. */
const styleHash = (html: string) => `'sha256-${createHash('sha256').update(/<style>([\s\S]*?)<\/style>/.exec(html)![1]!, 'utf8').digest('base64')}'`;
const pageStyle = styleHash(renderReportHtml(english));
const strictPolicy = `default-src 'none'; script-src 'self'; style-src 'self' ${pageStyle}; img-src 'self'`;
/** A council's policy that does not name the page's stylesheet: the page must still read. */
const noStylePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

/** Pages by path; each is served with the strict policy unless its path says /no-header/. */
const pages = new Map<string, string>([
  ['/report.en.html', renderReportHtml(english)],
  ['/report.cy.html', renderReportHtml(welsh)],
  ['/small-numbers.en.html', renderReportHtml(smallNumbers)],
  ['/small-numbers.cy.html', renderReportHtml(smallNumbersWelsh)],
  ['/hostile.html', renderReportHtml(hostile)],
  ['/no-header/report.en.html', renderReportHtml(english)],
  ['/no-style/report.en.html', renderReportHtml(english)],
]);

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const recordViolations = `
  window.rhiCspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.rhiCspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
  });`;

interface OpenedReport {
  page: Page;
  requests: string[];
  policy: string;
}

describe('the HTML service report', () => {
  it('shows every figure and text of the report in a table or the introduction, in English', () => {
    assertEveryFigureShown(english);
  });

  it('shows every figure and text of the report in a table or the introduction, in Welsh, with Welsh dates', () => {
    assertEveryFigureShown(welsh);
    const html = renderReportHtml(welsh);
    assert.match(html, /<html lang="cy">/);
    assert.match(introText(html), /1 Ebrill 2025/);
    assert.match(pageText(html), /Cyfnodau ar goll a phlant/);
  });

  it('formats numbers for the reader: thousands separated, one decimal place, signed changes', () => {
    const text = pageText(renderReportHtml(english));
    assert.match(text, /1,214/, 'a count with a thousands separator');
    assert.match(text, /87\.2%/, 'a percentage');
    assert.match(text, /41\.5 hours/, 'the median in hours');
    assert.match(text, /\+36\.0%/, 'a rise keeps its decimal place and sign');
    assert.match(text, /-2\.9%/, 'a fall has its minus sign');
  });

  it('names the period, the ruleset and its version, and the unreadable records in the introduction', () => {
    const intro = introText(renderReportHtml(english));
    assert.match(intro, /between 1 April 2025 and 31 March 2026/);
    assert.match(intro, /example-locality, version 2\.3\.1/);
    assert.match(intro, /4 records could not be read/);
    const openStart = introText(renderReportHtml(smallNumbers));
    assert.match(openStart, /on or before 31 March 2026/);
    assert.match(openStart, /2 records have no date and time of the return recorded/);
  });

  it('has a title, one h1, the eight sections as h2, and a caption and scoped headers on every table', () => {
    for (const report of [english, welsh]) {
      const html = renderReportHtml(report);
      assert.match(html, /^<!doctype html>/);
      assert.match(html, /<title>[^<]+<\/title>/);
      assert.equal(html.match(/<h1[\s>]/g)?.length, 1);
      const sectionHeadings = [...html.matchAll(/<h2 class="govuk-heading-l" id="[^"]+">([^<]+)<\/h2>/g)].map((match) => decode(match[1]!).trim());
      assert.equal(sectionHeadings.length, 8, sectionHeadings.join(' | '));
      const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
      assert.ok(tables.length >= 10, `${tables.length} tables`);
      for (const table of tables) {
        assert.match(table, /<caption[^>]*>[^<]+<\/caption>/);
        assert.ok(!/<th\b(?![^>]*scope="(row|col)")/.test(table), 'every header cell has a scope');
      }
    }
    assert.deepEqual(
      [...renderReportHtml(english).matchAll(/<h2 class="govuk-heading-l"[^>]*>([^<]+)</g)].map((match) => match[1]),
      [
        'Episodes and children',
        'Interviews offered and held',
        'Episodes and interviews by group',
        'Risk after return',
        'What was recorded: signs of risk, push and pull factors, places',
        'Welsh active offer and follow-up support',
        'Referrals',
        'Outcomes after follow-up support',
      ],
    );
  });

  it('draws each chart as inline SVG with a text alternative that states its figures', () => {
    const html = renderReportHtml(english);
    const charts = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(charts.length, 13, 'interviews in time, four groups, risk levels, indicators, push and pull factors, places, follow-up support, referrals, outcomes');
    for (const chart of charts) {
      const titleId = /aria-labelledby="([^"]+)"/.exec(chart)?.[1];
      assert.match(chart, /role="img"/);
      assert.match(chart, new RegExp(`<title id="${titleId}">`));
    }
    const riskChart = charts.find((chart) => chart.includes('chart-risk-levels'))!;
    assert.match(decode(riskChart), /Bar chart\. Risk level after the return: High 125 \(10\.3%\); Medium 403 \(33\.3%\); Low 499 \(41\.2%\); No apparent risk 184 \(15\.2%\)\./);
    // The fall is drawn left of the zero line, with its value written at the bar's end. Lengths across are shares of the chart's width.
    const outcomesChart = charts.find((chart) => chart.includes('chart-outcomes'))!;
    const zero = Number(/<line x1="([\d.]+)%"/.exec(outcomesChart)?.[1]);
    const fall = /<rect x="([\d.]+)%" y="[\d.]+" width="([\d.]+)%"[^>]*fill="#d4351c"/.exec(outcomesChart);
    assert.ok(fall, 'one bar is drawn as a fall');
    assert.ok(Math.abs(Number(fall[1]) + Number(fall[2]) - zero) < 0.01, 'the falling bar ends at zero');
    assert.match(outcomesChart, /dx="-8" text-anchor="end" font-weight="bold">-2\.9%<\/text>/);
    const inTime = charts.find((chart) => chart.includes('chart-interviews-in-time'))!;
    assert.match(decode(inTime), /Interviews completed within 72 hours and later: Held within 72 hours of the return 612; Held later than 72 hours, or the time is not known 226\./);
  });

  it('sets each label straight above its bar, from the same left edge, with no axis line running through a label', () => {
    const html = renderReportHtml(english);
    for (const chart of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
      const labels = [...chart.matchAll(/<text x="([^"]+)" y="([\d.]+)">/g)].map((match) => ({ x: match[1], y: Number(match[2]) }));
      const bars = [...chart.matchAll(/<rect x="([^"]+)" y="([\d.]+)" width="[^"]+" height="([\d.]+)"/g)].map((match) => ({ x: match[1], top: Number(match[2]), bottom: Number(match[2]) + Number(match[3]) }));
      const lines = [...chart.matchAll(/<line [^>]*y1="([\d.]+)"[^>]*y2="([\d.]+)"/g)].map((match) => ({ top: Number(match[1]), bottom: Number(match[2]) }));
      assert.ok(labels.every((label) => label.x === '0'), 'every label starts at the left edge');
      if (!chart.includes('chart-outcomes')) assert.ok(bars.every((bar) => bar.x === '0'), 'every bar starts at the left edge, under its label');
      for (const line of lines) {
        // A label's text spans about 16 pixels above its baseline.
        const crossed = labels.filter((label) => label.y > line.top && label.y - 16 < line.bottom);
        assert.deepEqual(crossed, [], 'no axis line runs through a label');
      }
      // Every bar has its label just above it: a label's last line ends 4 pixels over the bar.
      for (const bar of bars) assert.ok(labels.some((label) => bar.top - label.y > 0 && bar.top - label.y <= 12), `a label straight above the bar at ${bar.top}`);
    }
  });

  it('draws bars and text in colours with enough contrast against the white page (3:1 for bars, 4.5:1 for text)', () => {
    const luminance = (hex: string) => {
      const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255).map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
      return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
    };
    const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);
    const html = renderReportHtml(english);
    const barFills = [...html.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((match) => match[1]!);
    const textFills = [...html.matchAll(/<svg [^>]*fill="(#[0-9a-f]{6})"/g)].map((match) => match[1]!);
    assert.ok(barFills.length > 20 && textFills.length === 13);
    for (const fill of new Set(barFills)) assert.ok(contrastWithWhite(fill) >= 3, `${fill}: ${contrastWithWhite(fill).toFixed(2)}:1`);
    for (const fill of new Set(textFills)) assert.ok(contrastWithWhite(fill) >= 4.5, `${fill}: ${contrastWithWhite(fill).toFixed(2)}:1`);
  });

  it('writes markup and script from free-text fields as text, never as elements', () => {
    const html = renderReportHtml(hostile);
    // The head's own <style> is the page's stylesheet, never text from the report.
    const body = html.replace(/<head>[\s\S]*?<\/head>/, (head) => head.replace(/<title>[\s\S]*?<\/title>/, '').replace(/<style>[^<]*<\/style>/, ''));
    const elements = body.match(/<(script|img|iframe|style|b\b|a href="http|meta http-equiv="refresh")|<[^>]*\son\w+=/gi) ?? [];
    assert.deepEqual(elements, [], 'no element or event handler made from text in the report');
    const text = pageText(html);
    for (const hostileText of hostileTexts) assert.ok(text.includes(hostileText), `shown as text: ${hostileText}`);
  });

  it('has no script, no style attribute and nothing to fetch; its one stylesheet is allowed by its hash and nothing else', () => {
    for (const html of pages.values()) {
      // Links only to headings of the page itself; no attribute that could fetch anything.
      assert.equal(/<script|<link|<img|@import|<[^>]*(\sstyle=|\ssrc=|\shref="(?!#)|\sxmlns)|url\(/i.exec(html)?.[0], undefined);
      assert.equal(html.match(/<style>/g)?.length, 1, 'one stylesheet');
      assert.equal(ownPolicy, `default-src 'none'; style-src ${styleHash(html)}; base-uri 'none'; form-action 'none'`);
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${ownPolicy}">`));
    }
  });

  it('looks like a GOV.UK page: its type scale, colours, table borders and width', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(renderReportHtml(english))![1]!;
    for (const rule of [
      'body{margin:0;background:#fff;color:#0b0c0c;font-family:arial,sans-serif',
      '.govuk-heading-xl{font-size:2rem',
      '.govuk-heading-xl{font-size:3rem',
      '.govuk-table__header,.govuk-table__cell{padding:10px 10px 10px 0;border-bottom:1px solid #b1b4b6',
      '.govuk-table__header,.govuk-table__cell{padding-right:20px}',
      '.govuk-link{color:#1d70b8',
      '.govuk-link:focus{outline:3px solid transparent;color:#0b0c0c;background-color:#ffdd00',
      '.govuk-width-container{max-width:960px',
    ]) {
      assert.ok(style.includes(rule), rule);
    }
  });

  it('puts a caution beside each outcome from fewer than 10 young people, and a general caution', () => {
    const englishText = pageText(renderReportHtml(smallNumbers));
    assert.match(englishText, /Some figures are based on fewer than 10 young people/);
    const outcomesTable = tablesText(renderReportHtml(smallNumbers).split('id="outcomes"')[1]!);
    assert.equal(outcomesTable.match(/Based on fewer than 10 young people: treat this figure with care\./g)?.length, 2);
    const welshText = pageText(renderReportHtml(smallNumbersWelsh));
    assert.match(welshText, /Mae rhai ffigurau'n seiliedig ar lai na 10 o bobl ifanc/);
    assert.match(welshText, /Yn seiliedig ar lai na 10 o bobl ifanc: defnyddiwch y ffigur hwn yn ofalus\./);
    assert.doesNotMatch(pageText(renderReportHtml(english)), /fewer than 10 young people/, 'no caution when every outcome has enough young people');
  });

  it('says "not available" (Welsh "dim ar gael") for figures with nothing to divide by, never NaN', () => {
    const englishTables = tablesText(renderReportHtml(smallNumbers));
    assert.match(englishTables, /Percentage of the offers made within 72 hours not available/);
    assert.match(englishTables, /Median time from the return to the interview not available/);
    assert.match(englishTables, /High 0 not available/);
    assert.match(englishTables, /Safety from harm 0 not available not available not available/);
    const welshTables = tablesText(renderReportHtml(smallNumbersWelsh));
    assert.match(welshTables, /Canran y cynigion a wnaed o fewn 72 awr dim ar gael/);
    for (const html of pages.values()) assert.equal(/NaN|undefined|null|\[object/.exec(pageText(html))?.[0], undefined);
  });

  it("names the ruleset's own window in every 'within … hours' figure, not a fixed 72", () => {
    const report = structuredClone(english);
    report.interviews.offerWithinHours = 48;
    const text = pageText(renderReportHtml(report));
    for (const phrase of ['Offered within 48 hours of the return', 'Percentage of the offers made within 48 hours', 'Interviews completed within 48 hours of the return', 'Why interviews were not held within 48 hours']) {
      assert.ok(text.includes(phrase), phrase);
    }
    assert.doesNotMatch(text, /72 hours/);
  });

  it('still renders a report written before the additions (assessments, packages, recommendations by agency)', () => {
    const firstVersion = structuredClone(english) as Partial<ServiceReport> & ServiceReport;
    delete (firstVersion as Partial<ServiceReport>).assessments;
    delete (firstVersion.referrals as Partial<ServiceReport['referrals']>).recommendedByAgency;
    delete (firstVersion.referrals as Partial<ServiceReport['referrals']>).packages;
    delete (firstVersion.interviews as Partial<ServiceReport['interviews']>).outcomeNotRecorded;
    const text = pageText(renderReportHtml(firstVersion));
    assert.doesNotMatch(text, /How the risk levels were found|Recommended by the rules|referral package|NaN|undefined/);
    assert.match(text, /Referrals made, by agency/);
  });

  describe('in Chromium, served under a strict Content-Security-Policy', () => {
    let browser: Browser;
    let server: Server;
    let base: string;
    /** Every path the server was asked for: what really left the browser. */
    const served: string[] = [];

    before(async () => {
      const executablePath = findBrowser();
      assert.ok(executablePath, 'no Chromium found: set CHROME_PATH or install chromium');
      server = createServer((request, response) => {
        served.push(request.url ?? '');
        const html = pages.get(request.url ?? '');
        if (!html) {
          response.writeHead(404).end();
          return;
        }
        const policyServed = request.url!.startsWith('/no-style/') ? noStylePolicy : strictPolicy;
        const policy = request.url!.startsWith('/no-header/') ? {} : { 'content-security-policy': policyServed };
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...policy }).end(html);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await puppeteer.launch({ executablePath, args: [...chromiumArgs, '--headless=new'] });
    });

    after(async () => {
      await browser?.close();
      server?.close();
    });

    async function open(path: string): Promise<OpenedReport> {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.evaluateOnNewDocument(recordViolations);
      const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
      assert.ok(response?.ok(), `${path}: ${response?.status()}`);
      return { page, requests, policy: response!.headers()['content-security-policy'] ?? '' };
    }

    const violations = (page: Page) => page.evaluate('window.rhiCspViolations') as Promise<string[]>;

    /**
     * Runs axe in the page. Not by a <script> tag: the report's own policy (default-src 'none')
     * rightly blocks every script, so axe is evaluated through the DevTools protocol, which no
     * page policy governs.
     */
    async function axeViolations(page: Page): Promise<string[]> {
      await page.evaluate(axeSource);
      const results = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        .then((results) => results.violations.map((violation) => violation.id + ': ' + violation.help + ' — ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')))`)) as string[];
      return results;
    }

    for (const path of ['/report.en.html', '/report.cy.html', '/small-numbers.en.html', '/small-numbers.cy.html']) {
      it(`opens ${path} with no CSP violation, no request but the page, and no axe violation`, async () => {
        const { page, requests, policy } = await open(path);
        try {
          assert.equal(policy, strictPolicy);
          assert.deepEqual(await violations(page), []);
          assert.deepEqual(requests, [`${base}${path}`]);
          assert.ok(((await page.evaluate('document.querySelectorAll("table").length')) as number) >= 5);
          assert.deepEqual(await axeViolations(page), []);
        } finally {
          await page.close();
        }
      });
    }

    it('keeps hostile text inert in the browser: nothing runs, loads or becomes an element', async () => {
      const { page, requests } = await open('/hostile.html');
      try {
        assert.deepEqual(await violations(page), [], 'a violation would mean markup got through');
        assert.deepEqual(requests, [`${base}/hostile.html`]);
        assert.equal(await page.evaluate('window.rhiRan'), undefined);
        assert.equal(await page.evaluate('document.querySelectorAll("script, img, iframe, body style, a:not([href^=\\"#\\"]), b, main svg svg").length'), 0);
        const text = (await page.evaluate('document.body.innerText')) as string;
        for (const hostileText of hostileTexts) assert.ok(text.includes(hostileText), `shown as text: ${hostileText}`);
      } finally {
        await page.close();
      }
    });

    it('still reads where a host policy blocks its stylesheet: tables and charts are there, and the style is the only thing blocked', async () => {
      const { page, policy } = await open('/no-style/report.en.html');
      try {
        assert.equal(policy, noStylePolicy);
        assert.deepEqual(await violations(page), ['style-src-elem blocked inline']);
        assert.ok(((await page.evaluate('document.querySelectorAll("table").length')) as number) >= 5);
        assert.match((await page.evaluate('getComputedStyle(document.querySelector("td")).textAlign')) as string, /right$/, 'figures still align right by attribute');
      } finally {
        await page.close();
      }
    });

    it('has the GOV.UK look in the browser: 19px body text, bold 48px heading, grey table borders', async () => {
      const { page } = await open('/report.en.html');
      try {
        await page.setViewport({ width: 1280, height: 900 });
        const looks = await page.evaluate(`(() => {
          const h1 = getComputedStyle(document.querySelector('h1'));
          const cell = getComputedStyle(document.querySelector('td'));
          return [getComputedStyle(document.body).fontSize, h1.fontSize, h1.fontWeight, cell.borderBottomColor, cell.borderBottomWidth];
        })()`);
        assert.deepEqual(looks, ['19px', '48px', '700', 'rgb(177, 180, 182)', '1px']);
        await page.setViewport({ width: 320, height: 800 });
        assert.equal(await page.evaluate('document.documentElement.scrollWidth <= 320'), true, 'nothing is wider than a 320-pixel phone');
      } finally {
        await page.close();
      }
    });

    it('carries its own policy: opened without the server header, an injected image is blocked and never fetched', async () => {
      const { page, requests, policy } = await open('/no-header/report.en.html');
      try {
        assert.equal(policy, '');
        await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/tracker.png">')`);
        await page.waitForFunction('window.rhiCspViolations.length > 0', { timeout: 20_000 });
        assert.match((await violations(page))[0]!, /img-src blocked .*tracker\.png/);
        // The browser reports the attempt to DevTools, but the request never reaches the server.
        assert.ok(requests.every((url) => url.startsWith(base)));
        assert.ok(!served.includes('/tracker.png'), served.join(', '));
      } finally {
        await page.close();
      }
    });
  });
});
