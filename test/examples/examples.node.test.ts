// The embedding examples, built and opened as a council's developer would: the React and Vue apps
// are bundled (examples/build-examples.mjs) and type-checked, every page is served on 127.0.0.1 under
// a strict Content-Security-Policy and opened in headless Chromium. Each must render the three
// components, follow a typed answer, switch to Welsh, and do it with no console error, no uncaught
// error, no CSP violation and no request leaving the machine. The server-rendered page posts its
// record natively and the server's engine must give the level the engine gives here. Angular is
// not installed: its snippet is checked against the elements' manifest, and the docs against the files.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { createAssessor, type ResolvedRuleset } from '../../packages/engine/src/index.js';

const root = new URL('../../', import.meta.url).pathname;
// A computed specifier: the shared browser finder is plain JavaScript, without type declarations.
const browserPath = '../support/' + 'browser-path.mjs';
const { chromiumArgs, findBrowser } = (await import(browserPath)) as { chromiumArgs: string[]; findBrowser: () => string | undefined };

const readText = (path: string) => readFileSync(join(root, path), 'utf8');
const s02 = JSON.parse(readText('test/scenarios/s02.json')) as { now: string; ruleset: string; answers: Record<string, unknown>; expect: { riskLevel: string } };
const casePath = '/cases/RHI-2026-0117/return-home-interview';

interface RunningServer {
  base: string;
  process: ChildProcess;
}

/** Starts an example's own server on a free port and waits for the address it prints. */
function startServer(script: string, args: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(root, script), '--port', '0', ...args], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${script} printed no address within 15 s:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve({ base: address[0], process: child });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} stopped (exit ${code}) before serving:\n${output}`));
    });
  });
}

function stopServer(server: RunningServer | undefined): void {
  if (server?.process.pid && server.process.exitCode === null) process.kill(-server.process.pid, 'SIGTERM');
}

// ——— what runs inside the pages (kept as text: the test's compiler must not rewrite it) ———

const recordViolations = `
  window.rhiCspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.rhiCspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
  });`;

const assessed = "document.querySelector('rhi-interview')?.assessment !== undefined";

/** The text of each component's shadow root (empty when it rendered nothing; null when not upgraded). */
const shadowTexts = `(() => Object.fromEntries(['rhi-interview-form', 'rhi-risk-panel', 'rhi-referral-wizard'].map((tag) => {
  const element = document.querySelector(tag);
  return [tag, element && element.shadowRoot ? element.shadowRoot.textContent.replace(/\\s+/g, ' ').trim() : null];
})))()`;

const panelText = "document.querySelector('rhi-risk-panel').shadowRoot.textContent.replace(/\\s+/g, ' ')";
const missingPart = "(document.querySelector('rhi-risk-panel').shadowRoot.querySelector('[part~=\"missing\"]')?.textContent ?? '').replace(/\\s+/g, ' ')";
const caseStatus = "document.getElementById('case-status').textContent.trim()";
const currentAssessment = "(({ riskLevel, provisional, missing }) => ({ riskLevel, provisional, missing }))(document.querySelector('rhi-interview').assessment)";

interface OpenedPage {
  page: Page;
  /** Everything that went wrong on the page so far: console errors, uncaught errors, failed or outside requests. */
  problems: string[];
  html: string;
  policy: string;
}

/** A page in a fresh browser context: the examples share an origin, so each starts with no drafts. */
async function openPage(browser: Browser, base: string, path: string): Promise<OpenedPage> {
  const page = await (await browser.createBrowserContext()).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request outside the local server: ${url}`);
  });
  await page.evaluateOnNewDocument(recordViolations);
  const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
  assert.ok(response?.ok(), `${path}: ${response?.status()}`);
  return { page, problems, html: await response!.text(), policy: response!.headers()['content-security-policy'] ?? '' };
}

async function pageProblems({ page, problems }: OpenedPage): Promise<string[]> {
  const violations = (await page.evaluate('window.rhiCspViolations')) as string[];
  return [...problems, ...violations.map((violation) => `CSP violation: ${violation}`)];
}

/** Waits for a condition in the page; on a timeout, says what went wrong on the page meanwhile. */
async function waitFor(opened: OpenedPage, condition: string, timeout = 30_000): Promise<void> {
  try {
    await opened.page.waitForFunction(condition, { timeout, polling: 50 });
  } catch (error) {
    const problems = await pageProblems(opened).catch(() => opened.problems);
    throw new Error(`${opened.page.url()}: still not true after ${timeout} ms: ${condition}\n${problems.join('\n') || 'no error on the page'}`, { cause: error });
  }
}

