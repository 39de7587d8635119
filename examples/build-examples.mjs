// `node examples/build-examples.mjs`: bundles the React and Vue examples with esbuild into
// examples/<name>/dist/app.js, each with the toolkit's elements imported from the package as an
// app's own bundler would (run `npm run build` first). Production builds: no eval, nothing
// inline, so the pages run under `script-src 'self'; style-src 'self'`.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const examples = new URL('.', import.meta.url).pathname;

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  // Only the JSX settings: the examples' tsconfig maps the toolkit to its sources for type-checking,
  // but the bundles take the built package, as an app installing it from npm would.
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
  define: { 'process.env.NODE_ENV': '"production"' },
};

const apps = [
  { name: 'react', entry: 'react/main.tsx' },
  {
    name: 'vue',
    entry: 'vue/main.ts',
    // Vue's runtime-only ES build: no template compiler, so no `new Function` at run time.
    alias: { vue: 'vue/dist/vue.runtime.esm-bundler.js' },
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  },
];

const started = performance.now();
for (const app of apps) {
  const outdir = `${examples}${app.name}/dist`;
  await rm(outdir, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: [`${examples}${app.entry}`],
    outfile: `${outdir}/app.js`,
    alias: app.alias,
    define: { ...common.define, ...app.define },
  });
}
console.log(`examples built: ${apps.map((app) => `examples/${app.name}/dist/app.js`).join(', ')} (${Math.round(performance.now() - started)} ms)`);
