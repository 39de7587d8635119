/**
 * Checks a resolved ruleset for the mistakes the schema cannot see: unknown facts, operators that
 * do not suit the fact, values a field never takes, unknown agencies, actions without a name,
 * missing settings and Welsh, local questions that do not suit their kind, and shared answers
 * the interview does not have.
 * Each problem names the file and the JSON pointer where the provider wrote it.
 */
import { allowedOperators } from './operators.js';
import { isKnownTimeZone } from './local-time.js';
import { knownFacts, type KnownFact } from './known-facts.js';
import { checkLocalFields } from './local-fields.js';
import { ownValue } from './own-keys.js';
import { checkSharedAnswers } from './shared-answers.js';
import { didYouMean } from './suggest.js';
import { wordsFor, type ProblemWords } from './problem-words.js';
import type { Language, Problem, ResolvedRule, ResolvedRuleset } from './types.js';

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

export function checkRuleset(ruleset: ResolvedRuleset, lang: Language = 'en'): Problem[] {
  const w = wordsFor(lang);
  const problems: Problem[] = [];
  const manifestFile = ruleset.origins?.manifest ?? `${ruleset.id}/ruleset.json`;
  problems.push(...checkSettings(ruleset, manifestFile, w));
  if (problems.length > 0) return problems; // facts from settings cannot be listed until settings are whole
  problems.push(...checkLocalFields(ruleset, lang));
  const facts = knownFacts(ruleset.settings, ruleset.localFields);
  for (const [agencyId, agency] of Object.entries(ruleset.agencies)) {
    if (!agency.name?.en?.trim() || !agency.name?.cy?.trim()) {
      problems.push({
        file: ownValue(ruleset.origins?.agencies, agencyId) ?? manifestFile,
        pointer: `/agencies/${agencyId}`,
        message: w.agencyNoName(agencyId),
        hint: w.agencyNoNameHint,
      });
    }
  }
  for (const [actionId, action] of Object.entries(ruleset.actions ?? {})) {
    if (!action.name?.en?.trim() || !action.name?.cy?.trim()) {
      problems.push({
        file: ownValue(ruleset.origins?.actions, actionId) ?? manifestFile,
        pointer: `/actions/${actionId}`,
        message: w.actionNoName(actionId),
        hint: w.actionNoNameHint,
      });
    }
    // The schema cannot say "one of the two" in words a provider reads; this check can.
    if (action.due && (action.due.withinHours === undefined) === (action.due.withinSetting === undefined)) {
      problems.push({
        file: ownValue(ruleset.origins?.actions, actionId) ?? manifestFile,
        pointer: `/actions/${actionId}/due`,
        message: w.actionDueHours(actionId),
        hint: w.actionDueHoursHint,
      });
    }
  }
  problems.push(...checkSharedAnswers(ruleset, manifestFile, w, lang));
  for (const [pointer, message, hint] of descriptionPlaceholderProblems(ruleset.description, facts, w, lang)) {
    problems.push({ file: manifestFile, pointer, message, ...(hint ? { hint } : {}) });
  }
  for (const rule of ruleset.rules) problems.push(...checkRule(rule, facts, ruleset, w, lang));
  return problems;
}

/**
 * A description is read without an interview (in the listing for sign-off), so the only
 * placeholders it can have are settings: `{settings.repeatEpisodes.withinDays}` keeps a copied
 * description true when the copy changes the setting. Returns [pointer, message, hint] triples.
 */
function descriptionPlaceholderProblems(description: unknown, facts: Map<string, KnownFact>, w: ProblemWords, lang: Language): [string, string, string | undefined][] {
  if (!isPlainObject(description)) return [];
  const settings = [...facts.keys()].filter((name) => name.startsWith('settings.'));
  const found: [string, string, string | undefined][] = [];
  for (const textLang of ['en', 'cy'] as const) {
    for (const [, name] of String(description[textLang] ?? '').matchAll(/\{([A-Za-z0-9_.-]+)\}/g)) {
      if (!settings.includes(name)) found.push([`/description/${textLang}`, w.descriptionPlaceholderNotSetting(name), didYouMean(name, settings, lang) ?? w.descriptionPlaceholderHint]);
    }
  }
  return found;
}

