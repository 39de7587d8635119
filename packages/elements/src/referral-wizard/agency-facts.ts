/**
 * Looking up what the assessment and the agency directory say about one agency, for display.
 * Nothing here decides: the recommendation, its urgency and the consent come from the engine's
 * assessment, names and contacts from the ruleset's directory.
 */
import { urgencies as urgencyOrder, type Assessment, type Consent, type Referral, type ResolvedRuleset, type Urgency } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import type { AgencyChoices } from './referral-types.js';

/** Most urgent first, as the radios show them (the engine's order is least urgent first). */
export const urgencies: readonly Urgency[] = [...urgencyOrder].reverse();

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
  return urgencyOrder.indexOf(chosen) < urgencyOrder.indexOf(recommended);
}

/** The urgency the package will carry: the worker's choice, else the recommendation, else routine (as `buildReferralPackage` does). */
export function urgencyOf(choices: AgencyChoices | undefined, recommendation: Referral | undefined): Urgency {
  return choices?.urgency ?? recommendation?.urgency ?? 'routine';
}

/** Agencies in the directory the rules did not recommend, in the directory's order. */
export function otherDirectoryAgencies(assessment: Assessment, ruleset: ResolvedRuleset): string[] {
  const recommended = new Set(assessment.referrals.map((referral) => referral.agency));
  return Object.keys(ruleset.agencies).filter((agency) => !recommended.has(agency));
}
