// The referral wizard's state when it opens, and when the answers change while it is open.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { referralsToMake } from '@rhi-toolkit/engine';
import { withValueAt } from '../../packages/elements/src/interview-form/answer-paths.js';
import { packageProblems } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { ReferralWizardState } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { initialWizardState, isUntouched, reconcileWithAssessment } from '../../packages/elements/src/referral-wizard/wizard-state.js';
import { referralScenario } from '../support/referral-scenarios.js';

const s02Agencies = [
  'childrens-services',
  'police',
  'social-worker',
  'exploitation-panel',
  'national-referral-mechanism',
  'child-trafficking-guardian',
  'advocacy',
  'substance-misuse-service',
];

/** S02 with the worker's own decisions: advocacy taken out, CAMHS added, the police summary edited. */
function workedOn(state: ReferralWizardState): ReferralWizardState {
  return {
    ...state,
    chosen: [...state.chosen.filter((agency) => agency !== 'advocacy'), 'camhs'],
    removed: { advocacy: 'She already has an advocate from NYAS.' },
    choices: {
      police: { summary: 'Edited by the worker.' },
      camhs: { addedReason: 'She asked to talk to someone about her mood.' },
    },
  };
}

describe('the referral wizard state', () => {
  it('opens on the choose step with every recommended agency chosen, in the assessment’s order', async () => {
    const { assessment } = await referralScenario('S02');
    const state = initialWizardState(assessment);
    assert.deepEqual(state, { step: 'choose', agencyIndex: 0, chosen: s02Agencies, removed: {}, choices: {}, recommended: s02Agencies });
  });

  it('follows each new assessment from scratch, with nothing to report, until the worker decides something', async () => {
    const s02 = await referralScenario('S02');
    const early = await referralScenario('S02', { answers: { episode: s02.answers.episode } as typeof s02.answers });
    const untouched = initialWizardState(early.assessment);
    assert.notDeepEqual(untouched.chosen, s02Agencies);
    const { state, newlyRecommended, noLongerRecommended } = reconcileWithAssessment(untouched, s02.assessment);
    assert.deepEqual(state, initialWizardState(s02.assessment));
    assert.deepEqual([newlyRecommended, noLongerRecommended], [[], []]);
    // Once the worker has decided anything, the same change is reported instead.
    const decided = { ...untouched, choices: { [untouched.chosen[0]!]: { summary: 'Edited by the worker.' } } };
    assert.ok(reconcileWithAssessment(decided, s02.assessment).newlyRecommended.length > 0);
  });

  it('counts a reason why no referral is needed, and a page turned, as decisions', async () => {
    const s02 = await referralScenario('S02');
    const untouched = initialWizardState(s02.assessment);
    assert.equal(isUntouched(untouched), true);
    const decided = { ...untouched, noReferralsReason: 'Typed before the answers changed.' };
    assert.equal(isUntouched(decided), false);
    assert.equal(isUntouched({ ...untouched, step: 'details' }), false, 'a page turned is a decision too');
  });

  it('adds newly recommended agencies at the end and keeps every decision the worker made', async () => {
    const s02 = await referralScenario('S02');
    const before = workedOn(initialWizardState(s02.assessment));
    const selfHarm = withValueAt(s02.answers, ['indicators'], ['sexual-exploitation', 'self-harm']);
    const { assessment } = await referralScenario('S02', { answers: selfHarm });
    const { state, newlyRecommended, noLongerRecommended } = reconcileWithAssessment(before, assessment);
    assert.deepEqual(newlyRecommended, ['mental-health-crisis', 'gp']);
    assert.deepEqual(noLongerRecommended, []);
    assert.deepEqual(state.chosen, [...before.chosen, 'mental-health-crisis', 'gp']);
    assert.deepEqual(state.removed, { advocacy: 'She already has an advocate from NYAS.' });
    assert.equal(state.choices.police?.summary, 'Edited by the worker.');
    assert.deepEqual(state.recommended, referralsToMake(assessment).map((referral) => referral.agency));
  });

  it('keeps an agency taken out with its reason through an assessment of fewer answers and back, as a reload passes through one', async () => {
    const s02 = await referralScenario('S02');
    const decided = {
      ...workedOn(initialWizardState(s02.assessment)),
      removed: { 'national-referral-mechanism': 'Already referred by the police.' },
    };
    decided.chosen = decided.chosen.filter((agency) => agency !== 'national-referral-mechanism');
    const fewer = await referralScenario('S02', { answers: withValueAt(s02.answers, ['indicators'], []) });
    const between = reconcileWithAssessment(decided, fewer.assessment).state;
    const back = reconcileWithAssessment(between, s02.assessment).state;
    assert.ok(!back.chosen.includes('national-referral-mechanism'), 'still taken out, not chosen again');
    assert.equal(back.removed['national-referral-mechanism'], 'Already referred by the police.');
    assert.deepEqual(back.chosen, decided.chosen);
    assert.deepEqual(back.recommended, decided.recommended);
  });

  it('keeps agencies that are no longer recommended, reports them, and then asks why they are still added', async () => {
    const s02 = await referralScenario('S02');
    const before = {
      ...workedOn(initialWizardState(s02.assessment)),
      removed: { advocacy: 'She already has an advocate from NYAS.', 'national-referral-mechanism': 'Already referred by the police.' },
    };
    before.chosen = before.chosen.filter((agency) => agency !== 'national-referral-mechanism');
    const noIndicators = withValueAt(s02.answers, ['indicators'], []);
    const { assessment, ruleset } = await referralScenario('S02', { answers: noIndicators });
    const { state, newlyRecommended, noLongerRecommended } = reconcileWithAssessment(before, assessment);
    assert.deepEqual(newlyRecommended, []);
    assert.deepEqual(noLongerRecommended, ['exploitation-panel', 'national-referral-mechanism', 'child-trafficking-guardian']);
    assert.ok(state.chosen.includes('exploitation-panel'), 'never dropped silently');
    assert.ok(state.chosen.includes('child-trafficking-guardian'));
    // The reason for taking out the National Referral Mechanism is kept (the worker's words), and
    // counts again only if it is recommended again.
    assert.deepEqual(state.removed, { advocacy: 'She already has an advocate from NYAS.', 'national-referral-mechanism': 'Already referred by the police.' });
    assert.ok(!state.chosen.includes('national-referral-mechanism'));
    const addedWithoutReason = packageProblems(state, assessment, ruleset).filter((problem) => problem.field === 'addedReason');
    assert.deepEqual(
      addedWithoutReason.map((problem) => problem.agency),
      ['exploitation-panel', 'child-trafficking-guardian'],
    );
  });

  it('keeps a newly recommended agency out when the worker had taken it out with a reason, and reports it', async () => {
    const { assessment } = await referralScenario('S02');
    const initial = initialWizardState(assessment);
    const before: ReferralWizardState = {
      ...initial,
      recommended: initial.recommended!.filter((agency) => agency !== 'advocacy'),
      chosen: initial.chosen.filter((agency) => agency !== 'advocacy'),
      removed: { advocacy: 'She already has an advocate from NYAS.' },
    };
    const { state, newlyRecommended } = reconcileWithAssessment(before, assessment);
    assert.deepEqual(newlyRecommended, ['advocacy']);
    assert.ok(!state.chosen.includes('advocacy'));
    assert.equal(state.removed.advocacy, 'She already has an advocate from NYAS.');
  });

  it('gives back the very same state when the recommendations did not change', async () => {
    const { assessment } = await referralScenario('S02');
    const state = workedOn(initialWizardState(assessment));
    const result = reconcileWithAssessment(state, assessment);
    assert.equal(result.state, state);
    assert.deepEqual([result.newlyRecommended, result.noLongerRecommended], [[], []]);
  });

  it('tells agencies the worker added from recommended ones in a state saved without its recommendations', async () => {
    const { assessment } = await referralScenario('S02');
    const { recommended: _dropped, ...saved } = workedOn(initialWizardState(assessment));
    const { state, newlyRecommended, noLongerRecommended } = reconcileWithAssessment(saved, assessment);
    assert.deepEqual([newlyRecommended, noLongerRecommended], [[], []]);
    assert.ok(state.chosen.includes('camhs'));
    assert.deepEqual(state.recommended, s02Agencies);
  });

  it('never chooses a signpost: the Runaway Helpline is given to the child, not sent a referral', async () => {
    const { assessment } = await referralScenario('S02');
    assert.ok(assessment.referrals.some((referral) => referral.agency === 'runaway-helpline' && referral.signpost === true));
    const state = initialWizardState(assessment);
    assert.ok(!state.chosen.includes('runaway-helpline'));
    assert.ok(!state.recommended!.includes('runaway-helpline'));
  });

  it('takes a signpost out of a draft saved when it was still offered as a referral, without reporting a change', async () => {
    const { assessment } = await referralScenario('S02');
    const initial = workedOn(initialWizardState(assessment));
    const saved: ReferralWizardState = {
      ...initial,
      chosen: [...initial.chosen, 'runaway-helpline'],
      recommended: [...initial.recommended!, 'runaway-helpline'],
      choices: { ...initial.choices, 'runaway-helpline': { summary: 'Date of birth and signs of risk.' } },
    };
    const { state, newlyRecommended, noLongerRecommended } = reconcileWithAssessment(saved, assessment);
    assert.ok(!state.chosen.includes('runaway-helpline'));
    assert.deepEqual([newlyRecommended, noLongerRecommended], [[], []]);
  });
});
