/**
 * Looking up what the assessment and the agency directory say about one agency, for display.
 * Nothing here decides: the recommendation, its urgency and the consent come from the engine's
 * assessment, names and contacts from the ruleset's directory. The lookups the referral package
 * makes too are in agency-directory.ts, so the pages and the package always agree.
 */
import { isSignpost, urgencies as urgencyOrder, type Assessment, type ResolvedRuleset, type Urgency } from '@rhi-toolkit/engine';

export { agencyNameOf, consentOf, isLessUrgent, recommendationFor, urgencyOf } from './agency-directory.js';

/** Most urgent first, as the radios show them (the engine's order is least urgent first). */
export const urgencies: readonly Urgency[] = [...urgencyOrder].reverse();

/** Agencies in the directory the rules did not recommend, in the directory's order (never a signpost: it is sent nothing). */
export function otherDirectoryAgencies(assessment: Assessment, ruleset: ResolvedRuleset): string[] {
  const recommended = new Set(assessment.referrals.map((referral) => referral.agency));
  return Object.keys(ruleset.agencies).filter((agency) => !recommended.has(agency) && !isSignpost(ruleset, agency));
}
