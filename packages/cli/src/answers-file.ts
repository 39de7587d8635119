/**
 * Reads the answers to assess: a bare answers object, or a scenario file whose `answers`,
 * `ruleset` and `now` are used (the command line wins over the scenario).
 */
import { locate, validateAnswers, type JsonFile, type Language, type Problem, type ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { CommandFailure } from './command-failure.js';
import { isPlainObject, problemLines, readJsonOrStop } from './json-input.js';
import { localAnswerProblems } from './local-answers.js';
import { parseMoment } from './moment.js';
import { schemaForHints } from './schema-hints.js';
import type { Words } from './words.js';

export interface AnswersFile {
  file: string;
  answers: Record<string, unknown>;
  /** The ruleset a scenario names. */
  ruleset?: string;
  /** The moment a scenario gives, as an ISO instant. */
  now?: string;
  /** The file as read, and where the answers are in it, to locate later problems. */
  jsonFile: JsonFile;
  answersPointer: '' | '/answers';
}

/** A scenario has its answers under `answers`, beside a ruleset or a moment. */
function isScenario(value: Record<string, unknown>): boolean {
  return isPlainObject(value.answers) && ('ruleset' in value || 'now' in value || 'expect' in value);
}

function stopWith(problems: readonly Problem[], jsonFile: JsonFile, pointerPrefix: string): void {
  const located = problems.map((problem) => locate({ ...problem, pointer: `${pointerPrefix}${problem.pointer}` }, jsonFile));
  if (located.length > 0) throw new CommandFailure(problemLines(located));
}

/** Stops with one located line per schema problem, each naming the field by its dotted path. */
export function checkAnswers(answers: unknown, jsonFile: JsonFile, pointerPrefix = '', lang: Language = 'en'): void {
  stopWith(validateAnswers(answers, jsonFile.file, schemaForHints('interview.schema.json'), lang), jsonFile, pointerPrefix);
}

/** Stops when the answers' local questions do not fit the ruleset's (known only once the ruleset is chosen). */
export async function checkLocalAnswers(answersFile: AnswersFile, ruleset: ResolvedRuleset, lang: Language = 'en'): Promise<void> {
  const { answers, jsonFile, answersPointer } = answersFile;
  stopWith(await localAnswerProblems(answers, ruleset, jsonFile.file, lang), jsonFile, answersPointer);
}

export async function readAnswersFile(path: string, words: Words): Promise<AnswersFile> {
  const jsonFile = await readJsonOrStop(path, words);
  const { value } = jsonFile;
  if (!isPlainObject(value)) throw new CommandFailure(problemLines([locate({ file: path, pointer: '', message: words.input.notAnObject }, jsonFile)]));
  if (!isScenario(value)) {
    checkAnswers(value, jsonFile, '', words.lang);
    return { file: path, answers: value, jsonFile, answersPointer: '' };
  }
  checkAnswers(value.answers, jsonFile, '/answers', words.lang);
  const found: AnswersFile = { file: path, answers: value.answers as Record<string, unknown>, jsonFile, answersPointer: '/answers' };
  if (typeof value.ruleset === 'string') found.ruleset = value.ruleset;
  if (value.now !== undefined) {
    const now = typeof value.now === 'string' ? parseMoment(value.now) : undefined;
    if (!now) {
      throw new CommandFailure(problemLines([locate({ file: path, pointer: '/now', message: words.input.badScenarioNow }, jsonFile)]));
    }
    found.now = now;
  }
  return found;
}
