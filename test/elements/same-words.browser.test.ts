// One word for one value, whichever component shows it: S02's level, each referral's agency,
// urgency and whose agreement is needed read the same in <rhi-risk-panel> and
// <rhi-referral-wizard>, in English and Welsh, and are the schema's labels (the engine's
// valueLabels, which `rhi explain` also prints: test/cli/same-words.node.test.ts). The Runaway
// Helpline, a signpost, is something to give the child under "What to do now", not a referral.
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';
import { referralsToMake, signpostsOf, valueLabels } from '../../packages/engine/src/index.js';
import { panelFor, part } from '../support/risk-panel-driver.js';
import { assessedScenario, openWizard, settle, shadow, words } from '../support/referral-wizard-driver.js';

const give = {
  en: 'Give the child the Runaway Helpline number, 116 000',
  cy: "Rhowch rif Runaway Helpline i'r plentyn, 116 000",
} as const;

for (const lang of ['en', 'cy'] as const) {
  describe(`the same value in the same words in the panel and the wizard, in ${lang}`, () => {
    it('S02: the level, and each referral’s agency, urgency and agreement, read the same in the panel and the wizard, as the schema labels them', async () => {
      const s02 = await assessedScenario('S02', lang);
      const { assessment } = s02;
      const referrals = referralsToMake(assessment);
      expect(referrals.length).to.be.greaterThan(2);

      const panel = await panelFor(assessment, s02.ruleset, lang);
      const root = panel.shadowRoot!;
      expect(words(root.querySelector('.level__word'))).to.equal(valueLabels.riskLevel[lang][assessment.riskLevel]);
      const lines = [...root.querySelectorAll('[part~="referrals"] li.referral')];
      const panelWords = lines.map((line) => ({
        name: words(line.querySelector('strong')),
        urgency: words(line.querySelector('.urgency')),
        consent: words(line.querySelector('.consent')),
      }));
      expect(panelWords).to.deep.equal(
        referrals.map((referral) => ({
          name: s02.ruleset.agencies[referral.agency]!.name[lang],
          urgency: valueLabels.urgency[lang][referral.urgency],
          consent: valueLabels.consent[lang][referral.consent],
        })),
      );

      const wizard = await openWizard(s02, { lang });
      await settle(wizard);
      for (const [index, referral] of referrals.entries()) {
        const line = panelWords[index]!;
        expect(words(shadow(wizard).querySelector(`label[for="choose-${referral.agency}"]`)), referral.agency).to.equal(line.name);
        expect(words(shadow(wizard).querySelector(`#choose-${referral.agency}-hint .urgency-tag`)), referral.agency).to.include(line.urgency);
      }
      for (const [index, referral] of referrals.entries()) {
        await wizard.goToStep('sharing', index);
        await settle(wizard);
        const agencyPage = words(shadow(wizard).querySelector('[part~="agency"]'));
        expect(agencyPage, referral.agency).to.include(panelWords[index]!.name);
        expect(agencyPage, referral.agency).to.include(panelWords[index]!.consent);
      }
    });

    it('S02: shows the Runaway Helpline under "What to do now" with its number from the ruleset, never among the referrals', async () => {
      const s02 = await assessedScenario('S02', lang);
      expect(signpostsOf(s02.assessment).map((signpost) => signpost.agency)).to.deep.equal(['runaway-helpline']);
      const panel = await panelFor(s02.assessment, s02.ruleset, lang);
      const signpost = part(panel, 'signpost');
      expect(signpost?.closest('[part~="actions"]'), 'the signpost is an action').to.not.equal(null);
      expect(words(signpost?.querySelector('strong'))).to.equal(give[lang]);
      expect(words(part(panel, 'referrals'))).to.not.include('Runaway Helpline');
      await expect(panel).to.be.accessible();
    });
  });
}
