// Acceptance for the three components together: a scenario's answers typed into the form reach the
// risk panel through one shared assessment, the wizard pre-selects the referrals the rules
// recommend, and the package it sends validates and names every chosen agency with its sharing
// decision. S02 and S05 in English (england), S10 in Welsh (wales).
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import '../../packages/elements/src/risk-panel/risk-panel.js';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';
import '../../packages/elements/src/interview-session/interview.js';
import type { RhiInterview, RhiInterviewForm, RhiReferralWizard, RhiRiskPanel } from '../../packages/elements/src/index.js';
import { checkReferralPackage } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { RhiAssessmentDetail } from '../../packages/elements/src/interview-session/interview.events.js';
import { createAssessor, referralsToMake, type Assessment, type Language } from '../../packages/engine/src/index.js';
import { whatTheFormCanHold } from '../support/form-answers.js';
import { loadResolvedRuleset, loadScenarios } from '../support/harness.js';
import { answerWithKeyboard } from '../support/keyboard-robot.js';
import { confirm, tickedAgencies, walkToCheck } from '../support/referral-wizard-driver.js';
import { waitUntil } from '../support/wait-until.js';

const scenarios = await loadScenarios();

const checkYourAnswers: Record<Language, string> = { en: 'Check your answers', cy: 'Gwiriwch eich atebion' };
const levelWords: Record<Language, Record<string, string>> = {
  en: { high: 'High', medium: 'Medium', low: 'Low', 'no-apparent-risk': 'No apparent risk' },
  cy: { high: 'Uchel', medium: 'Canolig', low: 'Isel', 'no-apparent-risk': 'Dim risg amlwg' },
};

