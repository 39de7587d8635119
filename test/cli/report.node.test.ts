// `rhi report`: every figure of the service report over a small fixed set of records, worked out
// by hand below, and the same figures in each format; the period, Welsh, assessing, bad input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceReport } from '../../packages/cli/src/report/service-report.js';
import { repositoryRoot, runRhi } from './run-rhi.js';

const FIXTURE = 'test/fixtures/report/records.ndjson';
/** Records with the questions of issue 15 (test/fixtures/report/inspection-figures.ndjson), worked out by hand below. */
const INSPECTION = 'test/fixtures/report/inspection-figures.ndjson';
const PERIOD = ['--from', '2026-04-01', '--to', '2026-06-30'];
const rhi = (...args: string[]) => runRhi(args);

/** `rhi report FIXTURE --from … --to …` with more arguments, parsed as JSON. */
function jsonReport(...args: string[]): ServiceReport {
  const { status, stdout, stderr } = rhi('report', FIXTURE, ...PERIOD, '--format', 'json', ...args);
  assert.equal(status, 0, stderr);
  return JSON.parse(stdout);
}

// The fixture, line by line (test/fixtures/report/records.ndjson; england: repeat threshold 3
// episodes within 90 days, interview offered within 72 hours, London time). Each in-period record
// carries a stored assessment, so its risk level and recommended referrals are the ones written.
//
//  line  child   returned (UTC)     London date  interview                                   risk    recommended            package: made / removed (reason)
//   1    A-001   2026-04-03 08:00   3 Apr        offered +4h, accepted, held +24h            high    police, exploitation   police, exploitation-panel / —
//   2    A-001   2026-04-21 10:00   21 Apr       offered +1h, declined "Did not want to…"    medium  police                 — / police ("Already known to police")
//   3    A-001   2026-05-31 09:00   31 May       offered +97h (late), accepted, held +102h   high    police, childrens      no package
//   4    B-002   2026-04-10 23:00   11 Apr       offered +10h, accepted, held +37.5h         low     runaway-helpline       runaway-helpline / —
//   5    B-002   2026-09-01 20:00   1 Sep        outside the period (its figures must not count)
//   6    C-003   2026-06-30 22:30   30 Jun 23:30 BST: in; not contactable, no offer         medium  childrens, police      childrens-services, police / —
//   7    (none)  2026-05-05 12:00   5 May        not offered, no offer                        low     —                      no package
//   8    broken JSON: unreadable
//   9    interview.outcome "maybe": fails the schema, unreadable
//  10    D-004   2026-03-31 23:30   1 Apr 00:30 BST: in; offered +8.5h, accepted, held +36h  medium  school, police   school-safeguarding-lead, local-youth-club (added) / police ("already KNOWN to   police ")
//  11    E-005   2026-03-31 22:30   31 Mar 23:30 BST: outside the period
//  12    blank: skipped, not a record
//  13    F-006   2026-05-10 10:00   10 May       offered +72h exactly (in time), declined "  did not want to talk   about it "   low   runaway-helpline   — / runaway-helpline ("Child has the number already")
const expected: ServiceReport = {
  kind: 'rhi-service-report',
  version: 1,
  lang: 'en',
  period: { from: '2026-04-01', to: '2026-06-30' },
  ruleset: { id: 'england', version: '2026.1' },
  records: {
    read: 12, // 13 lines less the blank one
    inPeriod: 8, // lines 1, 2, 3, 4, 6, 7, 10, 13
    unreadable: 2, // lines 8 and 9
    withoutChildId: 1, // line 7
    withoutReturnedAt: 0,
  },
  episodes: {
    count: 8, // one episode per record in the period
    children: 6, // A, B, C, D, F, and line 7 as a child of its own
    childrenWithTwoOrMore: 1, // A (B's second episode is outside the period)
    childrenAtRepeatThreshold: 1, // A: missing 2 Apr, 20 Apr, 30 May — 3 episodes within 58 days ≤ 90
    repeatThreshold: { count: 3, withinDays: 90 },
    earlierEpisodesCovered: 0, // no record says its interview covered an earlier episode
  },
  interviews: {
    offered: 6, // offer recorded, or accepted/declined: lines 1, 2, 3, 4, 10, 13 (6 and 7 have no offer)
    offeredWithin72Hours: 5, // all but line 3 (+97h); line 13 is exactly +72h, which is in time
    offeredWithin72HoursPercent: 83.3, // 5 / 6 = 83.33…%
    accepted: 4, // lines 1, 3, 4, 10
    declined: 2, // lines 2, 13
    declineReasons: [{ reason: 'Did not want to talk about it', count: 2 }], // line 13 differs only in case and spaces; line 2's spelling is kept
    notContactable: 1, // line 6
    notOffered: 1, // line 7
    outcomeNotRecorded: 0,
    offerWithinHours: 72,
    medianHoursFromReturnToInterview: 36.8, // held after 24, 36, 37.5, 102 hours: (36 + 37.5) / 2 = 36.75 → 36.8
    interviewsTimed: 4,
    completed: 4, // lines 1, 3, 4, 10 have conductedAt
    completedWithinWindow: 3, // +24h, +37.5h, +36h; line 3 was held at +102h
    completedWithinWindowPercent: 75,
    episodesCoveredByCompleted: 4, // one episode each
    medianHoursByOutcome: [{ outcome: 'accepted', label: 'Accepted', interviewsTimed: 4, medianHours: 36.8 }], // all four were accepted
    notWithinWindowReasons: [], // line 3 was late but gives no reason
  },
  riskLevels: [
    { level: 'high', count: 2, percent: 25 }, // lines 1, 3: 2 / 8
    { level: 'medium', count: 3, percent: 37.5 }, // lines 2, 6, 10: 3 / 8
    { level: 'low', count: 3, percent: 37.5 }, // lines 4, 7, 13: 3 / 8
    { level: 'no-apparent-risk', count: 0, percent: 0 },
  ],
  assessments: { stored: 8, assessedNow: 0, notAssessed: 0 },
  indicators: [
    { id: 'county-lines', label: 'County lines', count: 3 }, // lines 1, 2, 10
    { id: 'criminal-exploitation', label: 'Criminal exploitation', count: 1 }, // line 1; ties by id
    { id: 'missing-education', label: 'Missing education', count: 1 }, // line 10
    { id: 'self-harm', label: 'Self-harm', count: 1 }, // line 6 ("weapons" is on line 5, outside the period)
  ],
  pushFactors: [
    { id: 'family-conflict', label: 'Conflict at home', count: 2 }, // lines 1, 4
    { id: 'school-problems', label: 'Problems at school', count: 1 }, // line 4 ("bullying" is on line 11, outside)
  ],
  // The fixture's records predate these questions: every record is "not recorded", never guessed.
  pullFactors: [],
  places: { byType: [], topAreas: [], recordsWithPlaces: 0 },
  breakdowns: {
    lookedAfter: [{ id: 'not-recorded', label: 'Not recorded', episodes: 8, interviewsCompleted: 4, completedWithinWindow: 3, completedWithinWindowPercent: 75 }],
    episodeType: [{ id: 'not-recorded', label: 'Not recorded', episodes: 8, interviewsCompleted: 4, completedWithinWindow: 3, completedWithinWindowPercent: 75 }],
    placedOutOfArea: [], // for looked-after children only, and none is recorded as looked after
    interviewerRole: [{ id: 'not-recorded', label: 'Not recorded', episodes: 4, interviewsCompleted: 4, completedWithinWindow: 3, completedWithinWindowPercent: 75 }], // interviews held only
  },
  welshActiveOffer: { welshSpeakersOffered: 0, welshOffered: 0, welshOfferedPercent: null, notRecorded: 0 },
  followUpSupport: { offered: 0, notOffered: 0, takenUp: 0, notTakenUp: 0, notYet: 0, takenUpPercent: null },
  referrals: {
    byAgency: [
      { agency: 'police', name: 'Police (missing persons coordinator)', count: 2 }, // lines 1, 6
      { agency: 'childrens-services', name: "Children's services (front door / MASH)", count: 1 }, // line 6
      { agency: 'exploitation-panel', name: 'Multi-agency child exploitation panel (MACE)', count: 1 }, // line 1
      { agency: 'local-youth-club', name: 'Northshire youth club (fixture)', count: 1 }, // line 10, added by the worker: not in the directory, so the package's name
      { agency: 'runaway-helpline', name: 'Runaway Helpline', count: 1 }, // line 4
      { agency: 'school-safeguarding-lead', name: 'School designated safeguarding lead', count: 1 }, // line 10
    ],
    recommendedRemoved: 3, // lines 2, 10, 13
    removalReasons: [
      { reason: 'Already known to police', count: 2 }, // lines 2 and 10 (case and spaces folded)
      { reason: 'Child has the number already', count: 1 }, // line 13
    ],
    recommendedByAgency: [
      { agency: 'police', name: 'Police (missing persons coordinator)', count: 5 }, // lines 1, 2, 3, 6, 10
      { agency: 'childrens-services', name: "Children's services (front door / MASH)", count: 2 }, // lines 3, 6
      { agency: 'exploitation-panel', name: 'Multi-agency child exploitation panel (MACE)', count: 1 }, // line 1
      { agency: 'school-safeguarding-lead', name: 'School designated safeguarding lead', count: 1 }, // line 10
    ],
    // The Runaway Helpline is a signpost (given to the child), not a recommended referral: counted apart.
    signpostsByAgency: [
      { agency: 'runaway-helpline', name: 'Runaway Helpline', count: 2 }, // lines 4, 13
    ],
    packages: 6, // lines 1, 2, 4, 6, 10, 13
  },
  outcomes: {
    youngPeople: 4, // lines 1, 3, 4, 10 have at least one outcome rated at both times; line 7 has a baseline only
    smallNumberThreshold: 10,
    items: [
      // line 1: 2 → 3 (+50%); line 4: 4 → 3 (−25%); line 10: 1 → 2 (+100%)
      // baseline (2 + 4 + 1) / 3 = 2.33 → 2.3; follow-up (3 + 3 + 2) / 3 = 2.67 → 2.7; change (50 − 25 + 100) / 3 = 41.67 → 41.7
      { outcome: 'safeHappyHome', label: 'A safer, happier place to live', youngPeople: 3, baselineAverage: 2.3, followUpAverage: 2.7, averagePercentChange: 41.7, smallNumber: true },
      // line 1: 1 → 2 (+100%); line 10: 2 → 2 (0%): baseline 1.5, follow-up 2, change 50
      { outcome: 'reducedRisk', label: 'Safety from harm', youngPeople: 2, baselineAverage: 1.5, followUpAverage: 2, averagePercentChange: 50, smallNumber: true },
      // line 4: 2 → 3 (+50%); line 10: 4 → 3 (−25%): baseline 3, follow-up 3, change 12.5
      { outcome: 'familyRelationships', label: 'Family relationships', youngPeople: 2, baselineAverage: 3, followUpAverage: 3, averagePercentChange: 12.5, smallNumber: true },
      // only line 5 (outside the period) rates it
      { outcome: 'educationProspects', label: 'Education prospects', youngPeople: 0, baselineAverage: null, followUpAverage: null, averagePercentChange: null, smallNumber: true },
      // line 3: 3 → 4 (+33.33%)
      { outcome: 'confidence', label: 'Confidence and self-esteem', youngPeople: 1, baselineAverage: 3, followUpAverage: 4, averagePercentChange: 33.3, smallNumber: true },
      // line 3 rates it at the interview only
      { outcome: 'positiveFuture', label: 'Outlook on the future', youngPeople: 0, baselineAverage: null, followUpAverage: null, averagePercentChange: null, smallNumber: true },
    ],
  },
};

