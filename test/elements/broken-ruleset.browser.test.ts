// A ruleset that cannot be run (a provider's broken file that reached the page) must never leave
// the page blank or waiting in silence: the panel and the wizard say the rules could not be run
// and ask for a manager's review, the form keeps working, and a good ruleset clears the warnings.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import '../../packages/elements/src/interview-session/interview.js';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';
import '../../packages/elements/src/risk-panel/risk-panel.js';
import type { RhiInterviewForm } from '../../packages/elements/src/interview-form/interview-form.component.js';
import type { RhiInterview } from '../../packages/elements/src/interview-session/interview.component.js';
import type { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { PATIENCE_MS } from '../support/wait-until.js';

const england = await loadResolvedRuleset('england');
const brokenRulesets: Record<string, unknown> = {
  'a rule whose conditions json-rules-engine refuses': { ...england, rules: [{ ...england.rules[0], conditions: { nonsense: true } }] },
  'a ruleset with no rules list': { ...england, rules: undefined },
  'a ruleset that is not an object': 'england',
};
const panelWords = {
  en: 'The risk level could not be worked out from these answers. A manager must review the record.',
  cy: "Nid oedd modd cyfrifo lefel y risg o'r atebion hyn. Rhaid i reolwr adolygu'r cofnod.",
};
const wizardWords = { en: 'The rules for this area could not be run', cy: "Nid oedd modd rhedeg y rheolau ar gyfer yr ardal hon" };

const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function until(condition: () => boolean, what: string): Promise<void> {
  const giveUpAt = Date.now() + PATIENCE_MS;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function pageWith(ruleset: unknown, lang: 'en' | 'cy') {
  const interview = await fixture<RhiInterview>(html`<rhi-interview .ruleset=${ruleset} .answers=${{ indicators: ['county-lines'] }} lang=${lang}>
    <main>
      <h1>Return home interview</h1>
      <rhi-interview-form no-drafts></rhi-interview-form>
      <aside><rhi-risk-panel></rhi-risk-panel></aside>
      <rhi-referral-wizard no-drafts></rhi-referral-wizard>
    </main>
  </rhi-interview>`);
  return {
    interview,
    form: interview.querySelector<RhiInterviewForm>('rhi-interview-form')!,
    panel: interview.querySelector<RhiRiskPanel>('rhi-risk-panel')!,
    wizard: interview.querySelector<RhiReferralWizard>('rhi-referral-wizard')!,
  };
}

describe('a ruleset that cannot be run', () => {
  for (const [name, ruleset] of Object.entries(brokenRulesets)) {
    for (const lang of ['en', 'cy'] as const) {
      it(`${name} (${lang}): the panel and the wizard say so, the form keeps working, axe finds nothing`, async () => {
        const { form, panel, wizard } = await pageWith(ruleset, lang);
        await until(() => panel.assessmentFailed && wizard.assessmentFailed, 'the components to hear of the failure');
        await Promise.all([panel.updateComplete, wizard.updateComplete]);
        expect(text(panel)).to.include(panelWords[lang]);
        expect(panel.shadowRoot!.querySelector('[role="alert"]'), 'the panel warning is announced').to.exist;
        expect(text(panel)).not.to.include(lang === 'en' ? 'appears here once' : 'ymddangos yma');
        expect(text(wizard)).to.include(wizardWords[lang]);
        expect(wizard.shadowRoot!.querySelector('#not-assessed-warning[role="alert"]')).to.exist;
        // Nothing typed is lost: the form still shows its questions and keeps the answers.
        expect(form.shadowRoot!.querySelectorAll('input, textarea, select').length).to.be.greaterThan(0);
        expect((form.answers as { indicators?: string[] }).indicators).to.deep.equal(['county-lines']);
        await expect(panel).to.be.accessible();
        await expect(wizard).to.be.accessible();
      });
    }
  }

  it('clears both warnings once a ruleset that runs is given', async () => {
    const { interview, panel, wizard } = await pageWith(brokenRulesets['a ruleset with no rules list'], 'en');
    await until(() => panel.assessmentFailed, 'the failure');
    interview.ruleset = england;
    await until(() => panel.assessment !== undefined && !panel.assessmentFailed && !wizard.assessmentFailed, 'an assessment');
    await Promise.all([panel.updateComplete, wizard.updateComplete]);
    expect(text(panel)).not.to.include(panelWords.en);
    expect(text(wizard)).not.to.include(wizardWords.en);
    expect(panel.assessment!.riskLevel).to.equal('high');
  });
});
