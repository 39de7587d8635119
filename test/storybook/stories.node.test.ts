// Builds the static Storybook and opens every story in headless Chromium, as a trainer would:
// a story fails on an uncaught error or rejected promise, a console error, Storybook's error
// display, a play function that throws, an accessibility violation (addon-a11y, axe), a component
// left unrendered, nothing rendered at all, or a request leaving the machine.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const root = new URL('../../', import.meta.url).pathname;
// A computed specifier: the shared browser finder is plain JavaScript, without type declarations.
const browserPath = '../support/' + 'browser-path.mjs';
const { chromiumArgs, findBrowser } = (await import(browserPath)) as { chromiumArgs: string[]; findBrowser: () => string | undefined };
// Scripts run inside each story's page, kept as text (see the file).
const probes = (await import('./story-page-probes' + '.js')) as Record<
  'recordStoryEvents' | 'storyDone' | 'storyEvents' | 'renderProblems' | 'expectedConsoleErrors' | 'trainingPageState' | 'expectedOutcomeOpen' | 'axeOnExpectedOutcome',
  string
>;
const axeScript = join(root, 'node_modules/axe-core/axe.min.js');

interface ScenarioNarrative {
  id: string;
  narrative: string;
  narrativeCy?: string;
}

/** Each scenario's narratives by id (S01…), for the training stories' checks. */
const scenarioNarratives = new Map(
  readdirSync(join(root, 'test/scenarios'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(root, 'test/scenarios', name), 'utf8')) as ScenarioNarrative)
    .map((scenario) => [scenario.id, scenario] as const),
);

/** Words the training page must show in each language (stories/support/trainer-words.ts). */
const revealWords = { en: 'Show the expected outcome', cy: 'Dangos y canlyniad a ddisgwylir' } as const;

/**
 * How long one story may take to render, play and be checked by axe before it counts as hung: a
 * budget, not a speed test. The slowest stories (the wizard walked to "sent") take a few seconds
 * on an idle machine and several times that on a busy 2-core one.
 */
const STORY_TIMEOUT_MS = 180_000;
const STORIES_AT_ONCE = Number(process.env.RHI_STORIES_AT_ONCE ?? 2);

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

interface StoryEvent {
  type: string;
  detail?: unknown;
}

/** A story to open, with the toolbar's language (training stories are opened in both). */
interface StoryVisit {
  entry: IndexEntry;
  lang: 'en' | 'cy';
}

function visitId({ entry, lang }: StoryVisit): string {
  return lang === 'en' ? entry.id : `${entry.id} (${lang})`;
}

interface TrainingPageState {
  hasDetails: boolean;
  open: boolean;
  outcomesVisible: boolean;
  summaryText: string;
  narrativeLang: string;
  narrativeText: string;
  liveResultVisible: boolean;
  liveResultAllVisible: boolean;
}

