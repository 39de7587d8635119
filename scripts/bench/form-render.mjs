// How big the page bundle is and how quickly the interview form first renders in headless
// Chromium (Debian's), measured on fresh page loads from a loopback server.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser } from '../../test/support/browser-path.mjs';
import { bundleSize } from './bundle-size.mjs';

const root = new URL('../..', import.meta.url).pathname;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const benchPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>form render</title>
<script type="module" src="/__bench__/form.js"></script></head><body></body></html>`;

// Times taken in the page: loading and registering the bundle, the first page of an empty form,
// and "check your answers" for S02 (every page's answers at once: the largest single render).
const benchScript = `
const scenario = await (await fetch('/test/scenarios/s02.json')).json();
const beforeModule = performance.now();
await import('/dist/rhi-toolkit.js');
const moduleMs = performance.now() - beforeModule;
const beforeFirstPage = performance.now();
const form = document.createElement('rhi-interview-form');
form.noDrafts = true;
document.body.append(form);
await form.updateComplete;
const firstPageMs = performance.now() - beforeFirstPage;
form.answers = scenario.answers;
const beforeCheck = performance.now();
await form.goToPage('check');
const checkAnswersMs = performance.now() - beforeCheck;
const fields = form.shadowRoot.querySelectorAll('.summary-list__row').length;
window.benchResult = { moduleMs, firstPageMs, checkAnswersMs, sinceNavigationMs: performance.now(), fields };
`;

/** A loopback server for the repository's files, plus the benchmark pages given (path → [type, body]). */
export function serve(pages = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (pages[path]) {
      response.setHeader('content-type', pages[path][0]);
      return response.end(pages[path][1]);
    }
    if (path === '/__bench__/form.html') return response.end(benchPage);
    if (path === '/__bench__/form.js') {
      response.setHeader('content-type', 'text/javascript');
      return response.end(benchScript);
    }
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = readFileSync(file);
      response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function measureFormRender(loads = 10) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('bench: no Chromium found (install Debian\'s chromium or set CHROME_PATH)');
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
  const results = [];
  try {
    for (let load = 0; load < loads + 1; load += 1) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/__bench__/form.html`);
      await page.waitForFunction('window.benchResult', { timeout: 20000 });
      const result = await page.evaluate('window.benchResult');
      // The first load fills the browser's caches; it is not counted.
      if (load > 0) results.push(result);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const round = (value) => Math.round(value * 10) / 10;
  return {
    loads,
    fieldsOnCheckAnswers: results[0].fields,
    moduleLoadMsP50: round(median(results.map((result) => result.moduleMs))),
    firstPageRenderMsP50: round(median(results.map((result) => result.firstPageMs))),
    checkAnswersRenderMsP50: round(median(results.map((result) => result.checkAnswersMs))),
    navigationToFullFormMsP50: round(median(results.map((result) => result.sinceNavigationMs))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ bundle: bundleSize(), render: await measureFormRender() }, null, 2));
}
