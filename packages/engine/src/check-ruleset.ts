/**
 * Checks a resolved ruleset for the mistakes the schema cannot see: unknown facts, operators that
 * do not suit the fact, values a field never takes, unknown agencies, missing settings and Welsh.
 * Each problem names the file and the JSON pointer where the provider wrote it.
 */
import { allowedOperators } from './operators.js';
import { isKnownTimeZone } from './local-time.js';
import { knownFacts, type KnownFact } from './known-facts.js';
import { didYouMean } from './suggest.js';
import type { Problem, ResolvedRule, ResolvedRuleset } from './types.js';

const LIST_OPERATORS = ['contains', 'doesNotContain', 'containsAny'];
const NUMBER_OPERATORS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const LIST_VALUE_OPERATORS = ['in', 'notIn', 'containsAny'];

const REQUIRED_SETTINGS = [
  'timeZone',
  'rhiOfferRequired',
  'offerWithinHours',
  'repeatEpisodes.count',
  'repeatEpisodes.withinDays',
  'overnight.from',
  'overnight.to',
  'shortEpisodeHours',
  'noApparentRiskMinimumAge',
  'parentCarerDiscussion.underAge',
  'parentCarerDiscussion.ageBasis',
  'childTraffickingGuardianService',
];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return JSON.stringify(value);
}

export function checkRuleset(ruleset: ResolvedRuleset): Problem[] {
  const problems: Problem[] = [];
  const manifestFile = ruleset.origins?.manifest ?? `${ruleset.id}/ruleset.json`;
  problems.push(...checkSettings(ruleset, manifestFile));
  if (problems.length > 0) return problems; // facts from settings cannot be listed until settings are whole
  const facts = knownFacts(ruleset.settings);
  for (const [agencyId, agency] of Object.entries(ruleset.agencies)) {
    if (!agency.name?.en?.trim() || !agency.name?.cy?.trim()) {
      problems.push({
        file: ruleset.origins?.agencies[agencyId] ?? manifestFile,
        pointer: `/agencies/${agencyId}`,
        message: `the agency '${agencyId}' has no name in both English and Welsh`,
        hint: 'add "name": { "en": "…", "cy": "…" }',
      });
    }
  }
  for (const rule of ruleset.rules) problems.push(...checkRule(rule, facts, ruleset));
  return problems;
}

function checkSettings(ruleset: ResolvedRuleset, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const path of REQUIRED_SETTINGS) {
    let value: unknown = ruleset.settings;
    for (const step of path.split('.')) value = isPlainObject(value) ? value[step] : undefined;
    if (value === undefined) {
      problems.push({
        file,
        pointer: `/settings/${path.replaceAll('.', '/')}`,
        message: `the setting '${path}' has no value`,
        hint: 'a base ruleset must give every setting (see docs/rule-files.md)',
      });
    }
  }
  const { timeZone } = ruleset.settings;
  if (typeof timeZone === 'string' && !isKnownTimeZone(timeZone)) {
    problems.push({
      file: ruleset.origins?.settings.timeZone ?? file,
      pointer: '/settings/timeZone',
      message: `'${timeZone}' is not a time zone this system knows`,
      hint: 'use an IANA name such as "Europe/London"',
    });
  }
  return problems;
}

