/**
 * Runs a resolved ruleset over a set of answers with json-rules-engine and returns the
 * Assessment. One json-rules-engine Engine is built per ruleset and reused for every assessment.
 */
import { Engine, Fact } from 'json-rules-engine';
import { flattenToFacts } from './answer-facts.js';
import { combineOutcomes, wouldChangeDecision, type Decision } from './combine-outcomes.js';
import { deriveFacts } from './derived-facts.js';
import { engineMessages, fillPlaceholders, inLanguage } from './engine-messages.js';
import { answersAwaited, type EvaluatedCondition } from './missing-answers.js';
import { offerClock } from './offer-clock.js';
import { ownValue, setOwn } from './own-keys.js';
import { customOperators } from './operators.js';
import { factsReadBy } from './rule-facts.js';
import type { Assessment, Language, ResolvedRule, ResolvedRuleset } from './types.js';

export interface AssessOptions {
  /** The moment of assessment (ISO date-time or Date). The engine never reads the clock itself. */
  now: string | Date;
  /** Language of the reasons; English by default. */
  lang?: Language;
}

export interface Assessor {
  readonly ruleset: ResolvedRuleset;
  assess(answers: unknown, options: AssessOptions): Promise<Assessment>;
}

interface RuleRun {
  fired: ResolvedRule[];
  notFired: { rule: ResolvedRule; conditions: EvaluatedCondition }[];
  failedRuleIds: string[];
}

export const MANUAL_REVIEW_ACTION = 'manual-review';

// Constant facts are read straight from the Fact, never from json-rules-engine's fact cache, so
// keying them into that cache (a JSON text per fact per run) is work with no use.
const UNCACHED = { cache: false };

/** The facts the rules read, as json-rules-engine Facts; the others stay out of the run. */
function runtimeFacts(factNames: readonly string[], factValues: Record<string, unknown>): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  for (const name of factNames) setOwn(facts, name, new Fact(name, ownValue(factValues, name), UNCACHED));
  return facts;
}

function buildEngine(rules: readonly ResolvedRule[]): Engine {
  // allowUndefinedFacts: drafts are partial; an unanswered field is simply not true yet.
  // pathResolver: facts are flat values and conditions have no `path`, so JSONPath is never
  // needed (and is left out of browser bundles; see browser/no-jsonpath.ts).
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value: unknown) => value });
  for (const operator of customOperators) engine.addOperator(operator);
  for (const rule of rules) {
    engine.addRule({
      name: rule.id,
      conditions: rule.conditions as never,
      event: { type: rule.id },
    });
  }
  return engine;
}

