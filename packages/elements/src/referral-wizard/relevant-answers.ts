/**
 * The answers that bear on one referral, and only those (information sharing: share only what is
 * necessary). Which answers bear on it is read from the rules that recommended the agency, so a
 * locality's own rules and questions are covered without code: what a rule reads is what it needs.
 */
import { derivedFacts, isSignpost, sharedAnswersFor, type Condition, type DerivedFactName, type Reason, type ResolvedRuleset } from '@rhi-toolkit/engine';
import { isNoAnswer, valueAt, type Answers } from '../interview-form/answer-paths.js';
import { questionAt } from '../interview-form/field-tree.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import type { UiWords } from '../i18n/ui-words.js';
import { answerText, questionLabel } from '../shared/answer-words.js';
import type { AnswerLine } from './referral-types.js';

export interface RelevantAnswersInput {
  agency: string;
  /** The rules that recommended the agency (none for an agency the worker added). */
  reasons: Reason[];
  ruleset: ResolvedRuleset;
  answers: Answers;
  /** The schema that names the answers (`schemaForNaming`). */
  schema: JsonSchema;
  words: UiWords;
}

/** Every value of a list answer is wanted, or only those a condition names. */
type Wanted = 'every-value' | Set<unknown>;

/**
 * The answers that bear on a referral, written out: the answers the ruleset shares with this agency
 * (`sharedAnswers`: which child and which episode, and the agency's own additions) first, then the
 * answers the recommending rules read, in the schema's order. A signpost is sent nothing. A list answer shows only the choices the rules
 * asked about (the indicators that led to this referral, not every indicator). The child's own
 * words appear only if a recommending rule reads them.
 */
export function relevantAnswers(input: RelevantAnswersInput): AnswerLine[] {
  const { agency, reasons, ruleset, answers, schema, words } = input;
  if (isSignpost(ruleset, agency)) return [];
  const shared = sharedAnswersFor(ruleset, agency);
  const readByRules = answersReadByRules(reasons, ruleset);
  const order = schemaOrder(schema);
  const position = (path: string) => order.get(path) ?? Number.MAX_SAFE_INTEGER;
  const ruled = [...readByRules.keys()].filter((path) => !shared.includes(path));
  // Array.prototype.sort is stable, so paths the schema does not know keep their first-seen order.
  ruled.sort((a, b) => position(a) - position(b));
  const lines: AnswerLine[] = [];
  for (const path of [...shared, ...ruled]) {
    const value = wantedPart(valueAt(answers, path.split('.')), readByRules.get(path) ?? 'every-value');
    if (isNoAnswer(value)) continue;
    const line = answerLine(path, value, schema, words, ruleset.settings.timeZone);
    if (line.value.trim() !== '') lines.push(line);
  }
  return lines;
}

/** The answer paths the conditions of the reasons' rules read, with the list values they name. */
function answersReadByRules(reasons: Reason[], ruleset: ResolvedRuleset): Map<string, Wanted> {
  const read = new Map<string, Wanted>();
  const want = (path: string, values: Wanted) => {
    const known = read.get(path);
    if (known === 'every-value' || values === 'every-value') read.set(path, 'every-value');
    else read.set(path, new Set([...(known ?? []), ...values]));
  };
  const visit = (condition: Condition) => {
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    // What must be absent for a rule to fire is not something the agency needs to be told.
    else if ('not' in condition) return;
    else {
      const reference = factReference(condition.value);
      const named: Wanted = reference || condition.operator === 'isAnswered' ? 'every-value' : new Set(literalValues(condition.value));
      for (const fact of reference ? [condition.fact, reference] : [condition.fact]) {
        // A derived fact (an age, a count of episodes) is worked out from whole answers.
        const wanted = Object.hasOwn(derivedFacts, fact) ? 'every-value' : named;
        for (const path of answerPathsOf(fact)) want(path, wanted);
      }
    }
  };
  const ruleIds = new Set(reasons.map((reason) => reason.ruleId));
  for (const rule of ruleset.rules) if (ruleIds.has(rule.id)) visit(rule.conditions);
  return read;
}

/** The answers a fact stands for: itself, the answers a derived fact is worked out from, or none for a setting. */
function answerPathsOf(fact: string): string[] {
  if (fact.startsWith('settings.')) return [];
  return Object.hasOwn(derivedFacts, fact) ? derivedFacts[fact as DerivedFactName].sources : [fact];
}

function factReference(value: unknown): string | undefined {
  const fact = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { fact?: unknown }).fact : undefined;
  return typeof fact === 'string' ? fact : undefined;
}

function literalValues(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function wantedPart(value: unknown, wanted: Wanted): unknown {
  if (wanted === 'every-value' || !Array.isArray(value)) return value;
  return value.filter((item) => wanted.has(item));
}

function answerLine(path: string, value: unknown, schema: JsonSchema, words: UiWords, timeZone: string): AnswerLine {
  const question = questionAt(schema, path);
  const label = questionLabel(schema, path, words);
  if (question) return { path, label, value: answerText(question, value, words, timeZone) };
  return { path, label, value: Array.isArray(value) ? words.list(value.map(String)) : String(value) };
}

const orders = new WeakMap<JsonSchema, Map<string, number>>();

/** Each answer path's place in the schema (depth first, in property order), to list answers as the record does. */
function schemaOrder(schema: JsonSchema): Map<string, number> {
  let order = orders.get(schema);
  if (order) return order;
  const found = new Map<string, number>();
  const visit = (node: JsonSchema, prefix: string) => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (property.type === 'object' && property.properties) visit(property, path);
      else found.set(path, found.size);
    }
  };
  visit(schema, '');
  order = found;
  orders.set(schema, order);
  return order;
}
