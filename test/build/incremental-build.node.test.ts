// The incremental build's rules (scripts/build-steps.mjs), on a temporary folder with three chained
// steps that copy files: a step is skipped only when its inputs are unchanged and its outputs are
// there; a step that runs makes every later step run; a failed or interrupted step is redone.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { runSteps, type BuildStep } from '../../scripts/build-steps.mjs';

let root: string;
let failIn: string | undefined;
let throwIn: string | undefined;

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** generate: src/ → gen/out.txt; bundle: gen/ and config.json → dist/bundle.txt; types: dist/ → dist-types/types.txt. */
function steps(): BuildStep[] {
  const step = (name: string, inputs: string[], output: string, make: () => string): BuildStep => ({
    name,
    inputs,
    outputs: [output],
    run: () => {
      if (throwIn === name) throw new Error(`${name} broke`);
      write(output, make());
      return failIn === name ? false : undefined;
    },
  });
  return [
    step('generate', ['src'], 'gen/out.txt', () => read('src/a.txt').toUpperCase()),
    step('bundle', ['gen', 'config.json'], 'dist/bundle.txt', () => `${read('gen/out.txt')} ${read('config.json')}`),
    step('types', ['dist'], 'dist-types/types.txt', () => `types of ${read('dist/bundle.txt')}`),
  ];
}

const build = (force = false) => runSteps(steps(), { root, force, log: () => {} });

describe('the incremental build', () => {
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'rhi-build-'));
    failIn = undefined;
    throwIn = undefined;
    write('src/a.txt', 'one');
    write('config.json', '{}');
    assert.deepEqual(await build(), ['generate', 'bundle', 'types'], 'the first build runs every step');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('skips every step when nothing changed', async () => {
    assert.deepEqual(await build(), []);
    assert.equal(read('dist-types/types.txt'), 'types of ONE {}');
  });

  it('skips a step whose input was touched but not changed (content, not times, decides)', async () => {
    write('src/a.txt', 'one');
    assert.deepEqual(await build(), []);
  });

  it('reruns a step whose input changed, and every step after it, not the ones before', async () => {
    write('config.json', '{"x":1}');
    assert.deepEqual(await build(), ['bundle', 'types']);
    assert.equal(read('dist-types/types.txt'), 'types of ONE {"x":1}');
  });

  it('reruns everything when the first step\'s input changed, and the new output reaches the end', async () => {
    write('src/a.txt', 'two');
    assert.deepEqual(await build(), ['generate', 'bundle', 'types']);
    assert.equal(read('dist-types/types.txt'), 'types of TWO {}');
  });

  it('reruns when an input file is added or removed', async () => {
    write('src/b.txt', 'new');
    assert.deepEqual(await build(), ['generate', 'bundle', 'types']);
    rmSync(join(root, 'src/b.txt'));
    assert.deepEqual(await build(), ['generate', 'bundle', 'types']);
  });

  it('reruns a step whose output is missing, and the steps after it', async () => {
    rmSync(join(root, 'dist'), { recursive: true });
    assert.deepEqual(await build(), ['bundle', 'types']);
    assert.equal(read('dist/bundle.txt'), 'ONE {}');
  });

  it('reruns the last step alone when only its output is missing', async () => {
    rmSync(join(root, 'dist-types/types.txt'));
    assert.deepEqual(await build(), ['types']);
    assert.ok(existsSync(join(root, 'dist-types/types.txt')));
  });

  it('rebuilds everything when forced', async () => {
    assert.deepEqual(await build(true), ['generate', 'bundle', 'types']);
  });

  it('redoes a step that reported failure, and the steps after it', async () => {
    write('config.json', '{"x":2}');
    failIn = 'bundle';
    assert.deepEqual(await build(), ['bundle', 'types']);
    failIn = undefined;
    assert.deepEqual(await build(), ['bundle', 'types']);
    assert.deepEqual(await build(), []);
  });

  it('after an interrupted build, redoes the interrupted step and every later one', async () => {
    write('src/a.txt', 'three');
    throwIn = 'bundle';
    await assert.rejects(build(), /bundle broke/);
    throwIn = undefined;
    // generate finished and is stamped; bundle and types are not trusted any more, although
    // types' own inputs (dist/) and output are unchanged since its last run.
    assert.deepEqual(await build(), ['bundle', 'types']);
    assert.equal(read('dist-types/types.txt'), 'types of THREE {}');
  });

  it('forgets the later steps\' stamps as soon as an earlier step runs (a stop between steps is safe)', async () => {
    write('src/a.txt', 'four');
    const stopBeforeBundle = (line: string) => {
      if (line.startsWith('build: bundle')) throw new Error('stopped');
    };
    await assert.rejects(runSteps(steps(), { root, log: stopBeforeBundle }), /stopped/);
    assert.ok(existsSync(join(root, '.build-cache/generate.json')), 'generate finished: stamped');
    assert.ok(!existsSync(join(root, '.build-cache/bundle.json')), 'bundle has no stamp');
    assert.ok(!existsSync(join(root, '.build-cache/types.json')), 'types has no stamp');
    assert.deepEqual(await build(), ['bundle', 'types']);
    assert.equal(read('dist-types/types.txt'), 'types of FOUR {}');
  });
});