/** Builds the assessor for one ruleset; keep it and call `assess` for each change of answers. */
export function createAssessor(ruleset: ResolvedRuleset): Assessor {
  const engine = buildEngine(ruleset.rules);
  const ruleIndex = new Map(ruleset.rules.map((rule, index) => [rule.id, index]));
  const settingFacts = flattenToFacts(ruleset.settings, 'settings');
  const factNames = factsReadBy(ruleset.rules);
  // Built only if a run fails: one engine per rule, so one broken rule cannot hide the others.
  let singleRuleEngines: Map<string, Engine> | undefined;

  /** json-rules-engine's results in the ruleset's order (it hands them back in the order they finished). */
  function inRuleOrder<T extends { name: unknown }>(results: readonly T[]): { rule: ResolvedRule; result: T }[] {
    const slots: ({ rule: ResolvedRule; result: T } | undefined)[] = new Array(ruleset.rules.length);
    for (const result of results) {
      const index = ruleIndex.get(String(result.name))!;
      slots[index] = { rule: ruleset.rules[index], result };
    }
    return slots.filter((slot) => slot !== undefined);
  }

  async function runAll(factValues: Record<string, unknown>): Promise<RuleRun> {
    const { results, failureResults } = await engine.run(runtimeFacts(factNames, factValues));
    return {
      fired: inRuleOrder(results).map(({ rule }) => rule),
      notFired: inRuleOrder(failureResults).map(({ rule, result }) => ({
        rule,
        conditions: result.conditions as unknown as EvaluatedCondition,
      })),
      failedRuleIds: [],
    };
  }

  async function runOneByOne(factValues: Record<string, unknown>): Promise<RuleRun> {
    singleRuleEngines ??= new Map(ruleset.rules.map((rule) => [rule.id, buildEngine([rule])]));
    const run: RuleRun = { fired: [], notFired: [], failedRuleIds: [] };
    for (const rule of ruleset.rules) {
      try {
        const { results, failureResults } = await singleRuleEngines.get(rule.id)!.run(runtimeFacts(factNames, factValues));
        if (results.length > 0) run.fired.push(rule);
        else run.notFired.push({ rule, conditions: failureResults[0].conditions as unknown as EvaluatedCondition });
      } catch {
        run.failedRuleIds.push(rule.id);
      }
    }
    return run;
  }

  async function assess(answers: unknown, options: AssessOptions): Promise<Assessment> {
    const lang = options.lang ?? 'en';
    const now = new Date(options.now).getTime();
    const answerFacts = flattenToFacts(answers);
    const derived = deriveFacts(answerFacts, ruleset.settings, now);
    const factValues: Record<string, unknown> = { ...answerFacts, ...settingFacts, ...derived };

    let run: RuleRun;
    try {
      run = await runAll(factValues);
    } catch {
      run = await runOneByOne(factValues);
    }

    const decision = combineOutcomes(run.fired, ruleset, factValues, lang);
    if (run.failedRuleIds.length > 0) failSafe(decision, run.failedRuleIds, factValues, lang);

    const missing = new Set<string>();
    for (const { rule, conditions } of run.notFired) {
      if (!wouldChangeDecision(rule, decision)) continue;
      for (const path of answersAwaited(conditions, factValues)) missing.add(path);
    }
    const rhi = offerClock(answerFacts, derived.hoursFromReturnToInterview as number | undefined, ruleset.settings, now);
    // A return time the clock cannot start from (30 February, or so late in 9999 that the deadline
    // falls in the year 10000) is as good as none: the answer is still awaited.
    if (rhi.offerDueBy === undefined) missing.add('episode.returnedAt');

    return {
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      lang,
      assessedAt: new Date(now).toISOString(),
      riskLevel: decision.riskLevel,
      provisional: missing.size > 0 || run.failedRuleIds.length > 0,
      missing: [...missing].sort(),
      reasons: decision.reasons,
      parentCarerDiscussion: decision.parentCarerDiscussion,
      parentCarerDiscussionReasons: decision.parentCarerDiscussionReasons,
      referrals: decision.referrals,
      actions: decision.actions,
      rhi,
      failed: run.failedRuleIds.length > 0,
      ...(run.failedRuleIds.length > 0
        ? { failure: { message: failureMessage(run.failedRuleIds, factValues, lang) } }
        : {}),
    };
  }

  return { ruleset, assess };
}

function failureMessage(failedRuleIds: string[], factValues: Record<string, unknown>, lang: Language): string {
  return fillPlaceholders(inLanguage(engineMessages.failed, lang), { ...factValues, detail: failedRuleIds.join(', ') }, lang);
}

/**
 * When a rule cannot be run, its answer is unknown and could have been the most serious one:
 * the level goes to high, the family is not told, and a manager must look.
 */
function failSafe(decision: Decision, failedRuleIds: string[], factValues: Record<string, unknown>, lang: Language): void {
  const ruleId = 'engine.rule-failed';
  decision.riskLevel = 'high';
  decision.reasons.push({ ruleId, level: 'high', message: failureMessage(failedRuleIds, factValues, lang) });
  decision.parentCarerDiscussion = 'withheld';
  decision.parentCarerDiscussionReasons.push({ ruleId, message: inLanguage(engineMessages.failedDiscussion, lang) });
  decision.actions.unshift({
    id: MANUAL_REVIEW_ACTION,
    name: inLanguage(engineMessages.manualReviewName, lang),
    reasons: [{ ruleId, message: inLanguage(engineMessages.manualReview, lang) }],
  });
}

/** Assesses once with a throw-away assessor; for many assessments keep one from `createAssessor`. */
export function assess(answers: unknown, ruleset: ResolvedRuleset, options: AssessOptions): Promise<Assessment> {
  return createAssessor(ruleset).assess(answers, options);
}
