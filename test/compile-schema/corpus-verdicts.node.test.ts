// Issue 16's acceptance for `rhi compile-schema`, on schemas other people wrote: every schema in
// the corpus (test/fixtures/schema-corpus, sources in its SOURCES.md) compiled by
// compileSchemaModule gives the same verdict on its sample data as Ajv compiled at test time for
// the schema's draft — valid or not, and the same list of failing paths and keywords.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { compileSchemaModule } from '@rhi-toolkit/engine/node';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };
interface Entry { id: string; schema: string; data: string; draft: '07' | '2020-12'; valid: boolean }

const corpus = new URL('../fixtures/schema-corpus/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, corpus), 'utf8'));
const entries = readJson('manifest.json') as Entry[];

function ajvAtTestTime(schema: unknown, draft: Entry['draft']): Validator {
  const options = { allErrors: true, strict: false, logger: false } as const;
  const ajv = draft === '2020-12' ? new (Ajv2020 as unknown as typeof Ajv)(options) : new Ajv(options);
  (addFormats as unknown as (instance: Ajv) => void)(ajv);
  return ajv.compile(schema as object) as Validator;
}

function verdict(validate: Validator, data: unknown): { valid: boolean; errors: string[] } {
  const valid = validate(data);
  return { valid, errors: (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`).sort() };
}

let folder: string;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rhi-corpus-verdicts-'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('compileSchemaModule on the corpus of schemas written by others', () => {
  it('has the corpus to work on (at least 30 schemas)', () => {
    assert.ok(entries.length >= 30, `only ${entries.length} schemas in the corpus`);
  });

  for (const entry of entries) {
    it(`${entry.id}: the compiled module gives Ajv's verdict on the sample data`, async () => {
      const schema = readJson(entry.schema);
      const data = readJson(entry.data);
      const { code, dialect } = await compileSchemaModule(schema);
      assert.equal(dialect, entry.draft === '2020-12' ? '2020-12' : 'draft-07', `${entry.id}: the schema's $schema should choose its draft`);
      assert.doesNotMatch(code, /\beval\s*\(|new Function/, `${entry.id}: the module must not evaluate code`);
      const file = join(folder, `${entry.id}.mjs`);
      await writeFile(file, code);
      const compiled = ((await import(pathToFileURL(file).href)) as { default: Validator }).default;
      const expected = verdict(ajvAtTestTime(schema, entry.draft), data);
      assert.deepEqual(verdict(compiled, data), expected, entry.id);
      assert.equal(expected.valid, entry.valid, `${entry.id}: the manifest says the sample is ${entry.valid ? 'valid' : 'invalid'}`);
    });
  }
});
