// From a key pressed in the interview form to the risk panel showing the new assessment, in
// headless Chromium: the england ruleset, the full interview layout, S02's answers, the three
// components wired by <rhi-interview> from dist/rhi-toolkit.js — what an interviewer waits for.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser } from '../../test/support/browser-path.mjs';
import { serve } from './form-render.mjs';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>keystroke to panel</title>
<script type="module" src="/__bench__/keystrokes.js"></script></head><body>
<rhi-interview now="2026-05-12T14:00:00Z"><rhi-interview-form no-drafts></rhi-interview-form><rhi-risk-panel></rhi-risk-panel></rhi-interview>
</body></html>`;

// Each key: keydown (capture, before the form sees it) → rhi-assessment → the panel has rendered it.
const script = `
const scenario = await (await fetch('/test/scenarios/s02.json')).json();
const ruleset = await (await fetch('/packages/engine/dist/rulesets/england.json')).json();
await import('/dist/rhi-toolkit.js');
const interview = document.querySelector('rhi-interview');
const form = document.querySelector('rhi-interview-form');
const panel = document.querySelector('rhi-risk-panel');
const { childsWords, ...afterReturn } = scenario.answers.afterReturn ?? {};
interview.answers = { ...scenario.answers, afterReturn };
interview.ruleset = ruleset;
await interview.settled();
await form.goToPage('since-coming-back');
const box = form.shadowRoot.getElementById('field-afterReturn.childsWords');
box.focus();
let pressedAt;
window.keyTimes = [];
document.addEventListener('keydown', () => { pressedAt = performance.now(); }, true);
interview.addEventListener('rhi-assessment', async () => {
  if (pressedAt === undefined) return;
  const started = pressedAt;
  pressedAt = undefined;
  await panel.updateComplete;
  window.keyTimes.push(performance.now() - started);
});
window.benchReady = true;
`;

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** Types `keys` characters one at a time, waiting for the panel after each; returns p50/p95 ms and the page's heap. */
export async function measureKeystrokeToPanel(keys = 80) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error("bench: no Chromium found (install Debian's chromium or set CHROME_PATH)");
  const server = await serve({ '/__bench__/keystrokes.html': ['text/html', page], '/__bench__/keystrokes.js': ['text/javascript', script] });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/__bench__/keystrokes.html`);
    await tab.waitForFunction('window.benchReady === true', { timeout: 30000 });
    const text = 'She said the older men gave her a phone and told her where to go next time. ';
    for (let index = 0; index < keys + 10; index += 1) {
      const before = await tab.evaluate('window.keyTimes.length');
      await tab.keyboard.type(text[index % text.length]);
      await tab.waitForFunction(`window.keyTimes.length > ${before}`, { timeout: 10000 });
    }
    // The first ten keys warm the page up; they are not counted.
    const times = (await tab.evaluate('window.keyTimes')).slice(10);
    const { JSHeapUsedSize } = await tab.metrics();
    const round = (value) => Math.round(value * 100) / 100;
    return { keys: times.length, p50Ms: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), heapMB: round(JSHeapUsedSize / 1_048_576) };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureKeystrokeToPanel(), null, 2));
