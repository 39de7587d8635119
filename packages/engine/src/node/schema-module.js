// Precompiling a JSON Schema into an ES module with no eval (Ajv standalone code, bundled with
// esbuild so no `require` remains): pages under `script-src 'self'` can import it. One
// implementation for the toolkit's build (scripts/generate-from-schemas.mjs, strict: a problem in
// the toolkit's own schemas stops the build) and for hosts' own schemas (`compileSchemaModule`,
// `rhi compile-schema`: lenient, what Ajv ignored comes back as warnings). Plain JavaScript with a
// .d.ts beside it, because the build imports it before anything is compiled.
// Ajv and esbuild are loaded only when a schema is compiled: the rest of the engine never needs them.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Words for people, keys the form reads (`x-rhi-…`, `errorMessage`): they change nothing in validation. */
const annotations = new Set(['title', 'description', 'examples', '$comment', 'default', 'errorMessage']);
/** Keywords whose keys are field names (a field may be called "title"), not keywords. */
const schemaMaps = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies', 'dependentSchemas', 'dependentRequired']);

function isAnnotation(key) {
  return annotations.has(key) || key.startsWith('x-rhi-');
}

/**
 * A copy of a schema without the words for people (titles, descriptions, Welsh labels, examples):
 * Ajv would otherwise copy them into the shipped code. Keys of `properties` and `definitions` are
 * field names, not annotations, and are kept.
 */
export function withoutAnnotations(node, isSchemaMap = false) {
  if (Array.isArray(node)) return node.map((item) => withoutAnnotations(item));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => isSchemaMap || !isAnnotation(key))
      .map(([key, value]) => [key, key === 'enum' || key === 'const' ? value : withoutAnnotations(value, !isSchemaMap && schemaMaps.has(key))]),
  );
}

/**
 * Ajv's code with the `schemaPath` of each error left out: problems are worded from the instance
 * path, keyword and params, and the paths were a fifth of the shipped code.
 */
function withoutSchemaPaths(code) {
  const stripped = code.replace(/schemaPath:\s*"(?:[^"\\]|\\.)*",\s*/g, '');
  if (/schemaPath/.test(stripped)) throw new Error('schema-module: Ajv wrote a schemaPath this code does not recognise; update withoutSchemaPaths.');
  return stripped;
}

/** The Ajv class a schema's `$schema` asks for; draft-07 when it names none. */
export async function ajvClassFor(schema) {
  const dialect = typeof schema?.$schema === 'string' ? schema.$schema : '';
  if (dialect.includes('2020-12')) return { dialect: '2020-12', Ajv: (await import('ajv/dist/2020.js')).default };
  if (dialect.includes('2019-09')) return { dialect: '2019-09', Ajv: (await import('ajv/dist/2019.js')).default };
  if (dialect === '' || dialect.includes('draft-07')) return { dialect: 'draft-07', Ajv: (await import('ajv')).default };
  if (dialect.includes('draft-06')) return { dialect: 'draft-06', Ajv: (await import('ajv')).default };
  const error = new Error(`unsupported $schema "${dialect}": use draft-07 or 2020-12 (2019-09 and draft-06 also work)`);
  throw Object.assign(error, { code: 'RHI_UNSUPPORTED_DIALECT', pointer: '/$schema', dialect });
}

/**
 * An Ajv instance as validators are compiled: all errors, ESM source output, formats of ajv-formats.
 * strict: true refuses anything Ajv would ignore (the toolkit's build); false logs it to `warn`.
 * messages: false — the form words problems from each error's keyword and params (en and cy).
 * inlineRefs: false — a definition used in many places is one function, not a copy at every use.
 */
async function standaloneAjv({ Ajv, dialect }, { strict, messages, warn }) {
  const { default: addFormats } = await import('ajv-formats');
  const leniency = strict ? {} : { strictSchema: 'log', strictTypes: 'log', strictTuples: 'log', strictRequired: false, logger: { log() {}, warn, error: warn } };
  const ajv = new Ajv({ allErrors: true, strict, messages, inlineRefs: false, code: { source: true, esm: true }, ...leniency });
  // draft-06 schemas name their meta-schema; draft-07's Ajv knows it only when added.
  if (dialect === 'draft-06') ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  return ajv;
}

const unknownFormat = /^unknown format "(.*)" ignored in schema at path "(.*)"$/;

/**
 * Adds `schemas` to `ajv` and compiles them. When lenient, a format Ajv does not know is added as
 * one that accepts everything (what Ajv itself does with strict off) and reported, then it tries again.
 */
