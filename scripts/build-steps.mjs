// Incremental build: runs a list of steps in order, skipping a step only when nothing it reads has
// changed since it last succeeded and everything it writes is still there. Used by scripts/build.mjs;
// test/build/incremental-build.node.test.ts proves the rules on a temporary folder.
//
// The rules, kept simple so a stale dist is never served or tested:
//  - a step's fingerprint is a SHA-256 of the Node version and of the path and content of every file
//    under its `inputs` (files or folders, walked recursively; node_modules, dist folders and the
//    step's own outputs are left out). The stamp `<cacheDir>/<step>.json` holds the fingerprint of
//    its last successful run;
//  - a step runs if it has no stamp, if its fingerprint differs, if one of its `outputs` is missing
//    (or an empty folder), or if `force` is set;
//  - once a step runs, every later step runs too (the steps are a chain: each may read what the
//    earlier ones wrote, and the bundle step empties the dist folders the later ones write into);
//  - before a step runs, its stamp and those of every later step are removed; a stamp is written
//    only after its step succeeds, so a failed or interrupted build is redone from there next time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const neverInputs = new Set(['node_modules', 'dist', '.build-cache', '.git']);

/** Every file under `path` (a file or a folder), sorted, leaving out `excluded` absolute paths. */
function filesUnder(path, excluded) {
  if (excluded.has(path) || !existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .filter((name) => !neverInputs.has(name))
    .flatMap((name) => filesUnder(join(path, name), excluded));
}

/** The step's fingerprint: what it reads, by path and content. A missing input counts as a change. */
export function fingerprint(root, step) {
  const excluded = new Set((step.outputs ?? []).map((output) => resolve(root, output)));
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const input of step.inputs) {
    const path = resolve(root, input);
    if (!existsSync(path)) {
      hash.update(`missing ${input}\n`);
      continue;
    }
    for (const file of filesUnder(path, excluded)) {
      hash.update(`file ${relative(root, file)}\n`);
      hash.update(readFileSync(file));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

function outputPresent(path) {
  if (!existsSync(path)) return false;
  return !statSync(path).isDirectory() || readdirSync(path).length > 0;
}

/** Why the step must run, or null when it can be skipped. */
function reasonToRun(root, cacheDir, step, print) {
  const stampFile = join(cacheDir, `${step.name}.json`);
  if (!existsSync(stampFile)) return 'never built here';
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'unreadable stamp';
  }
  if (stamp.fingerprint !== print) return 'inputs changed';
  const missing = (step.outputs ?? []).find((output) => !outputPresent(resolve(root, output)));
  if (missing) return `${missing} is missing`;
  return null;
}

/**
 * Runs `steps` ({ name, inputs, outputs, run }) in order under `root`. Returns the names of the steps
 * that ran. A step's `run` may return false to say it failed without throwing: its stamp is then not
 * written (the build goes on, as before; the caller sets the exit code).
 */
export async function runSteps(steps, { root, cacheDir = join(root, '.build-cache'), force = false, log = console.log } = {}) {
  mkdirSync(cacheDir, { recursive: true });
  const ran = [];
  let cascade = force ? 'forced' : null;
  for (const step of steps) {
    const print = fingerprint(root, step);
    const reason = cascade ?? reasonToRun(root, cacheDir, step, print);
    const stampFile = join(cacheDir, `${step.name}.json`);
    if (!reason) {
      log(`build: ${step.name}: up to date, skipped`);
      continue;
    }
    log(`build: ${step.name}: ${reason}, running`);
    // This step and every later one are out of date until they succeed: if the build stops here
    // (an error, Ctrl-C), the next one must not trust the later steps' old stamps.
    for (const later of steps.slice(steps.indexOf(step))) rmSync(join(cacheDir, `${later.name}.json`), { force: true });
    const started = Date.now();
    const ok = await step.run();
    ran.push(step.name);
    if (ok !== false) writeFileSync(stampFile, `${JSON.stringify({ fingerprint: print, seconds: (Date.now() - started) / 1000 })}\n`);
    cascade ??= `${step.name} ran before it`;
  }
  return ran;
}
