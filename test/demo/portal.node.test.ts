// The demo council portal (`npm start`): what its server answers and under which headers, that it
// refuses paths out of its folders, echoes a posted record safely and never prints the answers;
// then, in Chromium, that the three components render on the case page under the strict CSP,
// pass axe in English and Welsh, follow a locality switch, and that a training scenario can be
// assessed, referred, posted by the native form and echoed back.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import {
  axeViolations,
  buttonIn,
  headingOf,
  launchChromium,
  levelShown,
  openPortal,
  openTab,
  pressButton,
  settle,
  waitForComponents,
  waitUntil,
  walkWizardToCheck,
  type PortalPage,
} from './portal-page.js';

// Computed specifiers: these helpers are plain JavaScript, without type declarations.
const { startPortal } = (await import('../../demo/' + 'start-portal.mjs')) as {
  startPortal: (options?: { port?: number }) => Promise<{ url: string; output: () => string; stop: () => Promise<number | string> }>;
};

const root = new URL('../../', import.meta.url).pathname;
const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const s05 = JSON.parse(readFileSync(`${root}test/scenarios/s05.json`, 'utf8')) as { now: string; answers: Record<string, unknown>; expect: { referrals: { include: string[] } } };
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent with its path exactly as given (fetch would resolve `..` before sending). */
function send(base: string, method: string, path: string, body?: string, contentType = 'application/x-www-form-urlencoded'): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path, headers: body === undefined ? {} : { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const formPost = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('the demo portal server', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  before(async () => {
    portal = await startPortal();
  });
  after(async () => {
    await portal.stop();
  });

  it('prints its address and serves the case page with the strict policy and safe headers', async () => {
    assert.match(portal.output(), /^RHI demo portal: http:\/\/127\.0\.0\.1:\d+$/m);
    const page = await send(portal.url, 'GET', '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-security-policy'], strictPolicy);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    for (const tag of ['<rhi-interview', '<rhi-interview-form', '<rhi-risk-panel', '<rhi-referral-wizard', '<main', 'method="post"']) assert.ok(page.body.includes(tag), tag);
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i, 'no inline script, style or handler');
  });

  it('serves the bundle, the three localities’ rule files and the scenarios, each with its type', async () => {
    const expected: [string, RegExp][] = [
      ['/assets/rhi-toolkit.js', /^text\/javascript/],
      ['/portal.js', /^text\/javascript/],
      ['/portal.css', /^text\/css/],
      ['/assets/rulesets/england.json', /^application\/json/],
      ['/assets/rulesets/wales.json', /^application\/json/],
      ['/assets/rulesets/example-locality.json', /^application\/json/],
      ['/assets/rulesets/example-locality.interview.schema.json', /^application\/json/],
      ['/assets/rulesets/example-locality.interview.layout.json', /^application\/json/],
      ['/assets/rulesets/example-locality.interview-validator.js', /^text\/javascript/],
      ['/assets/scenarios/index.json', /^application\/json/],
      ['/assets/scenarios/S05.json', /^application\/json/],
    ];
    for (const [path, type] of expected) {
      const reply = await send(portal.url, 'GET', path);
      assert.equal(reply.status, 200, path);
      assert.match(String(reply.headers['content-type']), type, path);
      assert.equal(reply.headers['content-security-policy'], strictPolicy, path);
    }
    const list = JSON.parse((await send(portal.url, 'GET', '/assets/scenarios/index.json')).body) as { id: string; title: { en: string; cy: string } }[];
    assert.deepEqual(list.map((entry) => entry.id), ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17']);
    for (const entry of list) assert.notEqual(entry.title.cy, entry.title.en, `${entry.id} has a Welsh title`);
  });

  it('refuses paths out of its folders and anything it does not list, with 404', async () => {
    for (const path of [
      '/assets/../package.json',
      '/assets/%2e%2e/package.json',
      '/assets/..%2fpackage.json',
      '/..%2f..%2fetc/passwd',
      '/assets/rulesets/../../../../package.json',
      '/assets/rulesets/..%2f..%2f..%2fpackage.json',
      '/assets/scenarios/..%2fs05.json',
      '/package.json',
      '/demo/serve.mjs',
      '/assets/rulesets/no-such-place.json',
      '/assets/scenarios/S99.json',
      '//etc/passwd',
      '/portal.js/..',
    ]) {
      const reply = await send(portal.url, 'GET', path);
      assert.equal(reply.status, 404, path);
      assert.equal(reply.headers['content-security-policy'], strictPolicy, path);
    }
    assert.equal((await send(portal.url, 'GET', '/cases/RHI-2026-0117/return-home-interview')).status, 405);
  });

  it('echoes a posted record with every answer HTML-escaped, and prints only its size and case', async () => {
    const answers = JSON.stringify({ afterReturn: { childsWords: 'Otter-Basalt-5521 </pre><script>alert("x")</script>' } });
    const referrals = JSON.stringify({ decision: 'confirmed', package: { referrals: [{ agency: 'police', summary: '<img src=x onerror=alert(1)>' }] } });
    const reply = await send(portal.url, 'POST', '/cases/RHI-2026-0117/return-home-interview', formPost({ 'case-reference': 'RHI-2026-0117', language: 'en', 'answers-referrals': referrals, answers }));
    assert.equal(reply.status, 200);
    assert.equal(reply.headers['content-security-policy'], strictPolicy);
    assert.equal(reply.headers['cache-control'], 'no-store');
    assert.doesNotMatch(reply.body, /<script>|<img src=x|<\/pre><script/);
    assert.ok(reply.body.includes('Otter-Basalt-5521 &#60;/pre&#62;&#60;script&#62;alert(\\&#34;x\\&#34;)&#60;/script&#62;'), 'the answer is shown, escaped');
    assert.match(reply.body, /<h1[^>]*>Interview record received<\/h1>/);
    assert.match(reply.body, /1 referral in the package/);
    assert.match(reply.body, /<pre class="portal-json" id="posted-answers-json">\{\n {2}&#34;afterReturn&#34;/);

    const welsh = await send(portal.url, 'POST', '/cases/RHI-2026-0117/return-home-interview', formPost({ language: 'cy', answers: '{}' }));
    assert.match(welsh.body, /<html lang="cy">/);
    assert.match(welsh.body, /Cafwyd cofnod y cyfweliad/);
    assert.match(welsh.body, /Ni anfonwyd penderfyniad atgyfeirio/);

    const notJson = await send(portal.url, 'POST', '/cases/RHI-2026-0117/return-home-interview', formPost({ answers: '<b>not json' }));
    assert.match(notJson.body, /not valid JSON/);
    assert.match(notJson.body, /&#60;b&#62;not json/);

    assert.equal((await send(portal.url, 'POST', '/cases/RHI-2026-0117/return-home-interview', '{}', 'application/json')).status, 415);
    assert.equal((await send(portal.url, 'POST', '/cases/..%2f/return-home-interview', 'answers=%7B%7D')).status, 404);

    // The server's log line reaches this process over a pipe, in its own time: wait for it.
    const giveUpAt = Date.now() + 20_000;
    while (!/^received \d+ bytes for case RHI-2026-0117$/m.test(portal.output()) && Date.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(portal.output(), /^received \d+ bytes for case RHI-2026-0117$/m);
    assert.doesNotMatch(portal.output(), /Otter-Basalt|childsWords|afterReturn/, 'the server prints no answer');
  });

  it('says which port to use instead when its port is taken, and stops cleanly on SIGTERM', async () => {
    const port = Number(new URL(portal.url).port);
    const second = await startPortal({ port }).then(
      () => assert.fail('a second server started on a port in use'),
      (error: Error) => error.message,
    );
    assert.match(second, new RegExp(`port ${port} is in use: PORT=${port + 10} npm start`));

    const spare = await startPortal();
    assert.equal(await spare.stop(), 0);
  });
});

describe('the demo portal in Chromium', { timeout: 600_000 }, () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let browser: Browser;
  const tabs: PortalPage[] = [];

  before(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function tab(): Promise<PortalPage> {
    const opened = await openTab(browser);
    tabs.push(opened);
    return opened;
  }

  it('renders the form, the panel and the wizard on the case page with no CSP violation or console error, passes axe in English and Welsh, and skips to the main content', async () => {
    const { page, problems } = await tab();
    await openPortal(page, portal.url);
    assert.equal(await headingOf(page, 'rhi-interview-form'), 'About the child');
    assert.equal(await page.evaluate(() => (document.querySelector('rhi-interview') as HTMLElement & { ruleset?: { id: string } }).ruleset?.id), 'england');
    assert.equal(await page.evaluate(() => document.querySelector('rhi-interview-form')?.getAttribute('draft-key')), 'case-RHI-2026-0117-episode-3');
    assert.deepEqual(await axeViolations(page, axeSource), [], 'axe in English');

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');

    await page.click('a[data-lang="cy"]');
    await waitUntil(page, 'the page in Welsh', () => document.documentElement.lang === 'cy' && document.querySelector('h1')?.textContent === 'Cyfweliad dychwelyd adref');
    await settle(page);
    assert.equal(await headingOf(page, 'rhi-interview-form'), 'Am y plentyn');
    assert.equal(await page.evaluate(() => location.search), '?lang=cy');
    assert.equal(await page.evaluate(() => (document.getElementById('record-language') as HTMLInputElement).value), 'cy');
    assert.deepEqual(await axeViolations(page, axeSource), [], 'axe in Welsh');
    assert.deepEqual(problems, []);
  });

  it("switches to the example locality's rules and its own questions, fetched by the page", async () => {
    const { page, problems } = await tab();
    await openPortal(page, portal.url);
    await page.select('#locality', 'example-locality');
    await page.click('#locality-form button[type="submit"]');
    await waitUntil(page, "the example locality's ruleset", () => (document.querySelector('rhi-interview') as HTMLElement & { ruleset?: { id: string } }).ruleset?.id === 'example-locality');
    await settle(page);
    const opened = await page.evaluate(async () => {
      const form = document.querySelector('rhi-interview-form') as HTMLElement & { goToPage: (id: string) => Promise<void> };
      await form.goToPage('local-exploitation');
      return form.shadowRoot?.getElementById('page-heading')?.textContent?.trim();
    });
    assert.equal(opened, 'Exploitation hub and places of concern');
    assert.equal(await page.evaluate(() => document.getElementById('portal-status')?.textContent), 'Rules in use: Example Locality (builds on England).');
    assert.equal(await page.evaluate(() => location.search), '?locality=example-locality');
    assert.deepEqual(problems, []);
  });

  it('loads S05 from the scenario list, shows High, confirms the referrals and posts them with the record by the native form', async () => {
    const { page, problems, consoleLines } = await tab();
    await openPortal(page, portal.url);
    await page.select('#scenario', 'S05');
    await Promise.all([page.waitForNavigation(), page.click('#scenario-form button[type="submit"]')]);
    await waitForComponents(page);
    await waitUntil(page, "S05's assessment", () => (document.querySelector('rhi-risk-panel') as HTMLElement & { assessment?: { riskLevel: string } }).assessment?.riskLevel === 'high');
    await settle(page);
    assert.equal(await levelShown(page), 'High');
    assert.equal(await page.evaluate(() => document.querySelector('rhi-interview')?.getAttribute('now')), s05.now);
    assert.equal(await page.evaluate(() => document.querySelector('rhi-interview-form')?.getAttribute('draft-key')), 'training-scenario', "a training scenario's record is drafted apart from the case's");
    assert.deepEqual(await axeViolations(page, axeSource), [], 'axe with a scenario loaded');

    assert.equal(await headingOf(page, 'rhi-referral-wizard'), 'Which referrals are you making?');
    const passed = await walkWizardToCheck(page);
    assert.equal(passed.at(-1), 'Check the referrals before you send them');
    await pressButton(page, 'rhi-referral-wizard', 'Confirm and send referrals');
    const kept = await page.evaluate(() => JSON.stringify((document.querySelector('rhi-referral-wizard') as HTMLElement & { referralDecision: () => { referrals?: unknown } }).referralDecision().referrals));

    await page.evaluate(() => (document.querySelector('rhi-interview-form') as HTMLElement & { goToPage: (id: string) => Promise<void> }).goToPage('check'));
    await settle(page);
    const submitted = await page.evaluate(() => JSON.stringify((document.querySelector('rhi-interview-form') as HTMLElement & { submittedAnswers: unknown }).submittedAnswers));
    const submit = await buttonIn(page, 'rhi-interview-form', ['Submit interview record']);
    await Promise.all([page.waitForNavigation(), submit.click()]);

    assert.equal(await page.evaluate(() => location.pathname), '/cases/TRAINING-S05/return-home-interview', "a training record never goes into the case's");
    assert.equal(await page.evaluate(() => document.querySelector('h1')?.textContent), 'Interview record received');
    const echoed = await page.evaluate(() => ({
      answers: document.getElementById('posted-answers-json')?.textContent ?? '',
      referrals: document.getElementById('posted-referrals-json')?.textContent ?? '',
      assessment: document.getElementById('posted-assessment-json')?.textContent ?? '',
    }));
    assert.deepEqual(JSON.parse(echoed.answers), JSON.parse(submitted));
    assert.deepEqual(JSON.parse(echoed.answers), s05.answers);
    assert.deepEqual(JSON.parse(echoed.referrals), JSON.parse(kept), 'the referral decisions went with the answers');
    const posted = JSON.parse(echoed.referrals) as { decision: string; package: { referrals: { agency: string }[] } };
    assert.equal(posted.decision, 'confirmed');
    const referred = posted.package.referrals.map((referral) => referral.agency);
    for (const agency of s05.expect.referrals.include) assert.ok(referred.includes(agency), `${agency} referred`);
    assert.equal((JSON.parse(echoed.assessment) as { riskLevel: string }).riskLevel, 'high', 'the assessment it was decided on went with them');
    assert.deepEqual(await axeViolations(page, axeSource), [], 'axe on the echo page');
    assert.deepEqual(problems, []);
    const childsWords = (s05.answers.afterReturn as { childsWords: string }).childsWords;
    assert.deepEqual(consoleLines.filter((line) => line.includes(childsWords)), [], 'no answer in the console');
    assert.doesNotMatch(portal.output(), new RegExp(childsWords.slice(0, 12)), 'no answer printed by the server');
  });
});
