/**
 * What a referral may carry, as ruleset data: the answers every referral carries
 * (`sharedAnswers` in ruleset.json) and those one agency adds (`agencies.<id>.sharedAnswers`),
 * and which agencies are signposts (the child is given their contact; nothing is sent to them).
 * The wizard, the referral package and `rhi rules` all ask here, so they cannot disagree.
 */
import { answerFactCatalogue } from './generated/answer-fact-catalogue.js';
import { localFieldFacts } from './local-fields.js';
import { ownValue } from './own-keys.js';
import { pointerStep } from './schema-problems.js';
import { didYouMean } from './suggest.js';
import type { ProblemWords } from './problem-words.js';
import type { Assessment, Language, Problem, Referral, ResolvedRuleset } from './types.js';

/** True when the ruleset's directory marks the agency a signpost (an action, not a referral). */
export function isSignpost(ruleset: ResolvedRuleset, agency: string): boolean {
  return ownValue(ruleset.agencies, agency)?.signpost === true;
}

/** The recommendations that are referrals (data goes to the agency), in the assessment's order. */
export function referralsToMake(assessment: Pick<Assessment, 'referrals'>): Referral[] {
  return assessment.referrals.filter((referral) => referral.signpost !== true);
}

/** The recommendations that are signposts: what to give the child, in the assessment's order. */
export function signpostsOf(assessment: Pick<Assessment, 'referrals'>): Referral[] {
  return assessment.referrals.filter((referral) => referral.signpost === true);
}

/**
 * The answers a referral to this agency carries whatever the rules read: the ruleset's list, then
 * the agency's own additions, each once. A signpost receives nothing.
 */
export function sharedAnswersFor(ruleset: ResolvedRuleset, agency: string): string[] {
  if (isSignpost(ruleset, agency)) return [];
  const own = ownValue(ruleset.agencies, agency)?.sharedAnswers ?? [];
  return [...new Set([...(ruleset.sharedAnswers ?? []), ...own])];
}

/**
 * Every listed answer must be one the interview has (or a local question of the ruleset), so a
 * misspelt path never quietly shares nothing; a signpost must list none, as it is sent nothing.
 */
export function checkSharedAnswers(ruleset: ResolvedRuleset, manifestFile: string, w: ProblemWords, lang: Language): Problem[] {
  const answerPaths = new Set([...Object.keys(answerFactCatalogue), ...Object.keys(localFieldFacts(ruleset.localFields))]);
  const problems: Problem[] = [];
  const checkList = (list: unknown, file: string, pointer: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((path, index) => {
      if (typeof path === 'string' && answerPaths.has(path)) return;
      problems.push({
        file,
        pointer: `${pointer}/${index}`,
        message: w.unknownSharedAnswer(String(path)),
        hint: (typeof path === 'string' ? didYouMean(path, answerPaths, lang) : undefined) ?? w.unknownSharedAnswerHint,
      });
    });
  };
  checkList(ruleset.sharedAnswers, ruleset.origins?.sharedAnswers ?? manifestFile, '/sharedAnswers');
  for (const [agencyId, agency] of Object.entries(ruleset.agencies)) {
    const file = ownValue(ruleset.origins?.agencies, agencyId) ?? manifestFile;
    const pointer = `/agencies/${pointerStep(agencyId)}`;
    checkList(agency.sharedAnswers, file, `${pointer}/sharedAnswers`);
    if (agency.signpost === true && (agency.sharedAnswers?.length ?? 0) > 0) {
      problems.push({ file, pointer: `${pointer}/sharedAnswers`, message: w.signpostSharesAnswers(agencyId), hint: w.signpostSharesAnswersHint });
    }
  }
  return problems;
}