function checkRule(rule: ResolvedRule, facts: Map<string, KnownFact>, ruleset: ResolvedRuleset): Problem[] {
  const problems: Problem[] = [];
  const at = (pointer: string, message: string, hint?: string) =>
    problems.push({ file: rule.source.file, pointer: `${rule.source.pointer}${pointer}`, message, ...(hint ? { hint } : {}) });

  for (const field of ['description', 'message'] as const) {
    for (const lang of ['en', 'cy'] as const) {
      const text = rule[field]?.[lang];
      if (typeof text !== 'string' || text.trim() === '') {
        at(`/${field}/${lang}`, `the rule '${rule.id}' has no ${lang === 'en' ? 'English' : 'Welsh'} ${field}`, `write the ${field} in ${lang === 'en' ? 'English' : 'Welsh (Cymraeg)'}`);
      }
    }
  }
  if (isPlainObject(rule.message)) {
    for (const lang of ['en', 'cy'] as const) {
      for (const [, name] of String(rule.message[lang] ?? '').matchAll(/\{([A-Za-z0-9_.-]+)\}/g)) {
        if (!facts.has(name)) at(`/message/${lang}`, `the placeholder {${name}} is not a fact or setting`, didYouMean(name, facts.keys()));
      }
    }
  }

  checkCondition(rule.conditions, '/conditions', facts, at, true);

  const outcome = rule.outcome ?? {};
  (outcome.referrals ?? []).forEach((referral, index) => {
    if (isPlainObject(referral) && typeof referral.agency === 'string' && !ruleset.agencies[referral.agency]) {
      at(
        `/outcome/referrals/${index}/agency`,
        `unknown agency '${referral.agency}'`,
        didYouMean(referral.agency, Object.keys(ruleset.agencies)) ?? 'add it to "agencies" in ruleset.json first',
      );
    }
  });
  return problems;
}

type Report = (pointer: string, message: string, hint?: string) => void;

function checkCondition(condition: unknown, pointer: string, facts: Map<string, KnownFact>, at: Report, topLevel = false): void {
  if (!isPlainObject(condition)) {
    at(pointer, 'a condition must be an object: { "all": [...] }, { "any": [...] }, { "not": {...} } or { "fact", "operator", "value" }');
    return;
  }
  const groups = ['all', 'any', 'not'].filter((key) => key in condition);
  if (groups.length > 1) {
    at(pointer, `a condition can have only one of "all", "any" or "not", not ${groups.map((g) => `"${g}"`).join(' and ')}`, 'nest one inside the other');
    return;
  }
  if (groups.length === 1) {
    const group = groups[0];
    const inner = condition[group];
    if (group === 'not') {
      checkCondition(inner, `${pointer}/not`, facts, at);
      return;
    }
    if (!Array.isArray(inner)) {
      at(`${pointer}/${group}`, `"${group}" must be a list of conditions`, `write "${group}": [ { … }, { … } ]`);
      return;
    }
    if (inner.length === 0) {
      at(`${pointer}/${group}`, `"${group}" has no conditions`, 'add at least one condition, or delete it');
      return;
    }
    inner.forEach((part, index) => checkCondition(part, `${pointer}/${group}/${index}`, facts, at));
    return;
  }
  if (topLevel) {
    at(pointer, 'the conditions of a rule must start with "all", "any" or "not"', 'wrap the condition: { "all": [ … ] }');
    return;
  }
  checkLeaf(condition, pointer, facts, at);
}

function checkLeaf(leaf: Record<string, unknown>, pointer: string, facts: Map<string, KnownFact>, at: Report): void {
  const unexpected = Object.keys(leaf).filter((key) => !['fact', 'operator', 'value'].includes(key));
  for (const key of unexpected) {
    at(`${pointer}/${key}`, `'${key}' is not part of a condition`, didYouMean(key, ['fact', 'operator', 'value', 'all', 'any', 'not']) ?? 'a condition has "fact", "operator" and "value"');
  }
  for (const key of ['fact', 'operator', 'value']) {
    if (!(key in leaf)) at(pointer, `the condition has no "${key}"`, 'a condition has "fact", "operator" and "value"');
  }
  const { fact, operator, value } = leaf;
  if (typeof fact !== 'string') {
    if ('fact' in leaf) at(`${pointer}/fact`, '"fact" must be the name of an answer, a derived fact or a setting, in quotes');
    return;
  }
  const known = facts.get(fact);
  if (!known) {
    at(`${pointer}/fact`, `unknown fact '${fact}'`, didYouMean(fact, facts.keys()) ?? 'facts are the dotted answer fields of schemas/interview.schema.json, derived facts and settings.… (see docs/rule-files.md)');
  }
  if (typeof operator !== 'string') {
    if ('operator' in leaf) at(`${pointer}/operator`, '"operator" must be the name of an operator, in quotes');
    return;
  }
  if (!allowedOperators.includes(operator)) {
    at(`${pointer}/operator`, `operator '${operator}' is not allowed`, didYouMean(operator, allowedOperators) ?? `use one of: ${allowedOperators.join(', ')}`);
    return;
  }
  if (!known || !('value' in leaf)) return;
  checkOperatorSuitsFact(fact, known, operator, `${pointer}/operator`, at);
  checkValue(fact, known, operator, value, `${pointer}/value`, facts, at);
}

