/**
 * What a screen-reader user is told when the assessment changes: only the things that change what
 * happens next (level, provisional, how many referrals and actions, the parent/carer discussion).
 */
import { referralsToMake, signpostsOf, type Assessment } from '@rhi-toolkit/engine';
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';
import { riskLevelWords } from '../shared/value-words.js';

export interface PanelSummary {
  riskLevel: Assessment['riskLevel'];
  provisional: boolean;
  referrals: number;
  actions: number;
  parentCarerDiscussion: Assessment['parentCarerDiscussion'];
}

export function summaryOf(assessment: Assessment): PanelSummary {
  return {
    riskLevel: assessment.riskLevel,
    provisional: assessment.provisional,
    // A signpost (the Runaway Helpline) is something to do, not a referral.
    referrals: referralsToMake(assessment).length,
    actions: assessment.actions.length + signpostsOf(assessment).length,
    parentCarerDiscussion: assessment.parentCarerDiscussion,
  };
}

export function sameSummary(a: PanelSummary | undefined, b: PanelSummary): boolean {
  return (
    a !== undefined &&
    a.riskLevel === b.riskLevel &&
    a.provisional === b.provisional &&
    a.referrals === b.referrals &&
    a.actions === b.actions &&
    a.parentCarerDiscussion === b.parentCarerDiscussion
  );
}

export function summarySentence(summary: PanelSummary, words: UiWords): string {
  const lower = (id: UiMessageId) => words.say(id).toLocaleLowerCase(words.locale);
  return words.say('panel.announce', {
    level: riskLevelWords(summary.riskLevel, words).toLocaleLowerCase(words.locale),
    provisional: summary.provisional ? 'yes' : 'no',
    referrals: summary.referrals,
    actions: summary.actions,
    discussion: lower(`panel.discussion.${summary.parentCarerDiscussion}`),
  });
}
