// A page may set an element's properties before the toolkit's script has defined it (the HTML holds
// <rhi-interview-form>, a page script sets `draftEncryptionKey`, then rhi-toolkit.js loads): lit keeps
// such properties aside and puts them back only in the first update. The draft must follow them, so
// the bytes IndexedDB holds are read here directly: no answer text, no field name. Each element is
// defined under a tag of its own only after its properties are set, which is exactly the late load.
import { RhiInterviewForm } from '../../packages/elements/src/interview-form/interview-form.component.js';
import { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';
import { typeInterviewer } from '../support/interview-form-driver.js';
import { RecordingDraftStore, newEncryptionKey, removeTestDrafts, storedDraft, storedText, uniqueDraftKey } from '../support/draft-stores.js';
import { removeTestReferralDrafts, storedReferralDraft } from '../support/referral-draft-stores.js';
import { assessedScenario, settle, typeInto as typeIntoWizard } from '../support/referral-wizard-driver.js';

import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import '../../packages/elements/src/interview-form/interview-form.js';

const SECRET = 'Okapi-Lantern-9083';
let defined = 0;

/** A tag not defined yet, defined by `define()` once the test has set what a page script would. */
function lateElement<T extends typeof HTMLElement>(base: T, name: string) {
  defined += 1;
  const tag = `${name}-late-${defined}-${Math.random().toString(36).slice(2, 8)}`;
  return { element: document.createElement(tag), define: () => customElements.define(tag, class extends (base as typeof HTMLElement) {}) };
}




/** Waits until IndexedDB holds a record under the key that `done` accepts, and returns it. */
async function storedWhen(read: () => Promise<unknown>, done: (record: unknown) => boolean, what: string): Promise<unknown> {
  await waitUntil(async () => done(await read()), what);
  return read();
}

const encrypted = (record: unknown) => record !== undefined && (record as { ciphertext?: unknown }).ciphertext instanceof ArrayBuffer;

describe('draft settings a page gives before the toolkit loads', () => {
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(50);
    await removeTestDrafts();
    await removeTestReferralDrafts();
  });

  async function formSetUp(draftKey: string, before: (form: RhiInterviewForm) => void): Promise<RhiInterviewForm> {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const { element, define } = lateElement(RhiInterviewForm, 'rhi-interview-form');
    element.setAttribute('draft-key', draftKey);
    before(element as RhiInterviewForm);
    container.append(element);
    define();
    const form = element as RhiInterviewForm;
    expect(form).to.be.instanceOf(RhiInterviewForm);
    await form.updateComplete;
    await form.draftLoaded;
    return form;
  }

  it('<rhi-interview-form> encrypts with a draftEncryptionKey set before it upgraded: no answer, no field name at rest', async () => {
    const key = await newEncryptionKey();
    const draftKey = uniqueDraftKey('before-upgrade-key');
    const form = await formSetUp(draftKey, (early) => (early.draftEncryptionKey = key));
    expect(form.draftEncryptionKey).to.equal(key);
    await typeInterviewer(form, SECRET);
    await waitUntil(async () => (await storedDraft(draftKey)) !== undefined, 'the draft to be saved');
    // The last keystroke's save may still be on its way: the form says when it has landed.
    await form.saveDraft();
    const record = await storedDraft(draftKey);
    expect(record).to.have.keys(['iv', 'ciphertext', 'savedAt']);
    expect(storedText(record)).not.to.contain(SECRET);
    expect(storedText(record)).not.to.contain('interviewer');
  });

  it('<rhi-interview-form> writes only to a draftStore set before it upgraded', async () => {
    const store = new RecordingDraftStore();
    const draftKey = uniqueDraftKey('before-upgrade-store');
    const form = await formSetUp(draftKey, (early) => (early.draftStore = store));
    await typeInterviewer(form, SECRET);
    await waitUntil(() => store.writes.length > 0, 'the host store to be written');
    expect(JSON.stringify(store.writes.at(-1)?.draft)).to.contain(SECRET);
    expect(await storedDraft(draftKey), 'nothing in the default IndexedDB store').to.equal(undefined);
  });

  it('<rhi-interview-form> encrypts with a key set after it was connected, before its first update', async () => {
    const key = await newEncryptionKey();
    const draftKey = uniqueDraftKey('after-connect-key');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const form = document.createElement('rhi-interview-form');
    form.setAttribute('draft-key', draftKey);
    container.append(form);
    form.draftEncryptionKey = key;
    await form.draftLoaded;
    await typeInterviewer(form, SECRET);
    const record = await storedWhen(() => storedDraft(draftKey), encrypted, 'an encrypted draft');
    await form.saveDraft();
    expect(storedText(await storedDraft(draftKey))).not.to.contain(SECRET);
    expect(storedText(record)).not.to.contain('interviewer');
  });

  it('<rhi-interview-form> given its key only after a draft was written in the clear re-writes it encrypted at once', async () => {
    const draftKey = uniqueDraftKey('later-key');
    const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key=${draftKey}></rhi-interview-form>`);
    await form.draftLoaded;
    await typeInterviewer(form, SECRET);
    await storedWhen(() => storedDraft(draftKey), (record) => storedText(record).includes(SECRET), 'the clear draft');
    form.draftEncryptionKey = await newEncryptionKey();
    const record = await storedWhen(() => storedDraft(draftKey), encrypted, 'the draft re-written encrypted');
    expect(storedText(record)).not.to.contain(SECRET);
    expect(storedText(record)).not.to.contain('interviewer');
  });

  it('<rhi-referral-wizard> encrypts with a draftEncryptionKey set before it upgraded', async function () {
    const key = await newEncryptionKey();
    const assessed = await assessedScenario('S05');
    const draftKey = uniqueDraftKey('before-upgrade-referrals');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const { element, define } = lateElement(RhiReferralWizard, 'rhi-referral-wizard');
    const early = element as RhiReferralWizard;
    element.setAttribute('draft-key', draftKey);
    element.setAttribute('lang', 'en');
    element.setAttribute('now', assessed.scenario.now);
    early.draftEncryptionKey = key;
    early.assessment = assessed.assessment;
    early.answers = assessed.scenario.answers as Record<string, unknown>;
    early.ruleset = assessed.ruleset;
    container.append(element);
    define();
    const wizard = element as RhiReferralWizard;
    await wizard.updateComplete;
    await wizard.draftLoaded;
    await settle(wizard);
    wizard.shadowRoot!.querySelector<HTMLInputElement>('#choose-police')!.click();
    await settle(wizard);
    await typeIntoWizard(wizard, 'removal-reason-police', SECRET);
    await waitUntil(async () => (await storedReferralDraft(draftKey)) !== undefined, 'the draft to be saved');
    await wizard.saveDraft();
    const record = await storedReferralDraft(draftKey);
    expect(record).to.have.keys(['iv', 'ciphertext', 'savedAt']);
    expect(storedText(record)).not.to.contain(SECRET);
    expect(storedText(record)).not.to.contain('removed');
  });
});
