// The three packages as a council's developer gets them: `npm pack` of each workspace, installed
// from the tarballs into a throw-away project outside the repository (its other dependencies from
// the npm cache, else the registry), then used there — the engine in Node, the `rhi` command, every
// elements entry bundled for browsers with esbuild and imported in Node, and a TypeScript file
// type-checked against the packed declarations. docs/packaging.md describes the entries.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const workspaces = ['engine', 'elements', 'cli'] as const;
const tags = ['rhi-interview-form', 'rhi-risk-panel', 'rhi-referral-wizard', 'rhi-interview', 'rhi-outcomes-chart', 'rhi-record-stored'];

/** Each elements entry and the tags importing it registers (class-only entries: none). */
const elementEntries: Record<string, string[]> = {
  '': [],
  '/define': tags,
  '/interview-form': [],
  '/interview-form/define': ['rhi-interview-form', 'rhi-record-stored'],
  '/risk-panel': [],
  '/risk-panel/define': ['rhi-risk-panel'],
  '/referral-wizard': [],
  '/referral-wizard/define': ['rhi-referral-wizard', 'rhi-record-stored'],
  '/interview': [],
  '/interview/define': ['rhi-interview'],
  '/outcomes-chart': [],
  '/outcomes-chart/define': ['rhi-outcomes-chart'],
  '/rhi-toolkit.js': tags,
};
/** Entries that never assess, so they do not import the engine. */
const entriesWithoutEngine = ['/outcomes-chart', '/outcomes-chart/define'];
const classOnlyEntries = Object.keys(elementEntries).filter((entry) => entry !== '' && !entry.includes('define') && entry !== '/rhi-toolkit.js');

const work = mkdtempSync(join(tmpdir(), 'rhi-pack-'));
const tarballFolder = join(work, 'tarballs');
const project = join(work, 'project');
const packed = new Map<string, { filename: string; files: string[] }>();

