// `node examples/server-rendered/server.mjs [--port 8081] [--ruleset england] [--now 2026-05-12T14:00:00Z]`
// A council's server-rendered case page with no framework: the page posts the interview record
// with a native <form method="post">; the server checks the answers with the engine's precompiled
// validator, assesses them with the engine and renders the result. Every page is sent with a
// nonce-based Content-Security-Policy. `--now` fixes the moment assessed at (trainers, tests);
// without it, the real clock. Build first: `npm run build`.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAssessor, validateAnswers } from '@rhi-toolkit/engine';
import { assetFile, contentTypeOf } from '../example-assets.mjs';
import { languageOf, words } from './page-words.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8081' },
    ruleset: { type: 'string', default: 'england' },
    now: { type: 'string' },
  },
});
if (!/^\d+$/.test(options.port) || Number(options.port) > 65535) {
  console.error(`--port needs a port number from 0 to 65535, not '${options.port}'`);
  process.exit(2);
}
if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) {
  console.error(`--now needs an ISO 8601 date-time with Z or an offset, e.g. 2026-05-12T14:00:00Z, not '${options.now}'`);
  process.exit(2);
}
if (!/^[a-z0-9-]+$/.test(options.ruleset)) {
  console.error(`--ruleset needs a ruleset id such as england or example-locality, not '${options.ruleset}'`);
  process.exit(2);
}

// The resolved ruleset, its interview schema (the toolkit's with the locality's own questions) and
// that schema's precompiled validator: all written by `npm run build`, none compiled at run time.
const rulesetFile = (name) => fileURLToPath(import.meta.resolve(`@rhi-toolkit/engine/rulesets/${options.ruleset}${name}`));
let ruleset;
let interviewSchema;
let validateInterviewAnswers;
try {
  ruleset = JSON.parse(await readFile(rulesetFile('.json'), 'utf8'));
  interviewSchema = JSON.parse(await readFile(rulesetFile('.interview.schema.json'), 'utf8'));
  ({ validateInterviewAnswers } = await import(`@rhi-toolkit/engine/rulesets/${options.ruleset}.interview-validator.js`));
} catch (error) {
  console.error(`ruleset '${options.ruleset}' is not built (${error.message}): run npm run build`);
  process.exit(1);
}
const assessor = createAssessor(ruleset); // one per ruleset, reused for every request

const caseReference = 'RHI-2026-0117';
const casePath = `/cases/${caseReference}/return-home-interview`;
const largestRecordBytes = 1_000_000;

/** A fresh nonce per response. The toolkit needs none of its own: it has no inline script or style. */
function policyWith(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]);

function layout({ lang, title, head = '', body }) {
  const say = words[lang];
  const other = lang === 'en' ? 'cy' : 'en';
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} – ${escapeHtml(say.council.split(' · ')[0])}</title>
    <link rel="stylesheet" href="/assets/council-theme.css" />${head}
  </head>
  <body>
    <header class="council-header">
      <p>${escapeHtml(say.council)}</p>
      <a href="${casePath}?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(words[other].languageName)}</a>
    </header>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

function casePage(lang, nonce) {
  const say = words[lang];
  // The page's one script of its own is inline, allowed by the nonce. The bundle carries the nonce
  // too, so the page also works under 'strict-dynamic' policies that ignore 'self'.
  const head = `
    <script type="module" src="/assets/rhi-toolkit.js" nonce="${nonce}"></script>
    <script type="module" nonce="${nonce}">
      // The host fetches the locality's ruleset; the components never make a network request.
      const interview = document.getElementById('interview');
      const response = await fetch(interview.dataset.ruleset);
      if (!response.ok) throw new Error(interview.dataset.ruleset + ': ' + response.status + ' (run npm run build)');
      await customElements.whenDefined('rhi-interview');
      interview.ruleset = await response.json();
    </script>`;
  const now = options.now ? ` now="${escapeHtml(options.now)}"` : '';
  const body = `      <h1>${escapeHtml(say.title)}</h1>
      <p>${escapeHtml(say.caseReference)} ${caseReference}</p>
      <rhi-interview id="interview" lang="${lang}" data-ruleset="/assets/rulesets/${options.ruleset}.json"${now}>
        <div class="interview-columns">
          <form method="post" action="${casePath}">
            <input type="hidden" name="lang" value="${lang}" />
            <rhi-interview-form name="answers" draft-key="${caseReference}-episode-3" required></rhi-interview-form>
            <noscript><p class="case-alert">${escapeHtml(say.noScript)}</p></noscript>
          </form>
          <aside>
            <rhi-risk-panel heading-level="2"></rhi-risk-panel>
          </aside>
        </div>
      </rhi-interview>`;
  return layout({ lang, title: say.title, head, body });
}

