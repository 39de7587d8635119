// Browser tests need validators for schemas written in the test, and a page cannot compile one
// (Ajv needs eval). This dev-server plugin compiles the schema in its query with the engine's
// compileSchemaModule — the same code `rhi compile-schema` runs for a host — and serves the module,
// so a test checks the form against Ajv's real errors rather than a hand-written imitation.
import { compileSchemaModule } from '../../packages/engine/src/node/schema-module.js';

const PATH = '/__compiled-validator__.js';

export function compiledValidators() {
  const cache = new Map();
  return {
    name: 'compiled-validators',
    async serve(context) {
      if (context.path !== PATH) return undefined;
      const text = context.query.schema;
      if (typeof text !== 'string') return { body: 'throw new Error("compiled-validators: no ?schema= given");', type: 'js' };
      if (!cache.has(text)) cache.set(text, (await compileSchemaModule(JSON.parse(text))).code);
      return { body: cache.get(text), type: 'js' };
    },
  };
}
