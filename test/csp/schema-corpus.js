// Runs inside a page served with the strict Content-Security-Policy: loads the corpus schema named
// by ?id=, its sample data and its validator (compiled on request by the test server with
// compileSchemaModule, see web-test-runner.config.mjs), puts each in a one-page
// <rhi-interview-form> inside a host <form>, as a council's page would, and reports the checks of
// test/support/schema-corpus-checks.ts to the test that opened the page.
import {
  firstDifference,
  leafShown,
  leavesOf,
  requiredLeafLinked,
  requiredLeaves,
  summaryTargets,
  underNotice,
} from '../support/schema-corpus-checks.ts';

const id = new URLSearchParams(location.search).get('id');

async function json(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** A host form holding a one-page record; its submit is caught so nothing leaves the page. */
async function mount(schema, validator, answers) {
  const host = document.createElement('form');
  host.method = 'post';
  host.action = '/nowhere';
  host.addEventListener('submit', (event) => event.preventDefault());
  const form = document.createElement('rhi-interview-form');
  form.setAttribute('one-page', '');
  form.setAttribute('no-drafts', '');
  form.setAttribute('lang', 'en');
  form.name = 'record';
  form.schema = schema;
  if (validator) form.validator = validator;
  if (answers !== undefined) form.answers = answers;
  host.append(form);
  document.querySelector('main').append(host);
  await form.updateComplete;
  return { host, form };
}

/** Presses the form's Submit; resolves with the posted record, or undefined once it shows problems instead. */
async function submit(host, form) {
  const button = form.shadowRoot.querySelector('[part~="primary-button"]');
  if (!button) return { posted: undefined, note: 'no Submit button' };
  const posted = new Promise((resolve) => host.addEventListener('submit', (event) => resolve(new FormData(event.target).get('record')), { once: true }));
  button.click();
  // Either the record is posted, or the form stops at the error summary (a bound, not a wait: the
  // submit is a few microtasks away).
  const stopped = (async () => {
    for (let tries = 0; tries < 50; tries += 1) {
      await form.updateComplete;
      if (form.shadowRoot.querySelector('.error-summary')) return undefined;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return undefined;
  })();
  const text = await Promise.race([posted, stopped]);
  return { posted: text === undefined || text === null ? undefined : JSON.parse(String(text)) };
}

async function checkSchema() {
  const manifest = await json('/test/fixtures/schema-corpus/manifest.json');
  const entry = manifest.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no corpus schema '${id}'`);
  const schema = await json(`/test/fixtures/schema-corpus/${entry.schema}`);
  const data = await json(`/test/fixtures/schema-corpus/${entry.data}`);
  const compiled = await import(`/__schema-corpus__/${id}.js`);
  if (compiled.compileError) window.rhiConsoleErrors.push(`validator: ${compiled.compileError}`);
  await import('/packages/elements/dist/rhi-toolkit.js');
  const validator = compiled.default;

  // A new, empty record: every required leaf is in the error summary after Submit.
  const empty = await mount(schema, validator, undefined);
  const expected = requiredLeaves(schema);
  const emptySubmit = await submit(empty.host, empty.form);
  const summary = summaryTargets(empty.form.shadowRoot);
  const missing = expected.filter((path) => !requiredLeafLinked(summary, path));
  if (emptySubmit.posted !== undefined && expected.length > 0) summary.push(`(posted ${JSON.stringify(emptySubmit.posted)})`);
  empty.host.remove();

  // The sample: every leaf usable, then posted back as it came.
  const loaded = await mount(schema, validator, data);
  const leaves = leavesOf(data, schema);
  const notShownByControl = leaves.filter(({ path, value }) => !leafShown(loaded.form.shadowRoot, path, value));
  const unusable = notShownByControl
    .filter(({ path }) => !underNotice(loaded.form.shadowRoot, path))
    .map(({ path, value }) => `${path || '(root)'}=${JSON.stringify(value)}`);
  // Kept, posted and listed read-only in a notice, but not a control the interviewer can change: counted apart.
  const inNotice = notShownByControl.filter(({ path }) => underNotice(loaded.form.shadowRoot, path)).map(({ path }) => path || '(root)');
  let roundTrip;
  if (entry.valid) {
    const { posted, note } = await submit(loaded.host, loaded.form);
    const problems = [...loaded.form.shadowRoot.querySelectorAll('.error-summary li')].map((item) => item.textContent.trim());
    roundTrip =
      posted === undefined
        ? { ok: false, how: 'submit', difference: note ?? `not submitted: ${problems.join(' | ') || 'no reason shown'}` }
        : { ok: firstDifference(posted, data) === undefined, how: 'submit', difference: firstDifference(posted, data) };
  } else {
    const text = new FormData(loaded.host).get('record');
    const posted = text === null ? undefined : JSON.parse(String(text));
    const difference = firstDifference(posted, data);
    roundTrip = { ok: difference === undefined, how: 'form data', difference };
  }
  loaded.host.remove();
  // Violations are reported a task after they happen.
  await new Promise((resolve) => setTimeout(resolve));
  return {
    leaves: { total: leaves.length, unusable, inNotice },
    required: { expected, missing, summary },
    roundTrip,
  };
}

checkSchema()
  .then((result) => parent.postMessage({ id, ...result, consoleErrors: window.rhiConsoleErrors, violations: window.rhiCspViolations }, '*'))
  .catch((error) => parent.postMessage({ id, error: String(error?.stack ?? error), consoleErrors: window.rhiConsoleErrors, violations: window.rhiCspViolations }, '*'));
