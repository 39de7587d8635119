// The answers a referral carries: the ruleset's sharedAnswers (and the agency's own additions), then
// what the recommending rules read — and
// nothing else (share only what is necessary), written out in the package's language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedRule } from '../../packages/engine/src/index.js';
import { uiWords } from '../../packages/elements/src/i18n/ui-words.js';
import { withValueAt } from '../../packages/elements/src/interview-form/answer-paths.js';
import { relevantAnswers } from '../../packages/elements/src/referral-wizard/relevant-answers.js';
import { schemaForNaming } from '../../packages/elements/src/shared/answer-words.js';
import { referralScenario, type ReferralScenario } from '../support/referral-scenarios.js';

const english = uiWords('en');

function linesFor(agency: string, { assessment, ruleset, answers }: ReferralScenario, words = english) {
  const reasons = assessment.referrals.find((referral) => referral.agency === agency)?.reasons ?? [];
  return relevantAnswers({ agency, reasons, ruleset, answers, schema: schemaForNaming(undefined, ruleset), words });
}

const paths = (lines: { path: string }[]) => lines.map((line) => line.path);
const valueOf = (lines: { path: string; value: string }[], path: string) => lines.find((line) => line.path === path)?.value;

describe('the answers that bear on a referral', () => {
  it('gives the police in S02 where the child was found and who she was with, but not her own words', async () => {
    const s02 = await referralScenario('S02');
    const lines = linesFor('police', s02);
    assert.equal(valueOf(lines, 'episode.foundOutOfArea'), 'Yes');
    assert.equal(valueOf(lines, 'episode.withWhom'), 'Older people or adults', 'the schema’s label, not one made from the id');
    assert.equal(valueOf(lines, 'duringEpisode.stayedWithUnknownAdults'), 'Yes');
    assert.ok(!paths(lines).includes('afterReturn.childsWords'));
    assert.ok(!lines.some((line) => line.value.includes('my mates')), 'the child words are nowhere in the lines');
  });

  it('lists the ruleset’s shared answers first, then the police’s own additions, then the rules’ answers in the order of the interview schema', async () => {
    const lines = linesFor('police', await referralScenario('S02'));
    assert.deepEqual(paths(lines), [
      'child.dateOfBirth',
      'episode.reportedMissingAt',
      'episode.returnedAt',
      'episode.foundOutOfArea',
      'episode.policeRiskGrade',
      'episode.foundBy',
      'episode.withWhom',
      'duringEpisode.stayedWithUnknownAdults',
      'indicators',
    ]);
  });

  it('writes dates out on the ruleset’s clock (British Summer Time in May)', async () => {
    const lines = linesFor('police', await referralScenario('S02'));
    assert.equal(valueOf(lines, 'child.dateOfBirth'), '3 November 2010');
    // 2026-05-09T21:00:00Z is 22:00 in London.
    assert.equal(valueOf(lines, 'episode.reportedMissingAt'), '9 May 2026 at 22:00');
    assert.equal(lines.find((line) => line.path === 'episode.reportedMissingAt')?.label, 'Reported missing');
  });

  it('shows only the choices of a list that the rules asked about', async () => {
    // S05: the school is told about missing education, not about county lines.
    const lines = linesFor('school-safeguarding-lead', await referralScenario('S05'));
    assert.equal(valueOf(lines, 'indicators'), 'Missing education');
    assert.ok(paths(lines).includes('child.educationStatus'));
    assert.ok(paths(lines).includes('pushFactors'));
  });

  it('turns a derived fact into the answers it is worked out from, and reads no settings', async () => {
    // Children's services in S02 because of risk.repeat-episodes (episodesInRepeatWindow ≥ settings.repeatEpisodes.count).
    const lines = linesFor('childrens-services', await referralScenario('S02'));
    assert.equal(valueOf(lines, 'episode.previousEpisodes'), '3 entries');
    assert.ok(!paths(lines).some((path) => path.startsWith('settings.')));
  });

  it('gives an agency the worker added just the answers the ruleset shares with every referral', async () => {
    const s02 = await referralScenario('S02');
    const answers = withValueAt(s02.answers, ['episode', 'whereFound'], 'Manchester Piccadilly station');
    const lines = linesFor('gp', { ...s02, answers });
    assert.deepEqual(paths(lines), s02.ruleset.sharedAnswers);
    assert.equal(valueOf(lines, 'episode.whereFound'), 'Manchester Piccadilly station');
  });

  it('takes the answers every referral carries, and an agency’s additions, from the ruleset, not from code', async () => {
    const s02 = await referralScenario('S02');
    const ruleset = {
      ...s02.ruleset,
      sharedAnswers: ['child.dateOfBirth'],
      agencies: { ...s02.ruleset.agencies, gp: { ...s02.ruleset.agencies.gp!, sharedAnswers: ['care.status'] } },
    };
    assert.deepEqual(paths(linesFor('gp', { ...s02, ruleset })), ['child.dateOfBirth', 'care.status']);
  });

  it('sends a signpost (the Runaway Helpline) no answers at all', async () => {
    const s02 = await referralScenario('S02');
    assert.deepEqual(linesFor('runaway-helpline', s02), []);
  });

  it('leaves out core answers that were not given', async () => {
    const s02 = await referralScenario('S02');
    const answers = withValueAt(s02.answers, ['episode', 'returnedAt'], undefined);
    assert.ok(!paths(linesFor('gp', { ...s02, answers })).includes('episode.returnedAt'));
  });

  it('includes the child’s own words only when a recommending rule reads them', async () => {
    const s02 = await referralScenario('S02');
    const readsWords: ResolvedRule = {
      ...s02.ruleset.rules[0]!,
      id: 'local.advocate-for-the-child’s-words',
      conditions: { all: [{ fact: 'afterReturn.childsWords', operator: 'isAnswered', value: true }] },
      outcome: { referrals: [{ agency: 'advocacy', urgency: 'routine' }] },
    };
    const ruleset = { ...s02.ruleset, rules: [...s02.ruleset.rules, readsWords] };
    const lines = relevantAnswers({
      agency: 'advocacy',
      reasons: [{ ruleId: readsWords.id, message: 'The child wants to be heard.' }],
      ruleset,
      answers: s02.answers,
      schema: schemaForNaming(undefined, ruleset),
      words: english,
    });
    assert.equal(valueOf(lines, 'afterReturn.childsWords'), "They're my mates, they look after me.");
  });

  it('skips what a rule needs to be absent (its "not" conditions)', async () => {
    // S10, Wales: early help fires only when there is no harm by a parent or carer; that "no" is not shared.
    const lines = linesFor('early-help', await referralScenario('S10'));
    assert.ok(!paths(lines).includes('disclosures.harmByParentOrCarer'));
    assert.equal(valueOf(lines, 'pushFactors'), 'Bullying');
  });

  it('writes questions and answers in Welsh for a Welsh package', async () => {
    const s10 = await referralScenario('S10', { lang: 'cy' });
    const lines = linesFor('school-safeguarding-lead', s10, uiWords('cy'));
    const birth = lines.find((line) => line.path === 'child.dateOfBirth');
    assert.deepEqual(birth, { path: 'child.dateOfBirth', label: 'Dyddiad geni', value: '3 Mawrth 2016' });
    assert.equal(valueOf(lines, 'episode.reportedMissingAt'), '8 Tachwedd 2026 am 15:30');
    assert.equal(valueOf(lines, 'episode.foundOutOfArea'), 'Na');
  });
});