async function inForm(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.$(`rhi-interview-form >>> ${selector}`);
  assert.ok(handle, `no ${selector} in the form`);
  return handle;
}

/** Opens a client-side example and checks everything a host page must get right. */
async function checkInteractiveExample(browser: Browser, base: string, path: string): Promise<void> {
  const opened = await openPage(browser, base, path);
  const { page } = opened;
  try {
    assert.match(opened.policy, /script-src 'self'; style-src 'self'/);
    await waitFor(opened, assessed, 15_000);

    const texts = (await page.evaluate(shadowTexts)) as Record<string, string | null>;
    assert.match(texts['rhi-interview-form'] ?? '', /About the child/, 'the form rendered its pages');
    assert.match(texts['rhi-risk-panel'] ?? '', /Risk level:/, 'the panel shows the shared assessment');
    assert.match(texts['rhi-referral-wizard'] ?? '', /Which referrals are you making\?/, 'the wizard shows the recommended referrals');
    // Objects arrive as properties: never as an attribute such as ruleset="[object Object]".
    assert.equal(await page.evaluate("document.querySelector('rhi-interview').hasAttribute('ruleset')"), false);

    // The host follows `rhi-assessment`: its own status line names the level and the answers still needed.
    const before = (await page.evaluate(currentAssessment)) as { riskLevel: string; missing: string[] };
    assert.ok(before.missing.includes('child.dateOfBirth'), 'the rules need the date of birth before it is typed');
    await waitFor(opened, `${caseStatus}.includes(': ${before.missing.length})')`);
    assert.match((await page.evaluate(missingPart)) as string, /Date of birth/);

    // A typed change: the date of birth, box by box, as an interviewer types it.
    for (const [part, text] of [['day', '3'], ['month', '11'], ['year', '2010']] as const) {
      await (await inForm(page, `[id="field-child.dateOfBirth-${part}"]`)).type(text);
    }
    await waitFor(opened, `!document.querySelector('rhi-interview').assessment.missing.includes('child.dateOfBirth')`);
    const afterTyping = (await page.evaluate(currentAssessment)) as { missing: string[] };
    await waitFor(opened, `${caseStatus}.includes(': ${afterTyping.missing.length})')`);
    assert.doesNotMatch((await page.evaluate(missingPart)) as string, /Date of birth/, 'the panel no longer asks for the date of birth');

    // Welsh: one switch on the host page, and every component follows.
    await page.click('#switch-language');
    await waitFor(opened, `${panelText}.includes('Lefel y risg:')`);
    const welsh = (await page.evaluate(shadowTexts)) as Record<string, string | null>;
    assert.match(welsh['rhi-interview-form'] ?? '', /Am y plentyn/);
    assert.match(welsh['rhi-referral-wizard'] ?? '', /Cam 1 o 5/);
    assert.match((await page.evaluate(caseStatus)) as string, /^Yr asesiad diweddaraf: /);
    assert.equal(await page.evaluate('document.documentElement.lang'), 'cy');

    assert.deepEqual(await pageProblems(opened), []);
  } finally {
    await page.browserContext().close();
  }
}

/** `[name]="…"`, `(name)="…"` and plain attributes of each rhi-* tag in an Angular template. */
function angularBindings(template: string): { tag: string; kind: 'property' | 'event' | 'attribute'; name: string }[] {
  const bindings: { tag: string; kind: 'property' | 'event' | 'attribute'; name: string }[] = [];
  for (const [, tag, attributes] of template.matchAll(/<(rhi-[a-z-]+)([^>]*)>/g)) {
    for (const [, open, name] of attributes!.matchAll(/([[(]?)([\w.-]+)[\])]?(?:\s*=\s*"[^"]*")?/g)) {
      bindings.push({ tag: tag!, kind: open === '[' ? 'property' : open === '(' ? 'event' : 'attribute', name: name! });
    }
  }
  return bindings;
}

interface ManifestDeclaration {
  tagName?: string;
  members?: { kind: string; name: string; static?: boolean; privacy?: string }[];
  attributes?: { name: string }[];
  events?: { name: string }[];
}

/** The fenced code blocks of a Markdown file, by their language. */
function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((match) => match[1]!);
}

