/**
 * Driving the demo portal in headless Chromium (puppeteer-core) the way a person would: real
 * clicks into the components' shadow roots, waiting for them to settle, and keeping every
 * Content-Security-Policy violation, console error and uncaught error the page produces.
 */
import { after, before } from 'node:test';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

// Computed specifiers: the shared browser finder and the portal starter are plain JavaScript, without type declarations.
const browserPath = '../support/' + 'browser-path.mjs';
const { chromiumArgs, findBrowser } = (await import(browserPath)) as { chromiumArgs: string[]; findBrowser: () => string | undefined };
const { startPortal } = (await import('../../demo/' + 'start-portal.mjs')) as {
  startPortal: () => Promise<{ url: string; stop: () => Promise<number | string> }>;
};

/**
 * The portal (`node demo/serve.mjs` on a free port) and Chromium for the tests of one describe
 * block, started before them and stopped after; `tab()` opens a tab in a context of its own.
 */
export function portalInChromium(): { url: () => string; tab: () => Promise<PortalPage> } {
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  let browser: Browser | undefined;
  const tabs: PortalPage[] = [];
  before(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  });
  after(async () => {
    await Promise.all(tabs.map((tab) => tab.context.close()));
    await browser?.close();
    await portal?.stop();
  });
  return {
    url: () => portal!.url,
    tab: async () => {
      const opened = await openTab(browser!);
      tabs.push(opened);
      return opened;
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium or Chrome found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
}

export interface PortalPage {
  context: BrowserContext;
  page: Page;
  /** CSP violations, console errors and uncaught errors, on every page this tab has shown. */
  problems: string[];
  /** Every console line, to check no answer was written there. */
  consoleLines: string[];
}

/** A new tab in its own browser context (its own IndexedDB: no drafts from other tests), recording problems. */
export async function openTab(browser: Browser): Promise<PortalPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // The components scroll smoothly to a new page's heading unless motion is reduced; a click
  // aimed while the page still moves would land beside its target.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const problems: string[] = [];
  const consoleLines: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    consoleLines.push(message.text());
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  return { context, page, problems, consoleLines };
}

/** Opens a portal address and waits until the form, the panel and the wizard have rendered an assessment. */
export async function openPortal(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForComponents(page);
}

/**
 * Polls a condition in the page until it holds. (puppeteer's own waitForFunction compiles its
 * polling code with `new Function` in the page, which the portal's CSP rightly blocks.)
 */
