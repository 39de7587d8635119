// The whole Return Home Interview page as a council builds it: the form, the risk panel and the
// referral wizard from dist/rhi-toolkit.js, wired by <rhi-interview> inside the council's own
// <form method=post>, served under the strict Content-Security-Policy. Nothing may be blocked,
// nothing may leave the page but the host's own requests, and no answer may reach the console.
import { expect } from '@open-wc/testing';
import { PATIENCE_MS, waitUntil } from '../support/wait-until.js';
import type { Assessment } from '../../packages/engine/src/index.js';
import type { RhiInterview } from '../../packages/elements/src/interview-session/interview.component.js';
import type { RhiAssessmentDetail } from '../../packages/elements/src/interview-session/interview.events.js';
import type { RhiInterviewForm, RhiRiskPanel } from '../../packages/elements/src/index.js';
import { loadScenarios } from '../support/harness.js';
import * as formDriver from '../support/interview-form-driver.js';
import * as wizardDriver from '../support/referral-wizard-driver.js';
import type { RhiReferralWizard } from '../support/referral-wizard-driver.js';

const pagePath = '/test/csp/interview-page.html';
const hostScript = '/test/csp/interview-page.js';
const rulesetPath = '/packages/engine/dist/rulesets/england.json';
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";
/** Everything the page itself loads: the recorder, the bundle, its own script and the ruleset it fetches. */
const hostResources = new Set(['/test/support/interview-page-recorder.js', '/dist/rhi-toolkit.js', hostScript, rulesetPath]);
/** The test runner adds its own web-socket script to every page it serves (it reuses the parent's socket). */
const isTestRunnerResource = (path: string) => path.startsWith('/__web-dev-server');

const s05 = (await loadScenarios()).find(({ scenario }) => scenario.id === 'S05')!.scenario;
const s05Answers = s05.answers as Record<string, Record<string, unknown>>;

/** Distinctive words the interviewer types, looked for in every console line. */
const childsWords = "Zebra-Quartz-4417: I owe them. If I don't go they'll come for my mum.";
const summaryNote = 'Kestrel-Marble-9083: seen with two phones and cash.';
const typedTexts = ['Zebra-Quartz-4417', 'Kestrel-Marble-9083'];

const typedIndicators = s05Answers.indicators as unknown as string[];

/** S05's record without the answers the interviewer types: the return time, the signs of risk, the child's words. */
function startingAnswers(): Record<string, unknown> {
  const answers = structuredClone(s05Answers);
  delete answers.episode!.returnedAt;
  delete answers.afterReturn!.childsWords;
  delete answers.indicators;
  return answers;
}

const expectedAnswers = { ...s05Answers, afterReturn: { ...s05Answers.afterReturn, childsWords } };

interface RequestRecord {
  api: string;
  method: string;
  url: string;
  caller: string;
}

interface PageRecords {
  requests: RequestRecord[];
  resources: { url: string; initiatorType: string }[];
  consoleLines: { method: string; text: string }[];
  violations: string[];
}

declare global {
  interface Window {
    /** Filled by test/support/interview-page-recorder.js in the iframe; kept here, so it outlives the page. */
    rhiPageRecords?: PageRecords;
  }
}

interface OpenPage {
  frame: HTMLIFrameElement;
  page: Window & typeof globalThis;
  interview: RhiInterview;
  form: RhiInterviewForm;
  panel: RhiRiskPanel;
  wizard: RhiReferralWizard;
  assessments: RhiAssessmentDetail[];
}

interface LastRecord {
  count: number;
  record: { contentType: string; fields: [string, string][] } | null;
}

const patience = { interval: 20 };

