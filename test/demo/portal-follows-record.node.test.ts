// The demo portal follows the record it shows (issue 14, point 9, and the training part of point 1):
// the case header follows a loaded scenario, status messages switch language with the page, the
// locality list is whatever the build packaged (a provider's own folder appears without code), and
// a training scenario's record survives a reload but starts afresh when a scenario is loaded.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  axeViolations,
  clickControl,
  launchChromium,
  openPortal,
  openTab,
  portalInChromium,
  pressButton,
  settle,
  waitForComponents,
  waitUntil,
  wizardPosition,
  type PortalPage,
} from './portal-page.js';

// A computed specifier: the portal's handler is plain JavaScript, without type declarations.
const { portalHandler } = (await import('../../demo/' + 'portal-server.mjs')) as {
  portalHandler: (options: { log?: (line: string) => void; rulesetsFolder?: string }) => (request: unknown, response: unknown) => Promise<void>;
};

const root = new URL('../../', import.meta.url).pathname;
const builtRulesets = join(root, 'packages/engine/dist/rulesets');
const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const scenario = async (id: string) => JSON.parse(await readFile(join(root, `test/scenarios/${id.toLowerCase()}.json`), 'utf8')) as { answers: { afterReturn: { childsWords: string } } };

const text = (page: Page, id: string) => page.evaluate((name) => document.getElementById(name)?.textContent?.trim() ?? '', id);

/** Picks a scenario from the list and loads it, as a trainer does (a navigation, not a reload). */
async function loadScenario(page: Page, id: string): Promise<void> {
  await page.select('#scenario', id);
  await Promise.all([page.waitForNavigation(), page.click('#scenario-form button[type="submit"]')]);
  await waitForComponents(page);
  await waitUntil(page, `scenario ${id} loaded`, (wanted) => document.getElementById('portal-status')?.textContent?.includes(wanted) ?? false, id);
  await settle(page);
}

/** Chooses a locality's rules in the portal's list, as a provider does, and waits until they are in use. */
async function chooseLocality(page: Page, id: string): Promise<void> {
  await page.select('#locality', id);
  await page.click('#locality-form button[type="submit"]');
  await waitUntil(page, `the rules of ${id}`, (wanted) => (document.querySelector('rhi-interview') as HTMLElement & { ruleset?: { id: string } }).ruleset?.id === wanted, id);
}

/** Follows the header's language link and waits until the page is in that language. */
async function switchLanguage(page: Page, lang: 'en' | 'cy'): Promise<void> {
  await page.click(`a[data-lang="${lang}"]`);
  await waitUntil(page, `the page in ${lang}`, (wanted) => document.documentElement.lang === wanted, lang);
}

/** What the child said, as the form holds it. */
function childsWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const form = document.querySelector('rhi-interview-form') as HTMLElement & { answers: { afterReturn?: { childsWords?: string } } };
    return form.answers.afterReturn?.childsWords ?? '';
  });
}