// ── Reading the renderings back ────────────────────────────────────────────────────────────

/** Markdown tables as rows of cells, unescaped, keyed by their first cell. */
function markdownRows(markdown: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| ---')) continue;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.replace(/\\(.)/g, '$1').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
    rows.set(cells[0], cells.slice(1));
  }
  return rows;
}

/** RFC 4180 CSV as rows of fields. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') (field += '"'), (index += 1);
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') row.push(field), (field = '');
    else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), (index += 1);
    } else field += character;
  }
  assert.equal(field + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

/** The figures of the expected report as `section/measure/key` → value, the way the CSV lists them. */
function expectedCsvFigures(report: ServiceReport): Map<string, string> {
  const figures = new Map<string, string>();
  const put = (path: string, value: number | boolean | null) => figures.set(path, value === null ? '' : String(value));
  for (const [section, value] of Object.entries(report)) {
    if (typeof value !== 'object' || value === null || section === 'period' || section === 'ruleset') continue;
    if (section === 'breakdowns') {
      for (const [dimension, groups] of Object.entries(value as NonNullable<ServiceReport['breakdowns']>)) {
        for (const group of groups) {
          for (const measure of ['episodes', 'interviewsCompleted', 'completedWithinWindow', 'completedWithinWindowPercent'] as const) put(`breakdowns.${dimension}/${measure}/${group.id}`, group[measure]);
        }
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value as { id?: string; level?: string; count: number; percent?: number | null }[]) {
        const key = item.id ?? item.level!;
        put(`${section}/count/${key}`, item.count);
        if ('percent' in item) put(`${section}/percent/${key}`, item.percent ?? null);
      }
      continue;
    }
    for (const [measure, figure] of Object.entries(value)) {
      if (typeof figure === 'number' || figure === null) put(`${section}/${measure}/`, figure);
      else if (measure === 'repeatThreshold') for (const [key, number] of Object.entries(figure as object)) put(`${section}/${measure}/${key}`, number);
      else if (measure === 'items') {
        for (const item of figure as ServiceReport['outcomes']['items']) {
          for (const name of ['youngPeople', 'baselineAverage', 'followUpAverage', 'averagePercentChange', 'smallNumber'] as const) put(`outcomes/${name}/${item.outcome}`, item[name]);
        }
      } else if (measure === 'medianHoursByOutcome') {
        for (const item of figure as NonNullable<ServiceReport['interviews']['medianHoursByOutcome']>) {
          put(`interviews.medianHoursByOutcome/interviewsTimed/${item.outcome}`, item.interviewsTimed);
          put(`interviews.medianHoursByOutcome/medianHours/${item.outcome}`, item.medianHours);
        }
      } else if (Array.isArray(figure)) {
        for (const item of figure as { reason?: string; agency?: string; id?: string; area?: string; count: number }[]) put(`${section}/${measure}/${item.reason ?? item.agency ?? item.id ?? item.area}`, item.count);
      }
    }
  }
  return figures;
}

