// The whole build: generated code from schemas → rollup bundles → packaged schemas, rules and, for
// each ruleset, the resolved ruleset (plain JSON a page can load), its interview schema (the base
// one with the locality's questions under `local`) and that schema's precompiled validator (an ES
// module with no eval, for pages under a strict CSP) → type declarations for every package entry →
// the custom elements manifest. Run by `npm run build` and by `npm ci` (prepare). docs/packaging.md
// describes what each package ships.
//
// Incremental (scripts/build-steps.mjs): a step whose inputs have not changed since it last ran, and
// whose outputs are still there, is skipped; once a step runs, every later one runs too.
// `npm run build -- --force` (or RHI_BUILD_FORCE=1) rebuilds everything.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { generateFromSchemas } from './generate-from-schemas.mjs';
import { generateElements } from './generate-elements.mjs';
import { packageRulesets, unpackagedLine } from './package-rulesets.mjs';
import { runSteps } from './build-steps.mjs';

const root = new URL('..', import.meta.url).pathname;
const engineDist = join(root, 'packages/engine/dist');
const elementsDist = join(root, 'packages/elements/dist');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

// Type declarations for every entry of the engine and the elements (docs/packaging.md): tsc writes
// them from the sources into dist/types; the generated validators' declarations, written beside
// their JavaScript, are copied after them (tsc does not copy .d.ts files). The elements' build reads
// the engine's declarations, so the engine goes first.
async function copyDeclarations(from, to) {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const source = join(entry.parentPath ?? entry.path, entry.name);
    const target = join(to, relative(from, source));
    await mkdir(dirname(target), { recursive: true });
    await cp(source, target);
  }
}


// What every step reads besides its own inputs: the installed packages (the lock files), the
// configuration, and the build's own scripts (all of scripts/: if in doubt, rebuild).
const common = [
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'packages/engine/package.json',
  'packages/elements/package.json',
  'packages/cli/package.json',
  'tsconfig.json',
  'rollup.config.js',
  'custom-elements-manifest.config.mjs',
  'scripts',
];
const sources = ['packages/engine/src', 'packages/elements/src', 'packages/cli/src'];
let unpackaged = [];

const steps = [
  {
    // Generated code from schemas and the interface words (scripts/generate-*.mjs).
    name: 'generate',
    inputs: [...common, 'schemas', 'packages/engine/src', 'packages/elements/src/i18n'],
    outputs: ['packages/engine/src/generated', 'packages/elements/src/generated'],
    run: async () => {
      await generateFromSchemas();
      await generateElements();
    },
  },
  {
    // Rollup bundles, then the packaged schemas and rules.
    name: 'bundle',
    inputs: [...common, ...sources, 'schemas', 'rules'],
    outputs: [
      'packages/engine/dist/engine-node.js',
      'packages/engine/dist/engine.browser.js',
      'packages/engine/dist/schemas',
      'packages/engine/dist/rules',
      'packages/elements/dist/rhi-toolkit.js',
      'packages/elements/dist/layout-tools.js',
      'packages/cli/dist/rhi.js',
      'dist/rhi-toolkit.js',
    ],
    run: async () => {
      await rm(engineDist, { recursive: true, force: true });
      await rm(elementsDist, { recursive: true, force: true });
      run(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent']);
      await cp(join(root, 'schemas'), join(engineDist, 'schemas'), { recursive: true });
      await cp(join(root, 'rules'), join(engineDist, 'rules'), { recursive: true });
    },
  },
  {
    // Each ruleset, resolved and with its interview schema, validator and form layout
    // (scripts/package-rulesets.mjs). A ruleset with problems is not written; the build goes on, so
    // the rest is usable, and fails at the end: a portal team must not take a green build for a
    // packaged locality. Its stamp is then not written, so the next build tries again (and fails again).
    name: 'rulesets',
    inputs: [...common, 'schemas', 'rules'],
    outputs: ['packages/engine/dist/rulesets'],
    run: async () => {
      unpackaged = await packageRulesets();
      return unpackaged.length === 0;
    },
  },
  {
    name: 'types',
    inputs: [...common, 'packages/engine/src', 'packages/elements/src', 'packages/engine/tsconfig.build.json', 'packages/elements/tsconfig.build.json'],
    outputs: ['packages/engine/dist/types', 'packages/elements/dist/types'],
    run: async () => {
      for (const name of ['engine', 'elements']) {
        await rm(join(root, `packages/${name}/dist/types`), { recursive: true, force: true });
        run(process.execPath, [tsc, '-p', `packages/${name}/tsconfig.build.json`]);
        await copyDeclarations(join(root, `packages/${name}/src`), join(root, `packages/${name}/dist/types`));
      }
    },
  },
  {
    // packages/elements/custom-elements.json, from the components' JSDoc and lit properties
    // (custom-elements-manifest.config.mjs).
    name: 'manifest',
    inputs: [...common, 'packages/elements/src'],
    outputs: ['packages/elements/custom-elements.json'],
    run: async () => {
      run(process.execPath, [cem, 'analyze', '--litelement', '--quiet']);
    },
  },
];

const force = process.argv.includes('--force') || process.env.RHI_BUILD_FORCE === '1';
await runSteps(steps, { root, force });

if (unpackaged.length > 0) {
  console.error(unpackagedLine(unpackaged));
  process.exitCode = 1;
}
