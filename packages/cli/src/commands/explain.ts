/** `rhi explain ANSWERS.json`: the assessment as readable text, each fired rule with its reason. */
import { inLanguage, referralsToMake, signpostsOf, type Assessment, type Reason, type ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { answerValueLabel } from '../answer-value-label.js';
import { assessFromCommandLine } from '../assessment-input.js';
import { exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine } from '../command-line.js';
import { localDateTime } from '../local-date-time.js';
import { printLines } from '../output.js';
import type { Words } from '../words.js';
import type { Command } from './command.js';

const INDENT = '  ';

function reasonLines(reasons: readonly Reason[], indent: string): string[] {
  return reasons.map((reason) => `${indent}• [${reason.ruleId}] ${reason.message}`);
}

function header(assessment: Assessment, ruleset: ResolvedRuleset, words: Words): string[] {
  const e = words.explain;
  const lines = [
    e.title,
    `${e.ruleset}: ${inLanguage(ruleset.title, assessment.lang)} (${assessment.rulesetId}, ${e.version} ${assessment.rulesetVersion})`,
    `${e.assessedAt}: ${localDateTime(assessment.assessedAt, ruleset.settings.timeZone, assessment.lang)}`,
  ];
  if (assessment.failed) lines.push('', `${e.failed}: ${assessment.failure?.message ?? ''}`);
  return lines;
}

/** Reasons shown under the discussion, a referral or an action: the risk section need not repeat them. */
function ruleIdsShownElsewhere(assessment: Assessment): Set<string> {
  const elsewhere = [
    ...assessment.parentCarerDiscussionReasons,
    ...assessment.referrals.flatMap((referral) => referral.reasons),
    ...assessment.actions.flatMap((action) => action.reasons),
  ];
  return new Set(elsewhere.map((reason) => reason.ruleId));
}

function riskSection(assessment: Assessment, words: Words): string[] {
  const e = words.explain;
  const lines = ['', `${e.riskLevel}: ${words.riskLevels[assessment.riskLevel].toUpperCase()}`];
  if (assessment.provisional) {
    lines.push(`${INDENT}${e.provisional}${assessment.missing.length > 0 ? ` — ${e.stillNeeded}: ${assessment.missing.join(', ')}` : ''}`);
  }
  // Rules that set a level, and any rule that fired without a place in another section.
  const elsewhere = ruleIdsShownElsewhere(assessment);
  for (const reason of assessment.reasons.filter((candidate) => candidate.level || !elsewhere.has(candidate.ruleId))) {
    const level = reason.level ? ` (${words.riskLevels[reason.level]})` : '';
    lines.push(`${INDENT}• [${reason.ruleId}]${level} ${reason.message}`);
  }
  return lines;
}

function discussionSection(assessment: Assessment, words: Words): string[] {
  return [
    '',
    `${words.explain.parentCarerDiscussion}: ${words.discussion[assessment.parentCarerDiscussion].toUpperCase()}`,
    ...reasonLines(assessment.parentCarerDiscussionReasons, INDENT),
  ];
}

/** A directory name with its id in brackets; the id alone when the directory gave no name. */
function named(name: string, id: string): string {
  return name && name !== id ? `${name} [${id}]` : id;
}

function referralSection(assessment: Assessment, words: Words): string[] {
  // A signpost (the Runaway Helpline) is given to the child, not referred: it has its own section.
  const referrals = referralsToMake(assessment);
  const lines = ['', `${words.explain.referrals} (${referrals.length})`];
  if (referrals.length === 0) lines.push(`${INDENT}${words.explain.none}`);
  for (const referral of referrals) {
    lines.push(
      `${INDENT}${named(referral.name, referral.agency)} — ${words.urgencies[referral.urgency]}; ${words.explain.consent}: ${words.consents[referral.consent]}`,
    );
    lines.push(...reasonLines(referral.reasons, INDENT.repeat(2)));
  }
  return lines;
}

/** What to give the child (signposts): shown only when the rules name any. */
function signpostSection(assessment: Assessment, words: Words): string[] {
  const signposts = signpostsOf(assessment);
  if (signposts.length === 0) return [];
  const lines = ['', `${words.explain.signposts} (${signposts.length})`];
  for (const signpost of signposts) {
    lines.push(`${INDENT}${named(signpost.name, signpost.agency)}`);
    lines.push(...reasonLines(signpost.reasons, INDENT.repeat(2)));
  }
  return lines;
}

function actionSection(assessment: Assessment, ruleset: ResolvedRuleset, words: Words): string[] {
  const e = words.explain;
  const lines = ['', `${e.actions} (${assessment.actions.length})`];
  if (assessment.actions.length === 0) lines.push(`${INDENT}${e.none}`);
  for (const action of assessment.actions) {
    lines.push(`${INDENT}${named(action.name, action.id)}`);
    if (action.dueBy) {
      const due = localDateTime(action.dueBy, ruleset.settings.timeZone, assessment.lang);
      lines.push(`${INDENT.repeat(2)}${e.actionDueBy}: ${due}${action.overdue ? ` (${e.actionOverdue})` : ''}`);
    }
    lines.push(...reasonLines(action.reasons, INDENT.repeat(2)));
  }
  return lines;
}

/**
 * Both clocks, offer and interview: an offer made in time says nothing of when the interview was
 * held, so an offer at hour 10 and an interview at hour 120 reads "offer overdue: no" and
 * "interview held within the 72 hours: no".
 */
function clockSection(assessment: Assessment, ruleset: ResolvedRuleset, words: Words): string[] {
  const e = words.explain;
  const { rhi } = assessment;
  const { offerWithinHours, timeZone } = ruleset.settings;
  const when = (instant: string | undefined) => (instant ? localDateTime(instant, timeZone, assessment.lang) : e.dueByUnknown);
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  const lines = ['', e.clock(offerWithinHours)];
  if (!rhi.offerRequired) lines.push(`${INDENT}${rhi.offerNotRequiredMessage ?? e.offerNotStatutory}`);
  lines.push(`${INDENT}${e.offerDueBy}: ${when(rhi.offerDueBy)}`);
  lines.push(`${INDENT}${e.offerOverdue}: ${yesNo(rhi.overdue)}`);
  lines.push(`${INDENT}${e.dueBy}: ${when(rhi.interviewDueBy)}`);
  const held = rhi.interviewWithinWindow;
  lines.push(`${INDENT}${e.heldWithin(offerWithinHours)}: ${held === undefined ? e.notYetHeld : yesNo(held)}`);
  lines.push(`${INDENT}${e.interviewOverdue}: ${yesNo(rhi.interviewOverdue)}`);
  if (rhi.interviewDelayReason) {
    lines.push(`${INDENT}${e.delayReason}: ${answerValueLabel('interview.delayReason', rhi.interviewDelayReason, assessment.lang)}`);
  }
  const hours = rhi.hoursFromReturnToInterview;
  lines.push(`${INDENT}${e.hoursFromReturn}: ${hours === undefined ? e.notYetHeld : String(Math.round(hours * 10) / 10)}`);
  return lines;
}

/** The whole explanation, line by line. */
export function explanation(assessment: Assessment, ruleset: ResolvedRuleset, words: Words): string[] {
  return [
    ...header(assessment, ruleset, words),
    ...riskSection(assessment, words),
    ...discussionSection(assessment, words),
    ...referralSection(assessment, words),
    ...signpostSection(assessment, words),
    ...actionSection(assessment, ruleset, words),
    ...clockSection(assessment, ruleset, words),
  ];
}

export const explainCommand: Command = {
  name: 'explain',
  async run(args) {
    const commandLine = parseCommandLine('explain', args, { ruleset: { type: 'string' }, now: { type: 'string' } });
    if (commandLine.help) {
      await printLines([commandHelp('explain', commandLine.words)]);
      return exitCodes.ok;
    }
    const { assessment, ruleset } = await assessFromCommandLine(commandLine, 'explain');
    await printLines(explanation(assessment, ruleset, commandLine.words));
    return exitCodes.ok;
  },
};