interface StoryOutcome {
  id: string;
  problems: string[];
  milliseconds: number;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for the built Storybook, on 127.0.0.1 only. */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(folder, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    // Chromium asks for /favicon.ico by itself; Storybook's icon is favicon.svg.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The accessibility addon's report on the story, when axe found violations. */
function a11yProblems(events: StoryEvent[]): string[] {
  const finished = events.find((event) => event.type === 'storyFinished')?.detail as
    | { status?: string; reporters?: { type: string; status: string; result?: { violations?: { id: string; nodes: unknown[] }[] } }[] }
    | undefined;
  const problems: string[] = [];
  for (const report of finished?.reporters ?? []) {
    if (report.type !== 'a11y' || report.status === 'passed') continue;
    const violations = report.result?.violations ?? [];
    problems.push(`accessibility: ${violations.map((violation) => `${violation.id} (${violation.nodes.length})`).join(', ') || report.status}`);
  }
  if (finished?.status === 'error' && problems.length === 0) problems.push('Storybook reports the story as failed');
  return problems;
}

/**
 * A training story as a trainer uses it: the expected outcome starts closed, opens from the
 * keyboard (focus the summary, press Enter), then shows, and passes axe once shown; the
 * narrative is in the toolbar's language (Welsh from the scenario's narrativeCy).
 */
async function trainingPageProblems(page: Page, entry: IndexEntry, lang: 'en' | 'cy'): Promise<string[]> {
  const problems: string[] = [];
  const before = (await page.evaluate(probes.trainingPageState)) as TrainingPageState;
  if (!before.hasDetails) return ['training page: no details element holding the expected outcome'];
  if (before.open || before.outcomesVisible) problems.push('training page: the expected outcome shows before the trainer reveals it');
  if (before.liveResultVisible) problems.push('training page: the live risk panel or wizard shows the result before the trainer reveals it');
  if (before.summaryText !== revealWords[lang]) problems.push(`training page: the reveal says "${before.summaryText}", not "${revealWords[lang]}"`);
  const scenario = scenarioNarratives.get(entry.name.split(' ')[0]!);
  const narrative = lang === 'cy' && scenario?.narrativeCy ? scenario.narrativeCy : scenario?.narrative;
  const narrativeLang = lang === 'cy' && scenario?.narrativeCy ? 'cy' : 'en';
  if (before.narrativeText !== narrative || before.narrativeLang !== narrativeLang) {
    problems.push(`training page: the narrative shown (lang="${before.narrativeLang}") is not the scenario's ${narrativeLang} narrative`);
  }
  await page.focus('.training__expected summary');
  await page.keyboard.press('Enter');
  await page.waitForFunction(probes.expectedOutcomeOpen, { timeout: 10_000, polling: 50 }).catch(() => undefined);
  const after = (await page.evaluate(probes.trainingPageState)) as TrainingPageState;
  if (!after.open || !after.outcomesVisible) {
    problems.push('training page: Enter on "Show the expected outcome" did not show it');
    return problems;
  }
  if (!after.liveResultAllVisible) problems.push('training page: the live risk panel and wizard did not show with the expected outcome');
  await page.addScriptTag({ path: axeScript });
  const violations = (await page.evaluate(probes.axeOnExpectedOutcome)) as string[];
  if (violations.length > 0) problems.push(`training page, expected outcome shown: accessibility: ${violations.join(', ')}`);
  return problems;
}

async function openStory(browser: Browser, base: string, { entry, lang }: StoryVisit): Promise<StoryOutcome> {
  const started = performance.now();
  const problems: string[] = [];
  const consoleErrors: string[] = [];
  const page: Page = await browser.newPage();
  try {
    page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      // A failed load is reported below with its address, which this message lacks.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request outside the local server: ${url}`);
    });
    await page.evaluateOnNewDocument(probes.recordStoryEvents);
    const globals = lang === 'en' ? '' : `&globals=lang:${lang}`;
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globals}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(probes.storyDone, { timeout: STORY_TIMEOUT_MS, polling: 50 });
    } catch {
      problems.push(`did not finish within ${STORY_TIMEOUT_MS / 1000} s`);
    }
    const events = (await page.evaluate(probes.storyEvents)) as StoryEvent[];
    for (const event of events) {
      if (event.type === 'storyFinished') continue;
      const detail = event.detail as { message?: string } | undefined;
      problems.push(`${event.type}${detail?.message ? `: ${detail.message}` : ''}`);
    }
    problems.push(...a11yProblems(events), ...((await page.evaluate(probes.renderProblems)) as string[]));
    const expected = (await page.evaluate(probes.expectedConsoleErrors)) as string[];
    // Console messages reach puppeteer asynchronously: give an expected one a moment to arrive.
    const arrived = () => expected.every((part) => consoleErrors.some((text) => text.includes(part)));
    for (let waited = 0; !arrived() && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    for (const text of consoleErrors) if (!expected.some((part) => text.includes(part))) problems.push(`console.error: ${text}`);
    for (const part of expected) if (!consoleErrors.some((text) => text.includes(part))) problems.push(`the console error the story expects did not appear: ${part}`);
    if (entry.title === 'Training scenarios') problems.push(...(await trainingPageProblems(page, entry, lang)));
  } finally {
    await page.close();
  }
  return { id: visitId({ entry, lang }), problems, milliseconds: performance.now() - started };
}

describe('Storybook', () => {
  const output = mkdtempSync(join(tmpdir(), 'rhi-storybook-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  let buildSeconds = 0;

  before(() => {
    const started = performance.now();
    const build = spawnSync('npx', ['--no-install', 'storybook', 'build', '--output-dir', output, '--quiet', '--disable-telemetry'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
    });
    buildSeconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`storybook build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    rmSync(output, { recursive: true, force: true });
  });

  it('builds, and opens every story in Chromium without an error', { timeout: 15 * 60_000 }, async () => {
    console.log(`storybook build: ${buildSeconds.toFixed(1)} s`);
    const index = JSON.parse(readFileSync(join(output, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
    const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    const scenarioFiles = readdirSync(join(root, 'test/scenarios')).filter((name) => name.endsWith('.json'));
    const trainingStories = stories.filter((entry) => entry.title === 'Training scenarios');
    assert.ok(trainingStories.length >= 12, `only ${trainingStories.length} training scenario stories`);
    assert.equal(trainingStories.length, scenarioFiles.length, 'one training scenario story per file in test/scenarios');

    const executablePath = findBrowser();
    assert.ok(executablePath, 'No Chromium or Chrome found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH');
    server = await serve(output);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });

    // RHI_STORIES=<part of an id> opens only those stories (while working on them).
    const only = process.env.RHI_STORIES;
    const chosen = only ? stories.filter((entry) => entry.id.includes(only)) : stories;
    // Training stories are also opened in Welsh, where trainers read the Welsh narrative.
    const opened: StoryVisit[] = chosen.flatMap((entry) =>
      entry.title === 'Training scenarios' ? [{ entry, lang: 'en' as const }, { entry, lang: 'cy' as const }] : [{ entry, lang: 'en' as const }],
    );
    const started = performance.now();
    const outcomes: StoryOutcome[] = [];
    // Two pages at a time: most of a story's time is axe and waiting, so a second page fills the gaps.
    const queue = [...opened];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) outcomes.push(await openStory(browser!, base, entry));
    };
    await Promise.all(Array.from({ length: STORIES_AT_ONCE }, worker));
    const order = opened.map(visitId);
    outcomes.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const failed = outcomes.filter((outcome) => outcome.problems.length > 0);
    const slowest = [...outcomes].sort((a, b) => b.milliseconds - a.milliseconds)[0];
    console.log(
      `${outcomes.length} stories opened (${trainingStories.length} training scenarios) in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `slowest ${slowest?.id} ${((slowest?.milliseconds ?? 0) / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(
      failed.map((outcome) => `${outcome.id}:\n    ${[...new Set(outcome.problems)].join('\n    ')}`),
      [],
      `${failed.length} of ${outcomes.length} stories failed`,
    );
  });
});
