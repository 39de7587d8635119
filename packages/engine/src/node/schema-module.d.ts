// Declarations for schema-module.js (plain JavaScript: the build imports it before anything is compiled).

/** Something Ajv would refuse in strict mode, ignored so the schema still compiles. */
export type SchemaModuleWarning =
  /** A `format` neither Ajv nor ajv-formats knows: every value is accepted for it. `at` is Ajv's path to it. */
  | { kind: 'unknown-format'; format: string; at: string }
  /** A keyword Ajv does not know: it is ignored. */
  | { kind: 'unknown-keyword'; keyword: string }
  /** Anything else strict mode would refuse (a missing `type`, a tuple without `minItems`…), in Ajv's words. */
  | { kind: 'not-strict'; detail: string };

export interface CompileSchemaOptions {
  /** The validator's export name beside `default` (default `validate`). */
  exportName?: string;
  /** Keep Ajv's English `message` on each error (default false: the form words errors itself). */
  messages?: boolean;
}

export interface CompiledSchemaModule {
  /** An ES module with no eval or new Function: `export default validate` and `export { validate }`. */
  code: string;
  warnings: SchemaModuleWarning[];
  /** The JSON Schema dialect `$schema` chose: 'draft-07' when it names none. */
  dialect: 'draft-07' | 'draft-06' | '2019-09' | '2020-12';
}

/**
 * A host's own JSON Schema as an eval-free ES module whose default export is what
 * `<rhi-interview-form>`'s `validator` takes. Throws an Error with `code` ('RHI_NOT_A_SCHEMA',
 * 'RHI_UNSUPPORTED_DIALECT', 'RHI_SCHEMA_NOT_COMPILED') and `pointer` (JSON pointer into the schema,
 * '' when unknown) for a schema that cannot be compiled.
 */
export declare function compileSchemaModule(schema: unknown, options?: CompileSchemaOptions): Promise<CompiledSchemaModule>;
export declare function standaloneValidators(schemas: readonly object[], exports: Record<string, string>): Promise<string>;
export declare function standaloneValidatorModule(schema: object, exportName: string): Promise<string>;
export declare function withoutAnnotations<T>(node: T, isSchemaMap?: boolean): T;
