/**
 * Runs a resolved ruleset over a set of answers with json-rules-engine and returns the
 * Assessment. One json-rules-engine Engine is built per ruleset and reused for every assessment.
 */
import { Engine, Fact } from 'json-rules-engine';
import { addDueTimes } from './action-due.js';
import { flattenToFacts } from './answer-facts.js';
import { answersValidatorFor } from './answers-check.js';
import { AnswersSchemaError } from './answers-schema-error.js';
import { chronologyProblems, type ChronologyProblem } from './chronology.js';
import { combineOutcomes, wouldChangeDecision, type Decision } from './combine-outcomes.js';
import { deriveFacts } from './derived-facts.js';
import { inconsistenciesOf } from './inconsistency-words.js';
import { engineMessages, fillPlaceholders, inLanguage } from './engine-messages.js';
import { answersAwaited, type EvaluatedCondition } from './missing-answers.js';
import { offerClock } from './offer-clock.js';
import { ownValue, setOwn } from './own-keys.js';
import { customOperators } from './operators.js';
import { isHigherRisk } from './ordering.js';
import { factsReadBy } from './rule-facts.js';
import { schemaProblems } from './schema-problems.js';
import { answersReadBy, anyAnswerRead, firstAnswersNeeded, standingOf } from './standing.js';
import type { SchemaValidator } from './generated/validators.js';
import type { Assessment, Language, ResolvedRule, ResolvedRuleset } from './types.js';

export interface AssessOptions {
  /** The moment of assessment (ISO date-time or Date). The engine never reads the clock itself. */
  now: string | Date;
  /** Language of the reasons; English by default. */
  lang?: Language;
}

export interface AssessorOptions {
  /**
   * The ruleset's precompiled interview validator (`dist/rulesets/<id>.interview-validator.js`).
   * Default: the toolkit's interview validator plus a check of the ruleset's own `local` questions.
   */
  answersValidator?: SchemaValidator;
}

