// Drafts of <rhi-referral-wizard>: autosaved after a pause, restored when the wizard is opened again
// with the same draft-key (same page, every choice) with a notice and "start again", deleted once
// the referrals are sent, off with no-drafts, and a visible warning when the browser will not store them.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import { initialWizardState } from '../../packages/elements/src/referral-wizard/wizard-state.js';
import { createAssessor, referralsToMake } from '../../packages/engine/src/index.js';
import { RecordingReferralDraftStore, removeTestReferralDrafts, storedReferralDraft } from '../support/referral-draft-stores.js';
import { uniqueDraftKey } from '../support/draft-stores.js';
import '../../packages/elements/src/interview-form/interview-form.js';
import {
  assessedScenario,
  click,
  confirm,
  control,
  focusedId,
  heading,
  openWizard,
  pressButton,
  settle,
  shadow,
  typeInto,
  walkToCheck,
  words,
  type AssessedScenario,
  type RhiReferralWizard,
} from '../support/referral-wizard-driver.js';


function restoredNotice(wizard: RhiReferralWizard): HTMLElement | null {
  return shadow(wizard).querySelector('[aria-labelledby="draft-restored-title"]');
}

function warning(wizard: RhiReferralWizard): HTMLElement | undefined {
  return [...shadow(wizard).querySelectorAll<HTMLElement>('[role="alert"]')].find((alert) => alert.querySelector('.notice__title'));
}

/** The warning that the same referral choices are open somewhere else too. */
function openElsewhere(wizard: Element): HTMLElement | undefined {
  return [...wizard.shadowRoot!.querySelectorAll<HTMLElement>('[role="alert"]')].find((alert) => /open somewhere else|ar agor yn rhywle arall/.test(alert.textContent ?? ''));
}

/** How many `rhi-referrals-draft-restored` events reach the document while `run` runs. */
async function restoredEventsWhile(run: () => Promise<void>): Promise<number> {
  let count = 0;
  const counter = () => count++;
  document.addEventListener('rhi-referrals-draft-restored', counter);
  try {
    await run();
  } finally {
    document.removeEventListener('rhi-referrals-draft-restored', counter);
  }
  return count;
}

/** Some work: police taken out with a reason, an agency added, a summary edited, a lower urgency, one sharing page. */
async function doSomeWork(wizard: RhiReferralWizard, assessed: AssessedScenario): Promise<void> {
  await click(wizard, 'choose-police');
  await typeInto(wizard, 'removal-reason-police', 'Police were at the interview.');
  shadow(wizard).querySelector<HTMLElement>('details[part~="add-agency"] summary')!.click();
  await click(wizard, 'choose-advocacy');
  await typeInto(wizard, 'added-reason-advocacy', 'The child wants an advocate.');
  await pressButton(wizard, 'Continue');
  const first = referralsToMake(assessed.assessment)[0]!.agency;
  await typeInto(wizard, `summary-${first}`, 'A summary the worker wrote.');
  await click(wizard, `urgency-${first}-2`);
  await typeInto(wizard, `urgency-reason-${first}`, 'Already known to the team.');
  await pressButton(wizard, 'Continue');
}

