/**
 * The corpus of JSON Schemas written by other people (issue 16, Deliver 6): form-library
 * playground samples and published examples, each with its sample data, kept in
 * test/fixtures/schema-corpus/ with their source and licence in manifest.json and SOURCES.md.
 * This test keeps the corpus honest before any browser test leans on it: every file listed and
 * every listed file present, each schema compiles with Ajv for its draft (strict off, as a host's
 * schema would be, with ajv-formats), each sample is valid — or invalid where the manifest says
 * the source's sample is deliberately wrong, and why — the licences are ones we may copy into an
 * MIT test folder, and the keywords the manifest claims are the ones the schema really uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv07 from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { corpusKeywords } from './corpus-keywords.js';

const folder = new URL('../fixtures/schema-corpus/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));

type Entry = {
  id: string; schema: string; data: string; repository: string; path: string; commit: string; url: string;
  licence: string; draft: '07' | '2020-12'; sample: 'source' | 'written-here' | 'adapted'; valid: boolean;
  invalidBecause?: string; keywords: string[];
};
const manifest: Entry[] = readJson('manifest.json');

/** Licences that allow copying a schema, with its notice, into this MIT-licensed test folder. */
const allowedLicences = new Set(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'BSD-3-Clause OR AFL-3.0', 'CC0-1.0', 'CC-BY-4.0']);

function validatorFor(draft: Entry['draft']) {
  const options = { strict: false, allErrors: true };
  // ajv-formats' default export is typed for CommonJS; under tsx it is the plugin function itself.
  const withFormats = (ajv: InstanceType<typeof Ajv07>) => { (addFormats as unknown as (a: typeof ajv) => void)(ajv); return ajv; };
  if (draft === '2020-12') return withFormats(new (Ajv2020 as unknown as typeof Ajv07)(options));
  if (draft === '07') return withFormats(new (Ajv07 as unknown as typeof Ajv07)(options));
  throw new Error(`no validator for draft ${draft as string}`);
}

test('the corpus holds at least 30 schemas written by other people', () => {
  assert.ok(manifest.length >= 30, `only ${manifest.length} entries`);
  assert.equal(new Set(manifest.map((entry) => entry.id)).size, manifest.length, 'ids are unique');
});

test('every file the manifest lists exists, and every file in the folder is listed', () => {
  const listed = new Set(['manifest.json', 'SOURCES.md', ...manifest.flatMap((entry) => [entry.schema, entry.data])]);
  for (const name of listed) assert.ok(existsSync(new URL(name, folder)), `${name} is listed but missing`);
  const unlisted = readdirSync(folder).filter((name) => !listed.has(name));
  assert.deepEqual(unlisted, [], 'files in the folder that the manifest does not list');
  for (const entry of manifest) {
    assert.match(entry.schema, /^\d\d-[a-z0-9-]+\.schema\.json$/, entry.schema);
    assert.equal(entry.data, entry.schema.replace('.schema.json', '.data.json'));
  }
});

test('every entry names its source, commit and an allowed licence, and SOURCES.md mentions it', () => {
  const sources = readFileSync(new URL('SOURCES.md', folder), 'utf8');
  for (const entry of manifest) {
    assert.ok(allowedLicences.has(entry.licence), `${entry.id}: licence ${entry.licence} is not on the allow-list`);
    assert.match(entry.repository, /^[\w.-]+\/[\w.-]+$/, `${entry.id}: repository`);
    assert.match(entry.commit, /^[0-9a-f]{40}$/, `${entry.id}: commit`);
    assert.ok(entry.url.startsWith(`https://github.com/${entry.repository}/blob/${entry.commit}/`), `${entry.id}: url`);
    assert.ok(['source', 'written-here', 'adapted'].includes(entry.sample), `${entry.id}: sample`);
    assert.ok(entry.valid || (entry.invalidBecause ?? '').length > 0, `${entry.id}: an invalid sample says why`);
    assert.ok(sources.includes(entry.schema), `${entry.id}: SOURCES.md does not mention ${entry.schema}`);
  }
});

for (const entry of manifest) {
  test(`${entry.id}: compiles with Ajv (draft ${entry.draft}) and its sample is ${entry.valid ? 'valid' : 'invalid, as the manifest says'}`, () => {
    const schema = readJson(entry.schema);
    const data = readJson(entry.data);
    const validate = validatorFor(entry.draft).compile(schema);
    const verdict = validate(data);
    assert.equal(verdict, entry.valid, `${entry.id}: ${JSON.stringify(validate.errors)}`);
  });

  test(`${entry.id}: the manifest's keywords are the ones the schema uses`, () => {
    assert.deepEqual(entry.keywords, corpusKeywords(readJson(entry.schema)));
  });
}

test('the corpus covers the keywords issue 16 asks the form to render', () => {
  const covered = new Set(manifest.flatMap((entry) => entry.keywords));
  const wanted = ['required', 'required-nested', 'required-in-array-items', '$ref', 'definitions', '$defs', 'recursive-$ref',
    'array-of-strings', 'array-of-numbers', 'array-of-enums', 'number', 'integer', 'enum-of-numbers', 'enum-of-booleans', 'oneOf-const-title',
    'anyOf-const-title', 'const', 'default', 'readOnly', 'format:email', 'format:uri', 'format:date', 'format:date-time', 'format:time',
    'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'if-then-else',
    'dependentRequired', 'dependencies-required', 'dependentSchemas', 'dependencies-schemas', 'oneOf-objects', 'anyOf-objects', 'allOf',
    'additionalProperties', 'long-enum', 'root-title', 'root-description', 'root-not-object', 'tuple-items', 'exclusiveMinimum', 'errorMessage'];
  assert.deepEqual(wanted.filter((keyword) => !covered.has(keyword)), []);
});
