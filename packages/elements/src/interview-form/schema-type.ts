import type { JsonSchema } from './layout-types.js';

/** The property's type, ignoring a `null` beside it (`["number", "null"]`). */
export function schemaType(property: JsonSchema): string | undefined {
  return Array.isArray(property.type) ? property.type.find((name) => name !== 'null') : property.type;
}
