/**
 * Stands in for json-rules-engine's own `debug` module in the engine's builds (browser, Node and
 * bundler). That module prints every fact's value — a child's answers — with `console.debug`
 * when a page's `localStorage.debug` or the process's `DEBUG` mentions json-rules-engine. The
 * toolkit never writes answers to the console, whatever a shared PC's storage says, so here
 * debugging prints nothing.
 */
export default function noDebug(): void {}

/** Read by json-rules-engine's CommonJS interop: take `default` from this module. */
export const __esModule = true;
