// `rhi compile-schema` and the engine's compileSchemaModule: a host's own schema becomes an ES
// module with no eval whose validator gives the same verdicts as Ajv itself, warnings for what
// Ajv ignores, and located errors for input that is not a schema.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { compileSchemaModule } from '@rhi-toolkit/engine/node';
import { runRhi, repositoryRoot } from '../cli/run-rhi.js';
import { sampleSchemas, type SampleSchema } from './sample-schemas.js';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

/** Ajv as a host would compile the schema at run time, for the verdicts the module must match. */
function ajvAtTestTime(schema: Record<string, unknown>): Validator {
  const AjvClass = String(schema.$schema).includes('2020-12') ? Ajv2020 : Ajv;
  const ajv = new AjvClass({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  return ajv.compile(schema) as Validator;
}

function verdict(validate: Validator, data: unknown): { valid: boolean; errors: string[] } {
  const valid = validate(data);
  return { valid, errors: (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`).sort() };
}

let folder: string;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rhi-compile-schema-'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function compiledWithRhi(sample: SampleSchema, index: number, ...extra: string[]) {
  const schemaFile = join(folder, `schema-${index}.json`);
  const out = join(folder, `validator-${index}.js`);
  await writeFile(schemaFile, JSON.stringify(sample.schema, null, 2));
  const result = runRhi(['compile-schema', schemaFile, '--out', out, ...extra]);
  return { ...result, schemaFile, out };
}

describe('rhi compile-schema', () => {
  sampleSchemas.forEach((sample, index) => {
    it(`compiles ${sample.name} into a module with Ajv's verdicts and no eval`, async () => {
      const { status, stderr, out, schemaFile } = await compiledWithRhi(sample, index);
      assert.equal(status, 0, stderr);
      const warningLines = stderr.split('\n').filter((line) => line.includes('  warning: '));
      for (const expected of sample.warnings ?? []) {
        assert.ok(warningLines.some((line) => line.startsWith(`${schemaFile}  warning: `) && line.includes(expected)), `no warning about ${expected}:\n${stderr}`);
      }
      if (!sample.warnings) assert.deepEqual(warningLines, []);

      const code = await readFile(out, 'utf8');
      // Ajv's helpers keep their own source as a string ('require("ajv/dist/runtime/…")'): never called.
      assert.doesNotMatch(code, /\beval\(|new Function|\bFunction\(|(?<!['"])\brequire\(/);
      const module = (await import(`${pathToFileURL(out).href}?${index}`)) as { default: Validator; validate: Validator };
      assert.equal(module.default, module.validate, 'the default export is the named validator');

      const reference = ajvAtTestTime(sample.schema);
      const verdicts = sample.samples.map((data) => verdict(module.default, data));
      assert.deepEqual(
        verdicts,
        sample.samples.map((data) => verdict(reference, data)),
      );
      // The samples must tell a validator that accepts everything from a real one.
      assert.ok(verdicts.some(({ valid }) => valid) && verdicts.some(({ valid }) => !valid), 'samples both valid and invalid');
    });
  });

  it('writes what compileSchemaModule returns: one implementation for the command and for build tools', async () => {
    const sample = sampleSchemas[0];
    const { status, out } = await compiledWithRhi(sample, 100);
    assert.equal(status, 0);
    const { code, warnings, dialect } = await compileSchemaModule(sample.schema);
    assert.equal(await readFile(out, 'utf8'), code);
    assert.deepEqual(warnings, []);
    assert.equal(dialect, 'draft-07');
  });

  it('takes the dialect from $schema, and refuses one Ajv cannot compile with a pointer to it', async () => {
    const schema = { type: 'object', properties: { age: { type: 'integer', exclusiveMinimum: 0 } } };
    for (const [$schema, dialect] of [
      ['http://json-schema.org/draft-06/schema#', 'draft-06'],
      ['https://json-schema.org/draft/2019-09/schema', '2019-09'],
      ['https://json-schema.org/draft/2020-12/schema', '2020-12'],
    ]) {
      assert.equal((await compileSchemaModule({ $schema, ...schema })).dialect, dialect);
    }
    await assert.rejects(compileSchemaModule({ $schema: 'http://json-schema.org/draft-04/schema#', ...schema }), { code: 'RHI_UNSUPPORTED_DIALECT', pointer: '/$schema' });
    await assert.rejects(compileSchemaModule({ properties: { age: { minimum: 'ten' } } }), { code: 'RHI_NOT_A_SCHEMA', pointer: '/properties/age/minimum' });
  });

  it("is the compiler the build uses: the toolkit's interview validator is what it writes, strict", async () => {
    const { standaloneValidatorModule } = await import('../../packages/engine/src/node/schema-module.js');
    const interview = JSON.parse(await readFile(join(repositoryRoot, 'schemas/interview.schema.json'), 'utf8'));
    const built = await readFile(join(repositoryRoot, 'packages/engine/src/generated/interview-validator.js'), 'utf8');
    assert.equal(await standaloneValidatorModule(interview, 'validateInterviewAnswers'), built);
    // Strict for the toolkit's own schemas: what a host's schema gets as a warning stops the build.
    await assert.rejects(standaloneValidatorModule({ type: 'object', properties: { postcode: { type: 'string', format: 'uk-postcode' } } }, 'validate'), /unknown format "uk-postcode"/);
  });

  it('names the validator with --export and keeps messages with --messages', async () => {
    const sample = sampleSchemas[3];
    const { status, out } = await compiledWithRhi(sample, 101, '--export', 'validateEpisode', '--messages');
    assert.equal(status, 0);
    const module = (await import(pathToFileURL(out).href)) as { default: Validator & { errors?: { message?: string }[] }; validateEpisode: Validator };
    assert.equal(module.default, module.validateEpisode);
    assert.equal(module.default({ episodes: 0 }), false);
    assert.equal(module.default.errors?.[0]?.message, 'must be >= 1');
  });

  it('warns in Welsh with --lang cy', async () => {
    const sample = sampleSchemas.find(({ warnings }) => warnings?.[0]?.startsWith('format'))!;
    const { status, stderr, schemaFile } = await compiledWithRhi(sample, 102, '--lang', 'cy');
    assert.equal(status, 0);
    assert.match(stderr, new RegExp(`^${schemaFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  rhybudd: nid yw'r fformat "uk-postcode"`, 'm'));
    assert.match(stderr, /ysgrifennwyd i /);
  });

  it('refuses a missing file, broken JSON and a schema Ajv cannot compile with a located line, exit 1 and nothing written', async () => {
    const out = join(folder, 'never.js');
    const missing = runRhi(['compile-schema', join(folder, 'no-such.json'), '--out', out]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no-such\.json {2}/);

    const broken = join(folder, 'broken.json');
    await writeFile(broken, '{\n  "type": "object",\n  "properties": {\n}');
    const brokenRun = runRhi(['compile-schema', broken, '--out', out]);
    assert.equal(brokenRun.status, 1);
    assert.match(brokenRun.stderr, /broken\.json:4:\d+ {2}/);

    const notSchema = join(folder, 'not-schema.json');
    await writeFile(notSchema, '{\n  "type": "object",\n  "properties": {\n    "age": { "type": "whole number" }\n  }\n}');
    const notSchemaRun = runRhi(['compile-schema', notSchema, '--out', out]);
    assert.equal(notSchemaRun.status, 1);
    assert.match(notSchemaRun.stderr, /not-schema\.json:4:\d+ {2}this is not a schema Ajv can compile \(not a valid draft-07 schema: must be equal to one of the allowed values\) — nothing was written \(at \/properties\/age\/type\)$/m);
    assert.doesNotMatch(notSchemaRun.stderr, /^\s+at /m);

    const notObject = join(folder, 'array.json');
    await writeFile(notObject, '[1, 2]');
    assert.equal(runRhi(['compile-schema', notObject, '--out', out]).status, 1);

    await assert.rejects(access(out), 'nothing was written');
  });

  it('refuses to write over the schema it reads (exit 4) and needs --out (exit 2)', async () => {
    const schemaFile = join(folder, 'own.json');
    const text = JSON.stringify(sampleSchemas[0].schema);
    await writeFile(schemaFile, text);
    const overInput = runRhi(['compile-schema', schemaFile, '--out', schemaFile]);
    assert.equal(overInput.status, 4);
    assert.match(overInput.stderr, /this output is the schema/);
    assert.equal(await readFile(schemaFile, 'utf8'), text);

    const noOut = runRhi(['compile-schema', schemaFile]);
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /--out FILE is needed/);
  });

  it("keeps the module the browser test loads under a strict CSP as rhi compile-schema writes it today, with Ajv's verdicts as expected there", async () => {
    const read = async (file: string) => readFile(join(repositoryRoot, 'test/csp', file), 'utf8');
    const schema = JSON.parse(await read('compiled-schema.schema.json'));
    const { code, warnings } = await compileSchemaModule(schema);
    assert.equal(await read('compiled-schema-validator.js'), code, 'regenerate: npx rhi compile-schema test/csp/compiled-schema.schema.json --out test/csp/compiled-schema-validator.js');
    assert.deepEqual(warnings, [{ kind: 'unknown-format', format: 'uk-postcode', at: '#/properties/postcode' }]);
    const samples = JSON.parse(await read('compiled-schema.samples.json')) as { data: unknown; valid: boolean; errors: string[] }[];
    const reference = ajvAtTestTime(schema);
    assert.deepEqual(
      samples.map(({ valid, errors }) => ({ valid, errors })),
      samples.map(({ data }) => verdict(reference, data)),
    );
  });
});
