// The seventeen worked scenarios, through the engine, in Node and in Chromium.
import { expect } from 'chai';
import { createAssessor, validateAssessment, type Assessment } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset, loadScenarios } from '../support/harness.js';

const scenarios = await loadScenarios();

function agencies(assessment: Assessment): string[] {
  return assessment.referrals.map((referral) => referral.agency);
}

function actionIds(assessment: Assessment): string[] {
  return assessment.actions.map((action) => action.id);
}

describe('the worked scenarios', () => {
  it('are all seventeen present', () => {
    expect(scenarios.map(({ scenario }) => scenario.id)).to.have.length(17);
  });

  for (const { file, scenario } of scenarios) {
    it(`${scenario.id}: ${scenario.title}`, async () => {
      const assessor = createAssessor(await loadResolvedRuleset(scenario.ruleset));
      const assessment = await assessor.assess(scenario.answers, { now: scenario.now });
      const { expect: expected } = scenario;
      const why = assessment.reasons.map((reason) => `${reason.ruleId}:${reason.level ?? '-'}`).join(', ');

      expect(validateAssessment(assessment, file), 'the assessment fits assessment.schema.json').to.deep.equal([]);
      expect(assessment.failed).to.equal(false);
      expect(assessment.riskLevel, `risk level (${why})`).to.equal(expected.riskLevel);
      if (expected.parentCarerDiscussion) {
        expect(assessment.parentCarerDiscussion).to.equal(expected.parentCarerDiscussion);
      }
      for (const agency of expected.referrals?.include ?? []) expect(agencies(assessment)).to.include(agency);
      for (const agency of expected.referrals?.exclude ?? []) expect(agencies(assessment)).not.to.include(agency);
      for (const [agency, consent] of Object.entries(expected.referralConsent ?? {})) {
        expect(assessment.referrals.find((referral) => referral.agency === agency)?.consent, `${agency} consent`).to.equal(consent);
      }
      for (const id of expected.actions?.include ?? []) expect(actionIds(assessment)).to.include(id);
      for (const id of expected.actions?.exclude ?? []) expect(actionIds(assessment)).not.to.include(id);
    });
  }

  it('gives every referral and action at least one reason naming a rule', async () => {
    for (const { scenario } of scenarios) {
      const assessment = await createAssessor(await loadResolvedRuleset(scenario.ruleset)).assess(scenario.answers, { now: scenario.now });
      for (const item of [...assessment.referrals, ...assessment.actions]) {
        expect(item.reasons.length, `${scenario.id}`).to.be.greaterThan(0);
        for (const reason of item.reasons) expect(reason.ruleId).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('gives the reasons in Welsh when asked', async () => {
    const { scenario } = scenarios.find(({ scenario }) => scenario.id === 'S10')!;
    const ruleset = await loadResolvedRuleset(scenario.ruleset);
    const english = await createAssessor(ruleset).assess(scenario.answers, { now: scenario.now, lang: 'en' });
    const welsh = await createAssessor(ruleset).assess(scenario.answers, { now: scenario.now, lang: 'cy' });
    expect(welsh.lang).to.equal('cy');
    expect(welsh.riskLevel).to.equal(english.riskLevel);
    const welshRule = ruleset.rules.find((rule) => rule.id === welsh.reasons[0].ruleId);
    expect(welsh.reasons[0].message).to.equal(welshRule?.message.cy);
    expect(welsh.reasons[0].message).not.to.equal(english.reasons[0].message);
  });
});