/** Every row of the CSV is a figure of the JSON, and every figure of the JSON a row. */
function assertCsvMatchesJson(csv: string, report: ServiceReport): void {
  const [, ...rows] = csvRows(csv);
  const found = new Map(rows.map(([section, measure, key, value]) => [`${section}/${measure}/${key}`, value]));
  assert.equal(found.size, rows.length, 'no figure is listed twice');
  const wanted = expectedCsvFigures(report);
  for (const [path, value] of wanted) assert.equal(found.get(path), value, path);
  assert.deepEqual([...found.keys()].filter((path) => !wanted.has(path)), [], 'every CSV row is a figure of the JSON');
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

// ── The tests ─────────────────────────────────────────────────────────────────────────────

describe('rhi report', () => {
  it('works out every figure of the fixture as done by hand above (json)', () => {
    assert.deepEqual(jsonReport(), expected);
  });

  it('lists the unreadable lines as file:line:column on stderr, and still writes the report with exit 0', () => {
    const { status, stdout, stderr } = rhi('report', FIXTURE, ...PERIOD, '--format', 'json');
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).records.unreadable, 2);
    const lines = stderr.trim().split('\n');
    assert.match(lines[0], /^test\/fixtures\/report\/records\.ndjson:8:\d+ {2}not valid JSON/);
    assert.match(lines[1], /^test\/fixtures\/report\/records\.ndjson:9:\d+ {2}'interview\.outcome' cannot be this value/);
    assert.equal(lines[2], 'rhi report: 2 lines of test/fixtures/report/records.ndjson could not be read and are left out of the report — fix them and run the report again');
    assert.equal(lines.length, 3);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  it('exits 1 with --strict when a line could not be read, the report still written', () => {
    const { status, stdout } = rhi('report', FIXTURE, ...PERIOD, '--format', 'json', '--strict');
    assert.equal(status, 1);
    assert.deepEqual(JSON.parse(stdout), expected);
  });

  it('shows the same figures in Markdown, with the small-number caution', () => {
    const { status, stdout } = rhi('report', FIXTURE, ...PERIOD);
    assert.equal(status, 0);
    assert.match(stdout, /^# Return Home Interviews: service report\n\nReturns from 1 April 2026 to 30 June 2026, both days included\.\nRuleset: england, version 2026\.1\.\n/);
    const rows = markdownRows(stdout);
    const figure = (label: string) => {
      assert.ok(rows.has(label), `the Markdown has no row '${label}'`);
      return rows.get(label)!;
    };
    const counts: [string, string][] = [
      ['Records read', '12'],
      ['Records in the period', '8'],
      ['Lines that could not be read (not counted anywhere else)', '2'],
      ['Records in the period without a child id (each counted as a child of its own)', '1'],
      ['Records in the period without a return time', '0'],
      ['Missing episodes (records in the period)', '8'],
      ['Children', '6'],
      ['Children with two or more episodes', '1'],
      ['Children with 3 or more episodes within 90 days (the repeat threshold)', '1'],
      ['Interviews offered', '6'],
      ['Offered within 72 hours of the return', '5'],
      ['Percentage offered within 72 hours', '83.3%'],
      ['Accepted by the child', '4'],
      ['Declined by the child', '2'],
      ['The child could not be contacted', '1'],
      ['Not offered', '1'],
      ['Outcome of the offer not recorded', '0'],
      ['Median hours from the return to the interview', '36.8'],
      ['Interviews with the return and interview times recorded', '4'],
      ['Risk levels from stored assessments', '8'],
      ['Risk levels from assessing the answers now', '0'],
      ['Records not assessed (no risk level)', '0'],
      ['Records with a referral package', '6'],
      ['Recommended referrals the worker decided not to make', '3'],
      ['Young people rated at the interview and after follow-up', '4'],
      ['Did not want to talk about it', '2'],
      ['Already known to police', '2'],
      ['Child has the number already', '1'],
      ['County lines', '3'],
      ['Criminal exploitation', '1'],
      ['Missing education', '1'],
      ['Self-harm', '1'],
      ['Conflict at home', '2'],
      ['Problems at school', '1'],
    ];
    for (const [label, value] of counts) assert.deepEqual(figure(label), [value], label);
    assert.deepEqual(figure('High'), ['2', '25.0%']);
    assert.deepEqual(figure('Medium'), ['3', '37.5%']);
    assert.deepEqual(figure('Low'), ['3', '37.5%']);
    assert.deepEqual(figure('No apparent risk'), ['0', '0.0%']);
    // Agencies appear twice (made, then recommended): the section order tells them apart.
    const made = stdout.split('### Referrals made, by agency')[1].split('###')[0];
    const recommended = stdout.split('### Referrals the rules recommended, by agency')[1].split('###')[0];
    for (const { name, count } of expected.referrals.byAgency) assert.deepEqual(markdownRows(made).get(name), [String(count)], name);
    for (const { name, count } of expected.referrals.recommendedByAgency!) assert.deepEqual(markdownRows(recommended).get(name), [String(count)], name);
    assert.equal(markdownRows(made).size, expected.referrals.byAgency.length + 1);
    // Outcome, young people, average % change, then the average ratings, as in the seed study's table.
    assert.deepEqual(figure('Outcome'), ['Young people', 'Average % change', 'Average rating at the interview', 'Average rating after follow-up']);
    assert.deepEqual(figure('A safer, happier place to live *'), ['3', '+41.7%', '2.3', '2.7']);
    assert.deepEqual(figure('Safety from harm *'), ['2', '+50.0%', '1.5', '2.0']);
    assert.deepEqual(figure('Family relationships *'), ['2', '+12.5%', '3.0', '3.0']);
    assert.deepEqual(figure('Education prospects *'), ['0', 'no figure', 'no figure', 'no figure']);
    assert.deepEqual(figure('Confidence and self-esteem *'), ['1', '+33.3%', '3.0', '4.0']);
    assert.deepEqual(figure('Outlook on the future *'), ['0', 'no figure', 'no figure', 'no figure']);
    assert.match(stdout, /\n\\\* Fewer than 10 young people were rated: one more rating could change this figure a lot, so treat it with care\.\n$/);
  });

  it('shows the same figures in CSV, one row per figure, quoted as RFC 4180 says', () => {
    const { status, stdout } = rhi('report', FIXTURE, ...PERIOD, '--format', 'csv');
    assert.equal(status, 0);
    const [header, ...rows] = csvRows(stdout);
    assert.deepEqual(header, ['section', 'measure', 'key', 'value', 'label']);
    const found = new Map(rows.map(([section, measure, key, value]) => [`${section}/${measure}/${key}`, value]));
    assert.equal(found.size, rows.length, 'no figure is listed twice');
    const wanted = expectedCsvFigures(expected);
    for (const [path, value] of wanted) assert.equal(found.get(path), value, path);
    assert.deepEqual([...found.keys()].filter((path) => !wanted.has(path)), [], 'every CSV row is a figure of the JSON');
    assertCsvMatchesJson(rhi('report', INSPECTION, '--assess', 'never', '--format', 'csv').stdout, inspectionReport());
    const label = (path: string) => rows.find(([section, measure, key]) => `${section}/${measure}/${key}` === path)?.[4];
    assert.equal(label('referrals/byAgency/childrens-services'), "Referrals made to Children's services (front door / MASH)");
    assert.equal(label('outcomes/averagePercentChange/safeHappyHome'), 'A safer, happier place to live: Average % change');
    assert.match(stdout, /^referrals,byAgency,police,2,Referrals made to Police \(missing persons coordinator\)\r$/m);
  });

  it('shows the same figures in the HTML page', () => {
    const { status, stdout } = rhi('report', FIXTURE, ...PERIOD, '--format', 'html');
    assert.equal(status, 0);
    assert.match(stdout, /^<!doctype html>/i);
    const page = text(stdout);
    const labels = [
      ...expected.indicators.map((item) => item.label),
      ...expected.pushFactors.map((item) => item.label),
      ...expected.referrals.byAgency.map((item) => item.name),
      ...expected.interviews.declineReasons.map((item) => item.reason),
      ...expected.referrals.removalReasons.map((item) => item.reason),
      ...expected.outcomes.items.map((item) => item.label),
    ];
    for (const label of labels) assert.ok(page.includes(label), `the page does not show '${label}'`);
    for (const figure of ['83.3', '36.8', '25.0', '37.5', '41.7', '12.5', '33.3', '2.3', '2.7', '1.5']) assert.ok(page.includes(figure), `the page does not show ${figure}`);
  });

  it('counts only the records returned in the period, by the London date: none given, from only, to only', () => {
    const all = jsonReport('--from', '2000-01-01', '--to', '2100-12-31');
    const open = JSON.parse(rhi('report', FIXTURE, '--format', 'json').stdout) as ServiceReport;
    assert.deepEqual({ ...open, period: all.period }, all, 'no period is every date');
    assert.deepEqual(open.period, { from: null, to: null });
    // Lines 5 (B, September) and 11 (E, 31 March) join: B now has two episodes; E is a child of its own.
    assert.equal(open.records.inPeriod, 10);
    assert.equal(open.episodes.children, 7);
    assert.equal(open.episodes.childrenWithTwoOrMore, 2);
    assert.deepEqual(open.pushFactors.map((item) => [item.id, item.count]), [['family-conflict', 2], ['bullying', 1], ['school-problems', 1]]);
    assert.deepEqual(open.outcomes.items.find((item) => item.outcome === 'educationProspects')?.averagePercentChange, 400); // line 5: 1 → 5

    // 31 March 23:30 in London (line 11) is before 1 April; 00:30 on 1 April (line 10) is in.
    const fromApril = JSON.parse(rhi('report', FIXTURE, '--from', '2026-04-01', '--format', 'json').stdout) as ServiceReport;
    assert.equal(fromApril.records.inPeriod, 9); // the 8, and line 5
    const toMarch = JSON.parse(rhi('report', FIXTURE, '--to', '2026-03-31', '--format', 'json').stdout) as ServiceReport;
    assert.equal(toMarch.records.inPeriod, 1); // line 11 only
    assert.deepEqual(toMarch.interviews.declineReasons, [{ reason: 'Busy', count: 1 }]);
    // 30 June 23:30 in London (line 6) is in a period ending 30 June, not in one starting 1 July.
    const july = JSON.parse(rhi('report', FIXTURE, '--from', '2026-07-01', '--format', 'json').stdout) as ServiceReport;
    assert.equal(july.records.inPeriod, 1); // line 5 only
  });

  it('writes the report in Welsh with --lang cy: labels, headings and stderr', () => {
    const welsh = jsonReport('--lang', 'cy');
    assert.equal(welsh.lang, 'cy');
    assert.deepEqual(welsh.indicators.map((item) => item.label), ['Llinellau cyffuriau (county lines)', 'Camfanteisio troseddol', 'Colli addysg', 'Hunan-niweidio']);
    assert.equal(welsh.pushFactors[0].label, 'Gwrthdaro gartref');
    assert.equal(welsh.referrals.byAgency[0].name, 'Yr Heddlu (cydlynydd pobl ar goll)');
    assert.equal(welsh.outcomes.items[0].label, 'Lle mwy diogel a hapusach i fyw');
    // Only the words change: every figure is the same.
    const figuresOnly = (report: ServiceReport) => JSON.stringify(report, (key, value) => (['label', 'name', 'lang'].includes(key) ? undefined : value));
    assert.equal(figuresOnly(welsh), figuresOnly(expected));

    const { stdout, stderr } = rhi('report', FIXTURE, ...PERIOD, '--lang', 'cy');
    assert.match(stdout, /^# Cyfweliadau Dychwelyd Adref: adroddiad gwasanaeth\n\nDychweliadau o 1 Ebrill 2026 i 30 Mehefin 2026/);
    assert.match(stdout, /\n## Risg ar ôl dychwelyd\n/);
    assert.match(stdout, /\n\| Cyfweliadau a gynigiwyd \| 6 \|\n/);
    assert.match(stderr, /ni all 'interview\.outcome' fod y gwerth hwn/);
    assert.match(stderr, /^rhi report: nid oedd modd darllen 2 o linellau test\/fixtures\/report\/records\.ndjson/m);
  });

  it('assesses records without a stored assessment with the ruleset, or counts them as not assessed', () => {
    // Three scenarios' answers, bare: their expected risk levels were worked out by the scenarios' authors.
    const scenarios = readdirSync(join(repositoryRoot, 'test/scenarios'))
      .map((name) => JSON.parse(readFileSync(join(repositoryRoot, 'test/scenarios', name), 'utf8')))
      .filter((scenario) => ['S01', 'S02', 'S07'].includes(scenario.id));
    assert.deepEqual(scenarios.map((scenario) => scenario.expect.riskLevel).sort(), ['high', 'low', 'medium']);
    const input = scenarios.map((scenario) => JSON.stringify(scenario.answers)).join('\n');

    const assessed = JSON.parse(runRhi(['report', '-', '--format', 'json'], input).stdout) as ServiceReport;
    assert.deepEqual(assessed.assessments, { stored: 0, assessedNow: 3, notAssessed: 0 });
    assert.deepEqual(assessed.riskLevels.map((level) => [level.level, level.count, level.percent]), [['high', 1, 33.3], ['medium', 1, 33.3], ['low', 1, 33.3], ['no-apparent-risk', 0, 0]]);
    // Every record is given the Runaway Helpline: a signpost, never counted as a recommended referral.
    assert.ok(!assessed.referrals.recommendedByAgency!.some((item) => item.agency === 'runaway-helpline'), 'the helpline is not a recommended referral');
    assert.deepEqual(assessed.referrals.signpostsByAgency, [{ agency: 'runaway-helpline', name: 'Runaway Helpline', count: 3 }]);
    const markdown = runRhi(['report', '-', '--format', 'md'], input).stdout;
    assert.doesNotMatch(markdown.split('### Referrals the rules recommended, by agency')[1]!.split('###')[0]!, /Runaway Helpline/);
    assert.match(markdown.split('### Services given to the child (signposts, not referrals), by service')[1]!.split('###')[0]!, /\| Runaway Helpline \| 3 \|/);
    assert.equal(assessed.records.withoutChildId, 3);

    const notAssessed = JSON.parse(runRhi(['report', '-', '--format', 'json', '--assess', 'never'], input).stdout) as ServiceReport;
    assert.deepEqual(notAssessed.assessments, { stored: 0, assessedNow: 0, notAssessed: 3 });
    assert.deepEqual(notAssessed.riskLevels.map((level) => [level.count, level.percent]), [[0, null], [0, null], [0, null], [0, null]]);
    assert.deepEqual(notAssessed.referrals.recommendedByAgency, []);
    assert.deepEqual(notAssessed.referrals.signpostsByAgency, []);

    const always = jsonReport('--assess', 'always');
    assert.deepEqual(always.assessments, { stored: 0, assessedNow: 8, notAssessed: 0 });
  });

  it('writes to --output and says so on stderr', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'rhi-report-')), 'report.json');
    const { status, stdout, stderr } = rhi('report', FIXTURE, ...PERIOD, '--format', 'json', '--output', output);
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(output, 'utf8')), expected);
    assert.match(stderr, new RegExp(`rhi report: written to ${output.replaceAll('.', '\\.')}\\n$`));
  });

  it('refuses bad arguments with one clear line and exit 2, never a stack trace', () => {
    const refusals: [string[], RegExp][] = [
      [['report', FIXTURE, '--from', '2026-02-30'], /^rhi report: --from must be a date written YYYY-MM-DD, such as 2026-04-01, not '2026-02-30'\n$/],
      [['report', FIXTURE, '--to', '30/06/2026'], /^rhi report: --to must be a date written YYYY-MM-DD/],
      [['report', FIXTURE, '--from', '2026-07-01', '--to', '2026-06-30'], /^rhi report: --from 2026-07-01 is after --to 2026-06-30 — give the earlier date to --from\n$/],
      [['report', FIXTURE, '--format', 'pdf'], /^rhi report: --format must be md, csv, json or html, not 'pdf'\n$/],
      [['report', FIXTURE, '--assess', 'sometimes'], /^rhi report: --assess must be missing, never or always, not 'sometimes'\n$/],
      [['report', FIXTURE, '--now', 'today'], /^rhi report: --now must be a date and time/],
      [['report'], /^rhi report: missing the records file/],
      [['report', FIXTURE, '--format', 'pdf', '--lang', 'cy'], /^rhi report: rhaid i --format fod yn md, csv, json neu html, nid 'pdf'\n$/],
    ];
    for (const [args, message] of refusals) {
      const { status, stderr, stdout } = rhi(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, message);
      assert.equal(stdout, '');
    }
    const missing = rhi('report', 'test/fixtures/report/no-such-file.ndjson');
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'test/fixtures/report/no-such-file.ndjson  the file does not exist\n');
    const unwritable = rhi('report', FIXTURE, '--output', join(tmpdir(), 'no-such-folder-rhi', 'report.md'));
    assert.equal(unwritable.status, 4, 'an output that cannot be written has its own exit code');
    assert.match(unwritable.stderr, /report\.md {2}cannot be written \(the folder does not exist, ENOENT\) — create the folder, or choose another; nothing was written and any earlier .*report\.md is unchanged\n$/);
  });

  it('describes its options in --help, in English and Welsh', () => {
    const english = rhi('report', '--help');
    assert.equal(english.status, 0);
    for (const option of ['--from', '--to', '--format', '--output', '--ruleset', '--assess', '--now', '--strict', '--lang']) assert.ok(english.stdout.includes(option), option);
    assert.match(rhi('report', '--help', '--lang', 'cy').stdout, /^Defnydd: rhi report/);
  });
});

