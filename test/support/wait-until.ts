// Waiting for a condition in a browser test. @open-wc/testing's waitUntil gives up after one
// second, which a busy 2-core machine can spend on one render: a race, not a test. This one waits
// as long as a hang would take to notice, so a test fails only when the condition never holds.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long a condition may take before the test fails: a budget for a hang, not a measure of speed. */
export const PATIENCE_MS = 20_000;

/** Resolves once `predicate` holds; rejects with `message` if it still does not after PATIENCE_MS. */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: options.interval ?? 20, timeout: PATIENCE_MS });
}
