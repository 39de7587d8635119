/** How the outcome for the same answers differs between two assessments. */
import type { Assessment } from '@rhi-toolkit/engine/node';

export interface OutcomeChanges {
  riskLevel?: [string, string];
  parentCarerDiscussion?: [string, string];
  referralsAdded: string[];
  referralsRemoved: string[];
  actionsAdded: string[];
  actionsRemoved: string[];
}

function added(before: readonly string[], after: readonly string[]): string[] {
  return after.filter((item) => !before.includes(item));
}

export function outcomeChanges(a: Assessment, b: Assessment): OutcomeChanges {
  const agenciesA = a.referrals.map((referral) => referral.agency);
  const agenciesB = b.referrals.map((referral) => referral.agency);
  const actionsA = a.actions.map((action) => action.id);
  const actionsB = b.actions.map((action) => action.id);
  return {
    ...(a.riskLevel !== b.riskLevel ? { riskLevel: [a.riskLevel, b.riskLevel] as [string, string] } : {}),
    ...(a.parentCarerDiscussion !== b.parentCarerDiscussion
      ? { parentCarerDiscussion: [a.parentCarerDiscussion, b.parentCarerDiscussion] as [string, string] }
      : {}),
    referralsAdded: added(agenciesA, agenciesB),
    referralsRemoved: added(agenciesB, agenciesA),
    actionsAdded: added(actionsA, actionsB),
    actionsRemoved: added(actionsB, actionsA),
  };
}

export function hasChanges(changes: OutcomeChanges): boolean {
  return (
    changes.riskLevel !== undefined ||
    changes.parentCarerDiscussion !== undefined ||
    changes.referralsAdded.length + changes.referralsRemoved.length + changes.actionsAdded.length + changes.actionsRemoved.length > 0
  );
}
