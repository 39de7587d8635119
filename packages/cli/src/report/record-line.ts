/**
 * One line of a records file for `rhi report`: bare answers, or a record
 * `{ "id"?, "childId"?, "answers", "assessment"?, "referrals"?, "now"? }` (docs/reporting.md).
 * Every part is checked against its schema; a line that fails becomes one located problem
 * (`file:line:column  message`), and the report goes on without it.
 */
import { formatProblem, locate, parseJsonText, pointerStep, validateAnswers, validateAssessment, type Language, type Problem, type ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { isPlainObject } from '../json-input.js';
import { localAnswerProblems } from '../local-answers.js';
import { parseMoment } from '../moment.js';
import { schemaForHints } from '../schema-hints.js';
import { referralPackageProblems } from './referral-package-check.js';
import type { AssessmentFigures, ReferralPackageFigures, ReportAnswers, ReportRecord } from './report-record.js';
import type { ReportWords } from './report-words.js';

const RECORD_FIELDS = ['id', 'childId', 'answers', 'assessment', 'referrals', 'now'];

export type RecordLine = { record: ReportRecord } | { problem: string };

interface LineContext {
  file: string;
  line: number;
  text: string;
  lang: Language;
}

/** The first problem, placed at its line and column in the file. */
function located({ file, line, text }: LineContext, problems: readonly Problem[], pointerPrefix = ''): { problem: string } {
  const [first] = problems;
  const found = locate({ ...first, pointer: `${pointerPrefix}${first.pointer}` }, parseJsonText(file, text));
  // The line is parsed alone, so its "line 1" is the file's line `line`.
  return { problem: formatProblem({ ...found, file, line, column: found.column ?? 1 }) };
}

/** Reads and checks one non-blank line. */
export async function readRecordLine(context: LineContext, ruleset: ResolvedRuleset, words: ReportWords): Promise<RecordLine> {
  const { file, line, text, lang } = context;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return located(context, parseJsonText(file, text, lang).problems);
  }
  if (!isPlainObject(value)) return { problem: `${file}:${line}:1  ${words.line.notAnObject}` };
  const wrapped = 'answers' in value;
  const record = wrapped ? value : { answers: value };
  if (wrapped) {
    const unknown = Object.keys(record).find((name) => !RECORD_FIELDS.includes(name));
    if (unknown !== undefined) return located(context, [{ file, pointer: `/${pointerStep(unknown)}`, message: words.line.unknownField(unknown) }]);
  }
  const prefix = wrapped ? '/answers' : '';

  const { id, childId, answers, assessment, referrals, now } = record;
  if (childId !== undefined && (typeof childId !== 'string' || childId.trim() === '')) {
    return located(context, [{ file, pointer: '/childId', message: words.line.badChildId }]);
  }
  const answerProblems = validateAnswers(answers, file, schemaForHints('interview.schema.json'), lang);
  if (answerProblems.length > 0) return located(context, answerProblems, prefix);
  const localProblems = await localAnswerProblems(answers, ruleset, file, lang);
  if (localProblems.length > 0) return located(context, localProblems, prefix);
  if (assessment !== undefined) {
    const problems = validateAssessment(assessment, file, lang);
    if (problems.length > 0) return located(context, problems, '/assessment');
  }
  if (referrals !== undefined) {
    const problems = await referralPackageProblems(referrals, file, lang);
    if (problems.length > 0) return located(context, problems, '/referrals');
  }
  const moment = now === undefined ? undefined : typeof now === 'string' ? parseMoment(now) : undefined;
  if (now !== undefined && moment === undefined) return located(context, [{ file, pointer: '/now', message: words.line.badNow }]);

  return {
    record: {
      // The record's own id (a string or number), kept for exports that name each row.
      ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}),
      ...(childId === undefined ? {} : { childId: childId as string }),
      answers: answers as ReportAnswers & Record<string, unknown>,
      ...(assessment === undefined ? {} : { assessment: assessment as AssessmentFigures }),
      ...(referrals === undefined ? {} : { referralPackage: referrals as ReferralPackageFigures }),
      ...(moment === undefined ? {} : { now: moment }),
    },
  };
}
