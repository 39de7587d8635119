// Reflow (WCAG 2.2, 1.4.10): at 320 and 375 CSS px the demo portal never scrolls sideways, on every
// page of the form, with the risk panel beside it, and at every step of the referral wizard, in
// English and in Welsh. Measured in Chromium on the whole page, so the council's own markup and the
// three components are judged together, as a worker on a phone would meet them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { clickControl, openPortal, portalInChromium, pressButton, settle, wizardPosition } from './portal-page.js';


const root = new URL('../../', import.meta.url).pathname;
const layout = JSON.parse(await readFile(join(root, 'packages/engine/dist/rulesets/england.interview.layout.json'), 'utf8')) as { pages: { id: string }[] };

/**
 * What sticks out past the right edge: the page's scroll width, and the elements and text that
 * reach past the viewport (shadow roots included), named so a failure says where to look.
 */
function sideways(page: Page): Promise<{ scrollWidth: number; width: number; offenders: string[] }> {
  // One function with no inner named functions: the test's compiler would name them with a helper
  // the page does not have.
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    const roots: [Document | ShadowRoot, string][] = [[document, '']];
    for (let next = roots.pop(); next; next = roots.pop()) {
      const [root, host] = next;
      for (const element of root.querySelectorAll('*')) {
        const named = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}>`;
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 0.5 && getComputedStyle(element).clip === 'auto' && !element.closest('.visually-hidden')) {
          offenders.push(`${host}${named} reaches ${Math.round(box.right)} px`);
        }
        // Text can run past a box that fits (an unbreakable word, a pointer): measure the text too.
        for (const node of element.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const right = range.getBoundingClientRect().right;
          if (right > width + 0.5) offenders.push(`${host}${named}'s text "${node.textContent.trim().slice(0, 40)}…" reaches ${Math.round(right)} px`);
        }
        if (element.shadowRoot) roots.push([element.shadowRoot, `${host}${named} › `]);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders: offenders.slice(0, 10) };
  });
}

async function assertNoSidewaysScroll(page: Page, where: string): Promise<void> {
  await settle(page);
  const found = await sideways(page);
  assert.ok(found.scrollWidth <= found.width, `${where}: the page is ${found.scrollWidth} px wide in a ${found.width} px window; ${found.offenders.join('; ')}`);
}

describe('the demo portal reflows at 320 and 375 px (WCAG 1.4.10)', { timeout: 900_000 }, () => {
  const { url, tab } = portalInChromium();

  for (const [width, lang] of [
    [320, 'en'],
    [375, 'en'],
    [320, 'cy'],
  ] as const) {
    it(`has no sideways scroll at ${width} px in ${lang === 'en' ? 'English' : 'Welsh'}: every form page, the panel, every wizard step`, async () => {
      const { page, problems } = await tab();
      await page.setViewport({ width, height: 800 });
      await openPortal(page, `${url()}/?scenario=S02${lang === 'cy' ? '&lang=cy' : ''}`);
      await assertNoSidewaysScroll(page, 'the case page with S02');

      for (const id of [...layout.pages.map((entry) => entry.id), 'check']) {
        await page.evaluate((pageId) => (document.querySelector('rhi-interview-form') as HTMLElement & { goToPage: (id: string) => Promise<void> }).goToPage(pageId), id);
        await assertNoSidewaysScroll(page, `form page '${id}'`);
      }

      for (let guard = 0; guard < 60; guard++) {
        const position = await wizardPosition(page);
        await assertNoSidewaysScroll(page, `wizard step '${position.step}'${position.agency ? ` (${position.agency})` : ''}`);
        if (position.step === 'check') break;
        if (position.step === 'sharing') {
          if (position.hasAgreement) await clickControl(page, 'rhi-referral-wizard', `agreement-${position.agency}-0`);
          await clickControl(page, 'rhi-referral-wizard', `told-${position.agency}-0`);
        }
        await pressButton(page, 'rhi-referral-wizard', 'Continue', 'Parhau');
      }
      assert.equal((await wizardPosition(page)).step, 'check', 'the walk reached the check step');
      assert.deepEqual(problems, []);
    });
  }
});
