// Answers must live in memory, in the draft (IndexedDB, encrypted with a host's key) and in the post,
// nowhere else. Chromium keeps a form-associated element's value and restorable state in the profile's
// session files (Sessions/) and typed text in its autocomplete history (Web Data), in plain text and
// whatever the drafts settings. So each case here runs the built bundle in a Chromium with a profile
// of its own (--user-data-dir), types a distinctive answer as a person would, leaves the page, closes
// the browser cleanly, and reads every file of the profile, byte by byte, for the answer in UTF-8 and
// UTF-16LE (the session files' strings).
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const root = new URL('../../', import.meta.url).pathname;
// A computed specifier: the shared browser finder is plain JavaScript, without type declarations.
const browserPath = '../support/' + 'browser-path.mjs';
const { chromiumArgs, findBrowser } = (await import(browserPath)) as { chromiumArgs: string[]; findBrowser: () => string | undefined };

const SECRET = 'Heron-Velvet-5521';
const bundlePath = join(root, 'packages/elements/dist/rhi-toolkit.js');

/** The page of each case: its <form> and what its script does before the toolkit loads. */
const pages: Record<string, string> = {
  // No drafts at all: nothing of the answers may be kept by the browser.
  '/no-drafts': `<form method="post" action="/records" novalidate><rhi-interview-form name="record" no-drafts></rhi-interview-form></form>
    <script type="module" src="/rhi-toolkit.js"></script>`,
  // A draft encrypted with a key the page sets before the toolkit loads (the order issue 13 names).
  '/encrypted-draft': `<form method="post" action="/records" novalidate><rhi-interview-form name="record" draft-key="case-17"></rhi-interview-form></form>
    <script type="module" src="/set-key-then-load.js"></script>`,
};

const setKeyThenLoad = `
  document.querySelector('rhi-interview-form').draftEncryptionKey =
    await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await import('/rhi-toolkit.js');`;

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Record</title></head><body>${body}</body></html>`;
}

/** A council's server: the form pages, the bundle, and a post answered Post/Redirect/Get (303 to a GET page). */
function startServer(): Promise<{ server: Server; base: string; posts: string[] }> {
  const posts: string[] = [];
  const bundle = readFileSync(bundlePath);
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'POST' && url === '/records') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        posts.push(Buffer.concat(chunks).toString('utf8'));
        response.writeHead(303, { location: '/received' }).end();
      });
      return;
    }
    if (url === '/rhi-toolkit.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    if (url === '/set-key-then-load.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(setKeyThenLoad);
    const body = pages[url] ?? '<h1>Another page</h1>';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(body));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, posts });
    }),
  );
}

/** Every file under a folder, at any depth. */
function* filesUnder(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Whether a file holds the text, in UTF-8 or UTF-16LE. */
function holds(path: string, text: string): boolean {
  const bytes = readFileSync(path);
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')].some((needle) => bytes.includes(needle));
}

/** The profile's files that hold the text. */
function filesHolding(profile: string, text: string): string[] {
  return [...filesUnder(profile)].filter((path) => holds(path, text));
}

async function until(page: Page, what: string, condition: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(`Boolean(${condition})`))) {
    if (Date.now() > deadline) throw new Error(`waited 30 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function untilFile(profile: string, what: string, found: (path: string) => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  return new Promise((resolve, reject) => {
    const look = () => {
      if ([...filesUnder(profile)].some(found)) return resolve();
      if (Date.now() > deadline) return reject(new Error(`waited 30 s for ${what} in ${profile}`));
      setTimeout(look, 100);
    };
    look();
  });
}

const form = "document.querySelector('rhi-interview-form')";

/** Opens the interview page of the form and types the answer into "Interviewer", key by key. */
async function typeAnswer(page: Page): Promise<void> {
  await until(page, 'the form to render', `${form}?.shadowRoot?.querySelector('.page-nav button')`);
  await page.evaluate(`[...${form}.shadowRoot.querySelectorAll('.page-nav button')].find((button) => button.textContent.trim() === 'The interview').click()`);
  await until(page, 'the interview page', `${form}.shadowRoot.getElementById('field-interview.interviewer')`);
  await page.evaluate(`${form}.shadowRoot.getElementById('field-interview.interviewer').focus()`);
  await page.keyboard.type(SECRET);
  await until(page, 'the answer to be taken', `${form}.answers.interview?.interviewer === '${SECRET}'`);
}

describe('answers in the browser profile', { timeout: 180_000 }, () => {
  const executablePath = findBrowser();
  let server: Server | undefined;
  let base = '';
  let posts: string[] = [];
  const profiles: string[] = [];

  before(async () => {
    ({ server, base, posts } = await startServer());
  });

  after(() => {
    server?.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  });

  /** Runs one visit in a fresh profile and returns the profile's folder once Chromium has closed. */
  async function visit(path: string, steps: (page: Page) => Promise<void>): Promise<string> {
    const profile = mkdtempSync(join(tmpdir(), 'rhi-profile-'));
    profiles.push(profile);
    // Headless "new" (the default): a whole Chromium, which keeps sessions like a person's browser.
    const browser: Browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs, userDataDir: profile });
    try {
      const page = await browser.newPage();
      await page.goto(`${base}${path}`);
      await steps(page);
      // The first page is now an entry of the tab's history: wait until the session is on disk.
      await untilFile(profile, 'a session file', (file) => /[/\\]Sessions[/\\]Session_/.test(file));
    } finally {
      await browser.close();
    }
    return profile;
  }

  it('keeps no answer after typing, leaving the page and closing, with no-drafts', { skip: !executablePath && 'no Chromium' }, async () => {
    const profile = await visit('/no-drafts', async (page) => {
      await typeAnswer(page);
      await page.goto(`${base}/elsewhere`);
    });
    assert.deepEqual(filesHolding(profile, SECRET), []);
  });

  it('keeps no answer after posting the record (answered with a 303 redirect), with no-drafts', { skip: !executablePath && 'no Chromium' }, async () => {
    const before = posts.length;
    const profile = await visit('/no-drafts', async (page) => {
      await typeAnswer(page);
      await Promise.all([page.waitForNavigation(), page.evaluate("document.querySelector('form').requestSubmit()")]);
      await page.goto(`${base}/elsewhere`);
    });
    assert.equal(posts.length, before + 1);
    const posted = new URLSearchParams(posts.at(-1)).get('record');
    assert.deepEqual(JSON.parse(posted ?? 'null'), { interview: { interviewer: SECRET } }, 'the post holds the whole record');
    assert.deepEqual(filesHolding(profile, SECRET), []);
  });

  it('keeps no answer and no field name with a draft encrypted by a key set before the toolkit loaded', { skip: !executablePath && 'no Chromium' }, async () => {
    const profile = await visit('/encrypted-draft', async (page) => {
      await typeAnswer(page);
      await until(page, 'the draft to be saved', `${form}.shadowRoot.querySelector('.draft-status')`);
      await page.goto(`${base}/elsewhere`);
    });
    assert.deepEqual(filesHolding(profile, SECRET), []);
    const indexedDbFiles = [...filesUnder(profile)].filter((file) => file.includes('IndexedDB'));
    assert.ok(indexedDbFiles.length > 0, 'the draft was written to IndexedDB');
    assert.deepEqual(
      indexedDbFiles.filter((file) => holds(file, 'interviewer')),
      [],
      'no field name in IndexedDB',
    );
  });
});
