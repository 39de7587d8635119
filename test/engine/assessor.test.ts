// How the assessor combines rules, finds missing answers and fails safe — on small rulesets made
// for each behaviour (the real rulesets are covered by the scenario tests).
import { expect } from 'chai';
import { createAssessor, MANUAL_REVIEW_ACTION } from '../../packages/engine/src/index.js';
import type { ResolvedRule, ResolvedRuleset, Rule } from '../../packages/engine/src/types.js';
import { defaultSettings } from '../support/default-settings.js';
import { describe, it } from '../support/harness.js';

const now = '2026-03-04T10:00:00Z';

function rule(id: string, conditions: Rule['conditions'], outcome: Rule['outcome']): ResolvedRule {
  return {
    id,
    description: { en: `${id} description`, cy: `${id} disgrifiad` },
    message: { en: `${id} fired`, cy: `${id} wedi tanio` },
    conditions,
    outcome,
    source: { file: 'test.rules.json', rulesetId: 'test', pointer: '/rules/0' },
  };
}

function rulesetOf(...rules: ResolvedRule[]): ResolvedRuleset {
  return {
    id: 'test',
    version: '1',
    title: { en: 'Test', cy: 'Prawf' },
    chain: ['test'],
    settings: defaultSettings,
    agencies: {
      police: { name: { en: 'Police', cy: 'Heddlu' }, consent: 'not-needed' },
      gp: { name: { en: 'GP', cy: 'Meddyg teulu' }, consent: 'child' },
    },
    rules,
    disabled: [],
  };
}

const selfHarm = rule('risk.self-harm', { any: [{ fact: 'indicators', operator: 'contains', value: 'self-harm' }] }, {
  riskLevel: 'medium',
  referrals: [{ agency: 'gp', urgency: 'routine' }],
});
const grooming = rule('risk.grooming', { any: [{ fact: 'indicators', operator: 'containsAny', value: ['online-grooming', 'image-sharing'] }] }, {
  riskLevel: 'high',
  referrals: [{ agency: 'police', urgency: 'immediate' }, { agency: 'gp', urgency: 'within-24-hours' }],
  actions: ['strategy-discussion'],
});
const young = rule('parent-carer.young', { all: [{ fact: 'ageInYears', operator: 'lessThan', value: { fact: 'settings.parentCarerDiscussion.underAge' } }] }, {
  parentCarerDiscussion: 'required',
});
const parentHarm = rule('parent-carer.harm', { all: [{ fact: 'disclosures.harmByParentOrCarer', operator: 'equal', value: true }] }, {
  riskLevel: 'high',
  parentCarerDiscussion: 'withheld',
});

