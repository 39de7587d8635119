// Browser tests need validators, and a page cannot compile one (Ajv needs eval). This dev-server
// plugin compiles on request with the engine's compileSchemaModule — the same code `rhi
// compile-schema` runs for a host — and serves the ES module, so tests check the form against
// Ajv's real errors rather than a hand-written imitation:
// - /__compiled-validator__.js?schema=<JSON>: the schema a test wrote;
// - /__schema-corpus__/<id>.js: a corpus schema (test/fixtures/schema-corpus/). One that does not
//   compile gives a module whose `compileError` says why (and no validator).
import { readFileSync } from 'node:fs';
import { compileSchemaModule } from '../../packages/engine/src/node/schema-module.js';

const folder = 'test/fixtures/schema-corpus';

export function validatorModules() {
  const compiled = new Map();
  const once = (key, make) => {
    if (!compiled.has(key)) compiled.set(key, make());
    return compiled.get(key);
  };
  return {
    name: 'validator-modules',
    async serve(context) {
      if (context.path === '/__compiled-validator__.js') {
        const text = context.query.schema;
        if (typeof text !== 'string') return { body: 'throw new Error("validator-modules: no ?schema= given");', type: 'js' };
        return { body: await once(`schema:${text}`, async () => (await compileSchemaModule(JSON.parse(text))).code), type: 'js' };
      }
      const corpus = /^\/__schema-corpus__\/([\w-]+)\.js$/.exec(context.path);
      if (corpus) return { body: await once(`corpus:${corpus[1]}`, () => compileCorpusSchema(corpus[1])), type: 'js' };
      return undefined;
    },
  };
}

async function compileCorpusSchema(id) {
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
