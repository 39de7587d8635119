// `node --import tsx scripts/report-screenshots.mjs`: pictures of the HTML service report
// (`rhi report --format html`) for the docs, made from the report fixtures in English and Welsh
// (test/fixtures/report-html/), at 1280 and 320 pixels wide, the whole page each time, written
// to docs/screenshots/report-*.png. Also says how wide each page is, so a page wider than the
// window (a reflow failure, WCAG 1.4.10) is seen at once.
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { renderReportHtml } from '../packages/cli/src/report/report-html.ts';
import { chromiumArgs, findBrowser } from '../test/support/browser-path.mjs';

const root = new URL('..', import.meta.url).pathname;
const folder = join(root, 'docs/screenshots');
const executablePath = findBrowser();
if (!executablePath) {
  console.error('report screenshots: no Chromium or Chrome found. Install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

const pages = await mkdtemp(join(tmpdir(), 'rhi-report-pictures-'));
await mkdir(folder, { recursive: true });
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...chromiumArgs, '--font-render-hinting=none', '--hide-scrollbars'] });
const written = [];
try {
  for (const lang of ['en', 'cy']) {
    const report = JSON.parse(await readFile(join(root, `test/fixtures/report-html/service-report.${lang}.json`), 'utf8'));
    const file = join(pages, `report.${lang}.html`);
    await writeFile(file, renderReportHtml(report));
    for (const width of [1280, 320]) {
      const page = await browser.newPage();
      const violations = [];
      page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
      await page.setViewport({ width, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const name = `report-${width}${lang === 'cy' ? '-cy' : ''}.png`;
      await page.screenshot({ path: join(folder, name), fullPage: true });
      written.push(`${name} (page ${scrollWidth} px wide)`);
      if (violations.length > 0) throw new Error(`${name}: ${violations.join('\n')}`);
      if (scrollWidth > width) console.error(`report screenshots: ${name} is ${scrollWidth} px wide in a ${width} px window`);
      await page.close();
    }
  }
  console.log(`report screenshots: wrote ${written.join(', ')} to ${folder}`);
} finally {
  await browser.close();
}
