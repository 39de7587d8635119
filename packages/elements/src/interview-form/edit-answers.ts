/**
 * What typing does to the record: the answers and the half-typed boxes that go with them. Pure, so
 * a change flows one way: the form hands over what it holds, takes back the next record and
 * renders from that.
 */
import { pathText, valueAt, withItemRemoved, withValueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { datePartsOf, readDateParts, type DatePartName } from './date-parts.js';
import type { RawInput, RawInputs } from './validate-answers.js';

/** The answers with what was typed but does not make an answer yet. */
export interface TypedRecord {
  answers: Answers;
  rawInputs: RawInputs;
}

/** One box of a date (or date and time) typed into; the answer is set once every box reads as a date. */
export function withDatePartTyped(
  record: TypedRecord,
  path: AnswerPath,
  part: DatePartName,
  text: string,
  withTime: boolean,
  timeZone: string,
): TypedRecord {
  const key = pathText(path);
  const earlier = record.rawInputs[key];
  // Boxes of a stored date with no typed parts yet show the answer's parts: start from those.
  const shown = earlier?.kind === 'date' ? earlier.parts : datePartsOf(valueAt(record.answers, path), withTime, timeZone);
  const parts = { ...shown, [part]: text };
  const reading = readDateParts(parts, withTime, timeZone);
  const rawInputs = { ...record.rawInputs, [key]: { kind: 'date', parts } as RawInput };
  const value = reading.kind === 'complete' ? reading.value : undefined;
  // Typed parts stay as typed until the date is left, so a box is never rewritten under the
  // caret ("0" becoming "00" mid-minute); leaving a complete date shows the stored answer.
  if (reading.kind === 'empty') delete rawInputs[key];
  return { answers: withValueAt(record.answers, path, value), rawInputs };
}

/**
 * A number box typed into: text that is not a number of the question's kind (a whole number for
 * `type: integer`, a decimal such as 3.5 or -0.25 for `type: number`) is kept as typed, with no
 * answer, so nothing typed is lost and the form can say what is wrong.
 */
export function withNumberTyped(record: TypedRecord, path: AnswerPath, text: string, wholeNumber = true): TypedRecord {
  const key = pathText(path);
  const trimmed = text.trim();
  const readable = wholeNumber ? /^-?\d+$/.test(trimmed) : /^-?(\d+(\.\d*)?|\.\d+)$/.test(trimmed);
  const value = readable ? Number(trimmed) : undefined;
  const rawInputs = { ...record.rawInputs };
  if (value === undefined && trimmed !== '') rawInputs[key] = { kind: 'number', text };
  else delete rawInputs[key];
  return { answers: withValueAt(record.answers, path, value), rawInputs };
}

/** The typed boxes once a question is left: a date that reads as an answer shows that answer. */
export function rawInputsAfterLeaving(record: TypedRecord, path: AnswerPath): RawInputs {
  const key = pathText(path);
  if (record.rawInputs[key]?.kind !== 'date' || valueAt(record.answers, path) === undefined) return record.rawInputs;
  const { [key]: _settled, ...rest } = record.rawInputs;
  return rest;
}

/** An item taken out of a list: its typed boxes go, and those of later items move up one place. */
export function withItemTakenOut(record: TypedRecord, listPath: AnswerPath, index: number): TypedRecord {
  const itemKey = pathText([...listPath, index]);
  const rawInputs: RawInputs = {};
  for (const [key, raw] of Object.entries(record.rawInputs)) {
    // An item's own boxes (a list of numbers or dates) go with it, as do those of its questions.
    if (key === itemKey || key.startsWith(`${itemKey}.`)) continue;
    rawInputs[shiftIndex(key, listPath, index)] = raw;
  }
  return { answers: withItemRemoved(record.answers, listPath, index), rawInputs };
}

/** `list.3.x` becomes `list.2.x` when item 2 of `list` is removed. */
function shiftIndex(key: string, listPath: AnswerPath, removed: number): string {
  const prefix = `${pathText(listPath)}.`;
  if (!key.startsWith(prefix)) return key;
  const [index, ...rest] = key.slice(prefix.length).split('.');
  const position = Number(index);
  if (!Number.isInteger(position) || position < removed) return key;
  return [pathText(listPath), position - 1, ...rest].join('.');
}
