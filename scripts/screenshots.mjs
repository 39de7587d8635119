// `node scripts/screenshots.mjs` (after `npm run build`): pictures of each component for the docs,
// taken from the demo portal in headless Chromium at 1280×900, and the whole page at 320 and 375 px
// wide, with training scenario S02 open (its own fixed moment, reduced motion), written to
// docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startPortal } from '../demo/start-portal.mjs';
import { chromiumArgs, findBrowser } from '../test/support/browser-path.mjs';

const root = new URL('..', import.meta.url).pathname;
const folder = join(root, 'docs/screenshots');
const scenario = 'S02';

const executablePath = findBrowser();
if (!executablePath) {
  console.error('screenshots: no Chromium or Chrome found. Install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

const portal = await startPortal();
const bundle = await fetch(`${portal.url}/assets/rhi-toolkit.js`, { method: 'HEAD' });
if (!bundle.ok) {
  await portal.stop();
  console.error('screenshots: dist/rhi-toolkit.js is missing. Run npm run build first.');
  process.exit(1);
}

const browser = await puppeteer.launch({ executablePath, headless: true, args: [...chromiumArgs, '--font-render-hinting=none', '--hide-scrollbars'] });
try {
  await mkdir(folder, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));

  await page.goto(`${portal.url}/?scenario=${scenario}`, { waitUntil: 'networkidle0' });
  await settled(page, 'High');

  await page.screenshot({ path: join(folder, 'portal.png'), fullPage: true });
  await shoot(page, 'rhi-interview-form', 'interview-form.png');
  await shoot(page, 'rhi-referral-wizard', 'referral-wizard.png');
  await unstick(page);
  await shoot(page, 'rhi-risk-panel:not([compact])', 'risk-panel.png');

  await page.click('a[data-lang="cy"]');
  await settled(page, 'Uchel');
  await unstick(page);
  await shoot(page, 'rhi-risk-panel:not([compact])', 'risk-panel-cy.png');

  // Reflow (WCAG 1.4.10): the whole page on a phone, in English and Welsh, as the reflow test
  // measures it (test/demo/portal-reflow.node.test.ts).
  const narrow = [];
  for (const [width, lang] of [
    [320, 'en'],
    [320, 'cy'],
    [375, 'en'],
  ]) {
    const phone = await browser.newPage();
    await phone.setViewport({ width, height: 800 });
    await phone.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    phone.on('pageerror', (error) => problems.push(error.message));
    await phone.goto(`${portal.url}/?scenario=${scenario}${lang === 'cy' ? '&lang=cy' : ''}`, { waitUntil: 'networkidle0' });
    await settled(phone, lang === 'cy' ? 'Uchel' : 'High');
    const name = `portal-${width}${lang === 'cy' ? '-cy' : ''}.png`;
    await phone.screenshot({ path: join(folder, name), fullPage: true });
    narrow.push(name);
    await phone.close();
  }

  if (problems.length > 0) throw new Error(`the portal reported problems:\n${problems.join('\n')}`);
  console.log(`screenshots: wrote portal.png, interview-form.png, referral-wizard.png, risk-panel.png, risk-panel-cy.png and ${narrow.join(', ')} to ${folder}`);
} finally {
  await browser.close();
  await portal.stop();
}

/**
 * Waits until the components have rendered the scenario's assessment, with the panel's level in
 * the expected words, then for fonts and two frames. (Polled with evaluate: puppeteer's
 * waitForFunction compiles code in the page, which the portal's policy blocks.)
 */
async function settled(page, level) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const shown = await page.evaluate(() => document.querySelector('rhi-risk-panel:not([compact])')?.shadowRoot?.querySelector('.level__word')?.textContent?.trim());
    const ready = await page.evaluate(() => Boolean(document.querySelector('rhi-referral-wizard')?.shadowRoot?.getElementById('page-heading')));
    if (shown === level && ready) break;
    if (Date.now() > deadline) throw new Error(`the risk panel never showed '${level}' (it shows '${shown}')`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.evaluate(async () => {
    await document.querySelector('rhi-interview').settled();
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** The panel's column scrolls on its own beside the form; for a picture of the whole panel, it must not. */
async function unstick(page) {
  await page.evaluate(() => {
    const column = document.getElementById('risk-column');
    column.style.position = 'static';
    column.style.maxHeight = 'none';
    column.style.overflow = 'visible';
    // The level sticks to the top of whatever scrolls: in a picture of the whole panel it must stay first.
    const level = document.querySelector('rhi-risk-panel:not([compact])').shadowRoot.querySelector('[part~="level"]');
    if (level) level.style.position = 'static';
  });
}

async function shoot(page, selector, name) {
  const element = await page.$(selector);
  await element.screenshot({ path: join(folder, name) });
}
