/**
 * What a screen-reader user is told when the assessment changes: only the things that change what
 * happens next (level, provisional, how many referrals and actions, the parent/carer discussion).
 */
import type { Assessment } from '@rhi-toolkit/engine';
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';

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
    referrals: assessment.referrals.length,
    actions: assessment.actions.length,
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
    level: lower(`panel.level.${summary.riskLevel}`),
    provisional: summary.provisional ? 'yes' : 'no',
    referrals: summary.referrals,
    actions: summary.actions,
    discussion: lower(`panel.discussion.${summary.parentCarerDiscussion}`),
  });
}
