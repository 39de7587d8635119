/** Reads JSON files so that every problem can be shown at its line and column. */
import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { wordsFor } from '../problem-words.js';
import type { Language, Problem } from '../types.js';
import { decodeUtf8 } from './utf8-text.js';

export interface JsonFile {
  /** The path as shown to people (relative to where the command was run). */
  file: string;
  text: string;
  value?: unknown;
  tree?: Node;
  problems: Problem[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line += 1;
  return { line: line + 1, column: offset - starts[line] + 1 };
}

/**
 * How deep JSON may nest. The deepest real file (a rule's conditions) is under 20 levels; a file
 * thousands of levels deep would overflow the stack of the parser and checkers that walk it, so it
 * is refused first with a message at the place it goes too deep.
 */
export const MAX_JSON_NESTING = 200;

/** The problem with JSON text nested deeper than MAX_JSON_NESTING, found without recursion. */
export function nestingProblem(file: string, text: string, lang: Language = 'en'): Problem | undefined {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset += 1) {
    const character = text[offset];
    if (inString) {
      if (character === '\\') offset += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{' || character === '[') {
      depth += 1;
      if (depth > MAX_JSON_NESTING) {
        const w = wordsFor(lang);
        return { file, pointer: '', ...positionOf(text, offset), message: w.nestedTooDeep(MAX_JSON_NESTING), hint: w.nestedTooDeepHint };
      }
    } else if (character === '}' || character === ']') depth -= 1;
  }
  return undefined;
}

/** Parses JSON text strictly (no comments, no trailing commas), reporting syntax errors with positions. */
export function parseJsonText(file: string, text: string, lang: Language = 'en'): JsonFile {
  const w = wordsFor(lang);
  const tooDeep = nestingProblem(file, text, lang);
  if (tooDeep) return { file, text, problems: [tooDeep] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (text.trim() === '') {
    return { file, text, problems: [{ file, pointer: '', line: 1, column: 1, message: w.fileEmpty, hint: w.fileEmptyHint }] };
  }
  if (errors.length > 0 || !tree) {
    const problems = errors.slice(0, 5).map((error) => {
      const code = printParseErrorCode(error.error);
      return {
        file,
        pointer: '',
        ...positionOf(text, error.offset),
        message: w.notValidJson(w.parseErrors[code] ?? code),
        hint: code === 'CommaExpected' || code === 'PropertyNameExpected' ? w.checkCommaHint : undefined,
      } satisfies Problem;
    });
    return { file, text, problems };
  }
  return { file, text, tree, value: getNodeValue(tree), problems: [] };
}

export async function readJsonFile(path: string, file = path, lang: Language = 'en'): Promise<JsonFile> {
  const w = wordsFor(lang);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? w.fileDoesNotExist : code === 'EISDIR' ? w.isAFolder : code === 'EACCES' ? w.permissionDenied : w.cannotRead(code);
    return { file, text: '', problems: [{ file, pointer: '', message }] };
  }
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) {
    const { line, column, value } = decoded.badByte;
    return { file, text: '', problems: [{ file, pointer: '', line, column, message: w.notUtf8(value), hint: w.notUtf8Hint }] };
  }
  return parseJsonText(file, decoded.text, lang);
}

function pointerSteps(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

/** Adds the line and column of the problem's pointer (or the nearest existing parent) in the file. */
export function locate(problem: Problem, jsonFile: JsonFile | undefined): Problem {
  if (!jsonFile?.tree || problem.line !== undefined) return problem;
  let steps = pointerSteps(problem.pointer);
  let node: Node | undefined;
  while (!(node = findNodeAtLocation(jsonFile.tree, steps)) && steps.length > 0) steps = steps.slice(0, -1);
  node ??= jsonFile.tree;
  // Point at the field name rather than its value: that is where people look.
  const target = node.parent?.type === 'property' ? node.parent : node;
  return { ...problem, ...positionOf(jsonFile.text, target.offset) };
}

/** `file:line:column  message — hint (at /json/pointer)`: one line per problem, as editors and CI understand. */
export function formatProblem(problem: Problem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  const pointer = problem.pointer ? ` (at ${problem.pointer})` : '';
  return `${where}  ${problem.message}${hint}${pointer}`;
}
