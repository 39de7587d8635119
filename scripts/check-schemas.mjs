// Checks schemas/*.schema.json: they compile under Ajv strict mode, the scenarios in test/scenarios
// (and any rule files in rules/) validate, every property has a title and description (and Welsh text
// in the interview schema), every enum value has English and Welsh labels, and the ruleset schema's
// list of facts matches the interview schema. Run: node scripts/check-schemas.mjs
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const root = new URL('..', import.meta.url).pathname;
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const problems = [];
const problem = (message) => problems.push(message);

const text = { type: 'string', minLength: 1 };
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword({
  keyword: 'x-rhi-cy',
  metaSchema: { type: 'object', properties: { title: text, description: text }, required: ['title', 'description'], additionalProperties: false },
});
ajv.addKeyword({
  keyword: 'x-rhi-enum-labels',
  metaSchema: {
    type: 'object',
    properties: { en: { type: 'object', additionalProperties: text }, cy: { type: 'object', additionalProperties: text } },
    required: ['en', 'cy'],
    additionalProperties: false,
  },
});

const names = ['interview', 'assessment', 'scenario', 'ruleset', 'interview-fields', 'referral', 'floor-cases'];
const schemas = Object.fromEntries(names.map((n) => [n, read(join(root, 'schemas', `${n}.schema.json`))]));
for (const [name, schema] of Object.entries(schemas)) {
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') problem(`${name}: $schema must be draft-07`);
  if (schema.$id !== `${name}.schema.json`) problem(`${name}: $id must be ${name}.schema.json`);
  ajv.addSchema(schema);
}
const validators = Object.fromEntries(names.map((n) => [n, ajv.getSchema(`${n}.schema.json`)]));

// --- annotations ---------------------------------------------------------------------------------
const resolve = (schema, node) => {
  const ref = node.$ref ?? (node.allOf?.length === 1 ? node.allOf[0].$ref : undefined);
  if (!ref) return node;
  const [file, pointer = ''] = ref.split('#');
  const base = file ? schemas[file.replace('.schema.json', '')] : schema;
  return pointer.split('/').filter(Boolean).reduce((n, key) => n[key], base);
};
const walk = (node, visit, path = '#', parent = null) => {
  if (!node || typeof node !== 'object') return;
  visit(node, path, parent);
  for (const [key, child] of Object.entries(node)) {
    // `if` subschemas only test the data (they describe nothing), so they need no titles or labels.
    if (key.startsWith('x-rhi-') || key === 'examples' || key === 'enum' || key === 'if') continue;
    if (key === 'properties' || key === 'definitions') {
      for (const [name, sub] of Object.entries(child)) walk(sub, visit, `${path}/${key}/${name}`, { key, node });
    } else if (typeof child === 'object') walk(child, visit, `${path}/${key}`, { key, node });
  }
};
for (const [name, schema] of Object.entries(schemas)) {
  walk(schema, (node, path, parent) => {
    if (parent?.key === 'properties') {
      const target = resolve(schema, node);
      const title = node.title ?? target.title;
      const description = node.description ?? target.description;
      if (!title || !description) problem(`${name}${path}: needs a title and a description`);
      if (name === 'interview' && !(node['x-rhi-cy']?.title && node['x-rhi-cy']?.description)) problem(`${name}${path}: needs x-rhi-cy title and description`);
    }
    if (node.enum) {
      const labels = node['x-rhi-enum-labels'] ?? (parent?.key === 'items' ? parent.node['x-rhi-enum-labels'] : undefined);
      for (const lang of ['en', 'cy']) {
        const given = labels?.[lang] ?? {};
        for (const value of node.enum) if (!given[value]) problem(`${name}${path}: enum value "${value}" has no ${lang} label`);
        for (const key of Object.keys(given)) if (!node.enum.includes(key)) problem(`${name}${path}: ${lang} label for unknown value "${key}"`);
      }
    }
  });
}

