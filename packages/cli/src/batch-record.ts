/**
 * One line of a batch file: bare answers, or `{ "id", "answers", "now"? }`. A bad line becomes an
 * error naming the line (and column), and the batch goes on.
 */
import { formatProblem, locate, nestingProblem, parseJsonText, validateAnswers, type Assessor, type Language, type Problem } from '@rhi-toolkit/engine/node';
import { isPlainObject } from './json-input.js';
import { localAnswerProblems } from './local-answers.js';
import { parseMoment } from './moment.js';
import { schemaForHints } from './schema-hints.js';
import type { Words } from './words.js';

export type BatchResult =
  | { line: number; id?: unknown; assessment: unknown }
  | { line: number; id?: unknown; error: string };

/** `file:line:column  message` for the problems of one line, joined: the line's error. */
function located(text: string, file: string, line: number, problems: readonly Problem[], pointerPrefix = ''): string {
  const parsed = parseJsonText(file, text);
  return problems
    .map((problem) => {
      const found = locate({ ...problem, pointer: `${pointerPrefix}${problem.pointer}` }, parsed);
      // The line's text is parsed alone, so its "line 1" is the batch file's line `line`.
      return formatProblem({ ...found, file, line, column: found.column ?? 1 });
    })
    .join('; ');
}

export async function assessBatchLine(
  text: string,
  line: number,
  file: string,
  assessor: Assessor,
  defaults: { now: string; lang: Language },
  words: Words,
): Promise<BatchResult> {
  const tooDeep = nestingProblem(file, text, words.lang);
  if (tooDeep) return { line, error: formatProblem({ ...tooDeep, line }) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, error: located(text, file, line, parseJsonText(file, text, words.lang).problems.slice(0, 1)) };
  }
  if (!isPlainObject(value)) return { line, error: `${file}:${line}:1  ${words.input.notAnObject}` };

  const wrapped = 'answers' in value;
  const answers = wrapped ? value.answers : value;
  const id = wrapped ? value.id : undefined;
  const withId = id === undefined ? {} : { id };
  const problems = validateAnswers(answers, file, schemaForHints('interview.schema.json'), words.lang);
  if (problems.length > 0) return { line, ...withId, error: located(text, file, line, problems, wrapped ? '/answers' : '') };
  const localProblems = await localAnswerProblems(answers, assessor.ruleset, file, words.lang);
  if (localProblems.length > 0) return { line, ...withId, error: located(text, file, line, localProblems, wrapped ? '/answers' : '') };

  let now = defaults.now;
  if (wrapped && value.now !== undefined) {
    const given = typeof value.now === 'string' ? parseMoment(value.now) : undefined;
    if (!given) return { line, ...withId, error: located(text, file, line, [{ file, pointer: '/now', message: words.input.badScenarioNow }]) };
    now = given;
  }
  const assessment = await assessor.assess(answers, { now, lang: defaults.lang });
  return { line, ...withId, assessment };
}
