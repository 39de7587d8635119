// The engine says how far a level can be trusted (`standing`), so no component works it out: an
// empty record is 'not-assessed' (no level to show, the first answers to ask for), a record still
// waiting for answers is 'provisional' (at least that level), a complete one is 'final'.
import { expect } from 'chai';
import { createAssessor, riskLevels, validateAssessment } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset, loadScenarios } from '../support/harness.js';

const now = '2026-05-12T14:00:00Z';
const ruleset = await loadResolvedRuleset('england');
const assessor = createAssessor(ruleset);
const scenarios = await loadScenarios();

describe('the standing of an assessment', () => {
  it('is not-assessed with nothing answered, and names the first answers to ask for', async () => {
    const assessment = await assessor.assess({}, { now });
    expect(assessment.standing).to.equal('not-assessed');
    expect(assessment.firstAnswersNeeded.length).to.be.within(1, 5);
    expect(assessment.firstAnswersNeeded[0], 'the offer deadline runs from the return').to.equal('episode.returnedAt');
    for (const path of assessment.firstAnswersNeeded) expect(assessment.missing).to.include(path);
    expect(validateAssessment(assessment, 'empty')).to.deep.equal([]);
  });

  it('stays not-assessed while only answers no rule reads are given', async () => {
    const assessment = await assessor.assess({ child: { gender: 'female' } }, { now });
    expect(assessment.standing).to.equal('not-assessed');
  });

  it('is provisional once an answer a rule reads is given and others are still awaited', async () => {
    const assessment = await assessor.assess({ child: { dateOfBirth: '2010-11-03' } }, { now });
    expect(assessment.standing).to.equal('provisional');
    expect(assessment.provisional).to.equal(true);
  });

  it('is final for a complete record (S02), with no answers needed', async () => {
    const s02 = scenarios.find(({ scenario }) => scenario.id === 'S02')!.scenario;
    const assessment = await assessor.assess(s02.answers, { now: s02.now! });
    expect(assessment.standing).to.equal('final');
    expect(assessment.firstAnswersNeeded).to.deep.equal([]);
  });

  it('agrees with provisional on every scenario, and is never not-assessed when a level above low was found', async () => {
    for (const { scenario } of scenarios) {
      const assessment = await createAssessor(await loadResolvedRuleset(scenario.ruleset)).assess(scenario.answers, { now: scenario.now! });
      expect(assessment.standing, scenario.id).to.equal(assessment.provisional ? 'provisional' : 'final');
    }
  });

  it('never hides a level: a rule that raises the level on no answers makes an empty record provisional at that level', async () => {
    const raising = {
      ...ruleset,
      rules: [
        ...ruleset.rules,
        {
          ...ruleset.rules[0]!,
          id: 'test.unknown-return-is-medium',
          conditions: { all: [{ fact: 'episode.returnedAt', operator: 'isAnswered', value: false }] },
          outcome: { riskLevel: 'medium' as const },
        },
      ],
    };
    const assessment = await createAssessor(raising).assess({}, { now });
    expect(assessment.riskLevel).to.equal('medium');
    expect(assessment.standing).to.equal('provisional');
  });

  it('is provisional, never not-assessed, when a rule could not be run', async () => {
    const broken = {
      ...ruleset,
      rules: [...ruleset.rules, { ...ruleset.rules[0]!, id: 'test.broken', conditions: { all: [{ fact: 'child.gender', operator: 'no-such-operator', value: 'x' }] } }],
    };
    const assessment = await createAssessor(broken).assess({}, { now });
    expect(assessment.failed).to.equal(true);
    expect(assessment.riskLevel).to.equal(riskLevels[riskLevels.length - 1]);
    expect(assessment.standing).to.equal('provisional');
  });
});
