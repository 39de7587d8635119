// The summary a referral starts with, before the worker edits it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiWords } from '../../packages/elements/src/i18n/ui-words.js';
import { prefilledSummary } from '../../packages/elements/src/referral-wizard/prefilled-summary.js';
import { relevantAnswers } from '../../packages/elements/src/referral-wizard/relevant-answers.js';
import { schemaForNaming } from '../../packages/elements/src/shared/answer-words.js';
import { referralScenario, type ReferralScenario } from '../support/referral-scenarios.js';

function summaryFor(agency: string, { assessment, ruleset, answers }: ReferralScenario, lang: 'en' | 'cy' = 'en') {
  const words = uiWords(lang);
  const referral = assessment.referrals.find((candidate) => candidate.agency === agency);
  const reasons = referral?.reasons ?? [];
  const lines = relevantAnswers({ agency, reasons, ruleset, answers, schema: schemaForNaming(undefined, ruleset), words });
  const agencyName = words.pick(ruleset.agencies[agency]!.name);
  return prefilledSummary({ agencyName, reasons, lines, assessment, words });
}

describe('the prefilled referral summary', () => {
  it('opens with the agency and the risk level, then the reasons, then what the record says', async () => {
    const s02 = await referralScenario('S02');
    const text = summaryFor('police', s02);
    const [opening, why, record] = text.split('\n\n');
    assert.equal(opening, 'Referral to Police (missing persons coordinator) after a return home interview. Risk level after return: High.');
    const police = s02.assessment.referrals.find((referral) => referral.agency === 'police')!;
    assert.deepEqual(why!.split('\n'), ['Why:', ...police.reasons.map((reason) => `- ${reason.message}`)]);
    const recordLines = record!.split('\n');
    assert.equal(recordLines[0], 'What the record says:');
    assert.ok(recordLines.includes('Found out of area: Yes'));
    assert.ok(recordLines.includes('Date of birth: 3 November 2010'));
    assert.ok(!text.includes('my mates'), 'the child’s own words are not in the summary');
  });

  it('has no "Why:" part for an agency the worker added', async () => {
    const text = summaryFor('gp', await referralScenario('S02'));
    assert.ok(!text.includes('Why:'));
    assert.ok(text.startsWith("Referral to The child's GP after a return home interview."), text);
    assert.ok(text.includes('What the record says:'));
  });

  it('says so while the assessment is provisional, and speaks Welsh in Wales', async () => {
    const s10 = await referralScenario('S10', { lang: 'cy' });
    assert.equal(s10.assessment.provisional, true);
    const text = summaryFor('early-help', s10, 'cy');
    assert.ok(text.startsWith("Atgyfeiriad i'r asiantaeth hon ar ôl cyfweliad dychwelyd adref: Teuluoedd yn Gyntaf"), text);
    assert.ok(text.includes('Lefel y risg ar ôl dychwelyd: Isel (dros dro'));
    assert.ok(text.includes('\n\nPam:\n- '));
    assert.ok(text.includes("\n\nBeth mae'r cofnod yn ei ddweud:\nDyddiad geni: 3 Mawrth 2016"));
  });
});