function textOf(element: Element): string {
  return (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ').trim();
}

async function interviewPage(id: string, lang: Language) {
  const { scenario } = scenarios.find((entry) => entry.scenario.id === id)!;
  const ruleset = await loadResolvedRuleset(scenario.ruleset);
  const host = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before-the-form">Before the form</button>
    <rhi-interview now=${scenario.now!} lang=${lang}>
      <rhi-interview-form no-drafts></rhi-interview-form>
      <rhi-risk-panel></rhi-risk-panel>
      <rhi-referral-wizard no-drafts case-reference=${`CASE-${id}`}></rhi-referral-wizard>
    </rhi-interview>
  </div>`);
  const interview = host.querySelector('rhi-interview') as RhiInterview;
  const assessments: Assessment[] = [];
  interview.addEventListener('rhi-assessment', (event: CustomEvent<RhiAssessmentDetail>) => assessments.push(event.detail.assessment));
  interview.ruleset = ruleset;
  const form = host.querySelector('rhi-interview-form') as RhiInterviewForm;
  const panel = host.querySelector('rhi-risk-panel') as RhiRiskPanel;
  const wizard = host.querySelector('rhi-referral-wizard') as RhiReferralWizard;
  await form.updateComplete;
  host.querySelector<HTMLButtonElement>('#before-the-form')!.focus();
  return { scenario, ruleset, interview, form, panel, wizard, assessments };
}

for (const [id, lang] of [
  ['S02', 'en'],
  ['S05', 'en'],
  ['S10', 'cy'],
] as const) {
  describe(`${id} end to end (${lang})`, () => {
    it('typed answers → the panel shows the level and reasons → the wizard pre-selects → a valid package', async function () {
      this.timeout(240_000);
      const page = await interviewPage(id, lang);
      const { scenario, ruleset, form, panel, wizard, assessments } = page;
      const { expected, notPlaced } = whatTheFormCanHold(scenario.answers as Record<string, unknown>);
      expect(notPlaced, `${id} answers with no question in the layout`).to.deep.equal([]);

      // The form, by keyboard alone, as an interviewer would fill it.
      const run = await answerWithKeyboard(form, { answers: expected, stopAt: checkYourAnswers[lang], timeZone: ruleset.settings.timeZone });
      const settled = await page.interview.settled();
      await waitUntil(() => panel.assessment === settled, 'the panel to show the settled assessment');
      await panel.updateComplete;

      // One shared assessment: what the engine says of the answers the form would submit.
      const direct = await createAssessor(ruleset).assess(form.submittedAnswers, { now: scenario.now!, lang });
      const shared = assessments.at(-1)!;
      expect(assessments.length, 'assessments').to.be.greaterThan(0).and.lessThan(run.keys.length);
      expect(panel.assessment, 'the panel shows the shared assessment').to.equal(shared);
      expect(wizard.assessment, 'the wizard shows the same one').to.equal(shared);
      expect(shared.riskLevel).to.equal(scenario.expect.riskLevel);
      expect(shared.reasons.map((reason) => reason.ruleId)).to.deep.equal(direct.reasons.map((reason) => reason.ruleId));
      expect(shared.rulesetId).to.equal(scenario.ruleset);

      // The panel: level in words, each reason with its rule id, every referral and action by name.
      const panelText = textOf(panel);
      expect(panelText).to.include(levelWords[lang][scenario.expect.riskLevel!]);
      for (const reason of shared.reasons) {
        expect(panelText, reason.ruleId).to.include(reason.ruleId);
        expect(panelText, reason.ruleId).to.include(reason.message.replace(/\s+/g, ' ').trim());
      }
      for (const referral of shared.referrals) expect(panelText, referral.agency).to.include(referral.name);
      for (const action of scenario.expect.actions?.include ?? []) {
        const named = shared.actions.find((candidate) => candidate.id === action);
        expect(named, action).to.not.equal(undefined);
        expect(panelText, action).to.include(named!.name);
      }
      if (scenario.expect.parentCarerDiscussion) expect(shared.parentCarerDiscussion).to.equal(scenario.expect.parentCarerDiscussion);
      expect(panelText).to.include(`${ruleset.id} ${ruleset.version}`);

      // The wizard pre-selects what the rules recommend, the scenario's expected agencies among them.
      await wizard.updateComplete;
      // Signposts (the helpline) are given to the child, not ticked or referred.
      const recommended = referralsToMake(shared).map((referral) => referral.agency);
      expect(tickedAgencies(wizard)).to.deep.equal(recommended);
      expect(recommended).to.include.members(scenario.expect.referrals?.include ?? []);
      for (const excluded of scenario.expect.referrals?.exclude ?? []) expect(recommended).to.not.include(excluded);

      await walkToCheck(wizard, (agency) => (agency === 'police' ? { told: 'no', notToldReason: 'Telling them would warn the adults involved.' } : {}));
      const sent = await confirm(wizard);
      expect(sent, 'rhi-referrals-submit').to.not.equal(undefined);
      expect(checkReferralPackage(sent, lang)).to.deep.equal({ valid: true });
      expect(sent!.lang).to.equal(lang);
      expect(sent!.ruleset).to.deep.equal({ id: ruleset.id, version: ruleset.version });
      expect(sent!.assessment.riskLevel).to.equal(scenario.expect.riskLevel);
      expect(sent!.referrals.map((referral) => referral.agency)).to.deep.equal(recommended);
      for (const referral of sent!.referrals) {
        expect(referral.agencyName, referral.agency).to.equal(ruleset.agencies[referral.agency]!.name[lang]);
        expect(referral.sharing.lawfulBasis, referral.agency).to.equal(ruleset.settings.lawfulBasis![lang]);
        expect(typeof referral.sharing.childOrFamilyTold, referral.agency).to.equal('boolean');
        if (!referral.sharing.childOrFamilyTold) expect(referral.sharing.notToldReason, referral.agency).to.match(/\S/);
        if (referral.sharing.consent !== 'not-needed') expect(referral.sharing.agreement, referral.agency).to.equal('given');
      }
      for (const [agency, consent] of Object.entries(scenario.expect.referralConsent ?? {})) {
        expect(sent!.referrals.find((referral) => referral.agency === agency)!.sharing.consent, agency).to.equal(consent);
      }
    });
  });
}

describe('S10 in Welsh with the Wales ruleset', () => {
  it('offers the interview in Welsh, in Welsh words, and says the offer is not a statutory duty in Wales', async function () {
    const page = await interviewPage('S10', 'cy');
    const { scenario, ruleset, interview, panel } = page;
    interview.answers = scenario.answers as Record<string, unknown>;
    const settled = await interview.settled();
    await waitUntil(() => panel.assessment === settled, 'the panel to show the settled assessment');
    await panel.updateComplete;
    const shared = panel.assessment!;
    expect(shared.rulesetId).to.equal('wales');
    expect(shared.lang).to.equal('cy');
    const welsh = shared.actions.find((action) => action.id === 'offer-welsh-interview');
    expect(welsh, 'offer-welsh-interview').to.not.equal(undefined);
    expect(textOf(panel)).to.include(welsh!.name);
    expect(welsh!.name).to.not.equal(
      (await createAssessor(ruleset).assess(scenario.answers, { now: scenario.now!, lang: 'en' })).actions.find((action) => action.id === 'offer-welsh-interview')!.name,
    );
    await expect(panel).to.be.accessible();
  });
});
