// The providers' guide (docs/rules.md) and the command-line reference (docs/cli.md) against the
// real tool, so neither can drift from it:
// - every file the guide shows is byte for byte the file kept in docs/examples/;
// - every command the guide shows is run on a copy of the rules with the worked example in place,
//   and what it prints is what the guide says it prints;
// - docs/cli.md names every command and every option that `rhi` accepts or lists in its help.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import { interviewSchemaFor, loadRuleset } from '@rhi-toolkit/engine/node';
import { buildFormTree, composeLayout, type LayoutOverlay } from '../../packages/elements/src/layout-tools.js';
import type { JsonSchema, Layout } from '../../packages/elements/src/interview-form/layout-types.js';
import { repositoryRoot } from '../cli/run-rhi.js';
import { matchesWithElisions } from '../support/elided-lines.js';

const fromRoot = (...parts: string[]) => join(repositoryRoot, ...parts);
const readText = (path: string) => readFileSync(fromRoot(path), 'utf8');
const rhiBin = fromRoot('packages/cli/bin/rhi.js');

/** The locality the guide builds, where it lives in the guide's commands, and its local scenarios. */
const EXAMPLE = 'northshire';
const EXAMPLES_DIR = 'docs/examples';
const SCENARIOS_IN_GUIDE = 'test/northshire';

// ── Reading the guide ────────────────────────────────────────────────────────────────────────

interface CodeBlock {
  /** The HTML comment on the line before the fence, without `<!--` and `-->`. */
  marker?: string;
  lang: string;
  /** The lines between the fences, each ending in a newline. */
  content: string;
  /** 1-based line of the opening fence in the Markdown file. */
  line: number;
}

function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const opening = /^```(\S*)\s*$/.exec(lines[index]);
    if (!opening) continue;
    const end = lines.indexOf('```', index + 1);
    assert.ok(end > index, `docs: the code block at line ${index + 1} is never closed`);
    const before = index > 0 ? /^<!--\s*(.*?)\s*-->$/.exec(lines[index - 1].trim()) : null;
    const body = lines.slice(index + 1, end);
    blocks.push({ marker: before?.[1], lang: opening[1], content: body.map((line) => `${line}\n`).join(''), line: index + 1 });
    index = end;
  }
  return blocks;
}

/** `run exit=1 overlay=northshire-broken` → { kind: 'run', exit: '1', overlay: 'northshire-broken' }. */
function parseMarker(marker: string): { kind: string; argument: string; options: Record<string, string> } {
  const [head, ...rest] = marker.split(/\s+/);
  const kind = head.replace(/:$/, '');
  const options: Record<string, string> = {};
  const words: string[] = [];
  for (const part of rest) {
    const option = /^([a-z]+)=(.+)$/.exec(part);
    if (option) options[option[1]] = option[2];
    else words.push(part);
  }
  return { kind, argument: words.join(' '), options };
}

const guidePath = 'docs/rules.md';
const guide = readText(guidePath);
const blocks = codeBlocks(guide);
const where = (block: CodeBlock) => `${guidePath}:${block.line}`;

// ── A private copy of the repository's layout with the worked example in place ────────────────

const workspaces: string[] = [];
after(() => {
  for (const folder of workspaces) rmSync(folder, { recursive: true, force: true });
});

/**
 * A folder laid out like the repository as the guide's reader has it: rules/england and
 * rules/wales, the example in rules/northshire, the national scenarios in test/scenarios and the
 * example's scenarios in test/northshire. `folder` replaces the example's folder with another
 * from docs/examples; `overlay` copies files from another over it.
 */
function workspace(options: { folder?: string; overlay?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'rhi-rules-guide-'));
  workspaces.push(root);
  for (const base of ['england', 'wales']) cpSync(fromRoot('rules', base), join(root, 'rules', base), { recursive: true });
  cpSync(fromRoot(EXAMPLES_DIR, options.folder ?? EXAMPLE), join(root, 'rules', EXAMPLE), { recursive: true });
  if (options.overlay) cpSync(fromRoot(EXAMPLES_DIR, options.overlay), join(root, 'rules', EXAMPLE), { recursive: true });
  cpSync(fromRoot('test/scenarios'), join(root, 'test/scenarios'), { recursive: true });
  cpSync(fromRoot(EXAMPLES_DIR, `${EXAMPLE}-scenarios`), join(root, SCENARIOS_IN_GUIDE), { recursive: true });
  return root;
}