/** npm's environment without what `npm test` sets for the repository (its prefix, package and script). */
function npmEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_|^npm_config_(local_prefix|workspaces?)$|^npm_command$|^INIT_CWD$/i.test(key)) delete env[key];
  }
  return env;
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: npmEnvironment(), maxBuffer: 64 * 1024 * 1024, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} (in ${options.cwd ?? root}) failed:\n${result.stderr}\n${result.stdout}`);
  return String(result.stdout);
}

const nodeIn = (args: string[]) => run(process.execPath, args, { cwd: project });

describe('npm pack of each package, installed in a throw-away project', () => {
  before(
    () => {
      mkdirSync(tarballFolder);
      mkdirSync(project);
      const workspaceArgs = workspaces.flatMap((name) => ['--workspace', `packages/${name}`]);
      // The build has run (npm test builds first); packing must not build again.
      const report = JSON.parse(run('npm', ['pack', ...workspaceArgs, '--pack-destination', tarballFolder, '--ignore-scripts', '--json'], { cwd: root }));
      for (const entry of report) packed.set(entry.name, { filename: entry.filename, files: entry.files.map((file: { path: string }) => file.path) });
      const dependencies = Object.fromEntries(workspaces.map((name) => [`@rhi-toolkit/${name}`, `file:${join(tarballFolder, packed.get(`@rhi-toolkit/${name}`)!.filename)}`]));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'throw-away-host', private: true, type: 'module', dependencies }, null, 2));
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: project });
    },
    { timeout: 900_000 },
  );

  after(() => rmSync(work, { recursive: true, force: true }));

  it('packs every file the package.json names, and no sources or build tools', () => {
    for (const name of workspaces) {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
      const files = packed.get(manifest.name)?.files ?? [];
      assert.ok(files.length > 0, `${manifest.name} was packed`);
      const targets = [manifest.main, manifest.types, manifest.customElements, ...Object.values(manifest.bin ?? {}), ...exportTargets(manifest.exports)].filter(Boolean);
      for (const target of targets as string[]) {
        const pattern = new RegExp(`^${target.replace(/^\.\//, '').split('*').map(escapeRegExp).join('.+')}$`);
        assert.ok(files.some((file) => pattern.test(file)), `${manifest.name}: ${target} is in the tarball`);
      }
      assert.deepEqual(files.filter((file) => /^(src|test)\/|tsconfig|layout-tools/.test(file)), [], `${manifest.name} ships no sources, tests or build tools`);
    }
  });

  it('assesses S02 as high risk with the engine in Node, from the england ruleset the package ships', () => {
    cpSync(join(root, 'test/scenarios/s02.json'), join(project, 's02.json'));
    const output = nodeIn([
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs';
       import { fileURLToPath } from 'node:url';
       import { createAssessor } from '@rhi-toolkit/engine';
       import { defaultRulesDir, listRulesets } from '@rhi-toolkit/engine/node';
       const scenario = JSON.parse(readFileSync('s02.json', 'utf8'));
       const file = fileURLToPath(import.meta.resolve('@rhi-toolkit/engine/rulesets/' + scenario.ruleset + '.json'));
       const assessment = await createAssessor(JSON.parse(readFileSync(file, 'utf8'))).assess(scenario.answers, { now: scenario.now });
       console.log(JSON.stringify({ file, riskLevel: assessment.riskLevel, shipped: await listRulesets(defaultRulesDir()) }));`,
    ]);
    const { file, riskLevel, shipped } = JSON.parse(output);
    assert.ok(file.startsWith(join(project, 'node_modules/@rhi-toolkit/engine/dist/rulesets/')), `the ruleset came from the installed package (${file})`);
    assert.equal(riskLevel, 'high');
    assert.deepEqual([...shipped].sort(), ['england', 'example-locality', 'wales']);
  });

  it('runs the rhi command: --help, and assess on S02 with the rules it ships', () => {
    const rhi = join(project, 'node_modules/.bin/rhi');
    assert.match(run(rhi, ['--help'], { cwd: project }), /Usage: rhi <command>/);
    const assessment = JSON.parse(run(rhi, ['assess', 's02.json'], { cwd: project }));
    assert.equal(assessment.rulesetId, 'england');
    assert.equal(assessment.riskLevel, 'high');
  });

  it('bundles every elements entry for browsers, with no eval; per-component entries leave lit and the engine to the host, the all-in-one carries them', async () => {
    const browserFolder = join(project, 'browser');
    mkdirSync(browserFolder);
    for (const [entry, registered] of Object.entries(elementEntries)) {
      const entryFile = join(browserFolder, `entry${entry.replaceAll('/', '-') || '-index'}.js`);
      writeFileSync(entryFile, `export * from '@rhi-toolkit/elements${entry}';\n`);
      const result = await build({ entryPoints: [entryFile], absWorkingDir: project, bundle: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
      const code = result.outputFiles[0]!.text;
      const inputs = Object.keys(result.metafile.inputs);
      const what = `@rhi-toolkit/elements${entry}`;
      assert.deepEqual(inputs.filter((input) => input.startsWith('..')), [], `${what}: everything resolved inside the throw-away project`);
      assert.deepEqual([...code.matchAll(/customElements\.define\(\s*["'`](rhi-[a-z-]+)/g)].map((match) => match[1]), registered, `${what} registers ${registered.join(', ') || 'nothing'}`);
      assert.doesNotMatch(code, /\beval\s*\(|\bnew Function\s*\(/, `${what} has no eval (strict CSP)`);
      const packagesUsed = new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []));
      if (entry === '/rhi-toolkit.js') assert.deepEqual([...packagesUsed], ['@rhi-toolkit/elements'], 'the all-in-one module imports nothing');
      else {
        const dependencies = entriesWithoutEngine.includes(entry) ? ['lit', '@formatjs/intl'] : ['lit', '@rhi-toolkit/engine', '@formatjs/intl'];
        for (const dependency of dependencies) assert.ok(packagesUsed.has(dependency), `${what} imports ${dependency}`);
      }
    }
  });

  it('defines each component class once, in a shared chunk, for the per-component entries', () => {
    const dist = join(project, 'node_modules/@rhi-toolkit/elements/dist');
    const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && file !== 'rhi-toolkit.js');
    for (const className of ['RhiInterviewForm', 'RhiRiskPanel', 'RhiReferralWizard', 'RhiInterview', 'RhiOutcomesChart']) {
      const defining = modules.filter((file) => readFileSync(join(dist, file), 'utf8').includes(`class ${className} extends`));
      assert.equal(defining.length, 1, `${className} is defined in one module (${defining.join(', ')})`);
    }
  });

  it('registers tags in Node only through the define entries (class-only entries register nothing)', () => {
    for (const [entry, registered] of Object.entries(elementEntries)) {
      if (entry === '/rhi-toolkit.js') continue; // lit's browser build inside: checked in the bundle above
      const output = nodeIn(['--input-type=module', '-e', `await import('@rhi-toolkit/elements${entry}'); console.log(JSON.stringify(${JSON.stringify(tags)}.filter((tag) => customElements.get(tag))));`]);
      assert.deepEqual(JSON.parse(output), registered, `@rhi-toolkit/elements${entry} registers ${registered.join(', ') || 'nothing'}`);
    }
  });

  it('exports from the package root everything each class-only entry exports', () => {
    const output = nodeIn([
      '--input-type=module',
      '-e',
      `const all = Object.keys(await import('@rhi-toolkit/elements'));
       const missing = {};
       for (const entry of ${JSON.stringify(classOnlyEntries)}) missing[entry] = Object.keys(await import('@rhi-toolkit/elements' + entry)).filter((name) => !all.includes(name));
       console.log(JSON.stringify(missing));`,
    ]);
    assert.deepEqual(JSON.parse(output), Object.fromEntries(classOnlyEntries.map((entry) => [entry, []])));
  });

  for (const moduleResolution of ['bundler', 'nodenext'] as const) {
    it(`type-checks a host's TypeScript against the packed declarations (moduleResolution ${moduleResolution})`, () => {
      writeFileSync(join(project, 'host.ts'), hostTypeScript);
      const compilerOptions = {
        target: 'ES2022',
        module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
        moduleResolution,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      };
      // A second program for class-only imports: a define entry names its tag for every file of a program.
      writeFileSync(join(project, 'host-class-only.ts'), hostClassOnlyTypeScript);
      for (const file of moduleResolution === 'bundler' ? ['host.ts', 'host-class-only.ts'] : ['host.ts']) {
        const config = join(project, `tsconfig.${moduleResolution}.${file.replace('.ts', '')}.json`);
        writeFileSync(config, JSON.stringify({ compilerOptions, files: [file] }, null, 2));
        const result = spawnSync(process.execPath, [tsc, '-p', config], { cwd: project, encoding: 'utf8' });
        assert.equal(result.status, 0, `tsc found problems in ${file}:\n${result.stdout}${result.stderr}`);
      }
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every path an `exports` map points at, through its conditions. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

/** What a host writes: every entry imported, typed events, typed tags only where a define entry was imported. */
const hostTypeScript = `
import { createAssessor, type Assessment, type ResolvedRuleset } from '@rhi-toolkit/engine';
import { loadRuleset } from '@rhi-toolkit/engine/node';
import { validateInterviewAnswers, type SchemaValidator } from '@rhi-toolkit/engine/form-support';
import england from '@rhi-toolkit/engine/rulesets/england.json' with { type: 'json' };
import englandLayout from '@rhi-toolkit/engine/rulesets/england.interview.layout.json' with { type: 'json' };
import englandSchema from '@rhi-toolkit/engine/rulesets/england.interview.schema.json' with { type: 'json' };
import { validateInterviewAnswers as validateEngland } from '@rhi-toolkit/engine/rulesets/england.interview-validator.js';
import { RhiInterview, RhiReferralWizard, createInterviewSession, type JsonSchema, type Layout, type RhiChangeDetail } from '@rhi-toolkit/elements';
import { RhiRiskPanel } from '@rhi-toolkit/elements/risk-panel';
import { RhiInterviewForm } from '@rhi-toolkit/elements/interview-form/define';
import type { ReferralPackage } from '@rhi-toolkit/elements/referral-wizard';
import '@rhi-toolkit/elements/referral-wizard/define';
import '@rhi-toolkit/elements/interview/define';
import '@rhi-toolkit/elements/define';
import type { RhiAssessmentDetail } from '@rhi-toolkit/elements/interview';
import { RhiOutcomesChart, type ServiceReport } from '@rhi-toolkit/elements/outcomes-chart/define';

const ruleset: ResolvedRuleset = england;
const validators: SchemaValidator[] = [validateInterviewAnswers, validateEngland];

export async function riskLevelOf(answers: unknown): Promise<Assessment['riskLevel']> {
  const { problems } = await loadRuleset('england');
  if (problems.length > 0) throw new Error(problems[0]!.message);
  return (await createAssessor(ruleset).assess(answers, { now: '2026-05-12T14:00:00Z' })).riskLevel;
}

const form: RhiInterviewForm = document.createElement('rhi-interview-form');
form.layout = englandLayout as Layout;
form.schema = englandSchema as JsonSchema;
form.validator = validators[1];
form.addEventListener('rhi-change', (event) => console.log(event.detail.path satisfies string));
const wizard: RhiReferralWizard = document.createElement('rhi-referral-wizard');
wizard.addEventListener('rhi-referrals-submit', (event) => console.log(event.detail.package satisfies ReferralPackage));
const coordinator: RhiInterview = document.createElement('rhi-interview');
coordinator.ruleset = ruleset;
coordinator.addEventListener('rhi-assessment', (event) => console.log(event.detail satisfies RhiAssessmentDetail));
customElements.define('council-risk-panel', class extends RhiRiskPanel {});
export const onChange = (detail: RhiChangeDetail) => detail.submittedAnswers;
export const session = createInterviewSession({ ruleset, answers: {}, lang: 'en', now: () => new Date() });
const chart: RhiOutcomesChart = document.createElement('rhi-outcomes-chart');
export const showReport = (report: ServiceReport) => (chart.report = report);
// @ts-expect-error the form has no such property
form.notAProperty = true;
`;

/** Class-only entries register no tag, so they name none for TypeScript: the host names its own. */
const hostClassOnlyTypeScript = `
import { RhiRiskPanel } from '@rhi-toolkit/elements/risk-panel';
import { RhiInterviewForm } from '@rhi-toolkit/elements';

customElements.define('council-risk-panel', class extends RhiRiskPanel {});
// @ts-expect-error <rhi-risk-panel> is not registered by a class-only entry
export const panel: RhiRiskPanel = document.createElement('rhi-risk-panel');
// @ts-expect-error nor is <rhi-interview-form> by the package root
export const form: RhiInterviewForm = document.createElement('rhi-interview-form');
`;
