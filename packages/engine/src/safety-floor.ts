/**
 * The safety floor: canonical answers (a trafficking indicator, county lines, immediate danger, a
 * worker's view of high…) with the lowest level they may get and the referrals and actions that must follow,
 * written beside a base ruleset in `floor-cases.json`. Every ruleset that extends the base carries
 * its cases and is assessed against them once when it is loaded; a locality that would take one
 * below (by disabling or replacing a rule, or changing a setting) is refused, and the problem
 * names the case and what the locality changed.
 */
import { createAssessor } from './assessor.js';
import { isHigherRisk } from './ordering.js';
import { ownValue } from './own-keys.js';
import { wordsFor, type ProblemWords } from './problem-words.js';
import type { Assessment, FloorCasesFile, Language, Problem, ResolvedFloorCase, ResolvedRuleset, RuleFileSource, RuleOrigin } from './types.js';

/** The file name of a ruleset folder's floor cases. */
export const FLOOR_CASES_FILE = 'floor-cases.json';

type FloorCasesSource = RuleFileSource & { content: FloorCasesFile };

/** Is this file (a path or a name) a ruleset folder's floor-cases file? */
export function isFloorCasesFile(file: string): boolean {
  return file === FLOOR_CASES_FILE || file.endsWith(`/${FLOOR_CASES_FILE}`) || file.endsWith(`\\${FLOOR_CASES_FILE}`);
}

