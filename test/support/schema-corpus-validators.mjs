// A test-server plugin: /__schema-corpus__/<id>.js is the validator of a corpus schema
// (test/fixtures/schema-corpus/), compiled on first request with compileSchemaModule, the
// function behind `rhi compile-schema`: an ES module with no eval, as a host would serve it. A
// schema that does not compile gives a module whose `compileError` says why (and no validator).
import { readFileSync } from 'node:fs';
import { compileSchemaModule } from '../../packages/engine/src/node/schema-module.js';

const folder = 'test/fixtures/schema-corpus';

export function schemaCorpusValidators() {
  const compiled = new Map();
  return {
    name: 'schema-corpus-validators',
    async serve(context) {
      const match = /^\/__schema-corpus__\/([\w-]+)\.js$/.exec(context.path);
      if (!match) return undefined;
      const id = match[1];
      if (!compiled.has(id)) compiled.set(id, compile(id));
      return { body: await compiled.get(id), type: 'js' };
    },
  };
}

async function compile(id) {
  const manifest = JSON.parse(readFileSync(`${folder}/manifest.json`, 'utf8'));
  const entry = manifest.find((candidate) => candidate.id === id);
  if (!entry) return `export const compileError = ${JSON.stringify(`no corpus schema '${id}'`)};\nexport default undefined;\n`;
  try {
    const { code } = await compileSchemaModule(JSON.parse(readFileSync(`${folder}/${entry.schema}`, 'utf8')));
    return code;
  } catch (error) {
    return `export const compileError = ${JSON.stringify(`${error.code ?? ''} ${error.message}`.trim())};\nexport default undefined;\n`;
  }
}