describe('the demo portal follows the record', { timeout: 600_000 }, () => {
  const { url, tab } = portalInChromium();

  it("shows a loaded scenario's episode and reference in the case header, and keeps status messages in the page's language", async () => {
    const { page, problems } = await tab();
    await openPortal(page, url());
    assert.equal(await text(page, 'case-episode'), '3rd missing episode', "the case's own episode");
    assert.equal(await text(page, 'case-reference'), 'RHI-2026-0117');

    // S02's child has three earlier episodes: this is the fourth.
    await loadScenario(page, 'S02');
    assert.equal(await text(page, 'case-episode'), '4th missing episode');
    assert.equal(await text(page, 'case-reference'), 'TRAINING-S02');
    assert.equal(await text(page, 'case-child'), 'Fictional (training)');
    assert.equal(await text(page, 'portal-status'), 'Training scenario S02 loaded.');

    await switchLanguage(page, 'cy');
    await settle(page);
    assert.equal(await text(page, 'portal-status'), "Mae senario hyfforddi S02 wedi'i lwytho.", 'the status message follows the language');
    assert.equal(await text(page, 'case-episode'), 'Tro ar goll rhif 4');
    assert.equal(await text(page, 'case-child'), 'Dychmygol (hyfforddiant)');

    await chooseLocality(page, 'wales');
    assert.equal(await text(page, 'portal-status'), 'Rheolau ar waith: Cymru (yn adeiladu ar Lloegr).');
    await switchLanguage(page, 'en');
    assert.equal(await text(page, 'portal-status'), 'Rules in use: Wales (builds on England).');
    assert.deepEqual(problems, []);
  });

  it("keeps a training scenario's record across a reload, and starts afresh from the file when a scenario is loaded", async () => {
    const { page, problems } = await tab();
    const s05 = await scenario('S05');
    await openPortal(page, url());
    await loadScenario(page, 'S05');
    assert.equal(await childsWords(page), s05.answers.afterReturn.childsWords);

    // The trainer adds to what the child said, as a worker would, then reloads mid-session.
    const added = ' Added in training: the child asked for the helpline number.';
    await page.evaluate(async () => {
      const form = document.querySelector('rhi-interview-form') as HTMLElement & { goToPage: (id: string) => Promise<void> };
      await form.goToPage('since-coming-back');
    });
    const box = await page.waitForSelector('rhi-interview-form >>> textarea[id="field-afterReturn.childsWords"]');
    await box!.click();
    await page.keyboard.press('End');
    await page.keyboard.type(added);
    await page.evaluate(() => (document.querySelector('rhi-interview-form') as HTMLElement & { saveDraft: () => Promise<void> }).saveDraft());
    await page.reload({ waitUntil: 'load' });
    await waitForComponents(page);
    await waitUntil(page, 'the restored record', () => document.getElementById('portal-status')?.textContent?.includes('so far is back') ?? false);
    await settle(page);
    assert.equal(await childsWords(page), s05.answers.afterReturn.childsWords + added, 'the reload kept what the trainer typed');
    assert.equal(await text(page, 'case-reference'), 'TRAINING-S05');

    // Loading a scenario (even the same one) from the list starts from its file.
    await loadScenario(page, 'S03');
    assert.equal(await childsWords(page), (await scenario('S03')).answers.afterReturn.childsWords);
    await loadScenario(page, 'S05');
    assert.equal(await childsWords(page), s05.answers.afterReturn.childsWords, "the earlier training record was cleared when another scenario was loaded");
    assert.deepEqual(problems, []);
  });
});

/** The wizard's whole state as the page holds it, and the step's heading. */
function wizardShown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wizard = document.querySelector('rhi-referral-wizard') as HTMLElement & { wizardState?: unknown };
    return JSON.stringify({ state: wizard.wizardState, heading: wizard.shadowRoot?.getElementById('page-heading')?.textContent?.replace(/\s+/g, ' ').trim() });
  });
}

async function reloadTraining(page: Page): Promise<void> {
  await page.evaluate(() => (document.querySelector('rhi-interview-form') as HTMLElement & { saveDraft: () => Promise<void> }).saveDraft());
  await page.reload({ waitUntil: 'load' });
  await waitForComponents(page);
  await waitUntil(page, 'the restored record', () => document.getElementById('portal-status')?.textContent?.includes('so far is back') ?? false);
  await settle(page);
}