export function isFloorCasesSource(source: RuleFileSource): source is FloorCasesSource {
  return isFloorCasesFile(source.file);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The inherited cases plus this ruleset's own. A case id the ruleset inherits is a problem: a
 * locality may add to the floor, never rewrite it.
 */
export function composeFloor(
  inherited: readonly ResolvedFloorCase[],
  source: FloorCasesSource | undefined,
  problems: Problem[],
  w: ProblemWords,
): ResolvedFloorCase[] {
  const floor = [...inherited];
  const cases = Array.isArray(source?.content.cases) ? source.content.cases : [];
  cases.forEach((floorCase, index) => {
    if (!isPlainObject(floorCase) || typeof floorCase.id !== 'string') return; // reported by the schema check
    const earlier = floor.find((known) => known.id === floorCase.id);
    if (earlier) {
      problems.push({
        file: source!.file,
        pointer: `/cases/${index}/id`,
        message: w.floorCaseTwice(floorCase.id, earlier.source.file),
        hint: w.floorCaseTwiceHint,
      });
      return;
    }
    floor.push({ ...floorCase, source: { file: source!.file, rulesetId: source!.rulesetId, pointer: `/cases/${index}` } });
  });
  return floor;
}

/** What an assessment lacks against a case: the level it got (when too low), referrals and actions missing, the discussion not withheld. */
export interface FloorShortfall {
  level?: Assessment['riskLevel'];
  missingReferrals: string[];
  missingActions: string[];
  discussion?: Assessment['parentCarerDiscussion'];
}

export function shortfallOf(floorCase: ResolvedFloorCase, assessment: Assessment): FloorShortfall | undefined {
  const shortfall: FloorShortfall = {
    missingReferrals: (floorCase.referrals ?? []).filter((agency) => !assessment.referrals.some((referral) => referral.agency === agency)),
    missingActions: (floorCase.actions ?? []).filter((id) => !assessment.actions.some((action) => action.id === id)),
  };
  if (isHigherRisk(floorCase.minimumLevel, assessment.riskLevel)) shortfall.level = assessment.riskLevel;
  if (floorCase.parentCarerDiscussion === 'withheld' && assessment.parentCarerDiscussion !== 'withheld') {
    shortfall.discussion = assessment.parentCarerDiscussion;
  }
  const short =
    shortfall.level !== undefined || shortfall.missingReferrals.length > 0 || shortfall.missingActions.length > 0 || shortfall.discussion !== undefined;
  return short ? shortfall : undefined;
}

export interface SafetyFloorOptions {
  lang?: Language;
  /**
   * The ruleset a case was written for (by id), composed from the same files: its assessment of
   * the case shows which rules the locality disabled or replaced. Without it, problems name the case only.
   */
  reference?: (rulesetId: string) => ResolvedRuleset | undefined;
}

/** What the locality changed that the case needed: a rule disabled or replaced, or a setting. */
interface Culprit {
  at: { file: string; pointer: string };
  because: string;
}

/**
 * Assesses every floor case of the ruleset; a problem for each case that comes out below its
 * floor. Run once per ruleset load (an assessment per case), never per assessment.
 */
export async function checkSafetyFloor(ruleset: ResolvedRuleset, options: SafetyFloorOptions = {}): Promise<Problem[]> {
  const floor = ruleset.floor ?? [];
  if (floor.length === 0) return [];
  const lang = options.lang ?? 'en';
  const w = wordsFor(lang);
  const assessor = createAssessor(ruleset);
  const problems: Problem[] = [];
  for (const floorCase of floor) {
    let assessment: Assessment;
    try {
      assessment = await assessor.assess(floorCase.answers, { now: floorCase.now, lang });
    } catch (error) {
      problems.push({ ...floorCase.source, message: w.floorCaseNotAssessed(floorCase.id, (error as Error).message), hint: w.floorCaseNotAssessedHint });
      continue;
    }
    const shortfall = shortfallOf(floorCase, assessment);
    if (!shortfall) continue;
    const broken = w.floorCaseBroken(floorCase.id, floorCase.title[lang] || floorCase.title.en, floorCase.source.file, needsOf(floorCase, w), foundOf(shortfall, w));
    if (floorCase.source.rulesetId === ruleset.id) {
      problems.push({ file: floorCase.source.file, pointer: floorCase.source.pointer, message: broken, hint: w.floorOwnRulesHint });
      continue;
    }
    const reference = options.reference?.(floorCase.source.rulesetId);
    const culprits = reference ? await culpritsOf(floorCase, shortfall, ruleset, reference, w) : [];
    if (culprits.length === 0) {
      problems.push({ file: ruleset.origins?.manifest ?? ruleset.id, pointer: '', message: broken, hint: w.floorHint(floorCase.source.file) });
    }
    for (const culprit of culprits) {
      problems.push({ ...culprit.at, message: `${broken}: ${culprit.because}`, hint: w.floorHint(floorCase.source.file) });
    }
  }
  return problems;
}

/** The rules that met the floor in the reference and that this ruleset disabled or replaced; else the settings it changed. */
async function culpritsOf(
  floorCase: ResolvedFloorCase,
  shortfall: FloorShortfall,
  ruleset: ResolvedRuleset,
  reference: ResolvedRuleset,
  w: ProblemWords,
): Promise<Culprit[]> {
  const expected = await createAssessor(reference).assess(floorCase.answers, { now: floorCase.now });
  const needed = new Set<string>();
  if (shortfall.level !== undefined) {
    for (const reason of expected.reasons) if (reason.level && !isHigherRisk(floorCase.minimumLevel, reason.level)) needed.add(reason.ruleId);
  }
  for (const agency of shortfall.missingReferrals) {
    for (const reason of expected.referrals.find((referral) => referral.agency === agency)?.reasons ?? []) needed.add(reason.ruleId);
  }
  for (const id of shortfall.missingActions) {
    for (const reason of expected.actions.find((action) => action.id === id)?.reasons ?? []) needed.add(reason.ruleId);
  }
  if (shortfall.discussion !== undefined && expected.parentCarerDiscussion === 'withheld') {
    for (const reason of expected.parentCarerDiscussionReasons) needed.add(reason.ruleId);
  }
  const culprits: Culprit[] = [];
  for (const ruleId of needed) {
    const original = reference.rules.find((rule) => rule.id === ruleId)?.source;
    const disabled = ruleset.disabled.find((entry) => entry.id === ruleId);
    if (disabled && !reference.disabled.some((entry) => entry.id === ruleId)) {
      culprits.push({ at: disabled.by, because: w.floorRuleDisabled(ruleId, disabled.source.file) });
      continue;
    }
    const replacement = ruleset.rules.find((rule) => rule.id === ruleId);
    if (replacement && original && !sameOrigin(replacement.source, original)) {
      culprits.push({ at: replacement.source, because: w.floorRuleReplaced(ruleId, original.file) });
    }
  }
  if (culprits.length > 0) return culprits;
  for (const [path, file] of Object.entries(ruleset.origins?.settings ?? {})) {
    if (ownValue(reference.origins?.settings, path) !== file) {
      culprits.push({ at: { file, pointer: `/settings/${path.replaceAll('.', '/')}` }, because: w.floorSettingChanged(path) });
    }
  }
  return culprits;
}

/** What the case needs, in words: "at least high with a referral to police, the actions … and the discussion with the family withheld". */
function needsOf(floorCase: ResolvedFloorCase, w: ProblemWords): string {
  const referrals = floorCase.referrals ?? [];
  const actions = floorCase.actions ?? [];
  return (
    w.floorNeedsLevel(floorCase.minimumLevel) +
    (referrals.length > 0 ? w.floorNeedsReferrals(referrals) : '') +
    (actions.length > 0 ? w.floorNeedsActions(actions) : '') +
    (floorCase.parentCarerDiscussion === 'withheld' ? w.floorNeedsWithheld : '')
  );
}

/** What the ruleset gave instead, in words: "assesses it low and recommends no referral to police". */
function foundOf(shortfall: FloorShortfall, w: ProblemWords): string {
  return [
    ...(shortfall.level !== undefined ? [w.floorFoundLevel(shortfall.level)] : []),
    ...(shortfall.missingReferrals.length > 0 ? [w.floorFoundNoReferral(shortfall.missingReferrals)] : []),
    ...(shortfall.missingActions.length > 0 ? [w.floorFoundNoAction(shortfall.missingActions)] : []),
    ...(shortfall.discussion !== undefined ? [w.floorFoundNotWithheld(shortfall.discussion)] : []),
  ].join(w.floorAnd);
}

function sameOrigin(a: RuleOrigin, b: RuleOrigin): boolean {
  return a.file === b.file && a.pointer === b.pointer;
}