// The inspection fixture, line by line (england: the interview within 72 hours of the return; no
// stored assessments, read with --assess never). Hours are from the return.
//
//  line  child  care / placed out      type     language  offer  outcome        held   interviewer           other
//   1    P-001  looked after / yes     missing  cy, Welsh offered   +10h  accepted  +120h (late: child asked for a later time)  independent-provider  pull: friends, parties; places: unknown adult's home "Leeds", street "leeds "; support offered, taken up
//   2    P-002  none                   missing  cy, not offered in Welsh  +2h  accepted  +30h  independent-provider  covers one earlier episode (a second earlier one not covered); pull: friends; place: friend's home "Bradford"; support offered, not yet
//   3    P-003  looked after / no      away     en        +20h   accepted       +72h exactly (in time)  council-team  pull: offered money…; place: unknown adult's home "Leeds"; support not offered
//   4    P-004  looked after / —       missing  cy, active offer not recorded  +5h  declined  —
//   5    P-005  —                      —        —         —      not contactable  —    (delay reason: could not contact the child)
//   6    P-006  child in need          missing  —         +1h    not recorded   +50h   social-worker          support offered, not taken up
function inspectionReport(...args: string[]): ServiceReport {
  const { status, stdout, stderr } = rhi('report', INSPECTION, '--assess', 'never', '--format', 'json', ...args);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '', 'every line of the fixture is readable');
  return JSON.parse(stdout);
}

