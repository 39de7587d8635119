/** Compares a scenario's `expect` with an assessment; each unmet expectation is one plain sentence. */
import type { Assessment, Reason } from '@rhi-toolkit/engine/node';
import type { ScenarioExpectations } from './scenario-files.js';
import type { Words } from './words.js';

function ruleIds(reasons: readonly Reason[]): string {
  return [...new Set(reasons.map((reason) => reason.ruleId))].join(', ');
}

/** The rules that gave the level: naming them is the quickest way to the rule to fix. */
function levelRules(assessment: Assessment, words: Words): string {
  const giving = assessment.reasons.filter((reason) => reason.level === assessment.riskLevel);
  return giving.length > 0 ? ruleIds(giving) : words.test.noRuleSetLevel;
}

export function unmetExpectations(expected: ScenarioExpectations, assessment: Assessment, words: Words): string[] {
  const t = words.test;
  const unmet: string[] = [];
  if (assessment.failed) unmet.push(t.rulesFailed(assessment.failure?.message ?? ''));

  if (assessment.riskLevel !== expected.riskLevel) {
    unmet.push(t.differs('riskLevel', expected.riskLevel, assessment.riskLevel, levelRules(assessment, words)));
  }
  if (expected.parentCarerDiscussion !== undefined && assessment.parentCarerDiscussion !== expected.parentCarerDiscussion) {
    const why = ruleIds(assessment.parentCarerDiscussionReasons) || t.noRule;
    unmet.push(t.differs('parentCarerDiscussion', expected.parentCarerDiscussion, assessment.parentCarerDiscussion, why));
  }

  const referrals = new Map(assessment.referrals.map((referral) => [referral.agency, referral]));
  for (const agency of expected.referrals?.include ?? []) {
    if (!referrals.has(agency)) unmet.push(t.missingReferral(agency));
  }
  for (const agency of expected.referrals?.exclude ?? []) {
    const referral = referrals.get(agency);
    if (referral) unmet.push(t.unwantedReferral(agency, ruleIds(referral.reasons)));
  }
  for (const [agency, consent] of Object.entries(expected.referralConsent ?? {})) {
    const referral = referrals.get(agency);
    if (!referral) unmet.push(t.consentWithoutReferral(agency, consent));
    else if (referral.consent !== consent) unmet.push(t.differs(`referralConsent.${agency}`, consent, referral.consent, ruleIds(referral.reasons)));
  }

  const actions = new Map(assessment.actions.map((action) => [action.id, action]));
  for (const id of expected.actions?.include ?? []) {
    if (!actions.has(id)) unmet.push(t.missingAction(id));
  }
  for (const id of expected.actions?.exclude ?? []) {
    const action = actions.get(id);
    if (action) unmet.push(t.unwantedAction(id, ruleIds(action.reasons)));
  }

  if (expected.provisional !== undefined && assessment.provisional !== expected.provisional) {
    const why = assessment.missing.length > 0 ? t.stillNeeded(assessment.missing.join(', ')) : t.nothingMissing;
    unmet.push(t.differs('provisional', String(expected.provisional), String(assessment.provisional), why));
  }
  return unmet;
}
