/**
 * What the assessment and the ruleset's agency directory say about one agency: its recommendation,
 * name, consent and urgency. Shared by the referral package and the wizard's pages, so both say the
 * same. Nothing here decides: the recommendation, its urgency and the consent come from the
 * engine's assessment, names from the ruleset's directory.
 */
import { urgencies, type Assessment, type Consent, type Referral, type ResolvedRuleset, type Urgency } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import type { AgencyChoices } from './referral-types.js';

export function recommendationFor(assessment: Assessment, agency: string): Referral | undefined {
  return assessment.referrals.find((referral) => referral.agency === agency);
}

/** The directory's name in the wizard's language; the assessment's name or the id if the directory lacks it. */
export function agencyNameOf(agency: string, ruleset: ResolvedRuleset, assessment: Assessment, words: UiWords): string {
  const name = ruleset.agencies[agency]?.name;
  if (name) return words.pick(name);
  return recommendationFor(assessment, agency)?.name ?? agency;
}

/** Consent as the assessment states it; for an agency the worker added, as the directory states it. */
export function consentOf(agency: string, assessment: Assessment, ruleset: ResolvedRuleset): Consent {
  return recommendationFor(assessment, agency)?.consent ?? ruleset.agencies[agency]?.consent ?? 'not-needed';
}

/** True when `chosen` is less urgent than `recommended` (the worker must then say why). */
export function isLessUrgent(chosen: Urgency | undefined, recommended: Urgency | undefined): boolean {
  if (!chosen || !recommended) return false;
  return urgencies.indexOf(chosen) < urgencies.indexOf(recommended);
}

/** The urgency the package carries: the worker's choice, else the recommendation, else routine. */
export function urgencyOf(choices: AgencyChoices | undefined, recommendation: Referral | undefined): Urgency {
  return choices?.urgency ?? recommendation?.urgency ?? 'routine';
}
