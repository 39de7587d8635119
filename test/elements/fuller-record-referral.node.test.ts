// Issue 15, point 2: the fields of the fuller episode record go into a referral package as answer
// lines (when the ruleset shares them with every referral) and the package still fits
// schemas/referral.schema.json, in English and in Welsh, choices written by their labels.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createAssessor, referralsToMake, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import type { Answers } from '../../packages/elements/src/interview-form/answer-paths.js';
import { buildReferralPackage, checkReferralPackage } from '../../packages/elements/src/referral-wizard/referral-package.js';
import { initialWizardState } from '../../packages/elements/src/referral-wizard/wizard-state.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { toldAndAgreedForAll } from '../support/referral-scenarios.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/fuller-record/every-new-field.json', import.meta.url), 'utf8'));
const answers = fixture.answers as Answers;

/** Every new answer a ruleset might share with all referrals. */
const newAnswers = [
  'care.responsibleAuthority',
  'care.hostAuthority',
  'episode.lastSeenAt',
  'episode.previousEpisodes',
  'interview.contactAttempts',
  'interview.interviewerRole',
  'interview.method',
  'interview.setting',
  'interview.seenAlone',
  'interview.delayReason',
  'interview.delayDetail',
  'pullFactors',
  'pullFactorsOther',
  'places',
  'associates',
  'afterReturn.supportOffered',
  'afterReturn.supportTakenUp',
];

async function packageIn(lang: 'en' | 'cy') {
  const england = await loadResolvedRuleset('england');
  const ruleset: ResolvedRuleset = { ...england, sharedAnswers: [...(england.sharedAnswers ?? []), ...newAnswers] };
  const assessment = await createAssessor(ruleset).assess(answers, { now: fixture.now, lang });
  assert.ok(referralsToMake(assessment).length > 0, 'the record leads to at least one referral');
  const state = toldAndAgreedForAll(initialWizardState(assessment));
  return buildReferralPackage({ state, assessment, ruleset, answers, lang, preparedAt: '2026-05-15T15:00:00Z', caseReference: 'CASE-15' });
}

describe('a referral package from the fuller episode record', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`fits the referral schema and carries every new shared answer (${lang})`, async () => {
      const pkg = await packageIn(lang);
      assert.deepEqual(checkReferralPackage(pkg), { valid: true });
      for (const referral of pkg.referrals) {
        const paths = referral.relevantAnswers.map((line) => line.path);
        for (const path of newAnswers) assert.ok(paths.includes(path), `${referral.agency} should carry ${path}; it carries ${paths.join(', ')}`);
      }
    });
  }

  it('writes the councils, choices and lists by their labels, in English and in Welsh', async () => {
    const value = (pkg: Awaited<ReturnType<typeof packageIn>>, path: string) => pkg.referrals[0]!.relevantAnswers.find((line) => line.path === path)!;
    const [en, cy] = [await packageIn('en'), await packageIn('cy')];
    assert.deepEqual([value(en, 'care.responsibleAuthority').label, value(en, 'care.responsibleAuthority').value], ['Responsible authority', 'Camden (202)']);
    assert.deepEqual([value(cy, 'care.hostAuthority').label, value(cy, 'care.hostAuthority').value], ['Awdurdod lletyol', 'Caerdydd (681)']);
    assert.equal(value(en, 'interview.interviewerRole').value, 'Independent provider (for example a charity)');
    assert.equal(value(cy, 'interview.interviewerRole').value, 'Darparwr annibynnol (er enghraifft elusen)');
    assert.match(value(en, 'pullFactors').value, /Someone offering money, food or a place to stay/);
    assert.match(value(cy, 'pullFactors').value, /Rhywun yn cynnig arian, bwyd neu le i aros/);
    assert.equal(value(en, 'afterReturn.supportTakenUp').value, 'Not yet');
    assert.equal(value(cy, 'afterReturn.supportTakenUp').value, 'Ddim eto');
    assert.equal(value(en, 'interview.seenAlone').value, 'Yes');
  });

  it("goes, as England's rules ship, to the agencies that act on it: the councils to children's services and the social worker, places and people to them and the police", async () => {
    const ruleset = await loadResolvedRuleset('england');
    const assessment = await createAssessor(ruleset).assess(answers, { now: fixture.now, lang: 'en' });
    const state = toldAndAgreedForAll(initialWizardState(assessment));
    const pkg = buildReferralPackage({ state, assessment, ruleset, answers, lang: 'en', preparedAt: '2026-05-15T15:00:00Z', caseReference: 'CASE-15' });
    assert.deepEqual(checkReferralPackage(pkg), { valid: true });
    const carried = (agency: string) => pkg.referrals.find((referral) => referral.agency === agency)?.relevantAnswers.map((line) => line.path);
    const expected: Record<string, string[]> = {
      'childrens-services': ['care.responsibleAuthority', 'care.hostAuthority', 'places', 'associates'],
      'social-worker': ['care.responsibleAuthority', 'care.hostAuthority', 'places', 'associates'],
      police: ['places', 'associates'],
    };
    for (const [agency, paths] of Object.entries(expected)) {
      const lines = carried(agency);
      assert.ok(lines, `the fixture's record should lead to a referral to ${agency}; it leads to ${pkg.referrals.map((referral) => referral.agency).join(', ')}`);
      for (const path of paths) assert.ok(lines.includes(path), `${agency} should carry ${path}; it carries ${lines.join(', ')}`);
    }
  });
});
