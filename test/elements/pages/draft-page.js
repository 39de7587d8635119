// Hosts <rhi-interview-form> for the reload tests in interview-form-drafts.test.ts. The draft key
// comes from `?key=`, so each test has its own draft. Draft events are recorded on `window` before
// the element is defined, so a restore that happens before the test looks is not missed.
const form = document.querySelector('rhi-interview-form');
const key = new URLSearchParams(location.search).get('key');
if (key) form.setAttribute('draft-key', key);

// `?pause=` sets the typing pause before a draft is written (a test's reload must come inside it).
const pause = new URLSearchParams(location.search).get('pause');
if (pause) (await import('../../../packages/elements/src/shared/draft-store.ts')).draftTiming.pauseMs = Number(pause);

window.draftRestoredEvents = [];
form.addEventListener('rhi-draft-restored', (event) => window.draftRestoredEvents.push(event.detail));

await import('../../../packages/elements/src/interview-form/interview-form.ts');
await customElements.whenDefined('rhi-interview-form');
window.draftPageReady = true;
