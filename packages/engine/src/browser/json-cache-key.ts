/**
 * Stands in for hash-it in the engine's builds (browser, Node and bundler).
 * json-rules-engine keys its fact cache on
 * `{ id, params }`; the toolkit's facts are plain JSON values with no params, so their JSON text is
 * an exact key (no collisions, unlike a hash) and saves 4.7 KB.
 */
export default function jsonCacheKey(value: unknown): string {
  return JSON.stringify(value);
}

/** Read by json-rules-engine's CommonJS interop: take `default` from this module. */
export const __esModule = true;