function checkOperatorSuitsFact(fact: string, known: KnownFact, operator: string, pointer: string, at: Report): void {
  if (LIST_OPERATORS.includes(operator) && known.kind !== 'list') {
    at(pointer, `'${operator}' works on a list, but '${fact}' is a single ${known.kind} answer`, 'use "equal" or "in" instead');
  }
  if (NUMBER_OPERATORS.includes(operator) && known.kind !== 'number') {
    at(pointer, `'${operator}' compares numbers, but '${fact}' is ${known.kind === 'list' ? 'a list' : `a ${known.kind} answer`}`, known.kind === 'list' ? 'use "contains" or "containsAny"' : 'use "equal" or "in"');
  }
  if (['equal', 'notEqual', 'in', 'notIn'].includes(operator) && known.kind === 'list') {
    at(pointer, `'${fact}' is a list; '${operator}' compares a single answer`, 'use "contains", "doesNotContain" or "containsAny"');
  }
}

function checkValue(
  fact: string,
  known: KnownFact,
  operator: string,
  value: unknown,
  pointer: string,
  facts: Map<string, KnownFact>,
  at: Report,
): void {
  if (isPlainObject(value)) {
    const other = value.fact;
    if (typeof other !== 'string' || Object.keys(value).length !== 1) {
      at(pointer, 'a value that is an object must be { "fact": "…" } naming a fact or setting to compare with');
    } else if (!facts.has(other)) {
      at(`${pointer}/fact`, `unknown fact '${other}'`, didYouMean(other, facts.keys()));
    }
    return;
  }
  if (operator === 'isAnswered') {
    if (typeof value !== 'boolean') at(pointer, "'isAnswered' takes true or false (without quotes)");
    return;
  }
  if (LIST_VALUE_OPERATORS.includes(operator)) {
    if (!Array.isArray(value)) {
      at(pointer, `'${operator}' needs a list of values`, `write [${describe(value)}]`);
      return;
    }
    value.forEach((item, index) => checkSingleValue(fact, known, item, `${pointer}/${index}`, at));
    return;
  }
  checkSingleValue(fact, known, value, pointer, at);
}

function checkSingleValue(fact: string, known: KnownFact, value: unknown, pointer: string, at: Report): void {
  if (known.values) {
    if (!known.values.includes(value as string)) {
      at(pointer, `${describe(value)} is not a value '${fact}' can have`, didYouMean(String(value), known.values.map(String)) ?? `use one of: ${known.values.join(', ')}`);
    }
    return;
  }
  const expected = known.kind === 'list' ? undefined : known.kind;
  if (expected === 'boolean' && typeof value !== 'boolean') {
    at(pointer, `'${fact}' is a yes/no answer, so the value must be true or false`, typeof value === 'string' ? `write ${value} without quotes` : undefined);
  } else if (expected === 'number' && typeof value !== 'number') {
    at(pointer, `'${fact}' is a number, so the value must be a number`, typeof value === 'string' ? `write ${value} without quotes` : undefined);
  } else if (expected === 'text' && typeof value !== 'string') {
    at(pointer, `'${fact}' is text, so the value must be in quotes`);
  }
}