function checkSettings(ruleset: ResolvedRuleset, file: string, w: ProblemWords): Problem[] {
  const problems: Problem[] = [];
  for (const path of REQUIRED_SETTINGS) {
    let value: unknown = ruleset.settings;
    for (const step of path.split('.')) value = isPlainObject(value) ? ownValue(value, step) : undefined;
    if (value === undefined) {
      problems.push({
        file,
        pointer: `/settings/${path.replaceAll('.', '/')}`,
        message: w.settingNoValue(path),
        hint: w.settingNoValueHint,
      });
    }
  }
  const { timeZone } = ruleset.settings;
  if (typeof timeZone === 'string' && !isKnownTimeZone(timeZone)) {
    problems.push({
      file: ruleset.origins?.settings.timeZone ?? file,
      pointer: '/settings/timeZone',
      message: w.unknownTimeZone(timeZone),
      hint: w.unknownTimeZoneHint,
    });
  }
  return problems;
}

function checkRule(rule: ResolvedRule, facts: Map<string, KnownFact>, ruleset: ResolvedRuleset, w: ProblemWords, lang: Language): Problem[] {
  const problems: Problem[] = [];
  const at = (pointer: string, message: string, hint?: string) =>
    problems.push({ file: rule.source.file, pointer: `${rule.source.pointer}${pointer}`, message, ...(hint ? { hint } : {}) });

  for (const field of ['description', 'message'] as const) {
    for (const textLang of ['en', 'cy'] as const) {
      const text = rule[field]?.[textLang];
      if (typeof text !== 'string' || text.trim() === '') {
        at(`/${field}/${textLang}`, w.ruleMissingText(rule.id, textLang, field), w.ruleMissingTextHint(textLang, field));
      }
    }
  }
  if (isPlainObject(rule.message)) {
    for (const textLang of ['en', 'cy'] as const) {
      for (const [, name] of String(rule.message[textLang] ?? '').matchAll(/\{([A-Za-z0-9_.-]+)\}/g)) {
        if (!facts.has(name)) at(`/message/${textLang}`, w.placeholderNotFact(name), didYouMean(name, facts.keys(), lang));
      }
    }
  }

  for (const [pointer, message, hint] of descriptionPlaceholderProblems(rule.description, facts, w, lang)) at(pointer, message, hint);

  checkCondition(rule.conditions, '/conditions', facts, at, w, lang, true);

  const outcome = rule.outcome ?? {};
  (outcome.referrals ?? []).forEach((referral, index) => {
    if (isPlainObject(referral) && typeof referral.agency === 'string' && !ownValue(ruleset.agencies, referral.agency)) {
      at(
        `/outcome/referrals/${index}/agency`,
        w.unknownAgency(referral.agency),
        didYouMean(referral.agency, Object.keys(ruleset.agencies), lang) ?? w.unknownAgencyHint,
      );
    }
  });
  const actions = ruleset.actions ?? {};
  (outcome.actions ?? []).forEach((actionId, index) => {
    if (typeof actionId === 'string' && !ownValue(actions, actionId)) {
      at(`/outcome/actions/${index}`, w.unknownAction(actionId), didYouMean(actionId, Object.keys(actions), lang) ?? w.unknownActionHint(actionId));
    }
  });
  return problems;
}

type Report = (pointer: string, message: string, hint?: string) => void;

function checkCondition(
  condition: unknown,
  pointer: string,
  facts: Map<string, KnownFact>,
  at: Report,
  w: ProblemWords,
  lang: Language,
  topLevel = false,
): void {
  if (!isPlainObject(condition)) {
    at(pointer, w.conditionNotObject);
    return;
  }
  const groups = ['all', 'any', 'not'].filter((key) => Object.hasOwn(condition, key));
  if (groups.length > 1) {
    at(pointer, w.onlyOneGroup(groups), w.onlyOneGroupHint);
    return;
  }
  if (groups.length === 1) {
    const group = groups[0];
    const inner = condition[group];
    if (group === 'not') {
      checkCondition(inner, `${pointer}/not`, facts, at, w, lang);
      return;
    }
    if (!Array.isArray(inner)) {
      at(`${pointer}/${group}`, w.groupMustBeList(group), w.groupMustBeListHint(group));
      return;
    }
    if (inner.length === 0) {
      at(`${pointer}/${group}`, w.groupEmpty(group), w.groupEmptyHint);
      return;
    }
    inner.forEach((part, index) => checkCondition(part, `${pointer}/${group}/${index}`, facts, at, w, lang));
    return;
  }
  if (topLevel) {
    at(pointer, w.conditionsMustStartWithGroup, w.conditionsMustStartWithGroupHint);
    return;
  }
  checkLeaf(condition, pointer, facts, at, w, lang);
}

