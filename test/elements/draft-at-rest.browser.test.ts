// Drafts at rest on shared council PCs: with a host's key the bytes IndexedDB holds contain no answer
// text (and the same key brings the answers back, another does not); drafts older than the maximum
// age (7 days unless `draft-max-age-days` says) are deleted instead of restored.
import type { Draft, RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';
import { typeInterviewer } from '../support/interview-form-driver.js';
import { newEncryptionKey, removeTestDrafts, saveTestDraft, storedDraft, storedText, uniqueDraftKey } from '../support/draft-stores.js';
import { removeTestReferralDrafts, storedReferralDraft } from '../support/referral-draft-stores.js';
import { assessedScenario, settle, typeInto } from '../support/referral-wizard-driver.js';

import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import '../../packages/elements/src/interview-form/interview-form.js';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';

const SECRET = 'Zebra-Quartz-4417';
const DAY_MS = 24 * 60 * 60 * 1000;

function warningWords(element: HTMLElement): string {
  const alert = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="alert"]')].find((found) => found.querySelector('.notice__title'));
  return alert?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function openForm(draftKey: string, key?: CryptoKey, maxAgeDays?: string): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(
    html`<rhi-interview-form draft-key=${draftKey} draft-max-age-days=${maxAgeDays ?? ''} .draftEncryptionKey=${key}></rhi-interview-form>`,
  );
  // The draft is read in the first update; a restore lands a few tasks later.
  await form.draftLoaded;
  await form.updateComplete;
  return form;
}


/** The draft as stored once every keystroke's save has landed (the form says when, not the clock). */
async function waitForSave(form: RhiInterviewForm, draftKey: string): Promise<unknown> {
  await form.saveDraft();
  return storedDraft(draftKey);
}

function aDraftSaved(daysAgo: number): Draft {
  return { answers: { interview: { interviewer: SECRET } }, rawInputs: {}, savedAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString() };
}

describe('drafts at rest', () => {
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(50);
    await removeTestDrafts();
    await removeTestReferralDrafts();
  });

  describe('<rhi-interview-form> with a draftEncryptionKey', () => {
    it('stores no answer text, and the same key brings the answers back', async () => {
      const key = await newEncryptionKey();
      const draftKey = uniqueDraftKey('at-rest-encrypted');
      const form = await openForm(draftKey, key);
      await typeInterviewer(form, SECRET);
      const record = await waitForSave(form, draftKey);

      expect(record).to.have.keys(['iv', 'ciphertext', 'savedAt']);
      expect(storedText(record)).not.to.contain(SECRET);
      expect(storedText(record)).not.to.contain('interviewer');
      fixtureCleanup();
      await aTimeout(50);

      const again = await openForm(draftKey, key);
      expect(again.answers).to.deep.equal({ interview: { interviewer: SECRET } });
    });

    it('without a key stores the answer text in the clear (so the test above can fail)', async () => {
      const draftKey = uniqueDraftKey('at-rest-clear');
      const form = await openForm(draftKey);
      await typeInterviewer(form, SECRET);
      expect(storedText(await waitForSave(form, draftKey))).to.contain(SECRET);
    });

    it('with another key restores nothing, warns, and keeps what is typed', async () => {
      const draftKey = uniqueDraftKey('at-rest-wrong-key');
      const form = await openForm(draftKey, await newEncryptionKey());
      await typeInterviewer(form, SECRET);
      await waitForSave(form, draftKey);
      fixtureCleanup();
      await aTimeout(50);

      const other = await openForm(draftKey, await newEncryptionKey());
      expect(other.answers).to.deep.equal({});
      expect(warningWords(other)).to.contain('Answers not saved on this device');
      expect(storedText(await storedDraft(draftKey)), 'the draft is left for the right key').not.to.contain(SECRET);
    });

    it('deletes a draft stored in the clear instead of restoring it', async () => {
      const draftKey = uniqueDraftKey('at-rest-old-clear');
      await saveTestDraft(draftKey, aDraftSaved(0));
      const form = await openForm(draftKey, await newEncryptionKey());
      expect(form.answers).to.deep.equal({});
      await waitUntil(async () => (await storedDraft(draftKey)) === undefined, 'the clear draft to be deleted');
    });
  });

  describe('expiry of <rhi-interview-form> drafts', () => {
    it('deletes a draft saved 8 days ago instead of restoring it', async () => {
      const draftKey = uniqueDraftKey('at-rest-8-days');
      await saveTestDraft(draftKey, aDraftSaved(8));
      const form = await openForm(draftKey);
      expect(form.answers).to.deep.equal({});
      await waitUntil(async () => (await storedDraft(draftKey)) === undefined, 'the expired draft to be deleted');
    });

    it('restores a draft saved 6 days ago', async () => {
      const draftKey = uniqueDraftKey('at-rest-6-days');
      await saveTestDraft(draftKey, aDraftSaved(6));
      const form = await openForm(draftKey);
      expect(form.answers).to.deep.equal({ interview: { interviewer: SECRET } });
    });

    it('keeps drafts only draft-max-age-days days', async () => {
      const draftKey = uniqueDraftKey('at-rest-max-age');
      await saveTestDraft(draftKey, aDraftSaved(2));
      const form = await openForm(draftKey, undefined, '1');
      expect(form.answers).to.deep.equal({});
      await waitUntil(async () => (await storedDraft(draftKey)) === undefined, 'the expired draft to be deleted');
    });

    it('takes 7 days when draft-max-age-days is not a positive number', async () => {
      const draftKey = uniqueDraftKey('at-rest-bad-max-age');
      await saveTestDraft(draftKey, aDraftSaved(6));
      const form = await openForm(draftKey, undefined, '0');
      expect(form.answers).to.deep.equal({ interview: { interviewer: SECRET } });
    });
  });

  describe('<rhi-referral-wizard> with a draftEncryptionKey', () => {
    async function openWizard(draftKey: string, key: CryptoKey): Promise<RhiReferralWizard> {
      const assessed = await assessedScenario('S05');
      const wizard = document.createElement('rhi-referral-wizard');
      wizard.lang = 'en';
      wizard.setAttribute('draft-key', draftKey);
      wizard.draftEncryptionKey = key;
      wizard.setAttribute('now', assessed.scenario.now);
      wizard.assessment = assessed.assessment;
      wizard.answers = assessed.scenario.answers as Record<string, unknown>;
      wizard.ruleset = assessed.ruleset;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(wizard);
      await wizard.updateComplete;
      await wizard.draftLoaded;
      await settle(wizard);
      return wizard;
    }

    it('stores no typed reason, and the same key brings the choices back', async function () {
      const key = await newEncryptionKey();
      const draftKey = uniqueDraftKey('at-rest-referrals');
      const wizard = await openWizard(draftKey, key);
      wizard.shadowRoot!.querySelector<HTMLInputElement>('#choose-police')!.click();
      await settle(wizard);
      await typeInto(wizard, 'removal-reason-police', SECRET);
      await wizard.saveDraft();
      const saved = wizard.wizardState!;
      expect(JSON.stringify(saved)).to.contain(SECRET);
      const record = await storedReferralDraft(draftKey);
      expect(record).to.have.keys(['iv', 'ciphertext', 'savedAt']);
      expect(storedText(record)).not.to.contain(SECRET);
      wizard.remove();
      await aTimeout(50);

      const again = await openWizard(draftKey, key);
      expect(again.wizardState).to.deep.equal(saved);
    });
  });
});
