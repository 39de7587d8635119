// Acceptance: with the keyboard alone a worker completes the wizard for S05, from choosing the
// referrals to the sent summary, with axe passing on every page on the way.
import { expect } from '@open-wc/testing';
import { referralsToMake } from '../../packages/engine/src/index.js';
import { checkReferralPackage } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { ReferralPackage } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { completeWithKeyboard } from '../support/referral-keyboard-robot.js';
import { assessedScenario, openWizard, shadow } from '../support/referral-wizard-driver.js';

describe('<rhi-referral-wizard> with the keyboard alone', () => {
  it('completes S05 from choose to sent, passing axe on each page', async function () {
    this.timeout(180_000);
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed, { withButtonBefore: true });
    let sent: ReferralPackage | undefined;
    wizard.addEventListener('rhi-referrals-submit', (event) => (sent = event.detail.package));
    const recommended = referralsToMake(assessed.assessment).map((referral) => referral.agency);
    const names = recommended.map((agency) => assessed.ruleset.agencies[agency]!.name.en);
    document.getElementById('before-the-wizard')!.focus();

    const axeChecked: string[] = [];
    const run = await completeWithKeyboard(wizard, {
      told: { police: { told: 'no', reason: 'Telling them would warn the adults involved.' } },
      stopAt: 'Referrals confirmed',
      onPage: async (heading) => {
        await expect(wizard).to.be.accessible();
        axeChecked.push(heading);
      },
    });

    expect(run.pages).to.deep.equal([
      'Which referrals are you making?',
      ...names.map((name) => `Referral to ${name}`),
      ...names.map((name) => `Sharing information with ${name}`),
      'Check the referrals before you send them',
      'Referrals confirmed',
    ]);
    expect(axeChecked).to.deep.equal(run.pages);
    expect(run.cameBack).to.deep.equal(['police']);
    for (const key of ['Tab', 'Shift+Tab', ' ', 'Enter', 'ArrowDown']) expect(run.keys, 'keys pressed').to.include(key);
    expect(run.keys.every((key) => key.startsWith('type:') || ['Tab', 'Shift+Tab', ' ', 'Enter'].includes(key) || key.startsWith('Arrow'))).to.equal(true);
    expect(shadow(wizard).activeElement?.id).to.equal('page-heading');

    expect(checkReferralPackage(sent)).to.deep.equal({ valid: true });
    expect(sent!.referrals.map((referral) => referral.agency)).to.deep.equal(recommended);
    const police = sent!.referrals.find((referral) => referral.agency === 'police')!;
    expect(police.sharing).to.include({ childOrFamilyTold: false, notToldReason: 'Telling them would warn the adults involved.' });
    expect(sent!.referrals.filter((referral) => referral.agency !== 'police').every((referral) => referral.sharing.childOrFamilyTold)).to.equal(true);
    console.log(`keyboard run: ${run.pages.length} pages, ${run.keys.length} keys`);
  });
});
