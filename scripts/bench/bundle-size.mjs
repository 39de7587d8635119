// The all-in-one bundle's size and its limits, measured one way for `npm run bench` and for
// test/packaging/bundle-size.node.test.ts (which reads the build output, never a timing).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const builtFile = new URL('../../dist/rhi-toolkit.js', import.meta.url);

/** Minified and min+gzip (level 9) bytes of dist/rhi-toolkit.js. */
export function bundleSize() {
  const code = readFileSync(builtFile);
  return { file: 'dist/rhi-toolkit.js', minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** The budget and the ceiling in scripts/bench/bundle-budget.json (its $comment says why both). */
export const bundleLimits = JSON.parse(readFileSync(new URL('./bundle-budget.json', import.meta.url), 'utf8'));
