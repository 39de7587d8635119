/**
 * Stands in for the `clone` package in the engine's builds (browser, Node and bundler).
 * json-rules-engine copies each rule's
 * conditions, event and name for every run. In the toolkit these hold only what rule files hold
 * (objects, arrays, strings, numbers, booleans, null) — the conditions inside json-rules-engine's
 * own Condition objects, whose prototype is kept — so this copy is exact, with no need for a
 * general clone's tracking of cycles, Maps and Dates.
 */
export default function jsonClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(jsonClone) as T;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = jsonClone((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Read by json-rules-engine's CommonJS interop: take `default` from this module. */
export const __esModule = true;
