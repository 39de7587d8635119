// `npm test`: every test, Node and browser, ending with one `N passed, M failed` line.
// Steps: find (or on Debian/Ubuntu as root, install) Chromium → build → type-check →
// Node tests → browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../test/support/browser-path.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const totals = { passed: 0, failed: 0 };
const stepFailures = [];

function run(label, command, args, options = {}) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isDebianFamily = existsSync('/etc/debian_version');
  if (isDebianFamily && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get (about a minute)…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install.status === 0 && findBrowser()) return findBrowser();
  }
  console.error('No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its binary, then run `npm test` again.');
  process.exit(1);
}

function filesUnder(folder, pattern) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const browser = ensureBrowser();

const build = run('build', 'npm', ['run', '--silent', 'build']);
if (build.status !== 0) {
  console.error('\nThe build failed, so no test ran.\n0 passed, 1 failed');
  process.exit(1);
}

const typecheck = run('type-check', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
if (typecheck.status !== 0) stepFailures.push('type-check');

// Node: engine and command-line tests, including the shared engine tests.
const nodeFiles = [...filesUnder('test', /\.test\.ts$/)].filter((file) => !file.endsWith('.browser.test.ts')).sort();
const nodeRun = run('Node tests', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeFiles], { capture: true });
const count = (name) => Number((nodeRun.stdout ?? '').match(new RegExp(`^ℹ ${name} (\\d+)`, 'm'))?.[1] ?? 0);
totals.passed += count('pass');
totals.failed += count('fail') + count('cancelled');
if (nodeRun.status !== 0 && count('fail') + count('cancelled') === 0) stepFailures.push('Node tests');

// Browser: the same engine tests plus browser-only ones, in Chromium.
const resultsFile = join(root, '.test-results/browser.json');
rmSync(resultsFile, { force: true });
const browserRun = run('Browser tests (Chromium)', 'npx', ['--no-install', 'web-test-runner', '--config', 'web-test-runner.config.mjs'], { env: { CHROME_PATH: browser } });
if (existsSync(resultsFile)) {
  const browserCounts = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals.passed += browserCounts.passed;
  totals.failed += browserCounts.failed;
  if (browserRun.status !== 0 && browserCounts.failed === 0) stepFailures.push('browser tests');
} else {
  stepFailures.push('browser tests (the runner did not finish)');
}

totals.failed += stepFailures.length;
if (stepFailures.length > 0) console.error(`\nFailed steps: ${stepFailures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