describe('the assessor', () => {
  it('takes the highest level of the rules that fired', async () => {
    const assessor = createAssessor(rulesetOf(selfHarm, grooming));
    const assessment = await assessor.assess({ indicators: ['self-harm', 'online-grooming'] }, { now });
    expect(assessment.riskLevel).to.equal('high');
    expect(assessment.reasons.map((reason) => [reason.ruleId, reason.level])).to.deep.equal([
      ['risk.self-harm', 'medium'],
      ['risk.grooming', 'high'],
    ]);
  });

  it('gives low, with a reason, when no rule set a level', async () => {
    const assessment = await createAssessor(rulesetOf(selfHarm)).assess({ indicators: [] }, { now });
    expect(assessment.riskLevel).to.equal('low');
    expect(assessment.reasons[0].ruleId).to.equal('engine.default-low');
  });

  it('makes one referral per agency, at the most urgent urgency, with every rule as a reason', async () => {
    const assessment = await createAssessor(rulesetOf(selfHarm, grooming)).assess({ indicators: ['self-harm', 'image-sharing'] }, { now });
    const gp = assessment.referrals.filter((referral) => referral.agency === 'gp');
    expect(gp).to.have.length(1);
    expect(gp[0].urgency).to.equal('within-24-hours');
    expect(gp[0].consent).to.equal('child');
    expect(gp[0].reasons.map((reason) => reason.ruleId)).to.deep.equal(['risk.self-harm', 'risk.grooming']);
  });

  it('withholds the parent discussion when a parent is the alleged source of harm, even for a young child', async () => {
    const assessment = await createAssessor(rulesetOf(young, parentHarm)).assess(
      { child: { dateOfBirth: '2018-01-01' }, disclosures: { harmByParentOrCarer: true } },
      { now },
    );
    expect(assessment.parentCarerDiscussion).to.equal('withheld');
    expect(assessment.parentCarerDiscussionReasons.map((reason) => reason.ruleId)).to.deep.equal(['parent-carer.young', 'parent-carer.harm']);
  });

  it('lists the answers a rule still needs, and stops once they are given', async () => {
    const assessor = createAssessor(rulesetOf(young, parentHarm));
    const draft = await assessor.assess({}, { now });
    expect(draft.provisional).to.equal(true);
    expect(draft.missing).to.include.members(['child.dateOfBirth', 'disclosures.harmByParentOrCarer', 'episode.returnedAt']);

    const complete = await assessor.assess(
      { child: { dateOfBirth: '2010-01-01' }, disclosures: { harmByParentOrCarer: false }, episode: { returnedAt: '2026-03-02T19:30:00Z' } },
      { now },
    );
    expect(complete.missing).to.deep.equal([]);
    expect(complete.provisional).to.equal(false);
  });

  it('does not wait for answers that could only repeat what is already decided', async () => {
    // The child is already high risk and the discussion withheld: age cannot change anything.
    const assessment = await createAssessor(rulesetOf(young, parentHarm)).assess(
      { disclosures: { harmByParentOrCarer: true }, episode: { returnedAt: '2026-03-02T19:30:00Z' } },
      { now },
    );
    expect(assessment.missing).to.deep.equal([]);
  });

  it('fails safe: a rule that throws gives high risk, manual review, and keeps what the other rules found', async () => {
    const broken = rule('risk.broken', { all: [{ fact: 'child.gender', operator: 'in', value: null }] }, { riskLevel: 'low' });
    const assessment = await createAssessor(rulesetOf(broken, selfHarm)).assess(
      { child: { gender: 'female' }, indicators: ['self-harm'] },
      { now, lang: 'cy' },
    );
    expect(assessment.failed).to.equal(true);
    expect(assessment.riskLevel).to.equal('high');
    expect(assessment.provisional).to.equal(true);
    expect(assessment.failure?.message).to.contain('risk.broken');
    expect(assessment.actions[0].id).to.equal(MANUAL_REVIEW_ACTION);
    expect(assessment.parentCarerDiscussion).to.equal('withheld');
    expect(assessment.referrals.map((referral) => referral.agency)).to.deep.equal(['gp']);
  });

  it('computes the 72-hour clock on instants and says when the offer is late', async () => {
    const assessor = createAssessor(rulesetOf());
    const returned = { episode: { returnedAt: '2026-03-27T20:00:00Z' } };
    const waiting = await assessor.assess(returned, { now: '2026-03-29T12:00:00Z' });
    expect(waiting.rhi).to.deep.equal({
      offerRequired: true,
      offerDueBy: '2026-03-30T20:00:00.000Z',
      overdue: false,
      interviewDueBy: '2026-03-30T20:00:00.000Z',
      interviewOverdue: false,
    });
    const late = await assessor.assess(returned, { now: '2026-03-31T12:00:00Z' });
    expect(late.rhi.overdue).to.equal(true);
    const offeredInTime = await assessor.assess(
      { episode: returned.episode, interview: { offeredAt: '2026-03-28T09:00:00Z', conductedAt: '2026-04-01T10:00:00Z' } },
      { now: '2026-04-02T12:00:00Z' },
    );
    expect(offeredInTime.rhi.overdue).to.equal(false);
    expect(offeredInTime.rhi.hoursFromReturnToInterview).to.equal(110);
    // Offered in time, but held 110 hours after the return: the interview itself was late.
    expect(offeredInTime.rhi.interviewWithinWindow).to.equal(false);
    expect(offeredInTime.rhi.interviewOverdue).to.equal(true);
  });
});
