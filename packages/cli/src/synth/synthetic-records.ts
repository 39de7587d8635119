/**
 * The stream of synthetic record lines `rhi synth` writes: child after child, each child's
 * episodes in time order, until the count is reached. The answers come from one seeded generator;
 * each record's referral package from a generator of its own, so the answers are the same bytes
 * with or without assessments.
 */
import type { Assessor, InterviewAnswers } from '@rhi-toolkit/engine/node';
import { assessmentMoment } from '../report/assessment-moment.js';
import { withReferralPackage } from './synth-distributions.js';
import { recordSeed, seededRandom } from './seeded-random.js';
import { syntheticChildAnswers, type SynthSettings, type SynthWindow } from './synthetic-answers.js';
import { syntheticReferralPackage } from './synthetic-referral-package.js';

export interface SynthRun {
  count: number;
  seed: number;
  window: SynthWindow;
  settings: SynthSettings;
  /** Given when each record is to be assessed by the engine (and given a referral package). */
  assessor?: Assessor;
}

const numbered = (prefix: string, number: number) => `${prefix}${String(number).padStart(7, '0')}`;

async function assessed(answers: InterviewAnswers, recordNumber: number, run: SynthRun): Promise<Record<string, unknown>> {
  const { assessor } = run;
  if (!assessor) return {};
  const now = assessmentMoment(answers, assessor.ruleset.settings.offerWithinHours)!;
  const assessment = await assessor.assess(answers, { now, lang: run.settings.lang });
  const random = seededRandom(recordSeed(run.seed, recordNumber));
  if (!random.chance(withReferralPackage)) return { assessment };
  return { assessment, referrals: syntheticReferralPackage(random, answers, assessment, assessor.ruleset, recordNumber) };
}

/** Each record as one line of JSON, without the line break. */
export async function* syntheticRecordLines(run: SynthRun): AsyncGenerator<string> {
  const random = seededRandom(run.seed);
  let recordNumber = 0;
  for (let childNumber = 1; recordNumber < run.count; childNumber += 1) {
    for (const answers of syntheticChildAnswers(random, run.window, run.settings)) {
      if (recordNumber === run.count) return;
      recordNumber += 1;
      const record = {
        id: numbered('synthetic-record-', recordNumber),
        childId: numbered('synthetic-child-', childNumber),
        answers,
        ...(await assessed(answers, recordNumber, run)),
      };
      yield JSON.stringify(record);
    }
  }
}
