/**
 * The record `<rhi-interview>` joins to its form: the wizard's decisions drafted with the answers,
 * the guarded submit, and the assessment and referrals submitted with the answers. What the
 * assessment recommends and requires is the engine's; this only asks whether the worker has
 * answered it yet.
 */
import type { Assessment } from '@rhi-toolkit/engine';
import type { Answers } from '../interview-form/answer-paths.js';
import type { JoinedRecord, RecordProblem } from '../interview-form/joined-record.js';
import type { RhiReferralWizard } from '../referral-wizard/referral-wizard.component.js';

/** Where the record records that the parent/carer discussion took place. */
export const PARENT_CARER_DISCUSSION_PATH = 'interview.interviewee';
const DISCUSSION_HELD = ['parent-carer', 'both'];

interface RecordParts {
  assessment(): Assessment | undefined;
  wizard(): RhiReferralWizard | undefined;
  settled(): Promise<void>;
  answers(): Answers;
}

/** True when the assessment requires a parent/carer discussion and the answers do not record one. */
export function parentCarerDiscussionOutstanding(assessment: Assessment, answers: Answers): boolean {
  const interviewee = (answers.interview as { interviewee?: unknown } | undefined)?.interviewee;
  return assessment.parentCarerDiscussion === 'required' && !DISCUSSION_HELD.includes(interviewee as string);
}

export function joinedRecordOf(parts: RecordParts): JoinedRecord {
  return {
    referralDecisions: () => parts.wizard()?.referralDecisions(),
    settled: () => parts.settled().catch(() => undefined),
    assessment: () => parts.assessment(),
    referrals: () => {
      const wizard = parts.wizard();
      return wizard && parts.assessment() ? wizard.referralDecision().referrals : undefined;
    },
    problems: (words) => {
      const assessment = parts.assessment();
      if (!assessment) return [];
      const problems: RecordProblem[] = [];
      const wizard = parts.wizard();
      // Without a wizard here the host records referrals its own way: nothing to guard.
      const decision = wizard?.referralDecision().decision;
      if (wizard && decision === 'undecided') {
        const message = words.say(wizard.referralsMayFollow ? 'record.referralsUndecidedMayFollow' : 'record.referralsUndecided');
        problems.push({ message, follow: () => void wizard.focusDecision('page') });
      }
      if (wizard && decision === 'to-follow-without-reason') {
        problems.push({ message: words.say('record.toFollowReason'), follow: () => void wizard.focusDecision('to-follow-reason') });
      }
      if (parentCarerDiscussionOutstanding(assessment, parts.answers())) {
        problems.push({ message: words.say('record.parentCarerDiscussion'), path: PARENT_CARER_DISCUSSION_PATH });
      }
      return problems;
    },
  };
}