describe('<rhi-referral-wizard> drafts', () => {
  afterEach(removeTestReferralDrafts);

  it('saves after a pause and, opened again with the same draft-key, comes back on the same page with every choice', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const key = uniqueDraftKey('referrals-restore');
    const wizard = await openWizard(assessed, { draftKey: key, draftStore: store });
    await doSomeWork(wizard, assessed);
    await waitUntil(() => store.drafts.get(key)?.state.agencyIndex === 1, 'the draft was not saved');
    const saved = wizard.wizardState!;
    const onPage = heading(wizard);
    wizard.remove();

    const again = await openWizard(assessed, { draftKey: key, draftStore: store });
    expect(again.wizardState).to.deep.equal(saved);
    expect(heading(again)).to.equal(onPage);
    expect(words(restoredNotice(again))).to.include('Referral choices saved on this device at');
    await pressButton(again, 'Back');
    const first = referralsToMake(assessed.assessment)[0]!.agency;
    expect(control<HTMLTextAreaElement>(again, `summary-${first}`).value).to.equal('A summary the worker wrote.');
    expect(control(again, `urgency-${first}-2`).checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(again, `urgency-reason-${first}`).value).to.equal('Already known to the team.');
    await pressButton(again, 'Back');
    expect(control<HTMLTextAreaElement>(again, 'removal-reason-police').value).to.equal('Police were at the interview.');
    expect(control(again, 'choose-advocacy').checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(again, 'added-reason-advocacy').value).to.equal('The child wants an advocate.');
  });

  it('restores from the default IndexedDB store too', async function () {
    const assessed = await assessedScenario('S05');
    const key = uniqueDraftKey('referrals-indexeddb');
    const wizard = await openWizard(assessed, { draftKey: key });
    await doSomeWork(wizard, assessed);
    await waitUntil(async () => (await storedReferralDraft(key))?.state.agencyIndex === 1, 'nothing in IndexedDB');
    const saved = wizard.wizardState!;
    wizard.remove();
    const again = await openWizard(assessed, { draftKey: key });
    expect(again.wizardState).to.deep.equal(saved);
  });

  it('"start again" asks first, then deletes the draft and goes back to the recommendations', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const key = uniqueDraftKey('referrals-start-again');
    const wizard = await openWizard(assessed, { draftKey: key, draftStore: store });
    await doSomeWork(wizard, assessed);
    await waitUntil(() => store.drafts.has(key), 'not saved');
    wizard.remove();

    const again = await openWizard(assessed, { draftKey: key, draftStore: store });
    await click(again, 'start-again');
    expect(focusedId(again)).to.equal('confirm-start-again-yes');
    expect(store.drafts.has(key), 'nothing deleted before "yes"').to.equal(true);
    await click(again, 'confirm-start-again-yes');
    await waitUntil(() => !store.drafts.has(key), 'the draft to be deleted');
    await again.saveDraft();
    expect(store.drafts.has(key), 'nothing written back').to.equal(false);
    expect(restoredNotice(again)).to.equal(null);
    expect(heading(again)).to.equal('Which referrals are you making?');
    expect(focusedId(again)).to.equal('page-heading');
    expect(again.wizardState!.chosen).to.deep.equal(referralsToMake(assessed.assessment).map((referral) => referral.agency));
    expect(again.wizardState!.removed).to.deep.equal({});
    expect(again.wizardState!.choices).to.deep.equal({});
  });

  it('keeps the draft, marked as sent, once the referrals are sent until recordStored(), and keeps it unmarked when the host cancels', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const key = uniqueDraftKey('referrals-sent');
    const wizard = await openWizard(assessed, { draftKey: key, draftStore: store });
    await walkToCheck(wizard);
    await waitUntil(() => store.drafts.get(key)?.state.step === 'check', 'not saved');
    await confirm(wizard, true);
    await wizard.saveDraft();
    expect(store.drafts.has(key), 'cancelled: the draft stays').to.equal(true);
    expect(store.drafts.get(key)?.submittedAt, 'cancelled: not marked as sent').to.equal(undefined);
    await confirm(wizard);
    await waitUntil(() => store.drafts.get(key)?.submittedAt !== undefined, 'the draft to be marked as sent');
    expect(heading(wizard)).to.equal('Referrals confirmed');
    await wizard.recordStored();
    expect(store.drafts.has(key), 'stored: the draft goes').to.equal(false);
  });

  it('shows a warning and carries on when the browser will not store drafts', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    store.failWrites = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wizard = await openWizard(assessed, { draftKey: uniqueDraftKey('referrals-quota'), draftStore: store });
    await click(wizard, 'choose-police');
    await waitUntil(() => warning(wizard), 'no warning');
    expect(words(warning(wizard))).to.include('Referral choices not saved on this device');
    expect(words(warning(wizard))).to.include("the browser's storage is full");
    await typeInto(wizard, 'removal-reason-police', 'Still working.');
    await pressButton(wizard, 'Continue');
    expect(wizard.wizardState!.step, 'work continues').to.equal('details');

    const unreadable = new RecordingReferralDraftStore();
    unreadable.failReads = new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');
    const privateWindow = await openWizard(assessed, { draftKey: uniqueDraftKey('referrals-private'), draftStore: unreadable });
    expect(words(warning(privateWindow))).to.include('the browser does not allow storage here');
    await pressButton(privateWindow, 'Continue');
    expect(privateWindow.wizardState!.step).to.equal('details');
  });

  it('warns when the device never answers (IndexedDB blocked), and the referral work carries on', async function () {
    const assessed = await assessedScenario('S05');
    const neverAnswers = () => new Promise<never>(() => {});
    const hungStore = { read: neverAnswers, write: neverAnswers, remove: neverAnswers };
    const wizard = await openWizard(assessed, { draftKey: uniqueDraftKey('referrals-blocked'), draftStore: hungStore, waitForDraft: false });
    await click(wizard, 'choose-police');
    await typeInto(wizard, 'removal-reason-police', 'Already known to the police team.');
    await waitUntil(() => warning(wizard), 'no warning');
    expect(words(warning(wizard))).to.include('Referral choices not saved on this device');
    expect(words(warning(wizard))).to.include('another tab or window may be holding');
    await pressButton(wizard, 'Continue');
    expect(wizard.wizardState!.step, 'work continues').to.equal('details');
  });

  it('warns when the same referral choices are open twice (not for an interview form with the same key), in en and cy', async function () {
    const assessed = await assessedScenario('S05');
    const key = uniqueDraftKey('referrals-twice');
    const first = await openWizard(assessed, { draftKey: key, draftStore: new RecordingReferralDraftStore() });
    const form = document.createElement('rhi-interview-form');
    form.setAttribute('draft-key', key);
    first.parentElement!.append(form);
    await aTimeout(300);
    expect(openElsewhere(first), 'an interview form is another record').to.equal(undefined);

    const second = await openWizard(assessed, { draftKey: key, draftStore: new RecordingReferralDraftStore(), lang: 'cy' });
    await waitUntil(() => openElsewhere(first) && openElsewhere(second), 'both wizards to warn');
    expect(words(openElsewhere(first))).to.include('The same referral choices are open in another tab or window on this device');
    expect(words(openElsewhere(second))).to.include("Mae'r un dewisiadau atgyfeirio ar agor mewn tab neu ffenestr arall");
    await expect(first).to.be.accessible();
    await expect(second).to.be.accessible();
    await click(first, 'choose-police');
    expect(first.wizardState!.chosen, 'work carries on').to.not.include('police');

    second.remove();
    await waitUntil(() => openElsewhere(first) === undefined, 'the warning to go with the other wizard');
    form.remove();
  });

  it('saves nothing, and restores nothing, while the worker has decided nothing, even as it follows new assessments', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const key = uniqueDraftKey('referrals-untouched');
    const wizard = await openWizard(assessed, { draftKey: key, draftStore: store });
    // The form beside it is being filled in: a new assessment with other recommendations.
    const answers = structuredClone(assessed.scenario.answers) as Record<string, Record<string, unknown>>;
    answers.duringEpisode = { ...answers.duringEpisode, arrestedOrCharged: false };
    const next = await createAssessor(assessed.ruleset).assess(answers, { now: assessed.scenario.now, lang: 'en' });
    wizard.answers = answers;
    wizard.assessment = next;
    await settle(wizard);
    expect(wizard.wizardState!.chosen, 'it followed the new assessment').to.deep.equal(referralsToMake(next).map((referral) => referral.agency));
    await wizard.saveDraft();
    wizard.remove();
    expect(store.writes, 'nothing decided, nothing saved').to.deep.equal([]);

    const restored = await restoredEventsWhile(async () => {
      const again = await openWizard(assessed, { draftKey: key, draftStore: store });
      expect(words(restoredNotice(again)), 'no "draft restored" notice').to.equal('');
    });
    expect(restored).to.equal(0);
  });

  it('does not restore or announce a draft of a state nobody had touched', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const key = uniqueDraftKey('referrals-untouched-saved');
    // As an earlier version saved it while following the assessments.
    // Saved an hour ago, so only its being untouched (not its age) keeps it from coming back.
    store.drafts.set(key, { state: initialWizardState(assessed.assessment), savedAt: new Date(Date.now() - 3_600_000).toISOString() });
    const restored = await restoredEventsWhile(async () => {
      const wizard = await openWizard(assessed, { draftKey: key, draftStore: store });
      expect(words(restoredNotice(wizard)), 'no "draft restored" notice').to.equal('');
      expect(shadow(wizard).textContent).not.to.include('Draft restored');
      expect(wizard.wizardState).to.deep.equal(initialWizardState(assessed.assessment));
    });
    expect(restored).to.equal(0);
  });

  it('saves once the worker decides something, and deletes the draft when everything is put back as recommended', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const key = uniqueDraftKey('referrals-put-back');
    const wizard = await openWizard(assessed, { draftKey: key, draftStore: store });
    await click(wizard, 'choose-police');
    await waitUntil(() => store.drafts.get(key)?.state.removed.police === '', 'the decision was not saved');
    await click(wizard, 'choose-police');
    await waitUntil(() => !store.drafts.has(key), 'the draft to be deleted');
    await wizard.saveDraft();
    expect(store.drafts.has(key), 'nothing decided any more: no draft to bring the old choice back').to.equal(false);
    wizard.remove();
    const again = await openWizard(assessed, { draftKey: key, draftStore: store });
    expect(again.wizardState!.chosen).to.include('police');
    expect(words(restoredNotice(again)), 'no "draft restored" notice').to.equal('');
  });

  it('keeps nothing with no-drafts', async function () {
    const assessed = await assessedScenario('S05');
    const store = new RecordingReferralDraftStore();
    const wizard = await openWizard(assessed, { draftStore: store });
    expect(wizard.hasAttribute('no-drafts')).to.equal(true);
    await doSomeWork(wizard, assessed);
    await wizard.saveDraft();
    expect(store.calls).to.deep.equal([]);
  });
});