export async function waitUntil<Args extends unknown[]>(page: Page, what: string, condition: (...args: Args) => boolean, ...args: Args): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await page.evaluate(condition as (...args: unknown[]) => boolean, ...args))) {
    if (Date.now() > deadline) throw new Error(`waited 20 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function waitForComponents(page: Page): Promise<void> {
  await waitForRender(page).catch(async (error: Error) => {
    const seen = await page.evaluate(() => ({
      defined: ['rhi-interview', 'rhi-interview-form', 'rhi-risk-panel', 'rhi-referral-wizard'].filter((tag) => customElements.get(tag) !== undefined),
      ruleset: (document.querySelector('rhi-interview') as HTMLElement & { ruleset?: { id: string } }).ruleset?.id,
      problem: document.getElementById('portal-problem')?.textContent,
    }));
    throw new Error(`${error.message}; the page had ${JSON.stringify(seen)}`);
  });
  await settle(page);
}

function waitForRender(page: Page): Promise<void> {
  return waitUntil(
    page,
    'the form, the panel and the wizard to render an assessment',
    () => {
      const interview = document.querySelector('rhi-interview') as (HTMLElement & { assessment?: unknown }) | null;
      const panel = document.querySelector('rhi-risk-panel:not([compact])') as (HTMLElement & { assessment?: unknown }) | null;
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const headings = [
        document.querySelector('rhi-interview-form')?.shadowRoot?.getElementById('page-heading'),
        panel?.shadowRoot?.getElementById('panel-heading'),
        document.querySelector('rhi-referral-wizard')?.shadowRoot?.getElementById('page-heading'),
      ];
      return interview?.assessment !== undefined && panel?.assessment === interview.assessment && headings.every(Boolean);
    },
  );
}

/** Waits for every component's update and two frames. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const interview = document.querySelector('rhi-interview') as (HTMLElement & { settled?: () => Promise<unknown> }) | null;
    await interview?.settled?.();
    for (const tag of ['rhi-interview-form', 'rhi-risk-panel', 'rhi-referral-wizard']) {
      await (document.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** The risk level word the panel shows. */
export function levelShown(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('rhi-risk-panel')?.shadowRoot?.querySelector('.level__word')?.textContent?.trim() ?? '');
}

/** The heading of the page a component shows. */
export function headingOf(page: Page, tag: string): Promise<string> {
  return page.evaluate((name) => document.querySelector(name)?.shadowRoot?.getElementById('page-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '', tag);
}

/** A button inside a component, by the start of its words. */
export async function buttonIn(page: Page, tag: string, words: string[]): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle(
    (name, starts) =>
      [...(document.querySelector(name)?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) =>
        starts.some((start) => (button.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(start)),
      ) ?? null,
    tag,
    words,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`No button '${words.join("' or '")}' in <${tag}> (page: ${await headingOf(page, tag)})`);
  return button;
}

export async function pressButton(page: Page, tag: string, ...words: string[]): Promise<void> {
  await (await buttonIn(page, tag, words)).click();
  await settle(page);
}

/** Clicks a control inside a component by its id. */
export async function clickControl(page: Page, tag: string, id: string): Promise<void> {
  const control = await page.$(`${tag} >>> [id="${id}"]`);
  if (!control) throw new Error(`No #${id} in <${tag}> (page: ${await headingOf(page, tag)})`);
  await control.click();
  await settle(page);
}

interface WizardPosition {
  step: string;
  agency: string | undefined;
  errors: string[];
  hasAgreement: boolean;
}

export function wizardPosition(page: Page): Promise<WizardPosition> {
  return page.evaluate(() => {
    const wizard = document.querySelector('rhi-referral-wizard') as HTMLElement & { wizardState?: { step: string; chosen: string[]; agencyIndex: number } };
    const state = wizard.wizardState!;
    const agency = state.chosen[state.agencyIndex];
    return {
      step: state.step,
      agency,
      errors: [...(wizard.shadowRoot?.querySelectorAll('.error-summary li') ?? [])].map((item) => item.textContent?.trim() ?? ''),
      hasAgreement: agency !== undefined && wizard.shadowRoot?.getElementById(`agreement-${agency}-0`) !== null,
    };
  });
}

/**
 * Walks the referral wizard from its first page to "check": Continue on each page, and on each
 * agency's sharing page "the child agreed" (when asked) and "the family was told". Returns the
 * headings passed.
 */
export async function walkWizardToCheck(page: Page): Promise<string[]> {
  const passed: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const position = await wizardPosition(page);
    passed.push(await headingOf(page, 'rhi-referral-wizard'));
    if (position.errors.length > 0) throw new Error(`the wizard showed problems on '${passed.at(-1)}': ${position.errors.join('; ')}`);
    if (position.step === 'check') return passed;
    if (position.step === 'sharing') {
      if (position.hasAgreement) await clickControl(page, 'rhi-referral-wizard', `agreement-${position.agency}-0`);
      await clickControl(page, 'rhi-referral-wizard', `told-${position.agency}-0`);
    }
    await pressButton(page, 'rhi-referral-wizard', 'Continue', 'Parhau');
  }
  throw new Error(`the wizard never reached "check": ${passed.join(' → ')}`);
}

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Runs axe (WCAG 2.0–2.2 A and AA rules, and its best practices) over the whole page, shadow roots included. axe is
 * evaluated through the DevTools protocol, which the page's policy does not govern, so the page
 * keeps its strict CSP while it is checked.
 */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
  });
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}
