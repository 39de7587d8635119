/**
 * The toolbar's choices for one story: its language (en/cy) and its ruleset. The ruleset toolbar
 * says "the story's own" by default; a story names its own with `parameters.rhi.ruleset` (else
 * england), and the toolbar can override it with any built ruleset.
 */
import type { Language } from '@rhi-toolkit/engine';
import { builtRuleset, isRulesetId, type BuiltRuleset, type RulesetId } from './rulesets.js';

/** The `ruleset` toolbar value that keeps each story's own ruleset. */
export const OWN_RULESET = 'own';

export interface StorySetting extends BuiltRuleset {
  lang: Language;
  rulesetId: RulesetId;
  /** True when the toolbar chose another ruleset than the story's own. */
  rulesetOverridden: boolean;
}

/** What a decorator, loader or render function knows that the setting depends on. */
export interface SettingContext {
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
}

export function storySetting({ globals, parameters }: SettingContext): StorySetting {
  const lang: Language = globals.lang === 'cy' ? 'cy' : 'en';
  const own = (parameters.rhi as { ruleset?: string } | undefined)?.ruleset ?? 'england';
  const chosen = globals.ruleset;
  const rulesetId = (isRulesetId(chosen) ? chosen : own) as RulesetId;
  return { lang, rulesetId, rulesetOverridden: rulesetId !== own, ...builtRuleset(rulesetId) };
}
