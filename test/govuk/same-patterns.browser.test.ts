// The form and the wizard build a pattern the same way, from the one template: here the notice
// whose title, once a heading in the form and a paragraph in the wizard, is a heading in both
// (at the wizard's heading level).
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { RecordingDraftStore, uniqueDraftKey } from '../support/draft-stores.js';
import { choose, inlineError, leave, pressButton } from '../support/interview-form-driver.js';
import { RecordingReferralDraftStore } from '../support/referral-draft-stores.js';
import * as wizardDriver from '../support/referral-wizard-driver.js';
import { assessedScenario, click, openWizard, shadow } from '../support/referral-wizard-driver.js';
import { waitUntil } from '../support/wait-until.js';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function noticeTitle(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('[part~="notice"][role="alert"] .notice__title');
}

describe('the form and the wizard, built from the same templates', () => {
  it('title a "not saved on this device" notice with a heading, at the wizard\'s own heading level', async () => {
    const store = new RecordingDraftStore();
    store.failWrites = quotaExceeded();
    const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key=${uniqueDraftKey('same-notice')} .draftStore=${store}></rhi-interview-form>`);
    await choose(form, 'field-child.gender-1');
    await waitUntil(() => noticeTitle(form.shadowRoot!), 'the form\'s warning');

    const referralStore = new RecordingReferralDraftStore();
    referralStore.failWrites = quotaExceeded();
    const wizard = await openWizard(await assessedScenario('S05'), { draftKey: uniqueDraftKey('same-notice-referrals'), draftStore: referralStore });
    wizard.headingLevel = 3;
    await click(wizard, 'choose-police');
    await waitUntil(() => noticeTitle(shadow(wizard)), 'the wizard\'s warning');

    expect(noticeTitle(form.shadowRoot!)!.localName).to.equal('h2');
    expect(noticeTitle(shadow(wizard))!.localName).to.equal('h3');
  });

  it('follow one feedback rule: an error Continue found stays while its question is left unanswered, and goes once answered and left', async () => {
    const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts></rhi-interview-form>`);
    await pressButton(form, 'Continue');
    expect(inlineError(form, 'child.dateOfBirth') ?? '', 'the form, after Continue').to.contain('Enter');
    await leave(form, 'field-child.dateOfBirth-day');
    await form.updateComplete;
    expect(inlineError(form, 'child.dateOfBirth') ?? '', 'the form, left unanswered').to.contain('Enter');

    const wizard = await openWizard(await assessedScenario('S05'));
    await click(wizard, 'choose-police');
    await wizardDriver.pressButton(wizard, 'Continue');
    expect(wizardDriver.inlineError(wizard, 'removal-reason-police'), 'the wizard, after Continue').to.not.equal(undefined);
    await wizardDriver.leave(wizard, 'removal-reason-police');
    expect(wizardDriver.inlineError(wizard, 'removal-reason-police'), 'the wizard, left unanswered').to.not.equal(undefined);
    await wizardDriver.typeInto(wizard, 'removal-reason-police', 'Already referred by the school.');
    await wizardDriver.leave(wizard, 'removal-reason-police');
    expect(wizardDriver.inlineError(wizard, 'removal-reason-police'), 'the wizard, answered and left').to.equal(undefined);
  });
});
