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

/** What an unmet expectation is about, so the rules behind it can be looked up in another ruleset. */
export type ExpectationSubject =
  | { kind: 'riskLevel' | 'parentCarerDiscussion' | 'provisional' | 'failed' }
  | { kind: 'referral' | 'action'; id: string };

export interface UnmetExpectation {
  text: string;
  subject: ExpectationSubject;
}

export function unmetExpectations(expected: ScenarioExpectations, assessment: Assessment, words: Words): string[] {
  return unmetExpectationsAbout(expected, assessment, words).map((unmet) => unmet.text);
}

export function unmetExpectationsAbout(expected: ScenarioExpectations, assessment: Assessment, words: Words): UnmetExpectation[] {
  const t = words.test;
  const unmet: UnmetExpectation[] = [];
  const push = (text: string, subject: ExpectationSubject) => unmet.push({ text, subject });
  if (assessment.failed) push(t.rulesFailed(assessment.failure?.message ?? ''), { kind: 'failed' });

  if (assessment.riskLevel !== expected.riskLevel) {
    push(t.differs('riskLevel', expected.riskLevel, assessment.riskLevel, levelRules(assessment, words)), { kind: 'riskLevel' });
  }
  if (expected.parentCarerDiscussion !== undefined && assessment.parentCarerDiscussion !== expected.parentCarerDiscussion) {
    const why = ruleIds(assessment.parentCarerDiscussionReasons) || t.noRule;
    push(t.differs('parentCarerDiscussion', expected.parentCarerDiscussion, assessment.parentCarerDiscussion, why), { kind: 'parentCarerDiscussion' });
  }

  const referrals = new Map(assessment.referrals.map((referral) => [referral.agency, referral]));
  for (const agency of expected.referrals?.include ?? []) {
    if (!referrals.has(agency)) push(t.missingReferral(agency), { kind: 'referral', id: agency });
  }
  for (const agency of expected.referrals?.exclude ?? []) {
    const referral = referrals.get(agency);
    if (referral) push(t.unwantedReferral(agency, ruleIds(referral.reasons)), { kind: 'referral', id: agency });
  }
  for (const [agency, consent] of Object.entries(expected.referralConsent ?? {})) {
    const referral = referrals.get(agency);
    if (!referral) push(t.consentWithoutReferral(agency, consent), { kind: 'referral', id: agency });
    else if (referral.consent !== consent) push(t.differs(`referralConsent.${agency}`, consent, referral.consent, ruleIds(referral.reasons)), { kind: 'referral', id: agency });
  }

  const actions = new Map(assessment.actions.map((action) => [action.id, action]));
  for (const id of expected.actions?.include ?? []) {
    if (!actions.has(id)) push(t.missingAction(id), { kind: 'action', id });
  }
  for (const id of expected.actions?.exclude ?? []) {
    const action = actions.get(id);
    if (action) push(t.unwantedAction(id, ruleIds(action.reasons)), { kind: 'action', id });
  }

  if (expected.provisional !== undefined && assessment.provisional !== expected.provisional) {
    const why = assessment.missing.length > 0 ? t.stillNeeded(assessment.missing.join(', ')) : t.nothingMissing;
    push(t.differs('provisional', String(expected.provisional), String(assessment.provisional), why), { kind: 'provisional' });
  }
  return unmet;
}