function pause(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/**
 * Runs one command line as the guide shows it (`npx rhi …`, perhaps with `> file`) in a shell in
 * `cwd`. A rebuild elsewhere removes the built files for a moment, so a missing build is retried.
 */
function runShown(commandLine: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  assert.match(commandLine, /^npx rhi( |$)/, `the guide's commands start with 'npx rhi': ${commandLine}`);
  const shell = commandLine.replace(/^npx rhi/, `"${process.execPath}" "${rhiBin}"`);
  const env = { ...process.env };
  delete env.RHI_RULES_DIR;
  for (let attempt = 1; ; attempt += 1) {
    const result = spawnSync('/bin/sh', ['-c', shell], { cwd, encoding: 'utf8', env });
    const notBuilt = /not built yet|ERR_MODULE_NOT_FOUND|Cannot find module/.test(result.stderr);
    if (!notBuilt || attempt === 20) return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    pause(1500);
  }
}

const lines = (text: string) => text.replace(/\n+$/, '').split('\n');

// ── The guide's files ────────────────────────────────────────────────────────────────────────

describe('docs/rules.md shows the worked example exactly as it is kept in docs/examples', () => {
  it('marks every JSON and shell block as a file, an excerpt, a command to run, or a fragment', () => {
    const known = ['file', 'excerpt', 'run', 'fragment', 'not-run', 'build-layout'];
    let afterRun = false;
    for (const block of blocks) {
      const kind = block.marker ? parseMarker(block.marker).kind : undefined;
      // The block right after a command is its output and needs no marker of its own.
      if (afterRun && block.lang !== 'sh') {
        afterRun = false;
        continue;
      }
      afterRun = kind === 'run';
      if (!['json', 'sh'].includes(block.lang) && kind === undefined) continue;
      assert.ok(kind && known.includes(kind), `${where(block)}: a ${block.lang} block needs a marker such as <!-- file: docs/examples/… --> or <!-- run -->`);
    }
  });

  for (const block of blocks.filter((candidate) => candidate.marker && parseMarker(candidate.marker).kind === 'file')) {
    const path = parseMarker(block.marker!).argument;
    it(`shows ${path} byte for byte (${where(block)})`, () => {
      assert.ok(path.startsWith(`${EXAMPLES_DIR}/`), `${where(block)}: a file shown in the guide is kept under ${EXAMPLES_DIR}/`);
      assert.equal(block.content, readText(path), `${where(block)} differs from ${path}: copy the file into the guide again`);
    });
  }

  for (const block of blocks.filter((candidate) => candidate.marker && parseMarker(candidate.marker).kind === 'excerpt')) {
    const { argument } = parseMarker(block.marker!);
    const [, path, first, last] = /^(\S+) lines (\d+)-(\d+)$/.exec(argument) ?? [];
    it(`shows lines ${first}–${last} of ${path} as they are (${where(block)})`, () => {
      assert.ok(path, `${where(block)}: write an excerpt marker as <!-- excerpt: PATH lines FIRST-LAST -->`);
      const wanted = lines(readText(path)).slice(Number(first) - 1, Number(last));
      assert.deepEqual(lines(block.content), wanted, `${where(block)} differs from lines ${first}-${last} of ${path}`);
    });
  }

  it('keeps every example file in the guide, so nothing in docs/examples goes unexplained', () => {
    const shown = new Set(
      blocks.filter((block) => block.marker && ['file', 'excerpt', 'build-layout'].includes(parseMarker(block.marker).kind)).map((block) => parseMarker(block.marker!).argument.split(' ')[0]),
    );
    const named = (folder: string) => readdirSync(fromRoot(EXAMPLES_DIR, folder)).map((name) => `${EXAMPLES_DIR}/${folder}/${name}`);
    for (const path of [...named(EXAMPLE), ...named(`${EXAMPLE}-start`), ...named(`${EXAMPLE}-broken`)]) {
      assert.ok(shown.has(path) || guide.includes(path), `${path} is neither shown nor named in ${guidePath}`);
    }
  });

  it('keeps each deliberately broken file a copy of the working one with one or two lines changed', () => {
    for (const name of readdirSync(fromRoot(EXAMPLES_DIR, `${EXAMPLE}-broken`))) {
      const good = lines(readText(`${EXAMPLES_DIR}/${EXAMPLE}/${name}`));
      const broken = lines(readText(`${EXAMPLES_DIR}/${EXAMPLE}-broken/${name}`));
      assert.equal(broken.length, good.length, `${name}: the broken copy has a different number of lines`);
      const changed = broken.filter((line, index) => line !== good[index]).length;
      assert.ok(changed >= 1 && changed <= 2, `${name}: the broken copy should differ in one or two lines, not ${changed}`);
    }
  });
});

// ── The guide's commands ─────────────────────────────────────────────────────────────────────

describe('every command in docs/rules.md prints what the guide says', () => {
  blocks.forEach((block, index) => {
    if (!block.marker || parseMarker(block.marker).kind !== 'run') return;
    const { options } = parseMarker(block.marker);
    const commandLine = block.content.trim();
    it(`${commandLine}${options.overlay ? ` (with ${options.overlay})` : ''}${options.folder ? ` (with ${options.folder})` : ''} — ${where(block)}`, () => {
      assert.equal(block.lang, 'sh', `${where(block)}: a command to run is a sh block`);
      assert.ok(!commandLine.includes('\n'), `${where(block)}: one command per block`);
      const shown = blocks[index + 1];
      assert.ok(shown && shown.lang !== 'sh', `${where(block)}: the command's output block must follow it`);
      const cwd = workspace({ folder: options.folder, overlay: options.overlay });
      const result = runShown(commandLine, cwd);
      const redirect = /\s>\s*(\S+)$/.exec(commandLine)?.[1];
      const printed = (redirect ? readFileSync(join(cwd, redirect), 'utf8') : result.stdout + result.stderr).split(cwd).join('.');
      assert.equal(result.status, Number(options.exit ?? 0), `${where(block)}: exit code\n${printed}`);
      const expected = lines(shown.content);
      const actual = lines(printed);
      assert.ok(
        matchesWithElisions(expected, actual),
        `${where(shown)}: the guide's output differs from what '${commandLine}' prints. It prints:\n${printed}`,
      );
    });
  });

  it('shows every command the guide tells a provider to type', () => {
    for (const step of ['rhi validate', 'rhi test', 'rhi explain', 'rhi diff', 'rhi rules']) {
      assert.ok(
        blocks.some((block) => block.marker?.startsWith('run') && block.content.includes(step)),
        `${guidePath} runs no '${step}'`,
      );
    }
  });
});

// ── The example's form layout, as the build checks it ────────────────────────────────────────

describe('the worked example\'s form layout', () => {
  const baseLayout: Layout = JSON.parse(readText('schemas/interview.layout.json'));
  const baseInterviewSchema = JSON.parse(readText('schemas/interview.schema.json'));

  /** The build's layout lines for the example with `layoutFile` as its interview.layout.json (see scripts/build.mjs). */
  async function buildLayoutLines(layoutFile: string): Promise<string[]> {
    const { ruleset, problems } = await loadRuleset(EXAMPLE, { rulesDir: join(workspace(), 'rules') });
    assert.deepEqual(problems, []);
    const overlay: LayoutOverlay = JSON.parse(readText(layoutFile));
    const shownFile = `rules/${EXAMPLE}/interview.layout.json`;
    const composed = composeLayout(baseLayout, overlay);
    const schema = interviewSchemaFor(baseInterviewSchema, ruleset!) as JsonSchema;
    return [
      ...composed.problems.map((problem) => `build: ${shownFile}: ${problem}`),
      ...buildFormTree(schema, composed.layout).problems.map((problem) => `build: ruleset '${EXAMPLE}': ${problem}`),
    ];
  }

  it('fits the layout schema and places its question without a problem', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readText('schemas/interview-layout.schema.json')));
    const overlay = JSON.parse(readText(`${EXAMPLES_DIR}/${EXAMPLE}/interview.layout.json`));
    assert.ok(validate(overlay), JSON.stringify(validate.errors));
    assert.deepEqual(await buildLayoutLines(`${EXAMPLES_DIR}/${EXAMPLE}/interview.layout.json`), []);
  });

  it('words the build uses for layout problems as the guide shows them', async () => {
    // The prefixes are the build's own: keep this test in step with scripts/package-rulesets.mjs.
    const build = readText('scripts/package-rulesets.mjs');
    assert.ok(build.includes("`${shown(file)}: ${problem}`") && build.includes("`ruleset '${id}': ${problem}`") && build.includes('`build: ${problem}`'));
    for (const block of blocks.filter((candidate) => candidate.marker && parseMarker(candidate.marker).kind === 'build-layout')) {
      const path = parseMarker(block.marker!).argument;
      assert.deepEqual(lines(block.content), await buildLayoutLines(path), `${where(block)}: the build says something else for ${path}`);
    }
  });
});

