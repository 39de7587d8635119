// A submit never throws the draft away before the record is stored: the form posts to a case system
// that answers 503 (down, or the worker's session expired), and the worker who opens the record again
// gets the answers back with a warning that says when they were sent, in English and Welsh. The
// draft goes only once the host confirms storage: `recordStored()`, or `<rhi-record-stored>` on a
// server-rendered confirmation page. The referral wizard keeps its sent drafts the same way.
import type { Draft, RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { RhiRecordStored } from '../../packages/elements/src/record-stored/record-stored.component.js';
import type { ReferralDraft } from '../../packages/elements/src/referral-wizard/referral-draft-store.js';
import { pressButton } from '../support/interview-form-driver.js';
import { removeTestDrafts, saveTestDraft, storedDraft, uniqueDraftKey } from '../support/draft-stores.js';
import { RecordingReferralDraftStore, removeTestReferralDrafts, storedReferralDraft } from '../support/referral-draft-stores.js';
import { assessedScenario, confirm, heading as wizardHeading, openWizard, walkToCheck } from '../support/referral-wizard-driver.js';
import { loadScenarios, type ScenarioFile } from '../support/harness.js';

import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import { createStore, set } from 'idb-keyval';
import '../../packages/elements/src/interview-form/interview-form.js';
import '../../packages/elements/src/record-stored/record-stored.js';

let frames = 0;

function words(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The warning that a sent record was never confirmed stored. */
function unconfirmedWarning(element: HTMLElement): string {
  const alerts = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="alert"]')];
  return words(alerts.find((alert) => /not confirmed|heb ei gadarnhau/i.test(words(alert.querySelector('.notice__title')))));
}

async function reopened(draftKey: string, lang: 'en' | 'cy'): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key=${draftKey} lang=${lang}></rhi-interview-form>`);
  await form.draftLoaded;
  await form.updateComplete;
  return form;
}

describe('a submitted record whose storage was never confirmed', () => {
  let complete: ScenarioFile;
  before(async () => {
    complete = (await loadScenarios()).find(({ scenario }) => scenario.id === 'S02')!;
  });

  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(50);
    await removeTestDrafts();
    await removeTestReferralDrafts();
  });

  /** Fills the form with a complete record and submits it to a case system that answers 503. */
  async function submitToUnavailableCaseSystem(draftKey: string): Promise<void> {
    frames += 1;
    const target = `case-system-${frames}`;
    const host = await fixture<HTMLDivElement>(html`<div>
      <iframe name=${target} title="Case system"></iframe>
      <form method="post" action="/test-server/unavailable" target=${target}>
        <rhi-interview-form name="answers" draft-key=${draftKey} lang="en"></rhi-interview-form>
      </form>
    </div>`);
    const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
    await form.draftLoaded;
    form.answers = structuredClone(complete.scenario.answers) as Draft['answers'];
    await form.updateComplete;
    expect(form.problems, `${complete.file} passes every check of the form`).to.deep.equal([]);
    await form.goToPage('check');
    await pressButton(form, 'Submit interview record');
    const frame = host.querySelector('iframe')!;
    await waitUntil(() => frame.contentDocument?.title === 'Service unavailable', 'the case system to answer 503');
    fixtureCleanup();
  }

  for (const [lang, sentWords] of [
    ['en', 'This record was sent on'],
    ['cy', 'Anfonwyd y cofnod hwn ar'],
  ] as const) {
    it(`gives the answers back after a 503, saying when they were sent and that storage was not confirmed (${lang}, accessible)`, async () => {
      const draftKey = uniqueDraftKey(`sent-503-${lang}`);
      await submitToUnavailableCaseSystem(draftKey);

      const form = await reopened(draftKey, lang);
      expect(form.answers).to.deep.equal(complete.scenario.answers);
      const warning = unconfirmedWarning(form);
      expect(warning).to.contain(sentWords);
      expect(warning).to.match(lang === 'en' ? /has not confirmed it was stored/ : /nid yw'r system achosion wedi cadarnhau/);
      await expect(form).to.be.accessible();
    });
  }

  it('marks the draft again when the record is submitted again, and deletes it on "start again"', async () => {
    const draftKey = uniqueDraftKey('sent-again');
    await submitToUnavailableCaseSystem(draftKey);
    const firstSent = (await storedDraft(draftKey))!.submittedAt!;

    const form = await reopened(draftKey, 'en');
    await form.goToPage('check');
    await pressButton(form, 'Submit interview record');
    await waitUntil(async () => ((await storedDraft(draftKey))?.submittedAt ?? '') > firstSent, 'the draft to be marked again');

    await pressButton(form, 'Start again');
    await pressButton(form, 'Yes, delete the answers and start again');
    await waitUntil(async () => (await storedDraft(draftKey)) === undefined, 'the draft to be deleted');
    expect(unconfirmedWarning(form)).to.equal('');
  });

  it('shows no warning for a draft that was never sent', async () => {
    const draftKey = uniqueDraftKey('never-sent');
    await saveTestDraft(draftKey, { answers: { care: { status: 'none' } }, rawInputs: {}, savedAt: new Date().toISOString() });
    const form = await reopened(draftKey, 'en');
    expect(form.answers).to.deep.equal({ care: { status: 'none' } });
    expect(unconfirmedWarning(form)).to.equal('');
  });

  it('<rhi-record-stored draft-key> on a confirmation page deletes the draft when it connects', async () => {
    const draftKey = uniqueDraftKey('confirmed');
    await submitToUnavailableCaseSystem(draftKey);
    expect((await storedDraft(draftKey))?.submittedAt).to.be.a('string');

    const stored = await fixture<RhiRecordStored>(html`<rhi-record-stored draft-key=${draftKey}></rhi-record-stored>`);
    await stored.deleted;
    expect(await storedDraft(draftKey)).to.equal(undefined);
  });

  it('<rhi-record-stored kind="referrals"> deletes the referral wizard\'s draft', async () => {
    const draftKey = uniqueDraftKey('confirmed-referrals');
    await set(draftKey, { savedAt: new Date().toISOString(), submittedAt: new Date().toISOString() }, createStore('rhi-toolkit-referrals', 'referral-drafts'));
    expect(await storedReferralDraft(draftKey)).not.to.equal(undefined);

    const stored = await fixture<RhiRecordStored>(html`<rhi-record-stored kind="referrals" draft-key=${draftKey}></rhi-record-stored>`);
    await stored.deleted;
    expect(await storedReferralDraft(draftKey)).to.equal(undefined);
  });

  it('<rhi-referral-wizard> reopened with sent but unconfirmed referrals offers them back on "check" with the warning (accessible)', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const draftKey = uniqueDraftKey('referrals-unconfirmed');
    const wizard = await openWizard(assessed, { draftKey, draftStore: store });
    await walkToCheck(wizard);
    await confirm(wizard);
    await waitUntil(() => store.drafts.get(draftKey)?.submittedAt !== undefined, 'the sent draft to be marked');
    const sent: ReferralDraft = store.drafts.get(draftKey)!;
    fixtureCleanup();

    for (const [lang, sentWords] of [
      ['en', 'These referrals were sent on'],
      ['cy', 'Anfonwyd yr atgyfeiriadau hyn ar'],
    ] as const) {
      const again = await openWizard(assessed, { draftKey, draftStore: store, lang });
      expect(again.wizardState?.step).to.equal('check');
      expect(again.wizardState?.chosen).to.deep.equal(sent.state.chosen);
      expect(unconfirmedWarning(again)).to.contain(sentWords);
      expect(wizardHeading(again)).not.to.equal('');
      await expect(again).to.be.accessible();
      fixtureCleanup();
    }
  });
});
