/**
 * A locality's own interview questions: the fields of the answers' `local` section, written in its
 * ruleset folder's `interview-fields.schema.json`. A ruleset keeps the questions of the ruleset it
 * extends and may add more. Each question becomes a fact `local.<name>` that rules may name, and
 * the interview schema that answers are checked against (and the form renders) gains it.
 */
import type { AnswerFact, FactKind } from './generated/answer-fact-catalogue.js';
import { ownValue, setOwn } from './own-keys.js';
import { pointerStep } from './schema-problems.js';
import { wordsFor, type ProblemWords } from './problem-words.js';
import type { Language, LocalField, LocalFields, LocalFieldsFile, Problem, ResolvedRuleset, RuleFileSource } from './types.js';

/** The file name of a ruleset folder's questions. */
export const LOCAL_FIELDS_FILE = 'interview-fields.schema.json';

/** The section of the answers that holds the locality's questions. */
export const LOCAL_SECTION = 'local';

/** Question names are one camelCase word, like the other answer fields, so `local.<name>` reads as a fact. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;

const COMMON_KEYWORDS = ['type', 'title', 'description', 'x-rhi-cy'];

/**
 * Names every JavaScript object already has ('constructor', 'valueOf', 'toString'…): a question
 * under one of them could be mistaken for the built-in by code that reads the answers (a host's
 * page, a case system), so it gets a message of its own rather than a puzzling one later.
 */
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The keywords each kind of question may use besides the common ones. */
const KEYWORDS_BY_TYPE: Record<LocalField['type'], string[]> = {
  boolean: [],
  string: ['enum', 'x-rhi-enum-labels', 'maxLength', 'format'],
  integer: ['minimum', 'maximum'],
  number: ['minimum', 'maximum'],
  array: ['items', 'uniqueItems', 'x-rhi-enum-labels'],
};

type JsonObject = Record<string, unknown>;
type LocalFieldsSource = RuleFileSource & { content: LocalFieldsFile };


function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Is this file (a path or a name) a ruleset folder's interview-fields file? */
export function isLocalFieldsFile(file: string): boolean {
  return file === LOCAL_FIELDS_FILE || file.endsWith(`/${LOCAL_FIELDS_FILE}`) || file.endsWith(`\\${LOCAL_FIELDS_FILE}`);
}

export function isLocalFieldsSource(source: RuleFileSource): source is LocalFieldsSource {
  return isLocalFieldsFile(source.file);
}

/**
 * The inherited questions plus those of this ruleset's file. A name the ruleset already inherits is
 * a problem: answers stored under it would mean two things.
 */
export function composeLocalFields(
  inherited: ResolvedRuleset | undefined,
  source: LocalFieldsSource | undefined,
  problems: Problem[],
  w: ProblemWords,
): { localFields: LocalFields; origins: Record<string, string> } {
  const properties: Record<string, LocalField> = {};
  const origins: Record<string, string> = {};
  for (const [name, field] of Object.entries(inherited?.localFields?.properties ?? {})) setOwn(properties, name, field);
  for (const [name, file] of Object.entries(inherited?.origins?.localFields ?? {})) setOwn(origins, name, file);
  const added = isPlainObject(source?.content.properties) ? source.content.properties : {};
  for (const [name, field] of Object.entries(added)) {
    if (Object.hasOwn(properties, name)) {
      problems.push({
        file: source!.file,
        pointer: `/properties/${pointerStep(name)}`,
        message: w.localFieldInherited(name, ownValue(origins, name) ?? inherited?.id ?? ''),
        hint: w.localFieldInheritedHint,
      });
      continue;
    }
    setOwn(properties, name, field);
    setOwn(origins, name, source!.file);
  }
  return { localFields: { properties }, origins };
}

function kindOf(field: LocalField): FactKind {
  if (field.type === 'array') return 'list';
  if (field.type === 'integer' || field.type === 'number') return 'number';
  if (field.type === 'boolean') return 'boolean';
  return 'text';
}

/** The choices of a question (one choice or several), if it has any. */
function choicesOf(field: LocalField): string[] | undefined {
  return field.type === 'array' ? field.items?.enum : field.enum;
}