// ── The command-line reference ───────────────────────────────────────────────────────────────

describe('docs/cli.md covers every command and option rhi accepts', () => {
  const reference = readText('docs/cli.md');
  const rhiHelp = (...args: string[]) => {
    const result = runShown(['npx rhi', ...args].join(' '), repositoryRoot);
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  const optionsIn = (text: string) => new Set([...text.matchAll(/(?<![\w-])(--[a-z][a-z-]*|-h)(?![\w-])/g)].map((match) => match[1]));

  /** The text of one `## ` section of docs/cli.md, found by the start of its heading. */
  function section(headingStart: string): string {
    const parts = reference.split(/^(?=## )/m);
    const found = parts.find((part) => part.startsWith(headingStart));
    assert.ok(found, `docs/cli.md has no section '${headingStart}…'`);
    return found;
  }

  const overall = rhiHelp('--help');
  const commandNames = [...overall.split('Commands:')[1].split('\n\n')[0].matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((match) => match[1]);
  const globalSection = section('## Options every command takes');

  it('lists the commands rhi --help lists, with a section each', () => {
    assert.deepEqual(commandNames, ['validate', 'assess', 'test', 'explain', 'rules', 'diff', 'batch', 'report', 'export', 'synth', 'compile-schema']);
    for (const name of commandNames) section(`## \`rhi ${name}`);
  });

  it('describes every option for every command in the options table', () => {
    const globalSource = readText('packages/cli/src/command-line.ts').split('const globalOptions')[1].split('};')[0];
    const fromSource = [...globalSource.matchAll(/^\s+'?([a-z-]+)'?: \{/gm)].map((match) => `--${match[1]}`);
    const fromHelp = optionsIn(overall.split('Options for every command:')[1].split('\n\n')[0]);
    for (const option of new Set([...fromSource, ...fromHelp, '--version'])) {
      assert.ok(optionsIn(globalSection).has(option), `docs/cli.md, 'Options every command takes', does not describe ${option}`);
    }
  });

  for (const name of ['validate', 'assess', 'test', 'explain', 'rules', 'diff', 'batch', 'report', 'synth', 'compile-schema']) {
    it(`describes every option of rhi ${name} in its section, and no option it does not take`, () => {
      const source = readText(`packages/cli/src/commands/${name}.ts`);
      const spec = /parseCommandLine\('[a-z-]+', args, \{(.*?)\}\)/s.exec(source)?.[1] ?? '';
      const accepted = [...spec.matchAll(/'?([a-z-]+)'?: \{ type/g)].map((match) => `--${match[1]}`);
      const inHelp = optionsIn(rhiHelp(name, '--help'));
      const globals = optionsIn(globalSection);
      const documented = optionsIn(section(`## \`rhi ${name}`));
      for (const option of new Set([...accepted, ...inHelp])) {
        assert.ok(documented.has(option) || globals.has(option), `docs/cli.md does not describe ${option} for rhi ${name}`);
      }
      for (const option of accepted) assert.ok(documented.has(option), `docs/cli.md's section on rhi ${name} does not name ${option}`);
      for (const option of documented) {
        assert.ok(accepted.includes(option) || globals.has(option), `docs/cli.md names ${option} under rhi ${name}, which rhi ${name} does not take`);
      }
    });
  }

  it('gives the meaning of every exit code rhi uses', () => {
    const codes = readText('packages/cli/src/command-failure.ts').match(/exitCodes = \{(.*?)\}/)?.[1] ?? '';
    const table = section('## Exit codes');
    for (const [, code] of codes.matchAll(/: (\d+)/g)) assert.match(table, new RegExp(`^\\| ${code} \\|`, 'm'), `docs/cli.md does not explain exit code ${code}`);
  });
});
