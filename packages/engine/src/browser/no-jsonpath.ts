/**
 * Stands in for jsonpath-plus in the engine's builds (browser, Node and bundler).
 * json-rules-engine imports it for conditions with
 * a `path`, but rule files may not use `path` (schemas/ruleset.schema.json) and the engine gives
 * json-rules-engine its own `pathResolver`, so JSONPath is never called: 25 KB saved per page.
 */
export function JSONPath(): never {
  throw new Error('rhi-toolkit: JSONPath is not available in the browser build; rule conditions cannot use "path".');
}