describe("the demo portal's training record across reloads", { timeout: 900_000 }, () => {
  const { url, tab } = portalInChromium();

  it("restores S05's referral decisions exactly at every wizard step and after 'Referrals confirmed'", async () => {
    const { page, problems } = await tab();
    await openPortal(page, url());
    await loadScenario(page, 'S05');
    const steps: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      const before = await wizardShown(page);
      await reloadTraining(page);
      assert.equal(await wizardShown(page), before, `a reload at wizard step ${steps.length + 1} kept it as it was`);
      const { step, agency, hasAgreement: agreement } = await wizardPosition(page);
      steps.push(step);
      if (step === 'check') break;
      if (step === 'sharing') {
        if (agreement) await clickControl(page, 'rhi-referral-wizard', `agreement-${agency}-0`);
        await clickControl(page, 'rhi-referral-wizard', `told-${agency}-0`);
      }
      await pressButton(page, 'rhi-referral-wizard', 'Continue');
    }
    assert.equal(steps.at(-1), 'check', `the walk reached the check step: ${steps.join(' → ')}`);
    await pressButton(page, 'rhi-referral-wizard', 'Confirm and send referrals');
    const sent = await wizardShown(page);
    assert.match(sent, /"step":"sent"/);
    await reloadTraining(page);
    assert.equal(await wizardShown(page), sent, "'Referrals confirmed' survives a reload");
    const decision = await page.evaluate(() => (document.querySelector('rhi-referral-wizard') as HTMLElement & { referralDecision: () => { decision: string } }).referralDecision().decision);
    assert.equal(decision, 'confirmed', 'the record still carries the confirmed package');
    assert.deepEqual(problems, []);
  });
});

describe("the demo portal's locality list", { timeout: 600_000 }, () => {
  let folder: string;
  let server: Server;
  let url: string;
  let browser: Browser;
  const tabs: PortalPage[] = [];

  // A provider's own ruleset, built beside the toolkit's: a copy of the example locality under a
  // new id and title, as `npm run build` would write it for a new folder rules/north-shire/.
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rhi-rulesets-'));
    for (const name of await readdir(builtRulesets)) await copyFile(join(builtRulesets, name), join(folder, name));
    for (const name of await readdir(builtRulesets)) {
      if (!name.startsWith('example-locality.')) continue;
      const renamed = name.replace('example-locality.', 'north-shire.');
      if (name === 'example-locality.json') {
        const ruleset = JSON.parse(await readFile(join(builtRulesets, name), 'utf8')) as Record<string, unknown>;
        await writeFile(join(folder, renamed), JSON.stringify({ ...ruleset, id: 'north-shire', title: { en: 'North Shire', cy: 'Swydd y Gogledd' }, chain: ['england', 'north-shire'] }));
      } else await copyFile(join(builtRulesets, name), join(folder, renamed));
    }
    server = createServer(portalHandler({ log: () => {}, rulesetsFolder: folder }) as Parameters<typeof createServer>[1]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await Promise.all(tabs.map((tab) => tab.context.close()));
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await rm(folder, { recursive: true, force: true });
  });

  it('offers every built ruleset, a provider’s own among them, named from its title in English and Welsh', async () => {
    const index = (await (await fetch(`${url}/assets/rulesets/index.json`)).json()) as { id: string }[];
    assert.deepEqual(index.map((entry) => entry.id), ['england', 'example-locality', 'north-shire', 'wales']);

    const opened = await openTab(browser);
    tabs.push(opened);
    const { page, problems } = opened;
    await openPortal(page, url);
    const options = () => page.evaluate(() => [...(document.getElementById('locality') as HTMLSelectElement).options].map((option) => `${option.value}: ${option.textContent}`));
    assert.deepEqual(await options(), [
      'england: England (the base rules)',
      'example-locality: Example Locality (builds on England)',
      'north-shire: North Shire (builds on England)',
      'wales: Wales (builds on England)',
    ]);
    await chooseLocality(page, 'north-shire');
    assert.equal(await text(page, 'case-locality'), 'North Shire (builds on England)');
    await switchLanguage(page, 'cy');
    assert.equal(await text(page, 'case-locality'), 'Swydd y Gogledd (yn adeiladu ar Lloegr)');
    assert.deepEqual(await axeViolations(page, axeSource), []);
    assert.deepEqual(problems, []);
  });

  it('says so, and uses England, when the address names rules that were never built', async () => {
    const opened = await openTab(browser);
    tabs.push(opened);
    const { page } = opened;
    await openPortal(page, `${url}/?locality=nowhere`);
    assert.match(await text(page, 'portal-problem'), /There are no built rules called 'nowhere'\. England's rules are used\./);
    assert.equal(await page.evaluate(() => (document.querySelector('rhi-interview') as HTMLElement & { ruleset?: { id: string } }).ruleset?.id), 'england');
  });
});
