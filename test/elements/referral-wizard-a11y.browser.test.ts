// Acceptance: axe finds nothing on any page of <rhi-referral-wizard>, in English and Welsh, with and
// without errors shown; no inline styles (strict CSP); S10 (Wales) reads in Welsh throughout.
import { expect } from '@open-wc/testing';
import { referralsToMake } from '../../packages/engine/src/index.js';
import {
  assessedScenario,
  click,
  errorSummary,
  fillSharing,
  heading,
  openWizard,
  pressButton,
  shadow,
  stepIndicator,
  settle,
  tickedAgencies,
  walkToCheck,
  words,
  type RhiReferralWizard,
} from '../support/referral-wizard-driver.js';

/** axe on the page as it stands, and no `style` attribute anywhere (the strict policy blocks them). */
async function expectClean(wizard: RhiReferralWizard, what: string): Promise<void> {
  await expect(wizard, what).to.be.accessible();
  expect(shadow(wizard).querySelectorAll('[style]').length, `${what}: style attributes`).to.equal(0);
}

const continueWord = { en: 'Continue', cy: 'Parhau' } as const;

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-referral-wizard> axe on every page, in ${lang}`, () => {
    it('S02: "Referrals to follow" and its reason, where the host allows it', async function () {
      this.timeout(180_000);
      const wizard = await openWizard(await assessedScenario('S02', lang), { lang });
      wizard.referralsMayFollow = true;
      await settle(wizard);
      await expectClean(wizard, `to follow offered (${lang})`);
      await click(wizard, 'to-follow');
      expect(shadow(wizard).getElementById('to-follow-reason'), 'the reason is revealed').to.not.equal(null);
      await expectClean(wizard, `to follow chosen (${lang})`);
    });


    it(`S05: choose, every details and sharing page, check and sent, with errors shown on the way`, async function () {
      this.timeout(180_000);
      const assessed = await assessedScenario('S05', lang);
      const wizard = await openWizard(assessed, { lang, caseReference: 'RHI-2026-0042' });
      const checked: string[] = [];
      const check = async (what: string) => {
        await expectClean(wizard, `${what} (${lang})`);
        checked.push(what);
      };

      await check('choose');
      // Errors on choose: a recommendation taken out, and an added agency, both without reasons.
      shadow(wizard).querySelector<HTMLElement>('details[part~="add-agency"] summary')!.click();
      await click(wizard, 'choose-police');
      await click(wizard, 'choose-advocacy');
      await pressButton(wizard, continueWord[lang]);
      expect(errorSummary(wizard)).to.have.length(2);
      await check('choose with errors');
      await click(wizard, 'choose-police');
      await click(wizard, 'choose-advocacy');

      await pressButton(wizard, continueWord[lang]);
      const count = wizard.wizardState!.chosen.length;
      for (let index = 0; index < count; index++) {
        expect(wizard.wizardState!.step).to.equal('details');
        await check(`details ${index + 1}`);
        await pressButton(wizard, continueWord[lang]);
      }
      for (let index = 0; index < count; index++) {
        expect(wizard.wizardState!.step).to.equal('sharing');
        await check(`sharing ${index + 1}`);
        if (index === 0) {
          await pressButton(wizard, continueWord[lang]);
          expect(errorSummary(wizard).length).to.be.greaterThan(0);
          await check('sharing with errors');
          await fillSharing(wizard, { told: 'no', notToldReason: '' });
          await pressButton(wizard, continueWord[lang]);
          await check('sharing with the not-told reason missing');
        }
        await fillSharing(wizard, index === 0 ? { told: 'no' } : {});
        await pressButton(wizard, continueWord[lang]);
      }
      expect(wizard.wizardState!.step).to.equal('check');
      await check('check');
      await pressButton(wizard, lang === 'en' ? 'Confirm' : 'Cadarnhau');
      expect(wizard.wizardState!.step).to.equal('sent');
      await check('sent');
      expect(checked).to.have.length(2 * count + 6);
    });

    it('S03: the sharing page with the "do not tell the family" warning', async function () {
      const assessed = await assessedScenario('S03', lang);
      const wizard = await openWizard(assessed, { lang });
      await wizard.goToStep('sharing', 0);
      await settle(wizard);
      expect(shadow(wizard).querySelector('[part~="warning"]')).to.not.equal(null);
      await expectClean(wizard, `S03 sharing (${lang})`);
    });
  });
}

describe('<rhi-referral-wizard> in Welsh for a Welsh locality', () => {
  it('S10 (wales): every page in Welsh, with the directory names, consent and step indicator in Welsh, and axe clean', async function () {
    const assessed = await assessedScenario('S10', 'cy');
    const wizard = await openWizard(assessed, { lang: 'cy' });
    const { ruleset, assessment } = assessed;
    // Signposts (the helpline) are given to the child, not ticked or referred.
    const toMake = referralsToMake(assessment);
    expect(tickedAgencies(wizard)).to.deep.equal(toMake.map((referral) => referral.agency));
    expect(heading(wizard)).to.equal("Pa atgyfeiriadau ydych chi'n eu gwneud?");
    expect(stepIndicator(wizard)).to.equal('Cam 1 o 5: Dewis atgyfeiriadau');
    for (const referral of toMake) {
      expect(words(shadow(wizard).querySelector(`label[for="choose-${referral.agency}"]`))).to.equal(ruleset.agencies[referral.agency]!.name.cy);
    }
    await expectClean(wizard, 'S10 choose');

    await pressButton(wizard, 'Parhau');
    const first = ruleset.agencies[toMake[0]!.agency]!.name.cy;
    expect(stepIndicator(wizard)).to.equal(`Cam 2 o 5: Manylion ar gyfer ${first} (1 o ${toMake.length})`);
    expect(words(shadow(wizard).querySelector('[part~="agency"]'))).to.include('Pa mor frys');
    await expectClean(wizard, 'S10 details');

    const earlyHelp = toMake.findIndex((referral) => referral.agency === 'early-help');
    await wizard.goToStep('sharing', earlyHelp);
    await settle(wizard);
    const page = words(shadow(wizard).querySelector('[part~="agency"]'));
    // The agreement needed, in the assessment schema's own Welsh label (the one source of these words).
    expect(page).to.include('Cytundeb y teulu');
    expect(page).to.include('A yw\'r cytundeb wedi\'i roi?');
    expect(page).to.include(ruleset.settings.lawfulBasis!.cy);
    await pressButton(wizard, 'Parhau');
    expect(errorSummary(wizard)[0]).to.match(/^Dewiswch a yw'r cytundeb/);
    expect(words(shadow(wizard).querySelector('.error-summary__title'))).to.equal('Mae problem wedi codi');
    await expectClean(wizard, 'S10 sharing with errors');

    await wizard.goToStep('choose');
    await settle(wizard);
    const passed = await walkToCheck(wizard);
    expect(passed.at(-1)).to.equal('Gwiriwch yr atgyfeiriadau cyn eu hanfon');
    await expectClean(wizard, 'S10 check');
    await pressButton(wizard, 'Cadarnhau');
    expect(heading(wizard)).to.equal("Atgyfeiriadau wedi'u cadarnhau");
    const summary = words(shadow(wizard).querySelector('[part~="summary"]'));
    expect(summary).to.include('Crynodeb o\'r atgyfeiriadau');
    expect(summary).to.include(ruleset.agencies['early-help']!.name.cy);
    await expectClean(wizard, 'S10 sent');
  });
});
