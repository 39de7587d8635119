// The referral package the wizard sends, built from worked scenarios the way a worker would fill
// the wizard: it fits schemas/referral.schema.json and names every chosen agency with a sharing
// decision; what is still missing is listed exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAssessor, referralsToMake, type ResolvedRuleset, type RuleFile } from '../../packages/engine/src/index.js';
import { buildReferralPackage, checkReferralPackage, packageProblems } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { ReferralPackage, ReferralWizardState } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { initialWizardState } from '../../packages/elements/src/referral-wizard/wizard-state.js';
import { loadJson } from '../support/harness.js';
import { referralScenario, toldAndAgreedForAll, type ReferralScenario } from '../support/referral-scenarios.js';

const preparedAt = '2026-05-12T15:30:00Z';

function packageFor(state: ReferralWizardState, { assessment, ruleset, answers }: ReferralScenario, lang: 'en' | 'cy' = 'en') {
  return buildReferralPackage({ state, assessment, ruleset, answers, lang, preparedAt, caseReference: 'CASE-1234' });
}

function assertNamesEveryChosenAgencyWithADecision(pkg: ReferralPackage, state: ReferralWizardState) {
  assert.deepEqual(
    pkg.referrals.map((referral) => referral.agency),
    state.chosen,
  );
  for (const referral of pkg.referrals) {
    assert.ok(referral.agencyName.trim(), `${referral.agency} has a name`);
    assert.ok(referral.sharing.lawfulBasis.trim(), `${referral.agency} has a lawful basis`);
    assert.equal(typeof referral.sharing.childOrFamilyTold, 'boolean', `${referral.agency} records whether they were told`);
    if (referral.sharing.consent !== 'not-needed') assert.ok(referral.sharing.agreement, `${referral.agency} records the agreement`);
  }
}

/** S02 as a worker might leave it: advocacy taken out, the GP added, the police not told, MACE made routine. */
function s02Decisions(state: ReferralWizardState): ReferralWizardState {
  const decided = toldAndAgreedForAll({
    ...state,
    chosen: [...state.chosen.filter((agency) => agency !== 'advocacy'), 'gp'],
    removed: { advocacy: '  She already has an advocate from NYAS.  ' },
    choices: {
      gp: { addedReason: 'She asked for a health check with her own GP.', urgency: 'within-24-hours' },
      police: { told: 'no', notToldReason: 'Telling her now could warn the men she was with.' },
      'exploitation-panel': { urgency: 'routine', urgencyLoweredReason: 'The panel meets on Tuesday; the hub already has the details.' },
      'substance-misuse-service': { agreement: 'not-asked-yet' },
    },
  });
  return decided;
}

