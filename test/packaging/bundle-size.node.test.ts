// The size of dist/rhi-toolkit.js (every component with the engine, for a plain page), read from
// the build output that `npm test` makes first. See scripts/bench/bundle-budget.json for why there
// is a ceiling as well as the budget.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundleLimits, bundleSize } from '../../scripts/bench/bundle-size.mjs';

const built = new URL('../../dist/rhi-toolkit.js', import.meta.url);
const BUDGET_GZIP_BYTES = bundleLimits.budgetGzipBytes;
const CEILING_GZIP_BYTES = bundleLimits.ceilingGzipBytes;

describe('the all-in-one bundle', () => {
  it('is built', () => {
    assert.ok(existsSync(built), 'dist/rhi-toolkit.js is missing: run `npm run build` (npm test does)');
  });

  it(`never grows past its ceiling of ${CEILING_GZIP_BYTES} bytes min+gzip`, () => {
    const { gzipBytes, minifiedBytes } = bundleSize();
    console.log(`dist/rhi-toolkit.js: ${minifiedBytes} B minified, ${gzipBytes} B min+gzip (ceiling ${CEILING_GZIP_BYTES}, budget ${BUDGET_GZIP_BYTES}: ${gzipBytes <= BUDGET_GZIP_BYTES ? 'met' : 'not met'})`);
    assert.ok(gzipBytes <= CEILING_GZIP_BYTES, `dist/rhi-toolkit.js is ${gzipBytes} B min+gzip, over its ceiling of ${CEILING_GZIP_BYTES} B: find what grew (node scripts/bundle-parts.mjs) before raising it`);
  });

  it('keeps the ceiling no looser than needed: within 4% of the size today', () => {
    // A ceiling far above the bundle would no longer catch growth: lower it when the bundle shrinks.
    const { gzipBytes } = bundleSize();
    assert.ok(CEILING_GZIP_BYTES <= gzipBytes * 1.04, `the ceiling (${CEILING_GZIP_BYTES} B) is more than 4% above the bundle (${gzipBytes} B): lower it in scripts/bench/bundle-budget.json`);
  });
});
