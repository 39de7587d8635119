// Where the worker stands on the referrals an assessment recommends, and whether a required
// parent/carer discussion is recorded: what the guarded submit of <rhi-interview> asks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parentCarerDiscussionOutstanding } from '../../packages/elements/src/interview-session/joined-record.js';
import { initialWizardState, isUntouched, referralDecisionOf } from '../../packages/elements/src/referral-wizard/wizard-state.js';
import { referralScenario } from '../support/referral-scenarios.js';

describe('the referral decision a record is submitted with', () => {
  it('is undecided while the recommendations are only shown, and confirmed once sent', async () => {
    const { assessment } = await referralScenario('S02');
    const state = initialWizardState(assessment);
    assert.equal(referralDecisionOf(state, assessment, { sent: false, mayFollow: true }), 'undecided');
    assert.equal(referralDecisionOf(undefined, assessment, { sent: false, mayFollow: false }), 'undecided');
    assert.equal(referralDecisionOf(state, assessment, { sent: true, mayFollow: false }), 'confirmed');
  });

  it('is "removed" only when every recommendation is taken out with a reason that is not blank', async () => {
    const { assessment } = await referralScenario('S02');
    const agencies = assessment.referrals.map((referral) => referral.agency);
    const removed = Object.fromEntries(agencies.map((agency) => [agency, 'Already involved.']));
    const state = { ...initialWizardState(assessment), chosen: [], removed };
    assert.equal(referralDecisionOf(state, assessment, { sent: false, mayFollow: false }), 'removed');
    const blank = { ...state, removed: { ...removed, [agencies[0]!]: '   ' } };
    assert.equal(referralDecisionOf(blank, assessment, { sent: false, mayFollow: false }), 'undecided');
  });

  it('counts "referrals to follow" only where the host allows it, and asks for its reason', async () => {
    const { assessment } = await referralScenario('S02');
    const state = { ...initialWizardState(assessment), toFollow: true };
    assert.equal(isUntouched(state), false, 'choosing it is a decision to keep in the draft');
    assert.equal(referralDecisionOf(state, assessment, { sent: false, mayFollow: false }), 'undecided');
    assert.equal(referralDecisionOf(state, assessment, { sent: false, mayFollow: true }), 'to-follow-without-reason');
    assert.equal(referralDecisionOf({ ...state, toFollowReason: 'Strategy meeting tomorrow.' }, assessment, { sent: false, mayFollow: true }), 'to-follow');
  });
});

describe('a required parent/carer discussion', () => {
  it('is outstanding until "Who was interviewed" says a parent or carer took part', async () => {
    const { assessment, scenario } = await referralScenario('S01');
    assert.equal(assessment.parentCarerDiscussion, 'required');
    const answers = scenario.answers as Record<string, Record<string, unknown>>;
    const withInterviewee = (interviewee: string | undefined) => ({ ...answers, interview: { ...answers.interview, interviewee } });
    assert.equal(parentCarerDiscussionOutstanding(assessment, withInterviewee(undefined)), true);
    assert.equal(parentCarerDiscussionOutstanding(assessment, withInterviewee('child')), true);
    assert.equal(parentCarerDiscussionOutstanding(assessment, withInterviewee('both')), false);
    assert.equal(parentCarerDiscussionOutstanding(assessment, withInterviewee('parent-carer')), false);
  });

  it('is never outstanding when the assessment does not require one', async () => {
    const { assessment, scenario } = await referralScenario('S02');
    assert.notEqual(assessment.parentCarerDiscussion, 'required');
    assert.equal(parentCarerDiscussionOutstanding(assessment, scenario.answers as Record<string, unknown>), false);
  });
});