/** The facts rules may name for the questions: `local.<name>`, with kind and allowed values. */
export function localFieldFacts(localFields: LocalFields | undefined): Record<string, AnswerFact> {
  const facts: Record<string, AnswerFact> = {};
  for (const [name, field] of Object.entries(localFields?.properties ?? {})) {
    const values = choicesOf(field);
    const range = {
      ...(typeof field.minimum === 'number' ? { minimum: field.minimum } : {}),
      ...(typeof field.maximum === 'number' ? { maximum: field.maximum } : {}),
    };
    facts[`${LOCAL_SECTION}.${name}`] = { kind: kindOf(field), ...(values ? { values } : {}), ...range };
  }
  return facts;
}

/** The schema of the answers' `local` section: exactly these questions, nothing else. */
export function localSectionSchema(localFields: LocalFields | undefined): JsonObject {
  const properties = Object.fromEntries(
    Object.entries(localFields?.properties ?? {}).map(([name, field]) => [
      name,
      field.type === 'array' ? { ...field, uniqueItems: true } : { ...field },
    ]),
  );
  return { type: 'object', properties, additionalProperties: false };
}

/**
 * The interview schema for one ruleset: the base schema with `local` holding exactly the
 * ruleset's questions. The form renders it; answers for this ruleset are checked against it.
 */
export function interviewSchemaFor(baseSchema: JsonObject, ruleset: Pick<ResolvedRuleset, 'id' | 'localFields'>): JsonObject {
  const baseProperties = isPlainObject(baseSchema.properties) ? baseSchema.properties : {};
  const baseLocal = isPlainObject(baseProperties[LOCAL_SECTION]) ? baseProperties[LOCAL_SECTION] : {};
  return {
    ...baseSchema,
    $id: `${ruleset.id}.interview.schema.json`,
    properties: { ...baseProperties, [LOCAL_SECTION]: { ...baseLocal, ...localSectionSchema(ruleset.localFields) } },
  };
}

/** Mistakes in the questions that the file's schema cannot see: names, keywords for the kind, labels. */
export function checkLocalFields(ruleset: ResolvedRuleset, lang: Language = 'en'): Problem[] {
  const w = wordsFor(lang);
  const problems: Problem[] = [];
  for (const [name, field] of Object.entries(ruleset.localFields?.properties ?? {})) {
    const file = ownValue(ruleset.origins?.localFields, name) ?? `${ruleset.id}/${LOCAL_FIELDS_FILE}`;
    const at = (pointer: string, message: string, hint?: string) =>
      problems.push({ file, pointer: `/properties/${pointerStep(name)}${pointer}`, message, ...(hint ? { hint } : {}) });

    if (!FIELD_NAME.test(name)) at('', w.localFieldName(name), w.localFieldNameHint);
    else if (RESERVED_NAMES.has(name)) at('', w.localFieldReservedName(name), w.localFieldReservedNameHint);
    const allowed = [...COMMON_KEYWORDS, ...(ownValue(KEYWORDS_BY_TYPE, field.type) ?? [])];
    for (const keyword of Object.keys(field)) {
      if (!allowed.includes(keyword)) at(`/${keyword}`, w.keywordNotForKind(keyword, field.type), w.keywordNotForKindHint);
    }
    if (field.type === 'array' && !field.items) at('', w.listNeedsChoices(name), w.listNeedsChoicesHint);
    checkChoiceLabels(name, field, at, w);
  }
  return problems;
}

function checkChoiceLabels(name: string, field: LocalField, at: (pointer: string, message: string, hint?: string) => void, w: ProblemWords): void {
  const choices = choicesOf(field) ?? [];
  const labels = field['x-rhi-enum-labels'];
  for (const labelLang of ['en', 'cy'] as const) {
    const given = ownValue(labels, labelLang) ?? {};
    for (const value of choices) {
      if (typeof ownValue(given, value) !== 'string') {
        at(labels ? `/x-rhi-enum-labels/${labelLang}` : '', w.choiceNoLabel(value, name, labelLang), w.choiceNoLabelHint(value, labelLang));
      }
    }
    for (const value of Object.keys(given)) {
      if (!choices.includes(value)) at(`/x-rhi-enum-labels/${labelLang}/${pointerStep(value)}`, w.labelForNoChoice(value, name), w.labelForNoChoiceHint);
    }
  }
}