const group = (id: string, label: string, episodes: number, interviewsCompleted: number, completedWithinWindow: number, completedWithinWindowPercent: number | null) => ({
  id,
  label,
  episodes,
  interviewsCompleted,
  completedWithinWindow,
  completedWithinWindowPercent,
});

describe('rhi report: the figures inspectors ask for', () => {
  it('counts an offer at hour 10 as in time and its interview at hour 120 as not completed within the window', () => {
    const report = inspectionReport();
    const { interviews } = report;
    assert.equal(interviews.offered, 5); // lines 1, 2, 3, 4 and 6 (line 5 was not offered)
    assert.equal(interviews.offeredWithin72Hours, 5, 'every offer, line 1 at +10h among them, was made in time');
    assert.equal(interviews.completed, 4); // lines 1, 2, 3, 6
    assert.equal(interviews.completedWithinWindow, 3, 'line 1, held at +120h, is not within the window; line 3 at exactly +72h is');
    assert.equal(interviews.completedWithinWindowPercent, 75);
    assert.equal(interviews.medianHoursFromReturnToInterview, 61); // 30, 50, 72, 120: (50 + 72) / 2
    assert.deepEqual(interviews.medianHoursByOutcome, [
      { outcome: 'accepted', label: 'Accepted', interviewsTimed: 3, medianHours: 72 }, // 30, 72, 120
      { outcome: 'not-recorded', label: 'Not recorded', interviewsTimed: 1, medianHours: 50 }, // line 6
    ]);
    assert.deepEqual(interviews.notWithinWindowReasons, [
      { id: 'child-asked-for-later-time', label: 'The child asked for a later time', count: 1 }, // line 1, late
      { id: 'child-not-contactable', label: 'Could not contact the child', count: 1 }, // line 5, never held
    ]);

    const { stdout: markdown } = rhi('report', INSPECTION, '--assess', 'never');
    const rows = markdownRows(markdown);
    assert.deepEqual(rows.get('Interviews completed (held)'), ['4']);
    assert.deepEqual(rows.get('Interviews completed within 72 hours of the return'), ['3']);
    assert.deepEqual(rows.get('Percentage of completed interviews held within 72 hours'), ['75.0%']);
    assert.deepEqual(rows.get('The child asked for a later time'), ['1']);
    const page = text(rhi('report', INSPECTION, '--assess', 'never', '--format', 'html').stdout);
    assert.match(page, /Interviews completed within 72 hours of the return 3 /);
    assert.match(page, /Percentage of the completed interviews held within 72 hours 75\.0% /);
    assert.match(page, /Accepted 3 72\.0 hours Not recorded 1 50\.0 hours/);
  });

  it('counts episodes and interviews apart: one interview can cover earlier episodes', () => {
    const report = inspectionReport();
    assert.equal(report.records.inPeriod, 6);
    assert.equal(report.episodes.count, 7, "six records, and line 2's earlier episode its interview covered");
    assert.equal(report.episodes.earlierEpisodesCovered, 1, 'the earlier episode not marked as covered is not counted');
    assert.equal(report.episodes.childrenWithTwoOrMore, 1, 'P-002 has two episodes in one record');
    assert.equal(report.interviews.completed, 4);
    assert.equal(report.interviews.episodesCoveredByCompleted, 5, 'four interviews covered five episodes');
    assert.deepEqual(markdownRows(rhi('report', INSPECTION, '--assess', 'never').stdout).get("Earlier episodes covered by a later episode's interview (counted in the episodes above)"), ['1']);
  });

  it('breaks episodes and interviews down by looked after, missing or away, placed out of area and interviewer role', () => {
    assert.deepEqual(inspectionReport().breakdowns, {
      lookedAfter: [
        group('looked-after', 'Looked after (in care)', 3, 2, 1, 50), // lines 1, 3, 4; line 1 late
        group('not-looked-after', 'Not looked after', 3, 2, 2, 100), // line 2 (two episodes), line 6
        group('not-recorded', 'Not recorded', 1, 0, 0, null), // line 5
      ],
      episodeType: [
        group('missing', 'Missing', 5, 3, 2, 66.7), // lines 1, 2 (×2), 4, 6
        group('away-from-placement', 'Away from placement without permission', 1, 1, 1, 100), // line 3
        group('not-recorded', 'Not recorded', 1, 0, 0, null),
      ],
      placedOutOfArea: [
        group('yes', 'Placed out of area', 1, 1, 0, 0), // line 1
        group('no', 'Placed in the area', 1, 1, 1, 100), // line 3
        group('not-recorded', 'Not recorded', 1, 0, 0, null), // line 4
      ],
      interviewerRole: [
        group('independent-provider', 'Independent provider (for example a charity)', 3, 2, 1, 50), // lines 1, 2
        group('council-team', "A council's return interview team", 1, 1, 1, 100),
        group('social-worker', 'Social worker', 1, 1, 1, 100),
      ],
    });
  });

  it('counts pull factors beside push factors, places and the areas named most, the Welsh active offer and follow-up support', () => {
    const report = inspectionReport();
    assert.deepEqual(report.pullFactors, [
      { id: 'friends-or-partner', label: 'Friends, a boyfriend, girlfriend or partner', count: 2 },
      { id: 'offered-money-food-or-shelter', label: 'Someone offering money, food or a place to stay', count: 1 },
      { id: 'parties', label: 'Parties', count: 1 },
    ]);
    assert.deepEqual(report.places, {
      byType: [
        { id: 'home-of-unknown-adult', label: 'The home of an adult the child did not know', count: 2 },
        { id: 'friends-home', label: "A friend's home", count: 1 },
        { id: 'street-or-park', label: 'Outside: streets, a park or woods', count: 1 },
      ],
      // Line 1 names Leeds twice ("Leeds", "leeds "): one record, the first spelling kept.
      topAreas: [
        { area: 'Leeds', count: 2 },
        { area: 'Bradford', count: 1 },
      ],
      recordsWithPlaces: 3,
    });
    // Welsh speakers offered an interview: lines 1, 2, 4. Line 4 does not say, so is not counted as offered in Welsh.
    assert.deepEqual(report.welshActiveOffer, { welshSpeakersOffered: 3, welshOffered: 1, welshOfferedPercent: 33.3, notRecorded: 1 });
    assert.deepEqual(report.followUpSupport, { offered: 3, notOffered: 1, takenUp: 1, notTakenUp: 1, notYet: 1, takenUpPercent: 33.3 });
  });

  it('shows the new figures in Markdown, CSV and HTML, in English and Welsh', () => {
    assertCsvMatchesJson(rhi('report', INSPECTION, '--assess', 'never', '--format', 'csv', '--lang', 'cy').stdout, inspectionReport('--lang', 'cy'));
    const markdown = rhi('report', INSPECTION, '--assess', 'never').stdout;
    for (const heading of ['Episodes and interviews by group', 'What drew children away (pull factors)', 'Where children went', 'Welsh active offer (children whose preferred language is Welsh)', 'Follow-up support']) {
      assert.ok(markdown.includes(`\n## ${heading}\n`), heading);
    }
    const rows = markdownRows(markdown);
    assert.deepEqual(rows.get('Placed out of area'), ['1', '1', '0', '0.0%']);
    assert.deepEqual(rows.get('Percentage given the active offer'), ['33.3%']);
    assert.deepEqual(rows.get('Leeds'), ['2']);

    const welsh = inspectionReport('--lang', 'cy');
    assert.equal(welsh.breakdowns!.lookedAfter[1]!.label, 'Ddim yn derbyn gofal');
    assert.equal(welsh.pullFactors![0]!.label, 'Ffrindiau, cariad neu bartner');
    assert.equal(welsh.interviews.notWithinWindowReasons![0]!.label, 'Gofynnodd y plentyn am amser hwyrach');
    const welshMarkdown = rhi('report', INSPECTION, '--assess', 'never', '--lang', 'cy').stdout;
    assert.match(welshMarkdown, /\n## Cyfnodau a chyfweliadau fesul grŵp\n/);
    assert.match(welshMarkdown, /\n\| Cyfweliadau a gwblhawyd o fewn 72 awr i'r dychwelyd \| 3 \|\n/);

    const page = rhi('report', INSPECTION, '--assess', 'never', '--format', 'html').stdout;
    for (const id of ['chart-interviews-in-time', 'chart-group-lookedAfter', 'chart-group-episodeType', 'chart-group-placedOutOfArea', 'chart-group-interviewerRole', 'chart-pull-factors', 'chart-places', 'chart-follow-up-support']) {
      assert.match(page, new RegExp(`<figure class="rhi-chart" id="${id}">`), id);
    }
    assert.match(text(page), /Looked after \(in care\) 3 2 1 \(50\.0%\)/);
    assert.match(text(page), /Children whose preferred language is Welsh offered an interview 3 /);
    assert.match(text(rhi('report', INSPECTION, '--assess', 'never', '--format', 'html', '--lang', 'cy').stdout), /Ddim yn derbyn gofal 3 2 2 \(100\.0%\)/);
  });
});
