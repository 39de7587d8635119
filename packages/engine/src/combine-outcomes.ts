/**
 * Combines the outcomes of the rules that fired into one decision: the highest risk level,
 * withheld over required for the parent/carer discussion, one referral per agency at its most
 * urgent, one entry per action — each carrying every rule that asked for it.
 */
import { engineMessages, fillPlaceholders, inLanguage } from './engine-messages.js';
import { ownValue } from './own-keys.js';
import { isHigherRisk, isMoreUrgent, urgencies } from './ordering.js';
import type {
  Action,
  ActionDefinition,
  Agency,
  BilingualText,
  Language,
  ParentCarerDiscussion,
  Reason,
  Referral,
  ResolvedRule,
  RiskLevel,
  RiskReason,
} from './types.js';

export interface Decision {
  riskLevel: RiskLevel;
  reasons: RiskReason[];
  parentCarerDiscussion: ParentCarerDiscussion;
  parentCarerDiscussionReasons: Reason[];
  referrals: Referral[];
  actions: Action[];
}

export const DEFAULT_LEVEL_RULE_ID = 'engine.default-low';

export function combineOutcomes(
  firedRules: readonly ResolvedRule[],
  directories: { agencies: Record<string, Agency>; actions?: Record<string, ActionDefinition> },
  factValues: Record<string, unknown>,
  lang: Language,
): Decision {
  const { agencies, actions } = directories;
  const decision: Decision = {
    riskLevel: 'low',
    reasons: [],
    parentCarerDiscussion: 'not-required',
    parentCarerDiscussionReasons: [],
    referrals: [],
    actions: [],
  };
  let levelSet = false;

  for (const rule of firedRules) {
    const reason: Reason = {
      ruleId: rule.id,
      message: fillPlaceholders(inLanguage(rule.message, lang), factValues, lang),
    };
    const { outcome } = rule;

    if (outcome.riskLevel) {
      if (!levelSet || isHigherRisk(outcome.riskLevel, decision.riskLevel)) {
        decision.riskLevel = outcome.riskLevel;
      }
      levelSet = true;
      decision.reasons.push({ ...reason, level: outcome.riskLevel });
    } else {
      decision.reasons.push(reason);
    }

    if (outcome.parentCarerDiscussion) {
      decision.parentCarerDiscussionReasons.push(reason);
      if (outcome.parentCarerDiscussion === 'withheld') decision.parentCarerDiscussion = 'withheld';
      if (outcome.parentCarerDiscussion === 'required' && decision.parentCarerDiscussion === 'not-required') {
        decision.parentCarerDiscussion = 'required';
      }
    }

    for (const recommendation of outcome.referrals ?? []) {
      const existing = decision.referrals.find((referral) => referral.agency === recommendation.agency);
      if (existing) {
        // The most urgent recommendation sets the consent too: under 13, a sexual-health referral
        // is child protection (no consent needed), not the routine service the child agrees to.
        if (isMoreUrgent(recommendation.urgency, existing.urgency)) {
          existing.urgency = recommendation.urgency;
          existing.consent = recommendation.consent ?? ownValue(agencies, recommendation.agency)?.consent ?? existing.consent;
        }
        existing.reasons.push(reason);
      } else {
        decision.referrals.push({
          agency: recommendation.agency,
          name: nameIn(ownValue(agencies, recommendation.agency)?.name, recommendation.agency, lang),
          urgency: recommendation.urgency,
          consent: recommendation.consent ?? ownValue(agencies, recommendation.agency)?.consent ?? 'not-needed',
          reasons: [reason],
          ...(ownValue(agencies, recommendation.agency)?.signpost === true ? { signpost: true as const } : {}),
        });
      }
    }

    for (const actionId of outcome.actions ?? []) {
      const existing = decision.actions.find((action) => action.id === actionId);
      if (existing) existing.reasons.push(reason);
      else decision.actions.push({ id: actionId, name: nameIn(ownValue(actions, actionId)?.name, actionId, lang), reasons: [reason] });
    }
  }

  // Most urgent first, so whoever reads the list acts on it in the right order; ties keep rule order.
  decision.referrals.sort((a, b) => urgencies.indexOf(b.urgency) - urgencies.indexOf(a.urgency));

  if (!levelSet) {
    decision.reasons.unshift({
      ruleId: DEFAULT_LEVEL_RULE_ID,
      level: 'low',
      message: inLanguage(engineMessages.defaultLow, lang),
    });
  }
  return decision;
}

/** A directory name in the language asked for; the id when the directory has none (checked by checkRuleset). */
function nameIn(name: BilingualText | undefined, id: string, lang: Language): string {
  return name ? inLanguage(name, lang) : id;
}

/** True when the rule, if it fired now, would change the decision (used to decide what is "missing"). */
export function wouldChangeDecision(rule: ResolvedRule, decision: Decision): boolean {
  const { outcome } = rule;
  if (outcome.riskLevel && isHigherRisk(outcome.riskLevel, decision.riskLevel)) return true;
  if (outcome.parentCarerDiscussion === 'withheld' && decision.parentCarerDiscussion !== 'withheld') return true;
  if (outcome.parentCarerDiscussion === 'required' && decision.parentCarerDiscussion === 'not-required') {
    return true;
  }
  for (const recommendation of outcome.referrals ?? []) {
    const existing = decision.referrals.find((referral) => referral.agency === recommendation.agency);
    if (!existing || isMoreUrgent(recommendation.urgency, existing.urgency)) return true;
  }
  return (outcome.actions ?? []).some((id) => !decision.actions.some((action) => action.id === id));
}