function addAndCompile(ajv, schemas, { strict, warnings }) {
  for (;;) {
    try {
      for (const schema of schemas) ajv.addSchema(schema);
      for (const schema of schemas) ajv.getSchema(schema.$id);
      return;
    } catch (error) {
      const found = unknownFormat.exec(error?.message ?? '');
      if (strict || !found) throw error;
      warnings.push({ kind: 'unknown-format', format: found[1], at: found[2] });
      for (const schema of schemas) ajv.removeSchema(schema.$id);
      ajv.addFormat(found[1], true);
    }
  }
}

/** One warning from Ajv's logger: an unknown keyword, or another thing strict mode would refuse. */
function loggedWarning(args, id) {
  // Paths as `#/…`, like an unknown format's: the `$id` the schema was given here means nothing to its author.
  const text = args.map(String).join(' ').replace(/^strict mode: /, '').replaceAll(`"${id}#`, '"#');
  const keyword = /^unknown keyword: "(.*)"$/.exec(text);
  if (keyword) return { kind: 'unknown-keyword', keyword: keyword[1] };
  return { kind: 'not-strict', detail: text };
}

/**
 * The standalone code for `exports` (export name → schema id), as one ES module: Ajv's output
 * `require`s its small runtime helpers, so they are bundled in; no `require` or `eval` remains.
 */
async function bundledStandalone(ajv, exports, extra = '') {
  const [{ default: standaloneCode }, { build }] = await Promise.all([import('ajv/dist/standalone/index.js'), import('esbuild')]);
  const bundled = await build({
    stdin: { contents: withoutSchemaPaths(standaloneCode(ajv, exports)) + extra, resolveDir: dirname(fileURLToPath(import.meta.url)), loader: 'js' },
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
 * One ES module of validators for `schemas` (each with an `$id`), exported as `exports` names
 * (export name → `$id`). For the toolkit's build: strict, so nothing is silently ignored.
 */
export async function standaloneValidators(schemas, exports) {
  const ajv = await standaloneAjv(await ajvClassFor(schemas[0]), { strict: true, messages: false, warn() {} });
  addAndCompile(ajv, schemas.map((schema) => withoutAnnotations(schema)), { strict: true, warnings: [] });
  return bundledStandalone(ajv, exports);
}

/** Strict: a validator for one of the toolkit's schemas, exported as `exportName`. */
export async function standaloneValidatorModule(schema, exportName) {
  return standaloneValidators([{ ...schema, $id: schema.$id ?? 'schema.json' }], { [exportName]: schema.$id ?? 'schema.json' });
}

/**
 * A host's own schema as the text of an ES module with no eval: `export default validate` and
 * `export { validate }` (or `options.exportName`), a function `(data) => boolean` whose `.errors`
 * (Ajv's errors: instancePath, keyword, params) is what `<rhi-interview-form>`'s `validator` takes.
 * Unknown formats (accepted as anything) and what Ajv's strict mode would refuse (ignored) come
 * back as warnings; a schema Ajv cannot compile throws, with `pointer` when it is known.
 */
export async function compileSchemaModule(schema, options = {}) {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw Object.assign(new Error('a schema must be a JSON object'), { code: 'RHI_NOT_A_SCHEMA', pointer: '' });
  }
  const exportName = options.exportName ?? 'validate';
  if (!/^[A-Za-z_$][\w$]*$/.test(exportName)) throw new Error(`exportName "${exportName}" is not a JavaScript name`);
  const warnings = [];
  const { Ajv, dialect } = await ajvClassFor(schema);
  const id = typeof schema.$id === 'string' ? schema.$id : 'schema.json';
  const ajv = await standaloneAjv({ Ajv, dialect }, { strict: false, messages: options.messages === true, warn: (...args) => warnings.push(loggedWarning(args, id)) });
  const stripped = { ...withoutAnnotations(schema), $id: id };
  // Checked against the meta-schema by an Ajv that keeps its messages: the compiling one has none.
  const checker = new Ajv({ allErrors: false, strict: false, logger: false });
  if (dialect === 'draft-06') checker.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json'));
  if (!checker.validateSchema(stripped)) {
    const [first] = checker.errors ?? [];
    const pointer = first?.instancePath ?? '';
    throw Object.assign(new Error(`not a valid ${dialect} schema: ${first?.message ?? ''}`.trim()), { code: 'RHI_NOT_A_SCHEMA', pointer });
  }
  try {
    addAndCompile(ajv, [stripped], { strict: false, warnings });
  } catch (error) {
    throw Object.assign(new Error(`cannot compile the schema: ${error.message}`), { code: 'RHI_SCHEMA_NOT_COMPILED', pointer: '' });
  }
  const extra = exportName === 'default' ? '' : `\nexport default ${exportName};\n`;
  const code = await bundledStandalone(ajv, { [exportName]: id }, extra);
  return { code, warnings: [...new Map(warnings.map((warning) => [JSON.stringify(warning), warning])).values()], dialect };
}
