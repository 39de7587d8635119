/**
 * A validator for a schema written in a test, compiled by the test server (see
 * validator-modules.mjs) exactly as `rhi compile-schema` compiles a host's: Ajv's real errors, no eval.
 */
import type { SchemaValidator } from '@rhi-toolkit/engine/form-support';

export async function compiledValidator(schema: object): Promise<SchemaValidator> {
  const module = (await import(`/__compiled-validator__.js?schema=${encodeURIComponent(JSON.stringify(schema))}`)) as { default: SchemaValidator };
  return module.default;
}
