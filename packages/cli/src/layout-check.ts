/**
 * `rhi validate` for a ruleset folder's form layout (interview.layout.json), which the engine
 * never reads: the file against schemas/interview-layout.schema.json, then every question it
 * places, reveals or hides against the ruleset's interview schema (the national questions and the
 * locality's own under `local`), and every page it goes after against the pages there are. Each
 * problem is located at file:line:column, as for rule files, so a misspelt question is found
 * before the build (which stops on it) or a portal (whose form would silently miss it).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { closestMatch, interviewSchemaFor, locate, readJsonFile, validateAnswers, type Language, type Problem, type ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { isPlainObject } from './json-input.js';
import { schemaForHints } from './schema-hints.js';
import type { Words } from './words.js';

export const FORM_LAYOUT_FILE = 'interview.layout.json';

type Json = Record<string, unknown>;

let layoutValidator: ReturnType<Ajv['compile']> | undefined;

/** Every question path the schema has, with the questions of list items under the list's path. */
function questionPaths(schema: unknown, prefix = '', into = new Set<string>()): Set<string> {
  const node = isPlainObject(schema) && isPlainObject(schema.items) ? schema.items : schema;
  if (!isPlainObject(node) || !isPlainObject(node.properties)) return into;
  for (const [name, child] of Object.entries(node.properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    into.add(path);
    questionPaths(child, path, into);
  }
  return into;
}

/** The page ids a locality's page may go after: the national layout's and the layout's own. */
function pageIds(layout: unknown): string[] {
  const pages = isPlainObject(layout) && Array.isArray(layout.pages) ? layout.pages : [];
  return pages.flatMap((page) => (isPlainObject(page) && typeof page.id === 'string' ? [page.id] : []));
}

export async function layoutProblems(folder: string, ruleset: ResolvedRuleset, lang: Language, words: Words): Promise<Problem[]> {
  const path = join(folder, FORM_LAYOUT_FILE);
  if (!existsSync(path)) return [];
  const file = relative(process.cwd(), path) || path;
  const jsonFile = await readJsonFile(path, file, lang);
  if (jsonFile.problems.length > 0) return jsonFile.problems;
  const layoutSchema = schemaForHints('interview-layout.schema.json');
  if (!layoutSchema) return [];
  layoutValidator ??= new Ajv({ allErrors: true, strict: false }).compile(layoutSchema);
  // The engine's schema words for the layout schema's own rules (a missing title, a blank Welsh text).
  const shapeProblems = validateAnswers(jsonFile.value, file, layoutSchema, lang, layoutValidator as never);
  if (shapeProblems.length > 0) return shapeProblems.map((problem) => locate(problem, jsonFile));

  const layout = jsonFile.value as Json;
  const baseSchema = schemaForHints('interview.schema.json');
  const known = questionPaths(baseSchema ? interviewSchemaFor(baseSchema as Json, ruleset) : {});
  const problems: Problem[] = [];
  const unknownQuestion = (question: string, pointer: string) => {
    const nearest = closestMatch(question, known);
    problems.push(locate({ file, pointer, message: words.validate.layoutUnknownQuestion(question), hint: nearest ? words.validate.didYouMean(nearest) : words.validate.layoutUnknownQuestionHint }, jsonFile));
  };

  // Questions: a path, or { path, reveal: [{ fields }], fields } (a list's item questions, relative to it).
  const placements = (fields: unknown, pointer: string, prefix: string) => {
    if (!Array.isArray(fields)) return;
    fields.forEach((placement, index) => {
      const at = `${pointer}/${index}`;
      const question = typeof placement === 'string' ? placement : isPlainObject(placement) && typeof placement.path === 'string' ? placement.path : undefined;
      if (question === undefined) return;
      const full = prefix ? `${prefix}.${question}` : question;
      if (!known.has(full)) unknownQuestion(full, typeof placement === 'string' ? at : `${at}/path`);
      if (!isPlainObject(placement)) return;
      placements(placement.fields, `${at}/fields`, full);
      if (Array.isArray(placement.reveal)) placement.reveal.forEach((reveal, revealIndex) => isPlainObject(reveal) && placements(reveal.fields, `${at}/reveal/${revealIndex}/fields`, prefix));
    });
  };
  const pages = Array.isArray(layout.pages) ? layout.pages : [];
  const ids = [...pageIds(schemaForHints('interview.layout.json')), ...pageIds(layout)];
  pages.forEach((page, index) => {
    if (!isPlainObject(page)) return;
    placements(page.fields, `/pages/${index}/fields`, '');
    if (typeof page.after === 'string' && !ids.includes(page.after)) {
      const nearest = closestMatch(page.after, ids);
      problems.push(locate({ file, pointer: `/pages/${index}/after`, message: words.validate.layoutUnknownPage(page.after), hint: nearest ? words.validate.didYouMean(nearest) : words.validate.layoutPagesAre(ids) }, jsonFile));
    }
  });
  if (Array.isArray(layout.hide)) {
    layout.hide.forEach((question, index) => typeof question === 'string' && !known.has(question) && unknownQuestion(question, `/hide/${index}`));
  }
  return problems;
}