export interface Assessor {
  readonly ruleset: ResolvedRuleset;
  /** Rejects with an `AnswersSchemaError` (each field's JSON pointer and what it expects) for answers that break the schema. */
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
export function createAssessor(ruleset: ResolvedRuleset, assessorOptions: AssessorOptions = {}): Assessor {
  const engine = buildEngine(ruleset.rules);
  const answersValidator = answersValidatorFor(ruleset, assessorOptions.answersValidator);
  const ruleIndex = new Map(ruleset.rules.map((rule, index) => [rule.id, index]));
  const settingFacts = flattenToFacts(ruleset.settings, 'settings');
  const factNames = factsReadBy(ruleset.rules);
  const answerPathsRead = answersReadBy(factNames);
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

  async function runRules(factValues: Record<string, unknown>): Promise<RuleRun> {
    try {
      return await runAll(factValues);
    } catch {
      return await runOneByOne(factValues);
    }
  }

  /**
   * Dates in an impossible order are read two ways: as unknown (the rules needing them wait) and
   * the other way round. Every rule that fires in either reading counts, so the level is never
   * below what either gives; what is missing is what the unknown reading still waits for.
   */
  async function runBothReadings(
    answerFacts: Record<string, unknown>,
    chronology: readonly ChronologyProblem[],
    now: number,
    unknownRun: RuleRun,
  ): Promise<{ fired: ResolvedRule[]; failedRuleIds: string[]; messageFacts: Record<string, unknown> }> {
    const ordered = deriveFacts(answerFacts, ruleset.settings, now, chronology, 'ordered');
    const orderedFacts: Record<string, unknown> = { ...answerFacts, ...settingFacts, ...ordered };
    const orderedRun = await runRules(orderedFacts);
    const firedIds = new Set([...unknownRun.fired, ...orderedRun.fired].map((rule) => rule.id));
    return {
      fired: ruleset.rules.filter((rule) => firedIds.has(rule.id)),
      failedRuleIds: [...new Set([...unknownRun.failedRuleIds, ...orderedRun.failedRuleIds])],
      // Messages quote the one reading that has numbers ("missing for {hoursMissing} hours").
      messageFacts: orderedFacts,
    };
  }

  async function assess(answers: unknown, options: AssessOptions): Promise<Assessment> {
    const lang = options.lang ?? 'en';
    // Never assessed silently: a value of the wrong kind matches no rule and would lower the risk.
    const problems = schemaProblems(answersValidator, answers, 'answers', undefined, lang);
    if (problems.length > 0) throw new AnswersSchemaError(problems, lang);
    const now = new Date(options.now).getTime();
    const answerFacts = flattenToFacts(answers);
    const chronology = chronologyProblems(answerFacts);
    const derived = deriveFacts(answerFacts, ruleset.settings, now, chronology);
    const factValues: Record<string, unknown> = { ...answerFacts, ...settingFacts, ...derived };

    const run = await runRules(factValues);
    const { fired, failedRuleIds, messageFacts } =
      chronology.length > 0
        ? await runBothReadings(answerFacts, chronology, now, run)
        : { fired: run.fired, failedRuleIds: run.failedRuleIds, messageFacts: factValues };

    const decision = combineOutcomes(fired, ruleset, messageFacts, lang);
    // The unknown reading alone may have set no level (so low by default) where the other reading
    // found 'no apparent risk': the union must not drop below it.
    if (chronology.length > 0) keepAtLeast(decision, combineOutcomes(run.fired, ruleset, factValues, lang));
    if (failedRuleIds.length > 0) failSafe(decision, failedRuleIds, messageFacts, lang);

    const missing = new Set<string>();
    const waiting: { rule: ResolvedRule; awaited: string[] }[] = [];
    for (const { rule, conditions } of run.notFired) {
      if (!wouldChangeDecision(rule, decision)) continue;
      const awaited = answersAwaited(conditions, factValues);
      waiting.push({ rule, awaited });
      for (const path of awaited) missing.add(path);
    }
    // An offer recorded before the return is no offer the clock can count: it runs as if none was made yet.
    const clockFacts = chronology.some((problem) => problem.kind === 'offer-before-return')
      ? { ...answerFacts, 'interview.offeredAt': undefined }
      : answerFacts;
    const rhi = offerClock(clockFacts, derived.hoursFromReturnToInterview as number | undefined, ruleset.settings, now, chronology, lang);
    // A return time the clock cannot start from (30 February, or so late in 9999 that the deadline
    // falls in the year 10000) is as good as none: the answer is still awaited.
    if (rhi.offerDueBy === undefined) missing.add('episode.returnedAt');
    addDueTimes(decision.actions, ruleset.actions, answerFacts, chronology, ruleset.settings, now);
    const provisional = missing.size > 0 || failedRuleIds.length > 0 || chronology.length > 0;
    const missingPaths = [...missing].sort();

    return {
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      lang,
      assessedAt: new Date(now).toISOString(),
      riskLevel: decision.riskLevel,
      provisional,
      standing: standingOf({
        answered: anyAnswerRead(answerPathsRead, answerFacts),
        riskLevel: decision.riskLevel,
        provisional,
        failed: failedRuleIds.length > 0,
      }),
      missing: missingPaths,
      firstAnswersNeeded: firstAnswersNeeded(waiting, missingPaths),
      ...(chronology.length > 0 ? { inconsistencies: inconsistenciesOf(chronology, lang) } : {}),
      reasons: decision.reasons,
      parentCarerDiscussion: decision.parentCarerDiscussion,
      parentCarerDiscussionReasons: decision.parentCarerDiscussionReasons,
      referrals: decision.referrals,
      actions: decision.actions,
      rhi,
      failed: failedRuleIds.length > 0,
      ...(failedRuleIds.length > 0 ? { failure: { message: failureMessage(failedRuleIds, messageFacts, lang) } } : {}),
    };
  }

  return { ruleset, assess };
}

/** Raises the decision's level to the other's, with the other's reasons for it. */
function keepAtLeast(decision: Decision, other: Decision): void {
  if (!isHigherRisk(other.riskLevel, decision.riskLevel)) return;
  decision.riskLevel = other.riskLevel;
  decision.reasons.unshift(...other.reasons.filter((reason) => reason.level === other.riskLevel));
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
export function assess(answers: unknown, ruleset: ResolvedRuleset, options: AssessOptions & AssessorOptions): Promise<Assessment> {
  return createAssessor(ruleset, options).assess(answers, options);
}