// --- the ruleset schema's fact list matches the interview schema -----------------------------------
const leafPaths = (node, path, out = []) => {
  // `local` has no fixed fields: each ruleset adds its own (interview-fields.schema.json).
  if (node.type === 'object' && !node.properties && path === 'local') return out;
  if (node.type === 'object' && node.properties && !(node.properties.en && node.properties.cy)) {
    for (const [name, child] of Object.entries(node.properties)) if (name !== '$schema') leafPaths(child, path ? `${path}.${name}` : name, out);
  } else out.push(path);
  return out;
};
const factExamples = schemas.ruleset.definitions.factCondition.properties.fact.examples;
const expectedFacts = [...leafPaths(schemas.interview, ''), ...leafPaths(schemas.ruleset.properties.settings, 'settings')];
for (const fact of expectedFacts) if (!factExamples.includes(fact)) problem(`ruleset: fact examples lack "${fact}"`);
for (const fact of factExamples) {
  if (fact.includes('.') && !expectedFacts.includes(fact)) problem(`ruleset: fact example "${fact}" is not in interview.schema.json or settings`);
}

// --- data files ----------------------------------------------------------------------------------
const jsonFiles = (dir) =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? jsonFiles(path) : entry.endsWith('.json') ? [path] : [];
  });
const check = (validator, path, data = read(path)) => {
  if (!validator(data)) for (const e of validator.errors) problem(`${path.replace(root, '')}${e.instancePath ? ` ${e.instancePath}` : ''}: ${e.message} ${JSON.stringify(e.params)}`);
};
const scenarios = jsonFiles(join(root, 'test/scenarios'));
for (const file of scenarios) check(validators.scenario, file);
const ruleFiles = jsonFiles(join(root, 'rules')).filter((f) => /(^|\/)(ruleset|[^/]*\.rules)\.json$/.test(f));
for (const file of ruleFiles) check(validators.ruleset, file);
const localFieldFiles = jsonFiles(join(root, 'rules')).filter((f) => f.endsWith('/interview-fields.schema.json'));
for (const file of localFieldFiles) check(validators['interview-fields'], file);
const floorCaseFiles = jsonFiles(join(root, 'rules')).filter((f) => f.endsWith('/floor-cases.json'));
for (const file of floorCaseFiles) check(validators['floor-cases'], file);

// --- a few things that must be rejected --------------------------------------------------------------
const mustFail = [
  ['interview', { child: { dateOfBirht: '2010-01-01' } }, 'a mistyped field'],
  ['interview', { indicators: ['county-lines', 'county-lines'] }, 'a repeated indicator'],
  ['interview', { episode: { returnedAt: '2026-03-02 19:30' } }, 'a date-time without T and offset'],
  ['interview', { outcomes: { baseline: { confidence: 6 } } }, 'a rating above 5'],
  ['ruleset', { rules: [{ id: 'risk.x', description: { en: 'a', cy: 'a' }, message: { en: 'a', cy: 'a' }, conditions: { fact: 'indicators', operator: 'contains', value: 'fgm' }, outcome: { riskLevel: 'high' } }] }, 'a leaf condition at the top level'],
  ['ruleset', { rules: [{ id: 'risk.x', description: { en: 'a', cy: 'a' }, message: { en: 'a', cy: 'a' }, conditions: { all: [], any: [] }, outcome: { riskLevel: 'high' } }] }, 'both all and any'],
  ['ruleset', { rules: [{ id: 'risk.x', description: { en: 'a', cy: 'a' }, message: { en: 'a', cy: 'a' }, conditions: { all: [{ fact: 'ageInYears', operator: 'lessThan', value: '13' }] }, outcome: { riskLevel: 'high' } }] }, 'a text value for lessThan'],
  ['ruleset', { rules: [{ id: 'risk.x', description: { en: 'a', cy: 'a' }, message: { en: 'a', cy: 'a' }, conditions: { all: [{ fact: 'ageInYears', operator: 'lessThan', value: 13 }] }, outcome: {} }] }, 'an empty outcome'],
  ['ruleset', { settings: { overnight: { from: '24:00' } } }, 'a time of 24:00'],
  ['ruleset', { description: { en: 'English only' } }, 'text without Welsh'],
  ['interview-fields', { properties: { seen: { type: 'boolean', title: 'Seen', description: 'Seen.' } } }, 'a question without Welsh'],
  ['interview-fields', { properties: { seen: { type: 'object', title: 'a', description: 'b', 'x-rhi-cy': { title: 'c', description: 'd' } } } }, 'an object question'],
];
for (const [name, data, what] of mustFail) if (validators[name](data)) problem(`${name}.schema.json accepts ${what}`);

for (const p of problems) console.log(p);
console.log(`${scenarios.length} scenarios, ${ruleFiles.length + localFieldFiles.length} rule files, ${mustFail.length} rejection checks: ${problems.length ? `${problems.length} problems` : 'all good'}`);
process.exit(problems.length ? 1 : 0);
