import { ownValue, setOwn } from './own-keys.js';

/**
 * Turns nested answers (and settings) into the flat, dotted fact names that rules use:
 * `{ episode: { foundOutOfArea: true } }` becomes `episode.foundOutOfArea`. Lists stay whole.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf of `value` under its dotted path, prefixed with `prefix`. */
export function flattenToFacts(
  value: unknown,
  prefix = '',
  into: Record<string, unknown> = {},
): Record<string, unknown> {
  if (!isPlainObject(value)) return into;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$schema') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(child)) flattenToFacts(child, path, into);
    else setOwn(into, path, child);
  }
  return into;
}

/** Reads a dotted path from nested values; undefined where any step is missing. */
export function valueAtPath(value: unknown, path: string): unknown {
  let current = value;
  for (const step of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = ownValue(current, step);
  }
  return current;
}