function nextLoad(frame: HTMLIFrameElement, timeout = PATIENCE_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${frame.src}: no page loaded in the iframe within ${timeout} ms`)), timeout);
    frame.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The records so far, as plain data of this window. */
function records(): PageRecords {
  return JSON.parse(JSON.stringify(window.rhiPageRecords));
}

async function openPage(): Promise<OpenPage> {
  window.rhiPageRecords = { requests: [], resources: [], consoleLines: [], violations: [] };
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '900';
  const loaded = nextLoad(frame);
  frame.src = pagePath;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(['rhi-interview', 'rhi-interview-form', 'rhi-risk-panel', 'rhi-referral-wizard'].map((tag) => page.customElements.whenDefined(tag)));
  const interview = page.document.querySelector('rhi-interview') as RhiInterview;
  const assessments: RhiAssessmentDetail[] = [];
  interview.addEventListener('rhi-assessment', (event) => assessments.push(event.detail));
  await waitUntil(() => interview.ruleset !== undefined, 'the page never handed <rhi-interview> its ruleset', patience);
  return {
    frame,
    page,
    interview,
    form: page.document.querySelector('rhi-interview-form') as RhiInterviewForm,
    panel: page.document.querySelector('rhi-risk-panel') as RhiRiskPanel,
    wizard: page.document.querySelector('rhi-referral-wizard') as RhiReferralWizard,
    assessments,
  };
}

/** Requests the host page did not make: any API call but its ruleset fetch, any resource it does not load itself. */
function requestsNotByTheHost(seen: PageRecords): string[] {
  const calls = seen.requests
    .filter(({ api, method, url, caller }) => !(api === 'fetch' && method === 'GET' && url === new URL(rulesetPath, location.origin).href && caller === hostScript))
    .map(({ api, method, url, caller }) => `${api} ${method} ${url} (from ${caller})`);
  const loads = seen.resources
    .filter(({ url }) => {
      const { origin, pathname, search } = new URL(url);
      return !(origin === location.origin && search === '' && (hostResources.has(pathname) || isTestRunnerResource(pathname)));
    })
    .map(({ url, initiatorType }) => `${initiatorType} ${url}`);
  return [...calls, ...loads];
}

function consoleLinesWithAnswers(seen: PageRecords): string[] {
  return seen.consoleLines.filter(({ text }) => typedTexts.some((typed) => text.includes(typed))).map(({ method, text }) => `console.${method}: ${text}`);
}

/** The checks that hold at every moment: no policy violation, no request but the host's, no answer in the console. */
function expectNothingLeaked(moment: string): void {
  const seen = records();
  expect(seen.violations, `policy violations ${moment}`).to.deep.equal([]);
  expect(requestsNotByTheHost(seen), `requests not made by the host page ${moment}`).to.deep.equal([]);
  expect(consoleLinesWithAnswers(seen), `console lines with a typed answer ${moment}`).to.deep.equal([]);
  expect(seen.consoleLines.filter(({ method }) => /error|rejection/.test(method)), `errors ${moment}`).to.deep.equal([]);
}

async function lastRecord(): Promise<LastRecord> {
  return (await fetch('/test-server/last-record')).json();
}

async function tick(form: RhiInterviewForm, path: string, value: string): Promise<void> {
  const box = form.shadowRoot!.querySelector<HTMLInputElement>(`input[name="field-${path}"][value="${value}"]`);
  if (!box) throw new Error(`No option '${value}' for ${path} on page '${formDriver.heading(form)}'`);
  if (!box.checked) await formDriver.choose(form, box.id);
}

async function goToPage(form: RhiInterviewForm, title: string): Promise<void> {
  await formDriver.pressButton(form, title);
  expect(formDriver.heading(form)).to.equal(title);
}

/** The interviewer types S05's return time (London clock, BST), ticks its signs of risk and types the child's words. */
async function typeS05Answers(form: RhiInterviewForm): Promise<void> {
  await goToPage(form, 'The missing episode');
  for (const [part, text] of Object.entries({ day: '20', month: '9', year: '2026', hour: '12', minute: '00' })) {
    await formDriver.typeInto(form, `field-episode.returnedAt-${part}`, text);
  }
  await goToPage(form, 'Signs of risk');
  for (const indicator of typedIndicators) await tick(form, 'indicators', indicator);
  await goToPage(form, 'Since the child came back');
  await formDriver.typeInto(form, 'field-afterReturn.childsWords', childsWords);
}

function madeFromTypedAnswers({ answers }: RhiAssessmentDetail): boolean {
  const typed = answers as { episode?: { returnedAt?: string }; indicators?: string[]; afterReturn?: { childsWords?: string } };
  return (
    typed.episode?.returnedAt === s05Answers.episode!.returnedAt &&
    JSON.stringify(typed.indicators) === JSON.stringify(typedIndicators) &&
    typed.afterReturn?.childsWords === childsWords
  );
}

function levelShown(panel: RhiRiskPanel): string {
  return panel.shadowRoot!.querySelector('.level__word')?.textContent?.trim() ?? '';
}

function panelMissingLinks(panel: RhiRiskPanel): string[] {
  return [...panel.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="missing"] a[data-path]')].map((link) => link.dataset.path!);
}

describe('the whole interview page from dist/rhi-toolkit.js under a strict CSP, with no network of its own', () => {
  let opened: OpenPage | undefined;

  afterEach(() => {
    opened?.frame.remove();
    opened = undefined;
    delete window.rhiPageRecords;
  });

  it('loads with the strict policy, the host fetching the ruleset and nothing else asking for anything', async () => {
    opened = await openPage();
    const { interview, panel } = opened;
    expect((await fetch(pagePath)).headers.get('content-security-policy')).to.equal(strictPolicy);
    await waitUntil(() => opened!.assessments.length > 0, 'no rhi-assessment after the ruleset was given', patience);
    await panel.updateComplete;
    expect(panel.assessment).to.equal(opened.assessments.at(-1)!.assessment);
    expect(interview.ruleset!.id).to.equal('england');

    const seen = records();
    expect(seen.requests.map(({ api, url, caller }) => `${api} ${new URL(url).pathname} (from ${caller})`)).to.deep.equal([`fetch ${rulesetPath} (from ${hostScript})`]);
    await waitUntil(() => records().resources.some(({ url }) => new URL(url).pathname === rulesetPath), 'the resource observer never saw the ruleset fetch', patience);
    expect(records().resources.map(({ url }) => new URL(url).pathname)).to.include.members([...hostResources]);
    expectNothingLeaked('while loading');
  });

  it('S05 typed, assessed, referred and posted: no violation, no request but the host’s, no answer in the console', async function () {
    opened = await openPage();
    const { frame, page, interview, form, panel, wizard, assessments } = opened;
    interview.setAttribute('now', s05.now!);
    interview.answers = page.JSON.parse(JSON.stringify(startingAnswers()));
    const latest = (): Assessment => assessments.at(-1)!.assessment;
    const shownEverywhere = () => panel.assessment === latest() && wizard.assessment === latest();

    const starting = JSON.stringify(startingAnswers());
    await waitUntil(() => assessments.some(({ answers }) => JSON.stringify(answers) === starting), 'no assessment of the starting answers', patience);
    await waitUntil(shownEverywhere, 'the panel and wizard never showed the assessment of the starting answers', patience);
    await panel.updateComplete;
    expect(latest().missing, 'what the interviewer has yet to type').to.include.members(['episode.returnedAt', 'indicators']);
    expect(panelMissingLinks(panel)).to.include.members(['episode.returnedAt', 'indicators']);

    await typeS05Answers(form);
    await waitUntil(() => assessments.some(madeFromTypedAnswers), 'no assessment was made from the typed answers', patience);
    await waitUntil(shownEverywhere, 'the panel and wizard never showed the assessment of the typed answers', patience);
    await panel.updateComplete;
    expect(madeFromTypedAnswers(assessments.at(-1)!), 'the last assessment is of the typed answers').to.equal(true);
    expect(latest().riskLevel).to.equal(s05.expect.riskLevel);
    expect(levelShown(panel)).to.equal('High');
    expect(panelMissingLinks(panel)).to.not.include('episode.returnedAt').and.not.include('indicators');
    expectNothingLeaked('after typing the answers');

    await wizardDriver.settle(wizard);
    expect(wizardDriver.heading(wizard)).to.equal('Which referrals are you making?');
    const expectedAgencies = s05.expect.referrals!.include!;
    expect(wizardDriver.tickedAgencies(wizard)).to.include.members(expectedAgencies);
    const firstAgency = wizardDriver.tickedAgencies(wizard)[0]!;
    const passed = await wizardDriver.walkToCheck(wizard, () => ({}), async () => {
      if (wizard.wizardState!.step === 'details' && wizardDriver.agencyOnPage(wizard) === firstAgency) {
        await wizardDriver.typeInto(wizard, `summary-${firstAgency}`, summaryNote);
      }
    });
    expect(passed.at(-1)).to.equal('Check the referrals before you send them');
    const sent = await wizardDriver.confirm(wizard);
    expect(sent, 'rhi-referrals-submit carried a package').to.not.equal(undefined);
    const referred = sent!.referrals.map((referral) => referral.agency);
    expect(referred).to.include.members(expectedAgencies);
    expect(sent!.referrals.find((referral) => referral.agency === firstAgency)!.summary).to.equal(summaryNote);
    expect(page.document.querySelector<HTMLInputElement>('#referrals')!.value, 'the host kept the package with the record').to.equal(JSON.stringify(sent));
    expectNothingLeaked('after the referral wizard');

    await goToPage(form, 'Check your answers');
    const before = await lastRecord();
    const received = nextLoad(frame);
    await formDriver.pressButton(form, 'Submit interview record');
    await received;

    expect(frame.contentWindow!.location.pathname).to.equal('/test-server/interview-records');
    expect(frame.contentDocument!.querySelector('h1')?.textContent).to.equal('Received');
    const after = await lastRecord();
    expect(after.count).to.equal(before.count + 1);
    const { contentType, fields } = after.record!;
    expect(contentType).to.match(/^application\/x-www-form-urlencoded/);
    // Inside <rhi-interview> the record carries the assessment and the referral decision with the answers.
    expect(fields.map(([name]) => name)).to.deep.equal(['case-reference', 'referrals', 'answers', 'answers-assessment', 'answers-referrals']);
    const posted = Object.fromEntries(fields);
    expect(posted['case-reference']).to.equal('RHI-2026-0117');
    expect(JSON.parse(posted.answers!)).to.deep.equal(expectedAnswers);
    expect(JSON.parse(posted.referrals!).referrals.map((referral: { agency: string }) => referral.agency)).to.deep.equal(referred);
    expect(JSON.parse(posted['answers-assessment']!).riskLevel).to.equal('high');
    expect(JSON.parse(posted['answers-referrals']!)).to.deep.equal({ decision: 'confirmed', package: JSON.parse(posted.referrals!) });
    expectNothingLeaked('after the form was posted');
  });

  it('would see a request the host did not make, through every watched way, and an answer in the console', async () => {
    opened = await openPage();
    const { page } = opened;
    // Made from this test file, so none is the host's; each goes nowhere that answers.
    void page.fetch('/test-server/no-such-endpoint').catch(() => undefined);
    new page.XMLHttpRequest().open('GET', '/test-server/no-such-endpoint');
    page.navigator.sendBeacon('/test-server/no-such-beacon', 'x');
    new page.WebSocket(`ws://${location.host}/test-server/no-such-socket`).close();
    new page.EventSource('/test-server/no-such-stream').close();
    const image = page.document.createElement('img');
    image.src = '/test-server/no-such-image.png';
    page.document.body.append(image);
    page.console.info('typed:', { afterReturn: { childsWords } });

    const flagged = () => requestsNotByTheHost(records()).join('\n');
    await waitUntil(() => flagged().includes('img '), 'the resource observer never saw the image', patience);
    for (const api of ['fetch GET', 'XMLHttpRequest GET', 'sendBeacon POST', 'WebSocket GET', 'EventSource GET', 'img ']) expect(flagged()).to.include(api);
    expect(consoleLinesWithAnswers(records())).to.have.length(1);
  });
});
