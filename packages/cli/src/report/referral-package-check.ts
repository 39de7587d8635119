/**
 * Checks a referral package against schemas/referral.schema.json. The engine precompiles no
 * validator for it (pages get the wizard's own), so here, in Node only, the schema is compiled
 * with Ajv once, and only when a record carries a package: most reports never load Ajv.
 */
import { validateAnswers, type Language, type Problem, type SchemaValidator } from '@rhi-toolkit/engine/node';
import { schemaForHints } from '../schema-hints.js';

interface PackageCheck {
  validate: SchemaValidator;
  schema: Record<string, unknown>;
}

let check: Promise<PackageCheck> | undefined;

async function compilePackageCheck(): Promise<PackageCheck> {
  const [{ default: Ajv }, { default: addFormats }] = await Promise.all([import('ajv'), import('ajv-formats')]);
  const schema = schemaForHints('referral.schema.json');
  if (!schema) throw new Error('schemas/referral.schema.json cannot be found beside the engine');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return { validate: ajv.compile(schema) as SchemaValidator, schema };
}

/** Problems with a referral package (none when it fits the schema), each with a pointer inside the package. */
export async function referralPackageProblems(referralPackage: unknown, file: string, lang: Language): Promise<Problem[]> {
  check ??= compilePackageCheck();
  const { validate, schema } = await check;
  // validateAnswers words any validator's errors for people; its name is the engine's, not a limit.
  return validateAnswers(referralPackage, file, schema, lang, validate);
}
