// Builds the engine for Node and for browsers, the web components (per-component modules for
// bundlers and one all-in-one module for a plain page) and the `rhi` command line.
// json-rules-engine ships CommonJS only, so the browser builds need the commonjs plugin.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const nodeBuiltins = /^node:/;

/** `@rhi-toolkit/engine/<entry>` from the engine's source, so the bundle never waits on its dist. */
function engineFromSource() {
  return {
    name: 'engine-from-source',
    resolveId(source) {
      const entry = /^@rhi-toolkit\/engine(?:\/(.+))?$/.exec(source);
      if (!entry) return null;
      return new URL(`packages/engine/src/${entry[1] ?? 'index'}.ts`, import.meta.url).pathname;
    },
  };
}

/** Messages are compiled at build time (formatjs), so the ICU parser is swapped for its no-parser build. */
function withoutMessageParser() {
  return {
    name: 'without-message-parser',
    resolveId(source, importer) {
      if (source !== '@formatjs/icu-messageformat-parser') return null;
      return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js', importer, { skipSelf: true });
    },
  };
}

/**
 * json-rules-engine's dependencies, swapped in every build of the engine (browsers, Node,
 * bundlers) for the little the toolkit needs of them (see each file in
 * packages/engine/src/browser/): JSONPath is never called, events are never listened to, fact
 * cache keys are of plain JSON, and only a rule's Condition objects need copying per run. Its own
 * debug module, which can print answers, prints nothing. 30 KB minified saved per page.
 */
const jsonRulesEngineStandIns = {
  'jsonpath-plus': 'no-jsonpath.ts',
  eventemitter2: 'small-event-emitter.ts',
  'hash-it': 'json-cache-key.ts',
  clone: 'copy-conditions.ts',
};

function withJsonRulesEngineStandIns() {
  const standInPath = (file) => new URL(`packages/engine/src/browser/${file}`, import.meta.url).pathname;
  return {
    name: 'with-browser-stand-ins',
    resolveId(source, importer) {
      const standIn = jsonRulesEngineStandIns[source];
      if (standIn) return standInPath(standIn);
      // json-rules-engine's own debug module (see browser/no-debug.ts).
      if (source === './debug' && importer?.includes('/json-rules-engine/dist/')) return standInPath('no-debug.ts');
      return null;
    },
  };
}

/**
 * The elements package's entries for bundlers (see docs/packaging.md). Class-only entries export a
 * class and register nothing (a host may register it under its own name); `define` entries register
 * the toolkit's tag. `index` is every class, `define` registers all four.
 */
const elementEntries = {
  index: 'packages/elements/src/index.ts',
  define: 'packages/elements/src/rhi-toolkit.ts',
  ...Object.fromEntries(
    ['interview-form', 'risk-panel', 'referral-wizard', 'interview', 'outcomes-chart'].flatMap((name) => [
      [name, `packages/elements/src/exports/${name}.ts`],
      [`define/${name}`, `packages/elements/src/exports/define/${name}.ts`],
    ]),
  ),
};

/** What a host's bundler installs and deduplicates: never copied into the per-component modules. */
const elementDependencies = [/^lit(\/|$)/, /^@formatjs\//, 'idb-keyval', /^@rhi-toolkit\/engine(\/|$)/];

export default [
  {
    // Node and hosts' bundlers: dependencies stay external and are installed with the package,
    // except json-rules-engine, bundled with the same stand-ins as in browsers: its `clone` of every
    // rule's conditions on every run was a third of the time of an assessment.
    input: {
      engine: 'packages/engine/src/index.ts',
      'engine-node': 'packages/engine/src/engine-node.ts',
      'form-support': 'packages/engine/src/form-support.ts',
    },
    output: { dir: 'packages/engine/dist', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
    // Ajv and esbuild compile hosts' schemas (node/schema-module.js), loaded only when one is compiled.
    external: [nodeBuiltins, 'jsonc-parser', 'fastest-levenshtein', /^ajv(\/|$)/, /^ajv-formats(\/|$)/, 'esbuild'],
    plugins: [withJsonRulesEngineStandIns(), nodeResolve({ preferBuiltins: true }), commonjs(), typescript(), json()],
  },
  {
    // Browsers: one self-contained ES module, minified, with no eval (validators are precompiled).
    input: 'packages/engine/src/index.ts',
    output: { file: 'packages/engine/dist/engine.browser.js', format: 'es', sourcemap: true },
    plugins: [withJsonRulesEngineStandIns(), nodeResolve({ browser: true, preferBuiltins: false }), commonjs(), json(), typescript(), terser()],
  },
  {
    // The web components for a council's page: one ES module registering every element. The
    // engine's form support comes from source, and messages are precompiled, so no message parser
    // (and no eval) ships.
    input: 'packages/elements/src/rhi-toolkit.ts',
    output: [
      { file: 'packages/elements/dist/rhi-toolkit.js', format: 'es', sourcemap: true },
      { file: 'dist/rhi-toolkit.js', format: 'es', sourcemap: true },
    ],
    plugins: [
      engineFromSource(),
      withoutMessageParser(),
      withJsonRulesEngineStandIns(),
      nodeResolve({ browser: true, preferBuiltins: false }),
      commonjs(),
      json(),
      typescript(),
      terser(),
    ],
  },
  {
    // The web components for a host's bundler: one module per entry, shared code in chunks (never
    // duplicated), dependencies left as imports so the host's bundler installs them once. Not
    // minified: the host's bundler does that.
    input: elementEntries,
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // An entry imports only what it uses; its chunks import theirs.
      hoistTransitiveImports: false,
    },
    external: elementDependencies,
    plugins: [json(), typescript()],
  },
  {
    // Layout composition and checking for the build (Node): pure functions, no element.
    input: 'packages/elements/src/layout-tools.ts',
    output: { file: 'packages/elements/dist/layout-tools.js', format: 'es' },
    plugins: [typescript()],
  },
  {
    input: 'packages/cli/src/main.ts',
    output: { file: 'packages/cli/dist/rhi.js', format: 'es', sourcemap: true },
    external: [nodeBuiltins, /^@rhi-toolkit\/engine/, 'jsonc-parser', 'ajv', 'ajv-formats'],
    plugins: [typescript(), json()],
  },
];