describe('embedding examples', () => {
  let browser: Browser | undefined;
  let examples: RunningServer | undefined;
  let serverRendered: RunningServer | undefined;
  let builtInMs = 0;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/rhi-toolkit.js')), 'dist/rhi-toolkit.js is missing: run npm run build first');
    const started = performance.now();
    const build = spawnSync(process.execPath, ['examples/build-examples.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, `node examples/build-examples.mjs failed:\n${build.stdout}${build.stderr}`);
    builtInMs = performance.now() - started;
    [examples, serverRendered] = await Promise.all([
      startServer('examples/serve.mjs'),
      startServer('examples/server-rendered/server.mjs', ['--now', s02.now]),
    ]);
    const executablePath = findBrowser();
    assert.ok(executablePath, 'No Chromium found: install one (apt-get install chromium) or set CHROME_PATH');
    browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    stopServer(examples);
    stopServer(serverRendered);
  });

  it('builds the React and Vue apps with esbuild', () => {
    for (const app of ['react', 'vue']) assert.ok(existsSync(join(root, `examples/${app}/dist/app.js`)), `examples/${app}/dist/app.js`);
    assert.ok(builtInMs < 60_000, `the build took ${Math.round(builtInMs)} ms`);
  });

  it('type-checks the React and Vue examples, custom element JSX types included', () => {
    const check = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'examples/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    assert.equal(check.status, 0, `tsc -p examples/tsconfig.json:\n${check.stdout}${check.stderr}`);
  });

  it('plain HTML: renders the three components under a strict CSP, follows typing and switches to Welsh', async () => {
    await checkInteractiveExample(browser!, examples!.base, '/examples/plain-html/');
  });

  it('React 19: props reach the elements as properties and onrhi-assessment updates React state', async () => {
    await checkInteractiveExample(browser!, examples!.base, '/examples/react/');
  });

  it('Vue 3.5: render functions with .ruleset and onRhiAssessment, no template compiler', async () => {
    await checkInteractiveExample(browser!, examples!.base, '/examples/vue/');
  });

  it("server-rendered: posts the record natively and the server's engine gives the level", async () => {
    const opened = await openPage(browser!, serverRendered!.base, casePath);
    const { page, html, policy } = opened;
    try {
      // One nonce, in the policy and on the page's two script tags; nothing else is allowed inline.
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      assert.ok(nonce, `no nonce in the policy: ${policy}`);
      assert.match(policy, /script-src 'self' 'nonce-[^']+'; style-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|strict-dynamic/);
      assert.equal(html.split(`nonce="${nonce}"`).length - 1, 2, 'the bundle and the inline module carry the nonce');

      // The inline module ran (its nonce was accepted) and handed over the ruleset.
      await waitFor(opened, assessed, 15_000);
      const texts = (await page.evaluate(shadowTexts)) as Record<string, string | null>;
      assert.match(texts['rhi-interview-form'] ?? '', /About the child/);
      assert.match(texts['rhi-risk-panel'] ?? '', /Risk level:/);

      // The interviewer's record (S02), then "Submit interview record" on check your answers.
      await page.evaluate(`document.querySelector('rhi-interview').answers = ${JSON.stringify(s02.answers)}`);
      await waitFor(opened, `document.querySelector('rhi-interview').assessment.riskLevel === '${s02.expect.riskLevel}'`);
      await page.evaluate("document.querySelector('rhi-interview-form').goToPage('check')");
      const submit = (
        await page.waitForFunction(
          "[...document.querySelector('rhi-interview-form').shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Submit interview record')",
          { timeout: 30_000 },
        )
      ).asElement() as ElementHandle<HTMLButtonElement>;
      const browserProblems = await pageProblems(opened);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), submit.click()]);

      // The server's result page: what the engine gives for the same answers at the same moment.
      const ruleset = JSON.parse(readText(`packages/engine/dist/rulesets/${s02.ruleset}.json`)) as ResolvedRuleset;
      const expected = await createAssessor(ruleset).assess(s02.answers, { now: new Date(s02.now), lang: 'en' });
      assert.equal(expected.riskLevel, s02.expect.riskLevel);
      const result = (await page.evaluate(`({
        title: document.querySelector('h1').textContent,
        level: document.getElementById('risk-level').dataset.riskLevel,
        levelText: document.getElementById('risk-level').textContent.replace(/\\s+/g, ' ').trim(),
        rules: [...document.querySelectorAll('[data-rule]')].map((reason) => reason.dataset.rule),
        agencies: [...document.querySelectorAll('[data-agency]')].map((referral) => referral.dataset.agency),
      })`)) as { title: string; level: string; levelText: string; rules: string[]; agencies: string[] };
      assert.equal(result.title, 'Interview record received');
      assert.equal(result.level, expected.riskLevel);
      assert.equal(result.levelText, 'Risk level: High');
      assert.deepEqual(result.rules, expected.reasons.map((reason) => reason.ruleId));
      assert.deepEqual(result.agencies, expected.referrals.map((referral) => referral.agency));
      assert.deepEqual([...browserProblems, ...(await pageProblems(opened))], []);
    } finally {
      await page.browserContext().close();
    }
  });

  it('server-rendered: the Welsh page (?lang=cy) renders every component in Welsh', async () => {
    const opened = await openPage(browser!, serverRendered!.base, `${casePath}?lang=cy`);
    try {
      await waitFor(opened, assessed, 15_000);
      assert.equal(await opened.page.evaluate("document.querySelector('h1').textContent"), 'Cyfweliad dychwelyd adref');
      const texts = (await opened.page.evaluate(shadowTexts)) as Record<string, string | null>;
      assert.match(texts['rhi-interview-form'] ?? '', /Am y plentyn/);
      assert.match(texts['rhi-risk-panel'] ?? '', /Lefel y risg:/);
      assert.deepEqual(await pageProblems(opened), []);
    } finally {
      await opened.page.browserContext().close();
    }
  });

  it('server-rendered: refuses a record that fails the schema, naming the field, in Welsh too', async () => {
    const post = (answers: string, lang: string) =>
      fetch(`${serverRendered!.base}${casePath}`, { method: 'POST', body: new URLSearchParams({ lang, answers }) });
    const invalid = await post(JSON.stringify({ child: { dateOfBirth: 'last spring' } }), 'en');
    assert.equal(invalid.status, 422);
    assert.match(await invalid.text(), /child\.dateOfBirth/);
    const welsh = await post('{not json', 'cy');
    assert.equal(welsh.status, 400);
    assert.match(await welsh.text(), /Ni anfonwyd cofnod cyfweliad/);
  });

  it('Angular: every tag, property and event the snippet binds exists in custom-elements.json', () => {
    const manifestFile = 'packages/elements/custom-elements.json';
    assert.ok(existsSync(join(root, manifestFile)), `${manifestFile} is missing: run npm run build`);
    const manifest = JSON.parse(readText(manifestFile)) as { modules: { declarations?: ManifestDeclaration[] }[] };
    const elements = new Map(
      manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName!, declaration]),
    );
    const template = readText('examples/angular/interview.component.html');
    const bindings = angularBindings(template);
    assert.deepEqual([...new Set(bindings.map((binding) => binding.tag))].sort(), ['rhi-interview', 'rhi-interview-form', 'rhi-referral-wizard', 'rhi-risk-panel']);
    const unknown = bindings.filter(({ tag, kind, name }) => {
      const element = elements.get(tag);
      if (!element) return true;
      if (kind === 'property') return !element.members?.some((member) => member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && member.name === name);
      if (kind === 'event') return !element.events?.some((event) => event.name === name);
      return !element.attributes?.some((attribute) => attribute.name === name);
    });
    assert.deepEqual(unknown, [], 'bindings the elements do not have');
    const binds = (kind: string, name: string) => bindings.some((binding) => binding.tag === 'rhi-interview' && binding.kind === kind && binding.name === name);
    assert.ok(binds('property', 'ruleset'), 'the snippet binds [ruleset] on <rhi-interview>');
    assert.ok(binds('event', 'rhi-assessment'), 'the snippet binds (rhi-assessment) on <rhi-interview>');

    // Whatever the template calls, the component has; and it lets Angular accept the tags.
    const component = readText('examples/angular/interview.component.ts');
    assert.match(component, /schemas: \[CUSTOM_ELEMENTS_SCHEMA\]/);
    assert.match(component, /templateUrl: '\.\/interview\.component\.html'/);
    const called = [...template.matchAll(/"([a-zA-Z]+)\(/g), ...template.matchAll(/\{\{ ([a-zA-Z]+)\(/g)].map((match) => match[1]!);
    for (const name of new Set(called)) assert.match(component, new RegExp(`(readonly ${name} =|${name}\\()`), `the component has no ${name}`);
    assert.match(readText('examples/angular/main.ts'), /^import '@rhi-toolkit\/elements\/define';/);
  });

  it('docs/embedding.md shows the Angular files and the React JSX types exactly as they are', () => {
    const doc = readText('docs/embedding.md');
    const snippets: [string, string][] = [
      ['ts', 'examples/angular/interview.component.ts'],
      ['html', 'examples/angular/interview.component.html'],
      ['ts', 'examples/angular/main.ts'],
      ['ts', 'examples/react/custom-elements.d.ts'],
    ];
    for (const [language, file] of snippets) {
      assert.ok(codeBlocks(doc, language).includes(readText(file)), `docs/embedding.md has no \`\`\`${language} block identical to ${file}`);
    }
  });
});