describe('the referral package', () => {
  it('S02: validates and names every chosen agency with its sharing decision', async () => {
    const s02 = await referralScenario('S02');
    const state = s02Decisions(initialWizardState(s02.assessment));
    assert.deepEqual(packageProblems(state, s02.assessment, s02.ruleset), []);
    const pkg = packageFor(state, s02);
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assertNamesEveryChosenAgencyWithADecision(pkg, state);
    assert.equal(pkg.caseReference, 'CASE-1234');
    assert.deepEqual(pkg.ruleset, { id: 'england', version: s02.ruleset.version });
    assert.deepEqual(pkg.assessment, { assessedAt: s02.assessment.assessedAt, riskLevel: 'high', provisional: false, parentCarerDiscussion: 'not-required' });
  });

  it('S02: carries the assessment’s reasons, urgency and consent for recommended agencies', async () => {
    const s02 = await referralScenario('S02');
    const pkg = packageFor(s02Decisions(initialWizardState(s02.assessment)), s02);
    const nrm = pkg.referrals.find((referral) => referral.agency === 'national-referral-mechanism')!;
    const recommended = s02.assessment.referrals.find((referral) => referral.agency === 'national-referral-mechanism')!;
    assert.equal(nrm.recommended, true);
    assert.deepEqual(nrm.reasons, recommended.reasons);
    assert.equal(nrm.sharing.consent, 'not-needed');
    assert.equal(nrm.sharing.agreement, undefined, 'no agreement is recorded where none is needed');
    assert.equal(nrm.sharing.childAgreesToShare, 'partly');
    const panel = pkg.referrals.find((referral) => referral.agency === 'exploitation-panel')!;
    assert.deepEqual([panel.urgency, panel.recommendedUrgency], ['routine', 'within-24-hours']);
    assert.equal(panel.urgencyLoweredReason, 'The panel meets on Tuesday; the hub already has the details.');
    const police = pkg.referrals.find((referral) => referral.agency === 'police')!;
    assert.deepEqual([police.sharing.childOrFamilyTold, police.sharing.notToldReason], [false, 'Telling her now could warn the men she was with.']);
    assert.ok(police.summary.startsWith('Referral to Police (missing persons coordinator)'));
    assert.ok(!JSON.stringify(police).includes('my mates'), 'the child’s own words are not sent to the police');
  });

  it('S02: keeps a removed recommendation with its reason and the rules that recommended it', async () => {
    const s02 = await referralScenario('S02');
    const pkg = packageFor(s02Decisions(initialWizardState(s02.assessment)), s02);
    const advocacy = s02.assessment.referrals.find((referral) => referral.agency === 'advocacy')!;
    assert.deepEqual(pkg.removed, [
      {
        agency: 'advocacy',
        agencyName: 'Advocacy service (for example NYAS or Coram Voice)',
        urgency: 'routine',
        reasons: advocacy.reasons,
        removalReason: 'She already has an advocate from NYAS.',
      },
    ]);
    assert.ok(!pkg.referrals.some((referral) => referral.agency === 'advocacy'));
  });

  it('S02: an added agency carries the worker’s reason and the directory’s consent, and cannot go without a reason', async () => {
    const s02 = await referralScenario('S02');
    const state = s02Decisions(initialWizardState(s02.assessment));
    const gp = packageFor(state, s02).referrals.find((referral) => referral.agency === 'gp')!;
    assert.deepEqual(
      [gp.recommended, gp.addedReason, gp.reasons, gp.recommendedUrgency, gp.urgency, gp.sharing.consent, gp.sharing.agreement],
      [false, 'She asked for a health check with her own GP.', [], undefined, 'within-24-hours', 'child', 'given'],
    );
    assert.deepEqual(
      gp.relevantAnswers.map((line) => line.path),
      ['child.dateOfBirth', 'episode.reportedMissingAt', 'episode.returnedAt', 'episode.foundOutOfArea'],
    );

    const withoutReason = { ...state, choices: { ...state.choices, gp: { ...state.choices.gp, addedReason: '   ' } } };
    assert.deepEqual(packageProblems(withoutReason, s02.assessment, s02.ruleset), [{ agency: 'gp', field: 'addedReason', step: 'choose' }]);
    const check = checkReferralPackage(packageFor(withoutReason, s02));
    const gpIndex = withoutReason.chosen.indexOf('gp');
    assert.equal(check.valid, false);
    assert.ok(!check.valid && check.problems.some((problem) => problem.startsWith(`/referrals/${gpIndex}:`) && problem.includes('addedReason')));
  });

  it('S02: lists exactly the decisions still missing, by agency, field and step', async () => {
    const s02 = await referralScenario('S02');
    const initial = initialWizardState(s02.assessment);
    const told = (agency: string) => ({ agency, field: 'told', step: 'sharing' });
    assert.deepEqual(packageProblems(initial, s02.assessment, s02.ruleset), [
      told('childrens-services'),
      told('police'),
      told('social-worker'),
      told('exploitation-panel'),
      told('national-referral-mechanism'),
      told('child-trafficking-guardian'),
      { agency: 'advocacy', field: 'agreement', step: 'sharing' },
      told('advocacy'),
      { agency: 'substance-misuse-service', field: 'agreement', step: 'sharing' },
      told('substance-misuse-service'),
    ]);

    const decided = s02Decisions(initial);
    const halfDone: ReferralWizardState = {
      ...decided,
      removed: { advocacy: '' },
      choices: {
        ...decided.choices,
        police: { told: 'no', notToldReason: ' ' },
        'exploitation-panel': { ...decided.choices['exploitation-panel'], urgencyLoweredReason: '' },
        'social-worker': { ...decided.choices['social-worker'], summary: '  ' },
        gp: { ...decided.choices.gp, agreement: undefined },
      },
    };
    assert.deepEqual(packageProblems(halfDone, s02.assessment, s02.ruleset), [
      { agency: 'police', field: 'notToldReason', step: 'sharing' },
      { agency: 'social-worker', field: 'summary', step: 'details' },
      { agency: 'exploitation-panel', field: 'urgencyLoweredReason', step: 'details' },
      { agency: 'gp', field: 'agreement', step: 'sharing' },
      { agency: 'advocacy', field: 'removalReason', step: 'choose' },
    ]);
    // What packageProblems lists is also what the schema rejects.
    const check = checkReferralPackage(packageFor(halfDone, s02));
    assert.equal(check.valid, false);
  });

  it('asks for exactly what the referral schema rejects: no problems listed if and only if the package it makes validates', async () => {
    // The wizard's problems are the referral validator's errors mapped to its questions, not a second
    // copy of the schema's rules: a state the schema accepts has no problem, and one it rejects has one.
    const s02 = await referralScenario('S02');
    const decided = s02Decisions(initialWizardState(s02.assessment));
    const variants: Record<string, ReferralWizardState> = {
      decided,
      'a summary of spaces': { ...decided, choices: { ...decided.choices, police: { ...decided.choices.police, summary: '   ' } } },
      'a recommendation neither chosen nor taken out': { ...decided, chosen: decided.chosen.filter((agency) => agency !== 'police') },
      'not told, no reason': { ...decided, choices: { ...decided.choices, police: { told: 'no' } } },
      'nothing decided on sharing': { ...decided, choices: {} },
    };
    for (const [name, state] of Object.entries(variants)) {
      const listed = packageProblems(state, s02.assessment, s02.ruleset);
      const check = checkReferralPackage(packageFor(state, s02));
      assert.equal(listed.length === 0, check.valid, `${name}: problems ${JSON.stringify(listed)} but the package check says ${JSON.stringify(check)}`);
    }
  });

  it('S02: a recommended agency neither chosen nor removed stops the package', async () => {
    const s02 = await referralScenario('S02');
    const state = s02Decisions(initialWizardState(s02.assessment));
    const dropped = { ...state, chosen: state.chosen.filter((agency) => agency !== 'police') };
    assert.deepEqual(packageProblems(dropped, s02.assessment, s02.ruleset), [{ agency: 'police', field: 'removalReason', step: 'choose' }]);
  });

  it('S02: with every recommendation taken out, each with its reason, no referral at all can be confirmed and the reasons are sent', async () => {
    const s02 = await referralScenario('S02');
    const state = s02Decisions(initialWizardState(s02.assessment));
    const reasonsFor = Object.fromEntries(referralsToMake(s02.assessment).map((referral) => [referral.agency, 'Already referred by the police.']));
    const nothing = { ...state, chosen: [], removed: reasonsFor };
    assert.deepEqual(packageProblems(nothing, s02.assessment, s02.ruleset), []);
    const pkg = packageFor(nothing, s02);
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assert.deepEqual(pkg.referrals, []);
    assert.deepEqual(
      pkg.removed.map((removed) => [removed.agency, removed.removalReason]),
      referralsToMake(s02.assessment).map((referral) => [referral.agency, 'Already referred by the police.']),
    );
    assert.equal(pkg.noReferralsReason, undefined, 'each removal has its own reason');
    const oneWithout = { ...nothing, removed: { ...reasonsFor, police: ' ' } };
    assert.deepEqual(packageProblems(oneWithout, s02.assessment, s02.ruleset), [{ agency: 'police', field: 'removalReason', step: 'choose' }]);
  });

  it('S02: the Runaway Helpline is a signpost in the package: its contact and what to give the child, never a summary, answers or a sharing decision', async () => {
    const s02 = await referralScenario('S02');
    // Even a draft that still holds the helpline as a chosen referral, with a summary, sends it none.
    const initial = toldAndAgreedForAll(initialWizardState(s02.assessment));
    const state: ReferralWizardState = {
      ...initial,
      chosen: [...initial.chosen, 'runaway-helpline'],
      choices: { ...initial.choices, 'runaway-helpline': { summary: 'Date of birth and signs of risk.', told: 'yes' } },
    };
    assert.deepEqual(packageProblems(state, s02.assessment, s02.ruleset), []);
    const pkg = packageFor(state, s02);
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assert.ok(!pkg.referrals.some((referral) => referral.agency === 'runaway-helpline'), 'no referral to the helpline');
    assert.ok(!pkg.removed.some((removed) => removed.agency === 'runaway-helpline'));
    assert.deepEqual(pkg.signposts, [
      {
        agency: 'runaway-helpline',
        agencyName: 'Runaway Helpline',
        reasons: [
          {
            ruleId: 'referral.runaway-helpline',
            message: 'Give the child the Runaway Helpline number: call or text 116 000, free and confidential.',
          },
        ],
        contact: {
          phone: '116 000',
          email: '116000@missingpeople.org.uk',
          notes: 'Call or text 116 000, free and confidential. Run by the charity Missing People.',
        },
      },
    ]);
    assert.ok(!JSON.stringify(pkg.signposts).includes('2010-11-03'), 'no date of birth goes with a signpost');
  });

  it('S01: the helpline alone is no referral, so the worker says why none is needed and the helpline is still given', async () => {
    const s01 = await referralScenario('S01');
    const state = initialWizardState(s01.assessment);
    assert.deepEqual(state.chosen, []);
    assert.deepEqual(packageProblems(state, s01.assessment, s01.ruleset), [{ field: 'noReferralsReason', step: 'choose' }]);
    const pkg = packageFor({ ...state, noReferralsReason: 'She has support already.' }, s01);
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assert.deepEqual(pkg.referrals, []);
    assert.deepEqual(pkg.signposts?.map((signpost) => signpost.agency), ['runaway-helpline']);
  });

  it('S01 under rules that recommend nothing: no referral is confirmed once the worker says why none is needed', async () => {
    const s01 = await referralScenario('S01');
    // S01's only recommendation is the helpline every child is given; without that rule the rules recommend none.
    const ruleset: ResolvedRuleset = { ...s01.ruleset, rules: s01.ruleset.rules.filter((rule) => rule.id !== 'referral.runaway-helpline') };
    const assessment = await createAssessor(ruleset).assess(s01.answers, { now: s01.scenario.now, lang: 'en' });
    assert.deepEqual(assessment.referrals, []);
    const scenario = { ...s01, ruleset, assessment };
    const state = initialWizardState(assessment);
    assert.deepEqual(packageProblems(state, assessment, ruleset), [{ field: 'noReferralsReason', step: 'choose' }]);
    assert.equal(checkReferralPackage(packageFor(state, scenario)).valid, false);
    const blank = { ...state, noReferralsReason: '   ' };
    assert.deepEqual(packageProblems(blank, assessment, ruleset), [{ field: 'noReferralsReason', step: 'choose' }]);

    const decided = { ...state, noReferralsReason: '  Her school and social worker already support her; she did not want more.  ' };
    assert.deepEqual(packageProblems(decided, assessment, ruleset), []);
    const pkg = packageFor(decided, scenario);
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assert.deepEqual([pkg.referrals, pkg.removed, pkg.noReferralsReason], [[], [], 'Her school and social worker already support her; she did not want more.']);

    const added = toldAndAgreedForAll({ ...decided, chosen: ['gp'], choices: { gp: { addedReason: 'She asked for a health check.' } } });
    assert.deepEqual(packageProblems(added, assessment, ruleset), []);
    assert.equal(packageFor(added, scenario).noReferralsReason, undefined, 'sent only when no referral is made');
  });

  it('S02: takes contact details from the directory of the ruleset in use', async () => {
    const directory = await loadJson<RuleFile>('rules/example-locality/ruleset.json');
    const local = await referralScenario('S02', { ruleset: 'example-locality' });
    const state = toldAndAgreedForAll(initialWizardState(local.assessment));
    const localPackage = packageFor(state, local);
    assert.deepEqual(checkReferralPackage(localPackage), { valid: true });
    const police = localPackage.referrals.find((referral) => referral.agency === 'police')!;
    const { notes, ...written } = directory.agencies!.police!.contact!;
    assert.deepEqual(police.contact, { ...written, notes: notes!.en });
    assert.equal(police.contact.phone, '01632 960020');
    assert.deepEqual(localPackage.ruleset.id, 'example-locality');

    const england = await referralScenario('S02');
    const englandPolice = packageFor(toldAndAgreedForAll(initialWizardState(england.assessment)), england).referrals.find(
      (referral) => referral.agency === 'police',
    )!;
    assert.deepEqual(englandPolice.contact, { phone: '101', notes: 'In an emergency, call 999.' });
  });

  it('S05: validates and names every chosen agency with its sharing decision', async () => {
    const s05 = await referralScenario('S05');
    const state = toldAndAgreedForAll(initialWizardState(s05.assessment));
    assert.deepEqual(packageProblems(state, s05.assessment, s05.ruleset), []);
    const pkg = packageFor(state, s05);
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assertNamesEveryChosenAgencyWithADecision(pkg, state);
    for (const agency of ['childrens-services', 'police', 'exploitation-panel', 'national-referral-mechanism', 'youth-justice']) {
      assert.ok(pkg.referrals.some((referral) => referral.agency === agency), agency);
    }
    const youthJustice = pkg.referrals.find((referral) => referral.agency === 'youth-justice')!;
    assert.ok(youthJustice.relevantAnswers.some((line) => line.path === 'duringEpisode.arrestedOrCharged' && line.value === 'Yes'));
    assert.ok(!JSON.stringify(pkg).includes('I owe them'), 'the child’s own words go to no agency');
  });

  it('S10 (Wales, in Welsh): validates, with Welsh names, lawful basis and summary, and early help needs the family’s agreement', async () => {
    const s10 = await referralScenario('S10', { lang: 'cy' });
    const initial = initialWizardState(s10.assessment);
    assert.deepEqual(packageProblems(initial, s10.assessment, s10.ruleset), [
      { agency: 'school-safeguarding-lead', field: 'told', step: 'sharing' },
      { agency: 'early-help', field: 'agreement', step: 'sharing' },
      { agency: 'early-help', field: 'told', step: 'sharing' },
    ]);
    const state = toldAndAgreedForAll(initial);
    const pkg = packageFor(state, s10, 'cy');
    assert.deepEqual(checkReferralPackage(pkg, 'cy'), { valid: true });
    assertNamesEveryChosenAgencyWithADecision(pkg, state);
    assert.equal(pkg.lang, 'cy');
    const earlyHelp = pkg.referrals.find((referral) => referral.agency === 'early-help')!;
    assert.equal(earlyHelp.agencyName, 'Teuluoedd yn Gyntaf / Tîm o Amgylch y Teulu');
    assert.deepEqual([earlyHelp.sharing.consent, earlyHelp.sharing.agreement], ['family', 'given']);
    assert.equal(earlyHelp.sharing.lawfulBasis, s10.ruleset.settings.lawfulBasis!.cy);
    assert.ok(earlyHelp.summary.includes('Pam:'));
    assert.ok(earlyHelp.relevantAnswers.some((line) => line.label === 'Dyddiad geni'));
  });

  it('uses the lawful basis the worker wrote when the ruleset has none, and asks for it until then', async () => {
    const s05 = await referralScenario('S05');
    const ruleset = { ...s05.ruleset, settings: { ...s05.ruleset.settings, lawfulBasis: undefined } };
    const state = toldAndAgreedForAll(initialWizardState(s05.assessment));
    const problems = packageProblems(state, s05.assessment, ruleset);
    assert.deepEqual(problems, state.chosen.map((agency) => ({ agency, field: 'lawfulBasis', step: 'sharing' })));
    const written = 'Public task (UK GDPR Article 6(1)(e)).';
    const choices = Object.fromEntries(state.chosen.map((agency) => [agency, { ...state.choices[agency], lawfulBasis: written }]));
    const pkg = packageFor({ ...state, choices }, { ...s05, ruleset });
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    assert.ok(pkg.referrals.every((referral) => referral.sharing.lawfulBasis === written));
  });

  it('sends the summary as the worker edited it', async () => {
    const s05 = await referralScenario('S05');
    const state = toldAndAgreedForAll(initialWizardState(s05.assessment));
    state.choices.police = { ...state.choices.police, summary: 'Two phones and cash; arrested in Cornwall.' };
    const police = packageFor(state, s05).referrals.find((referral) => referral.agency === 'police')!;
    assert.equal(police.summary, 'Two phones and cash; arrested in Cornwall.');
  });
});
