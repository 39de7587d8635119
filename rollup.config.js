// Builds the engine for Node and for browsers, and the `rhi` command line.
// json-rules-engine ships CommonJS only, so the browser build needs the commonjs plugin.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const nodeBuiltins = /^node:/;

export default [
  {
    // Node: dependencies stay external and are installed with the package.
    input: {
      engine: 'packages/engine/src/index.ts',
      'engine-node': 'packages/engine/src/engine-node.ts',
    },
    output: { dir: 'packages/engine/dist', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
    external: [nodeBuiltins, 'json-rules-engine', 'jsonc-parser', 'fastest-levenshtein'],
    plugins: [typescript(), json()],
  },
  {
    // Browsers: one self-contained ES module, minified, with no eval (validators are precompiled).
    input: 'packages/engine/src/index.ts',
    output: { file: 'packages/engine/dist/engine.browser.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ browser: true, preferBuiltins: false }), commonjs(), json(), typescript(), terser()],
  },
  {
    input: 'packages/cli/src/main.ts',
    output: { file: 'packages/cli/dist/rhi.js', format: 'es', sourcemap: true },
    external: [nodeBuiltins, /^@rhi-toolkit\/engine/, 'jsonc-parser'],
    plugins: [typescript(), json()],
  },
];
