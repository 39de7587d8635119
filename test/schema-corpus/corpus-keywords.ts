/**
 * Which of issue 16's "Deliver 1" keywords a JSON Schema uses, worked out by walking the schema
 * the way a validator does (through properties, items, definitions and the combinators, never
 * into const/enum/default values, so a property called "required" is not mistaken for the
 * keyword). The corpus manifest records these labels and the corpus test recomputes them, so
 * the manifest cannot claim coverage a schema does not have.
 */
type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (schema: Schema): unknown[] => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/** A local reference ("#/definitions/x", "#/$defs/x") resolved in the root; undefined otherwise. */
function resolveLocal(root: Schema, ref: unknown): Schema | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/** Every schema directly inside this one (not const/enum/default/examples, which are data). */
function childSchemas(schema: Schema): { child: Schema; asArrayItem: boolean }[] {
  const children: { child: Schema; asArrayItem: boolean }[] = [];
  const add = (value: unknown, asArrayItem = false) => { if (isObject(value)) children.push({ child: value, asArrayItem }); };
  for (const key of ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']) {
    if (isObject(schema[key])) Object.values(schema[key] as Schema).forEach((value) => add(value));
  }
  if (isObject(schema.dependencies)) Object.values(schema.dependencies).forEach((value) => add(value));
  if (Array.isArray(schema.items)) schema.items.forEach((value) => add(value, true));
  else add(schema.items, true);
  if (Array.isArray(schema.prefixItems)) schema.prefixItems.forEach((value) => add(value, true));
  add(schema.additionalItems, true);
  for (const key of ['additionalProperties', 'contains', 'not', 'if', 'then', 'else', 'propertyNames']) add(schema[key]);
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(schema[key])) (schema[key] as unknown[]).forEach((value) => add(value));
  return children;
}

const isConstChoice = (branch: unknown) => isObject(branch) && typeof branch.title === 'string'
  && ('const' in branch || (Array.isArray(branch.enum) && branch.enum.length === 1));

const isObjectBranch = (root: Schema, branch: unknown): boolean => {
  if (!isObject(branch)) return false;
  const target = branch.$ref ? resolveLocal(root, branch.$ref) : undefined;
  return 'properties' in branch || 'required' in branch || typesOf(branch).includes('object')
    || (target !== undefined && isObjectBranch(root, target));
};

/** Does following references from `start` lead back to the reference `ref`? */
function isRecursive(root: Schema, ref: string): boolean {
  const target = resolveLocal(root, ref);
  if (!target) return false;
  const seen = new Set<Schema>();
  const stack: Schema[] = [target];
  while (stack.length > 0) {
    const schema = stack.pop() as Schema;
    if (seen.has(schema)) continue;
    seen.add(schema);
    if (schema.$ref === ref) return true;
    const next = schema.$ref ? resolveLocal(root, schema.$ref) : undefined;
    if (next) stack.push(next);
    childSchemas(schema).forEach(({ child }) => stack.push(child));
  }
  return false;
}

export function corpusKeywords(root: Schema): string[] {
  const found = new Set<string>();
  if (typeof root.title === 'string') found.add('root-title');
  if (typeof root.description === 'string') found.add('root-description');
  if (root.type !== undefined && !typesOf(root).includes('object')) found.add('root-not-object');

  const visit = (schema: Schema, isRoot: boolean, asArrayItem: boolean, seen: Set<Schema>) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const types = typesOf(schema);
    if (Array.isArray(schema.required) && schema.required.length > 0) {
      found.add(isRoot ? 'required' : 'required-nested');
      if (asArrayItem) found.add('required-in-array-items');
    }
    if (asArrayItem && typeof schema.$ref === 'string') {
      const target = resolveLocal(root, schema.$ref);
      if (target && Array.isArray(target.required) && target.required.length > 0) found.add('required-in-array-items');
    }
    if (typeof schema.$ref === 'string') {
      found.add('$ref');
      if (isRecursive(root, schema.$ref)) found.add('recursive-$ref');
    }
    if ('definitions' in schema) found.add('definitions');
    if ('$defs' in schema) found.add('$defs');
    if (types.includes('number')) found.add('number');
    if (types.includes('integer')) found.add('integer');
    if (Array.isArray(schema.enum)) {
      if (schema.enum.some((value) => typeof value === 'number')) found.add('enum-of-numbers');
      if (schema.enum.some((value) => typeof value === 'boolean')) found.add('enum-of-booleans');
      if (schema.enum.length >= 20) found.add('long-enum');
    }
    for (const combinator of ['oneOf', 'anyOf'] as const) {
      const branches = schema[combinator];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      if (branches.every(isConstChoice)) {
        found.add(`${combinator}-const-title`);
        if (branches.some((branch) => isObject(branch) && typeof branch.const === 'boolean')) found.add('enum-of-booleans');
        if (branches.some((branch) => isObject(branch) && typeof branch.const === 'number')) found.add('enum-of-numbers');
      } else if (branches.some((branch) => isObjectBranch(root, branch))) found.add(`${combinator}-objects`);
    }
    if ('const' in schema) found.add('const');
    if ('default' in schema) found.add('default');
    if (schema.readOnly === true) found.add('readOnly');
    if (typeof schema.format === 'string') found.add(`format:${schema.format}`);
    for (const keyword of ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
      'minItems', 'maxItems', 'uniqueItems', 'dependentRequired', 'dependentSchemas', 'allOf', 'additionalProperties', 'errorMessage', 'x-rhi-error']) {
      if (keyword in schema) found.add(keyword);
    }
    if ('if' in schema) found.add('if-then-else');
    if (isObject(schema.dependencies)) {
      const values = Object.values(schema.dependencies);
      if (values.some(Array.isArray)) found.add('dependencies-required');
      if (values.some(isObject)) found.add('dependencies-schemas');
    }
    if (Array.isArray(schema.items) || 'prefixItems' in schema) found.add('tuple-items');
    if (types.includes('array') && isObject(schema.items)) {
      const item = schema.items.$ref ? resolveLocal(root, schema.items.$ref) ?? schema.items : schema.items;
      const itemTypes = typesOf(item);
      const isChoice = Array.isArray(item.enum) || (Array.isArray(item.oneOf) && item.oneOf.every(isConstChoice))
        || (Array.isArray(item.anyOf) && item.anyOf.every(isConstChoice));
      if (isChoice) found.add('array-of-enums');
      else if (itemTypes.includes('string')) found.add('array-of-strings');
      else if (itemTypes.includes('number') || itemTypes.includes('integer')) found.add('array-of-numbers');
      else if (itemTypes.includes('object') || 'properties' in item) found.add('array-of-objects');
    }
    for (const { child, asArrayItem: childIsItem } of childSchemas(schema)) visit(child, false, childIsItem, seen);
  };
  visit(root, true, false, new Set());
  return [...found].sort();
}