const list = (items, render, none) => (items.length > 0 ? `<ul class="result-reasons">${items.map((item) => `<li>${render(item)}</li>`).join('')}</ul>` : `<p>${escapeHtml(none)}</p>`);

function resultPage(lang, assessment) {
  const say = words[lang];
  const body = `      <h1>${escapeHtml(say.resultTitle)}</h1>
      <p>${escapeHtml(say.resultIntro(assessment.rulesetId, assessment.rulesetVersion))}</p>
      <p class="case-status" id="risk-level" data-risk-level="${assessment.riskLevel}">${escapeHtml(say.riskLevel)} <strong>${escapeHtml(say.levels[assessment.riskLevel])}</strong></p>
      ${assessment.provisional ? `<p>${escapeHtml(say.provisional(assessment.missing.length))}</p>` : ''}
      <h2>${escapeHtml(say.reasons)}</h2>
      ${list(assessment.reasons, (reason) => `<span data-rule="${escapeHtml(reason.ruleId)}">${escapeHtml(reason.message)}</span>`, say.none)}
      <h2>${escapeHtml(say.referrals)}</h2>
      ${list(assessment.referrals, (referral) => `<span data-agency="${escapeHtml(referral.agency)}">${escapeHtml(referral.name)}</span> (${escapeHtml(say.urgencies[referral.urgency])})`, say.none)}
      <h2>${escapeHtml(say.actions)}</h2>
      ${list(assessment.actions, (action) => `<span data-action="${escapeHtml(action.id)}">${escapeHtml(action.name)}</span>`, say.none)}
      <p>${escapeHtml(say.notStored)}</p>
      <p><a href="${casePath}?lang=${lang}">${escapeHtml(say.back)}</a></p>`;
  return layout({ lang, title: say.resultTitle, body });
}

function problemPage(lang, title, intro, problems = []) {
  const say = words[lang];
  const items = problems.length > 0 ? list(problems, (problem) => escapeHtml(problem.message), '') : '';
  const body = `      <div class="case-alert" role="alert">
        <h1>${escapeHtml(title)}</h1>
        <p>${escapeHtml(intro)}</p>
        ${items}
      </div>
      <p><a href="${casePath}?lang=${lang}">${escapeHtml(say.back)}</a></p>`;
  return layout({ lang, title, body });
}

function send(response, status, html, nonce = randomBytes(16).toString('base64')) {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policyWith(nonce),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(html);
}

async function readForm(request) {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > largestRecordBytes) return undefined;
  }
  return new URLSearchParams(body);
}

/** The POSTed record: read, parsed, checked against the schema, then assessed. Nothing is stored or logged. */
async function receiveRecord(request, response) {
  const form = await readForm(request);
  const lang = languageOf(form?.get('lang'));
  const say = words[lang];
  if (!form) return send(response, 413, problemPage(lang, say.problemsTitle, say.tooLarge));
  const posted = form.get('answers');
  if (!posted) return send(response, 400, problemPage(lang, say.notSentTitle, say.notSent));
  let answers;
  try {
    answers = JSON.parse(posted);
  } catch {
    return send(response, 400, problemPage(lang, say.notSentTitle, say.notJson));
  }
  const problems = validateAnswers(answers, 'answers', interviewSchema, lang, validateInterviewAnswers);
  if (problems.length > 0) return send(response, 422, problemPage(lang, say.problemsTitle, say.problemsIntro, problems));
  const assessment = await assessor.assess(answers, { now: options.now ? new Date(options.now) : new Date(), lang });
  return send(response, 200, resultPage(lang, assessment));
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const lang = languageOf(url.searchParams.get('lang'));
  if (url.pathname === '/') return response.writeHead(302, { Location: casePath }).end();
  if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
  if (url.pathname === casePath && request.method === 'POST') {
    return void receiveRecord(request, response).catch((error) => {
      // The error's kind only: never the answers.
      console.error(`the record could not be assessed: ${error instanceof Error ? error.name : typeof error}`);
      if (!response.headersSent) send(response, 500, problemPage(lang, words[lang].failedTitle, words[lang].failed));
    });
  }
  if (url.pathname === casePath && request.method === 'GET') {
    const nonce = randomBytes(16).toString('base64');
    return send(response, 200, casePage(lang, nonce), nonce);
  }
  const file = request.method === 'GET' && url.pathname.startsWith('/assets/') ? assetFile(url.pathname) : undefined;
  if (!file) return send(response, 404, problemPage(lang, words[lang].notFound, ''));
  response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  createReadStream(file).pipe(response);
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `port ${options.port} is in use: use --port ${Number(options.port) + 1}` : `the example server could not start: ${error.message}`);
  process.exit(1);
});

server.listen(Number(options.port), '127.0.0.1', () => {
  console.log(`Server-rendered example: http://127.0.0.1:${server.address().port}${casePath}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
