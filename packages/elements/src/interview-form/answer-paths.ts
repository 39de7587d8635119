/**
 * Reading and writing answers by path without mutating them: every change makes a new answers
 * object, so lit sees the change and a draft written earlier is never altered under it.
 */
export type Answers = Record<string, unknown>;
export type AnswerPath = (string | number)[];

export function pathText(path: AnswerPath): string {
  return path.join('.');
}

export function valueAt(answers: unknown, path: AnswerPath): unknown {
  let node: unknown = answers;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** Empty text and empty lists count as no answer, so they are removed rather than stored. */
export function isNoAnswer(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * A copy of the answers with one value set (or removed when it is no answer). Objects left empty
 * by a removal are removed too; items of a list are kept even when empty, since the interviewer
 * added them on purpose: an item of a list of objects as `{}`, one of a list of values as `null`.
 */
export function withValueAt(answers: Answers, path: AnswerPath, value: unknown): Answers {
  return (setIn(answers, path, 0, value) as Answers | undefined) ?? {};
}

function setIn(node: unknown, path: AnswerPath, index: number, value: unknown): unknown {
  if (index === path.length) return isNoAnswer(value) ? undefined : value;
  const step = path[index]!;
  if (typeof step === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    const item = setIn(list[step], path, index + 1, value);
    list[step] = item ?? (isPlainRecord(list[step]) ? {} : null);
    return list;
  }
  const record = typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...(node as Answers) } : {};
  const child = setIn(record[step], path, index + 1, value);
  if (child === undefined || (isPlainRecord(child) && Object.keys(child).length === 0)) delete record[step];
  else record[step] = child;
  return record;
}

function isPlainRecord(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of the answers without the value at a path (and without objects left empty). */
export function withoutValueAt(answers: Answers, path: AnswerPath): Answers {
  return withValueAt(answers, path, undefined);
}

/** A copy of a list in the answers with one item removed. */
export function withItemRemoved(answers: Answers, listPath: AnswerPath, index: number): Answers {
  const list = valueAt(answers, listPath);
  if (!Array.isArray(list)) return answers;
  return withValueAt(answers, listPath, list.filter((_, position) => position !== index));
}
