// The demo council portal's request handling (Node http, no framework): the page and its own files
// from demo/public/, the toolkit's bundle, every built locality's rule files, the training
// scenarios, and the case's form post, echoed back. Every response carries the strict
// Content-Security-Policy a council would use. Paths are matched against fixed patterns and names
// the server lists itself, never joined onto the file system as given, so `..` cannot escape.
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { echoPage, problemPage } from './echo-page.mjs';

const root = new URL('..', import.meta.url).pathname;
const folders = {
  public: join(root, 'demo/public'),
  bundle: join(root, 'dist'),
  rulesets: join(root, 'packages/engine/dist/rulesets'),
  scenarios: join(root, 'test/scenarios'),
};

/** A built locality's name: what the build writes as `<id>.json` beside its interview files. */
const localityId = /^([a-z0-9-]+)\.json$/;

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The largest form post accepted: a full record with a referral package is well under 1 MB. */
const largestPost = 5 * 1024 * 1024;

const publicFile = /^\/([a-z0-9-]+\.(?:html|css|js|svg|png))$/;
const bundleFile = /^\/assets\/([a-z0-9-]+\.js(?:\.map)?)$/;
const rulesetFile = /^\/assets\/rulesets\/([a-z0-9-]+)(\.json|\.interview\.schema\.json|\.interview\.layout\.json|\.interview-validator\.js)$/;
const scenarioFile = /^\/assets\/scenarios\/([A-Za-z0-9]+)\.json$/;
const casePost = /^\/cases\/([A-Za-z0-9-]{1,40})\/return-home-interview$/;

/**
 * The request handler. `log` receives the server's only output per request: the size of a posted
 * record and its case reference (never its answers). `rulesetsFolder` is where the built rulesets
 * are (the build's folder unless a test gives another).
 */
export function portalHandler({ log = console.log, rulesetsFolder = folders.rulesets } = {}) {
  return async function handle(request, response) {
    try {
      await route(request, response, log, rulesetsFolder);
    } catch (error) {
      // A file missing mid-rebuild, or a bug: say which, without anything that was posted.
      console.error(`demo portal: ${request.method} ${pathOf(request.url)}: ${error.code ?? error.message}`);
      if (!response.headersSent) send(response, request, 500, 'text/plain; charset=utf-8', 'Something went wrong in the demo server. Check its console.\n');
      else response.destroy();
    }
  };
}

async function route(request, response, log, rulesetsFolder) {
  const path = pathOf(request.url);
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  // A `..`, `.` or encoded separator never names anything here, whatever it would resolve to.
  if (path === undefined || /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\/i.test(path)) return notFound(request, response);

  const post = casePost.exec(path);
  if (post) {
    if (request.method !== 'POST') return methodNotAllowed(request, response, 'POST');
    return receiveRecord(request, response, post[1], log);
  }
  if (!isRead) return notFound(request, response);

  if (path === '/') return sendFile(request, response, join(folders.public, 'index.html'));
  const own = publicFile.exec(path);
  if (own) return sendListed(request, response, folders.public, own[1]);
  const bundle = bundleFile.exec(path);
  if (bundle) return sendListed(request, response, folders.bundle, bundle[1]);
  const ruleset = rulesetFile.exec(path);
  // The list first: a ruleset folder named `index` would be listed but not served by this name.
  if (path === '/assets/rulesets/index.json') return sendJson(request, response, await localityIndex(rulesetsFolder));
  if (ruleset) return sendListed(request, response, rulesetsFolder, `${ruleset[1]}${ruleset[2]}`);
  if (path === '/assets/scenarios/index.json') return sendJson(request, response, await scenarioIndex());
  const scenario = scenarioFile.exec(path);
  if (scenario) {
    const found = (await scenarios()).find((entry) => entry.scenario.id === scenario[1]);
    if (found) return sendJson(request, response, found.scenario);
  }
  return notFound(request, response);
}

/** The path of a request URL as sent (not decoded: the patterns above take no `%`), undefined when it is not a path. */
function pathOf(url = '/') {
  const path = url.split('?')[0];
  return path.startsWith('/') ? path : undefined;
}

// ——— files ———