function checkLeaf(leaf: Record<string, unknown>, pointer: string, facts: Map<string, KnownFact>, at: Report, w: ProblemWords, lang: Language): void {
  const unexpected = Object.keys(leaf).filter((key) => !['fact', 'operator', 'value'].includes(key));
  for (const key of unexpected) {
    at(`${pointer}/${key}`, w.notPartOfCondition(key), didYouMean(key, ['fact', 'operator', 'value', 'all', 'any', 'not'], lang) ?? w.conditionPartsHint);
  }
  for (const key of ['fact', 'operator', 'value']) {
    if (!Object.hasOwn(leaf, key)) at(pointer, w.conditionHasNo(key), w.conditionPartsHint);
  }
  const { fact, operator, value } = leaf;
  if (typeof fact !== 'string') {
    if (Object.hasOwn(leaf, 'fact')) at(`${pointer}/fact`, w.factMustBeName);
    return;
  }
  const known = facts.get(fact);
  if (!known) {
    at(`${pointer}/fact`, w.unknownFact(fact), didYouMean(fact, facts.keys(), lang) ?? w.unknownFactHint);
  }
  if (typeof operator !== 'string') {
    if (Object.hasOwn(leaf, 'operator')) at(`${pointer}/operator`, w.operatorMustBeName);
    return;
  }
  if (!allowedOperators.includes(operator)) {
    at(`${pointer}/operator`, w.operatorNotAllowed(operator), didYouMean(operator, allowedOperators, lang) ?? w.useOneOf(allowedOperators.join(', ')));
    return;
  }
  if (!known || !Object.hasOwn(leaf, 'value')) return;
  checkOperatorSuitsFact(fact, known, operator, `${pointer}/operator`, at, w);
  checkValue(fact, known, operator, value, `${pointer}/value`, facts, at, w, lang);
}

function checkOperatorSuitsFact(fact: string, known: KnownFact, operator: string, pointer: string, at: Report, w: ProblemWords): void {
  if (LIST_OPERATORS.includes(operator) && known.kind !== 'list') {
    at(pointer, w.listOperatorOnSingle(operator, fact, known.kind), w.useEqualOrIn);
  }
  if (NUMBER_OPERATORS.includes(operator) && known.kind !== 'number') {
    at(pointer, w.numberOperatorOnOther(operator, fact, known.kind), known.kind === 'list' ? w.useContainsOrContainsAny : w.useEqualOrInShort);
  }
  if (['equal', 'notEqual', 'in', 'notIn'].includes(operator) && known.kind === 'list') {
    at(pointer, w.singleOperatorOnList(fact, operator), w.useListOperators);
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
  w: ProblemWords,
  lang: Language,
): void {
  if (isPlainObject(value)) {
    const other = value.fact;
    if (typeof other !== 'string' || Object.keys(value).length !== 1) {
      at(pointer, w.valueObjectMustNameFact);
    } else if (!facts.has(other)) {
      at(`${pointer}/fact`, w.unknownFact(other), didYouMean(other, facts.keys(), lang));
    }
    return;
  }
  if (operator === 'isAnswered') {
    if (typeof value !== 'boolean') at(pointer, w.isAnsweredTakesBoolean);
    return;
  }
  if (LIST_VALUE_OPERATORS.includes(operator)) {
    if (!Array.isArray(value)) {
      at(pointer, w.operatorNeedsList(operator), w.writeList(describe(value)));
      return;
    }
    value.forEach((item, index) => checkSingleValue(fact, known, item, `${pointer}/${index}`, at, w, lang));
    return;
  }
  checkSingleValue(fact, known, value, pointer, at, w, lang);
}

function checkSingleValue(fact: string, known: KnownFact, value: unknown, pointer: string, at: Report, w: ProblemWords, lang: Language): void {
  if (known.values) {
    if (!known.values.includes(value as string)) {
      at(pointer, w.notAValueOf(describe(value), fact), didYouMean(String(value), known.values.map(String), lang) ?? w.useOneOf(known.values.join(', ')));
    }
    return;
  }
  const expected = known.kind === 'list' ? undefined : known.kind;
  if (expected === 'boolean' && typeof value !== 'boolean') {
    // "true" in quotes is one keystroke from right; "yes" is not JSON at all, so name the two words.
    const quotedBoolean = value === 'true' || value === 'false';
    at(pointer, w.yesNoValue(fact), quotedBoolean ? w.writeWithoutQuotes(value) : w.writeTrueOrFalse);
  } else if (expected === 'number' && typeof value !== 'number') {
    at(pointer, w.numberValue(fact), typeof value === 'string' ? w.writeWithoutQuotes(value) : undefined);
  } else if (expected === 'text' && typeof value !== 'string') {
    at(pointer, w.textValue(fact));
  }
}
