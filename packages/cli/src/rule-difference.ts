/**
 * When a scenario fails with one ruleset, which rules or settings of that ruleset made the
 * difference against another (the scenario's own ruleset, or the one it is built on): a rule it
 * switches off, replaces or adds, or a setting a responsible rule reads. "expected early-help"
 * alone sends a provider searching; "my-area disables rule 'referral.early-help-lower-level-needs'
 * (rules/my-area/ruleset.json:186:5)" says where to look.
 */
import { locate, readJsonFile, type Assessment, type Reason, type ResolvedRuleset, type RuleOrigin } from '@rhi-toolkit/engine/node';
import { canonicalJson } from './canonical-json.js';
import { flatEntries, shownValue } from './flat-entries.js';
import type { ExpectationSubject } from './scenario-expectations.js';
import type { Words } from './words.js';

export interface Assessed {
  ruleset: ResolvedRuleset;
  assessment: Assessment;
}

/** The reasons an assessment gives for the thing an expectation is about. */
function reasonsAbout(subject: ExpectationSubject, assessment: Assessment): Reason[] {
  switch (subject.kind) {
    case 'riskLevel':
      return assessment.reasons.filter((reason) => reason.level === assessment.riskLevel);
    case 'parentCarerDiscussion':
      return assessment.parentCarerDiscussionReasons;
    case 'referral':
      return assessment.referrals.find((referral) => referral.agency === subject.id)?.reasons ?? [];
    case 'action':
      return assessment.actions.find((action) => action.id === subject.id)?.reasons ?? [];
    default:
      return [];
  }
}

/** `file:line:column` of a place in a rule file (the file alone when it cannot be read). */
async function placeOf(origin: RuleOrigin): Promise<string> {
  const jsonFile = await readJsonFile(origin.file, origin.file);
  const located = locate({ file: origin.file, pointer: origin.pointer, message: '' }, jsonFile.problems.length > 0 ? undefined : jsonFile);
  return located.line === undefined ? origin.file : `${origin.file}:${located.line}:${located.column}`;
}

/**
 * Notes naming what `tried` changes against `base` that bears on `subject`: the rules behind the
 * expected outcome in `base` and behind the outcome got in `tried`, where `tried` switched them
 * off, replaced or added them; failing that, the settings those rules read that differ.
 */
export async function differenceNotes(subject: ExpectationSubject, base: Assessed, tried: Assessed, words: Words): Promise<string[]> {
  const ruleIds = [...new Set([...reasonsAbout(subject, base.assessment), ...reasonsAbout(subject, tried.assessment)].map((reason) => reason.ruleId))];
  const before = new Map(base.ruleset.rules.map((rule) => [rule.id, rule]));
  const after = new Map(tried.ruleset.rules.map((rule) => [rule.id, rule]));
  const t = words.test;
  const notes: string[] = [];
  for (const id of ruleIds) {
    const was = before.get(id);
    const is = after.get(id);
    if (was && !is) {
      const disabled = tried.ruleset.disabled.find((entry) => entry.id === id);
      if (disabled) notes.push(t.disablesRule(disabled.by.rulesetId, id, await placeOf(disabled.by)));
    } else if (!was && is) {
      // Only in the ruleset tried: added by it, or switched off by the base (a locality's own scenario tried on its base).
      const disabled = base.ruleset.disabled.find((entry) => entry.id === id);
      notes.push(disabled ? t.disablesRule(disabled.by.rulesetId, id, await placeOf(disabled.by)) : t.addsRule(is.source.rulesetId, id, await placeOf(is.source)));
    } else if (was && is && canonicalJson(was) !== canonicalJson(is)) {
      // The one written later along the chain is the replacement.
      const replacement = is.replaces ? is : was.replaces ? was : is;
      notes.push(t.replacesRule(replacement.source.rulesetId, id, await placeOf(replacement.source)));
    }
  }
  if (notes.length > 0) return notes;

  // No rule changed: the settings may have (a repeat threshold, a window), which rules read
  // directly or through facts worked out from them. Those the responsible rules name come first.
  const rulesText = ruleIds.map((id) => canonicalJson((after.get(id) ?? before.get(id))?.conditions)).join('\n');
  const settingsBefore = new Map(flatEntries(base.ruleset.settings, '', false));
  const changed = flatEntries(tried.ruleset.settings, '', false).filter(([path, value]) => canonicalJson(settingsBefore.get(path)) !== canonicalJson(value));
  const named = (path: string) => (rulesText.includes(`"settings.${path}"`) ? 0 : 1);
  return changed
    .sort(([a], [b]) => named(a) - named(b))
    .map(([path, value]) => t.setsSetting(tried.ruleset.id, path, shownValue(value, words.lang, words), base.ruleset.id, shownValue(settingsBefore.get(path), words.lang, words)));
}
