// Generates, from schemas/*.schema.json, what the engine needs without shipping Ajv or the schemas:
//  - precompiled validators (Ajv standalone, bundled with esbuild so no `require` or `eval` remains);
//  - the catalogue of answer facts that rules may name (kinds and allowed values);
//  - TypeScript types for the answers, so field names are written once, in the schema;
//  - the words for the assessment's values (levels, urgencies, agreements), written once, in the schema.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url).pathname;
const schemasDir = join(root, 'schemas');
const outDir = join(root, 'packages/engine/src/generated');
const annotationKeywords = ['x-rhi-cy', 'x-rhi-enum-labels'];

/** Maps schema file names to the exported validator names. */
const validatorNames = {
  'interview.schema.json': 'validateInterviewAnswers',
  'assessment.schema.json': 'validateAssessmentShape',
  'scenario.schema.json': 'validateScenarioShape',
  'ruleset.schema.json': 'validateRuleFileShape',
  'interview-fields.schema.json': 'validateInterviewFieldsShape',
  'floor-cases.schema.json': 'validateFloorCasesShape',
};

export async function loadSchemas() {
  const files = (await readdir(schemasDir)).filter((name) => name.endsWith('.schema.json')).sort();
  return Promise.all(
    files.map(async (file) => ({ file, schema: JSON.parse(await readFile(join(schemasDir, file), 'utf8')) })),
  );
}

const annotations = new Set([...annotationKeywords, 'title', 'description', 'examples', '$comment', 'default']);
const schemaMaps = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

/**
 * A copy of a schema without the words for people (titles, descriptions, Welsh labels, examples):
 * they change nothing in validation, and Ajv would otherwise copy them into the shipped code.
 * Keys of `properties` and `definitions` are field names, not annotations, and are kept.
 */
function withoutAnnotations(node, isSchemaMap = false) {
  if (Array.isArray(node)) return node.map((item) => withoutAnnotations(item));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => isSchemaMap || !annotations.has(key))
      .map(([key, value]) => [key, key === 'enum' || key === 'const' ? value : withoutAnnotations(value, !isSchemaMap && schemaMaps.has(key))]),
  );
}

/** An Ajv instance as every shipped validator is compiled: all errors, strict, ESM source output. */
function standaloneAjv() {
  // messages: false — problems are worded from each error's keyword and params (en and cy), never Ajv's English.
  // inlineRefs: false — a definition used in many places (a reason, a text) is one function, not a
  // copy at every use: smaller code, same checks.
  const ajv = new Ajv({ allErrors: true, strict: true, messages: false, inlineRefs: false, code: { source: true, esm: true } });
  addFormats(ajv);
  return ajv;
}

/**
 * Ajv's code with the `schemaPath` of each error left out: problems are worded from the instance
 * path, keyword and params (schema-problems.ts), and the paths were a fifth of the shipped code.
 */
function withoutSchemaPaths(code) {
  const stripped = code.replace(/schemaPath:\s*"(?:[^"\\]|\\.)*",\s*/g, '');
  if (/schemaPath/.test(stripped)) throw new Error('generate-from-schemas: Ajv wrote a schemaPath this build does not recognise; update withoutSchemaPaths.');
  return stripped;
}

/**
 * The standalone code for `exports` (export name → schema id), as one ES module: Ajv's output still
 * `require`s its small runtime helpers, so they are bundled in, and no `require` or `eval` remains
 * (pages under a strict Content-Security-Policy can import it).
 */
async function bundledStandalone(ajv, exports) {
  const bundled = await build({
    stdin: { contents: withoutSchemaPaths(standaloneCode(ajv, exports)), resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    minify: true,
    legalComments: 'none',
  });
  return bundled.outputFiles[0].text;
}

/**
 * A precompiled validator for one schema, as the text of an ES module exporting it as `exportName`.
 * Titles, descriptions and Welsh labels are left out of the code (they change nothing in validation).
 */
export async function standaloneValidatorModule(schema, exportName) {
  const ajv = standaloneAjv();
  const id = schema.$id ?? 'schema.json';
  ajv.addSchema(withoutAnnotations({ ...schema, $id: id }));
  return bundledStandalone(ajv, { [exportName]: id });
}

async function generateValidators(schemas) {
  const ajv = standaloneAjv();
  for (const { schema } of schemas) ajv.addSchema(withoutAnnotations(schema));
  const exports = {};
  for (const { file } of schemas) if (validatorNames[file]) exports[validatorNames[file]] = file;
  await writeFile(join(outDir, 'validators.js'), await bundledStandalone(ajv, exports));
  await writeFile(join(outDir, 'validators.d.ts'), validatorDeclarations(Object.keys(exports)));
}

/** TypeScript declarations for a module of precompiled validators with these export names. */
export function validatorDeclarations(exportNames) {
  return `// Generated by scripts/generate-from-schemas.mjs — do not edit.
export interface SchemaError {
  instancePath: string;
  /** Left out of the shipped validators (see withoutSchemaPaths in scripts/generate-from-schemas.mjs). */
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: SchemaError[] | null;
}
${exportNames.map((name) => `export declare const ${name}: SchemaValidator;`).join('\n')}
`;
}

/** Every answer a rule can name, with what kind of value it holds and which values are allowed. */
function factCatalogue(schema) {
  const facts = {};
  const visit = (node, path) => {
    // An object with no fixed fields (`local`) is not a fact: its fields come from the ruleset.
    if (node.type === 'object' && !node.properties) return;
    if (node.type === 'object') {
      for (const [name, child] of Object.entries(node.properties)) {
        if (name === '$schema') continue;
        visit(child, path ? `${path}.${name}` : name);
      }
      return;
    }
    const entry = { kind: kindOf(node) };
    if (node.enum) entry.values = node.enum;
    // The range of a number, so `rhi validate` can warn about a comparison no answer can meet.
    if (typeof node.minimum === 'number') entry.minimum = node.minimum;
    if (typeof node.maximum === 'number') entry.maximum = node.maximum;
    if (node.type === 'array' && node.items?.enum) entry.values = node.items.enum;
    facts[path] = entry;
  };
  visit(schema, '');
  return facts;
}

function kindOf(node) {
  if (node.type === 'array') return 'list';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'object') return 'object';
  return 'text';
}

