// Hosts one interview record for the tests in interview-record.browser.test.ts: <rhi-interview>
// around a form and a wizard that share one `draft-key` (`?key=`), inside a native <form> posting
// to the test server, with drafts encrypted under a fixed key (so the same key reads them after a
// reload). `?scenario=` gives the scenario whose answers and moment the record starts from; its
// answers are handed over on the first load only (sessionStorage), as a host would for a new record.
// `?mayFollow` sets referrals-may-follow on <rhi-interview>; `?drop=a.b` leaves that answer out.
const params = new URLSearchParams(location.search);
const key = params.get('key');
const scenarioId = params.get('scenario');
const interview = document.querySelector('rhi-interview');
const form = document.querySelector('rhi-interview-form');
const wizard = document.querySelector('rhi-referral-wizard');
if (key) {
  form.setAttribute('draft-key', key);
  wizard.setAttribute('draft-key', key);
}
if (params.has('mayFollow')) interview.setAttribute('referrals-may-follow', '');

const rawKey = new Uint8Array(32).map((_, index) => index + 1);
form.draftEncryptionKey = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);

window.draftRestoredEvents = [];
form.addEventListener('rhi-draft-restored', (event) => window.draftRestoredEvents.push(event.detail));
window.decisionsRestoredEvents = [];
wizard.addEventListener('rhi-referrals-draft-restored', (event) => window.decisionsRestoredEvents.push(event.detail));
window.submitEvents = [];
form.addEventListener('rhi-submit', (event) => window.submitEvents.push(event.detail));

const scenarios = await (await fetch('/__scenarios__.json')).json();
const { scenario } = scenarios.find((entry) => entry.scenario.id === scenarioId);
const ruleset = await (await fetch(`/packages/engine/dist/rulesets/${scenario.ruleset}.json`)).json();
interview.setAttribute('now', scenario.now);
wizard.setAttribute('now', scenario.now);
const startedKey = `record-page-started-${key}`;
if (!sessionStorage.getItem(startedKey)) {
  sessionStorage.setItem(startedKey, 'yes');
  const answers = structuredClone(scenario.answers);
  const drop = params.get('drop')?.split('.');
  if (drop) delete drop.slice(0, -1).reduce((object, step) => object[step], answers)[drop.at(-1)];
  interview.answers = answers;
}
interview.ruleset = ruleset;

await import('../../../packages/elements/src/interview-form/interview-form.ts');
await import('../../../packages/elements/src/referral-wizard/referral-wizard.ts');
await import('../../../packages/elements/src/interview-session/interview.ts');
await customElements.whenDefined('rhi-interview');
await form.draftLoaded;
window.recordPageReady = true;
