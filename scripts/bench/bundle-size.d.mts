// Types for bundle-size.mjs, for the TypeScript tests that import it.
export function bundleSize(): { file: string; minifiedBytes: number; gzipBytes: number };
export const bundleLimits: { budgetGzipBytes: number; ceilingGzipBytes: number };