async function generateFactCatalogue(interviewSchema) {
  const catalogue = factCatalogue(interviewSchema);
  await writeFile(
    join(outDir, 'answer-fact-catalogue.ts'),
    `// Generated from schemas/interview.schema.json by scripts/generate-from-schemas.mjs — do not edit.
export type FactKind = 'list' | 'number' | 'boolean' | 'object' | 'text';
export interface AnswerFact { kind: FactKind; values?: readonly (string | number | boolean)[]; minimum?: number; maximum?: number }
export const answerFactCatalogue: Record<string, AnswerFact> = ${JSON.stringify(catalogue, null, 2)};
`,
  );
}

/** The definitions of schemas/assessment.schema.json whose values a person reads, as `valueLabels` names them. */
const labelledValues = { riskLevel: 'RiskLevel', urgency: 'Urgency', consent: 'Consent', parentCarerDiscussion: 'ParentCarerDiscussion', offerNotRequiredBecause: 'OfferNotRequiredBecause' };

/**
 * The words for the assessment's values (a level, an urgency, whose agreement is needed), in English
 * and Welsh, from the schema's `x-rhi-enum-labels`: the one place they are written, so the form,
 * panel, wizard, referral summaries and command line cannot word the same value differently.
 */
async function generateValueLabels(assessment) {
  const entries = Object.entries(labelledValues).map(([name, type]) => {
    const definition = assessment.definitions[name];
    const labels = definition?.['x-rhi-enum-labels'];
    for (const lang of ['en', 'cy']) {
      const missing = (definition?.enum ?? [undefined]).filter((value) => !labels?.[lang]?.[value]);
      if (missing.length > 0) throw new Error(`generate-from-schemas: schemas/assessment.schema.json#/definitions/${name} has no ${lang} label for ${missing.join(', ')}; add it under "x-rhi-enum-labels"."${lang}"`);
    }
    return `  ${name}: ${JSON.stringify({ en: labels.en, cy: labels.cy })} satisfies Record<Language, Record<${type}, string>>,`;
  });
  await writeFile(
    join(outDir, 'value-labels.ts'),
    `// Generated from schemas/assessment.schema.json (x-rhi-enum-labels) by scripts/generate-from-schemas.mjs — do not edit.
import type { ${[...Object.values(labelledValues), 'Language'].sort().join(', ')} } from '../types.js';

export const valueLabels = {
${entries.join('\n')}
};
`,
  );
}

/** TypeScript types for one schema, named after its titles (referenced schemas are read from schemas/). */
async function generateTypes(schema, typeName, schemaFile, outFile) {
  const stripped = JSON.parse(JSON.stringify(schema, (key, value) => (annotationKeywords.includes(key) ? undefined : value)));
  const types = await compile(stripped, typeName, {
    bannerComment: `// Generated from schemas/${schemaFile} by scripts/generate-from-schemas.mjs — do not edit.`,
    additionalProperties: false,
    declareExternallyReferenced: true,
    cwd: schemasDir,
    format: false,
  });
  await writeFile(join(outDir, outFile), types);
}

/** The interview validator on its own, for pages: they need neither the rule-file nor the scenario validator. */
async function generateInterviewValidator(interview) {
  await writeFile(join(outDir, 'interview-validator.js'), await standaloneValidatorModule(interview, 'validateInterviewAnswers'));
  await writeFile(join(outDir, 'interview-validator.d.ts'), validatorDeclarations(['validateInterviewAnswers']));
}

export async function generateFromSchemas() {
  await mkdir(outDir, { recursive: true });
  const schemas = await loadSchemas();
  const interview = schemas.find(({ file }) => file === 'interview.schema.json').schema;
  const scenario = schemas.find(({ file }) => file === 'scenario.schema.json').schema;
  const assessment = schemas.find(({ file }) => file === 'assessment.schema.json').schema;
  await Promise.all([
    generateValidators(schemas),
    generateInterviewValidator(interview),
    generateFactCatalogue(interview),
    generateValueLabels(assessment),
    generateTypes(interview, 'InterviewAnswers', 'interview.schema.json', 'interview-answers.ts'),
    generateTypes(scenario, 'Scenario', 'scenario.schema.json', 'scenario.ts'),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await generateFromSchemas();