/** Sends a file only if the folder lists it under exactly that name. */
async function sendListed(request, response, folder, name) {
  let names;
  try {
    names = await readdir(folder);
  } catch {
    return notFound(request, response);
  }
  if (!names.includes(name)) return notFound(request, response);
  return sendFile(request, response, join(folder, name));
}

async function sendFile(request, response, file) {
  let body;
  try {
    body = await readFile(file);
  } catch (error) {
    // The build removes and rewrites dist folders: a file can be briefly missing.
    if (error.code === 'ENOENT') return notFound(request, response);
    throw error;
  }
  send(response, request, 200, contentTypes[extname(file)] ?? 'application/octet-stream', body);
}

function sendJson(request, response, value) {
  send(response, request, 200, contentTypes['.json'], `${JSON.stringify(value, null, 2)}\n`);
}

// ——— localities ———

/**
 * Every ruleset the build packaged (a provider's own folder in rules/ appears after `npm run build`,
 * with no code to edit): id, title in English and Welsh, and the ruleset it extends. Base rulesets
 * first, then the rest by id, so the list reads the same on every machine.
 */
async function localityIndex(folder) {
  let names;
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const ids = names.map((name) => localityId.exec(name)?.[1]).filter((id) => id !== undefined && id !== 'index');
  const entries = await Promise.all(
    ids.map(async (id) => {
      const { title, chain = [] } = JSON.parse(await readFile(join(folder, `${id}.json`), 'utf8'));
      // The chain runs from the base ruleset to this one: the one before this is what it extends.
      const parent = chain.length > 1 ? chain.at(-2) : undefined;
      return { id, title: { en: title?.en ?? id, cy: title?.cy ?? title?.en ?? id }, ...(parent ? { extends: parent } : {}) };
    }),
  );
  return entries.sort((a, b) => Number(Boolean(a.extends)) - Number(Boolean(b.extends)) || a.id.localeCompare(b.id));
}

// ——— training scenarios ———

async function scenarios() {
  const names = (await readdir(folders.scenarios)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => ({ name, scenario: JSON.parse(await readFile(join(folders.scenarios, name), 'utf8')) })));
}

/** What the scenario list needs: id, title in English and Welsh, ruleset and moment. */
async function scenarioIndex() {
  const welshTitles = JSON.parse(await readFile(join(root, 'demo/scenario-titles.cy.json'), 'utf8'));
  return (await scenarios()).map(({ scenario }) => ({
    id: scenario.id,
    title: { en: scenario.title, cy: welshTitles[scenario.id] ?? scenario.title },
    ruleset: scenario.ruleset,
    now: scenario.now,
  }));
}

// ——— the case's form post ———

async function receiveRecord(request, response, caseReference, log) {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/x-www-form-urlencoded')) {
    request.resume();
    return sendPage(request, response, 415, problemPage('en', 415, `This address takes a form post (application/x-www-form-urlencoded), not '${contentType}'.`));
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > largestPost) {
      response.setHeader('Connection', 'close');
      return sendPage(request, response, 413, problemPage('en', 413, `The post is larger than ${largestPost / 1024 / 1024} MB.`));
    }
    chunks.push(chunk);
  }
  log(`received ${size} bytes for case ${caseReference}`);
  const fields = [...new URLSearchParams(Buffer.concat(chunks).toString('utf8'))];
  const language = fields.find(([name]) => name === 'language')?.[1] === 'cy' ? 'cy' : 'en';
  response.setHeader('Cache-Control', 'no-store');
  return sendPage(request, response, 200, echoPage({ language, caseReference, fields }));
}

// ——— responses ———

function notFound(request, response) {
  request.resume();
  sendPage(request, response, 404, problemPage('en', 404, 'There is nothing at this address in the demo portal.'));
}

function methodNotAllowed(request, response, allowed) {
  request.resume();
  response.setHeader('Allow', allowed);
  sendPage(request, response, 405, problemPage('en', 405, `This address takes ${allowed} only.`));
}

function sendPage(request, response, status, html) {
  send(response, request, status, contentTypes['.html'], html);
}

function send(response, request, status, contentType, body) {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': contentType,
    'Content-Length': bytes.length,
    ...(response.hasHeader('Cache-Control') ? {} : { 'Cache-Control': 'no-cache' }),
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}
