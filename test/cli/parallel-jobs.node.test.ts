// `--jobs N` on rhi batch, report and export: records are read and assessed on N worker threads,
// and what comes out — stdout, stderr and the exit code — is the same bytes whatever N is.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRhi, type CommandResult } from './run-rhi.js';

const folder = mkdtempSync(join(tmpdir(), 'rhi-jobs-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** 200 synthetic records (more lines than one chunk per worker), written by rhi synth itself. */
function synthetic(name: string): string {
  const path = join(folder, name);
  const { status, stderr } = runRhi(['synth', '--count', '200', '--seed', '17', '--no-assessments', '--output', path]);
  assert.equal(status, 0, stderr);
  return path;
}

const clean = synthetic('clean.ndjson');

/** The same records with lines that cannot be used spread through them: every kind of bad line. */
const broken = (() => {
  const lines: Buffer[] = readFileSync(clean, 'utf8').trim().split('\n').map((line) => Buffer.from(line, 'utf8'));
  const bad: [number, Buffer][] = [
    [3, Buffer.from('{"answers": oops}')],
    [70, Buffer.from('[1, 2]')],
    [71, Buffer.from('')],
    [130, Buffer.concat([Buffer.from('{"child": {"gender": "'), Buffer.from([0xe9]), Buffer.from('"}}')])],
    [190, Buffer.from(JSON.stringify({ child: { gender: 'boy' } }))],
  ];
  // Put in from the last, so each lands before the record it names: at lines 4, 72, 74 (blank), 134 and 195.
  for (const [index, line] of bad.reverse()) lines.splice(index, 0, line);
  const path = join(folder, 'broken.ndjson');
  writeFileSync(path, Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])));
  return path;
})();

/** The command at 1, 2 and 3 jobs; `--output` for batch, whose results are more than a pipe holds. */
function atEachJobs(args: (jobs: number) => string[]): { jobs: number; result: CommandResult; written?: string }[] {
  return [1, 2, 3].map((jobs) => ({ jobs, result: runRhi(args(jobs)) }));
}

function assertSameBytes(runs: { jobs: number; result: CommandResult; written?: string }[]): void {
  const [one, ...more] = runs;
  for (const run of more) {
    assert.equal(run.result.status, one.result.status, `exit code at --jobs ${run.jobs}`);
    assert.equal(run.result.stdout, one.result.stdout, `stdout at --jobs ${run.jobs}`);
    assert.equal(run.result.stderr, one.result.stderr, `stderr at --jobs ${run.jobs}`);
    assert.equal(run.written, one.written, `--output file at --jobs ${run.jobs}`);
  }
}

/** How many worker threads `rhi` started for these arguments (test/cli/count-workers.cjs reports each). */
function workersStarted(args: string[]): number {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${join(process.cwd(), 'test/cli/count-workers.cjs')}` };
  delete env.RHI_RULES_DIR;
  const result = spawnSync(process.execPath, ['packages/cli/bin/rhi.js', ...args], { encoding: 'utf8', env });
  assert.equal(result.status, 0, result.stderr);
  return result.stderr.split('\n').filter((line) => line === 'count-workers: a worker thread started').length;
}

describe('--jobs N', () => {
  it('really works on N worker threads (and none at --jobs 1), not only in the main thread', () => {
    const output = join(folder, 'threads.ndjson');
    const args = (jobs: number) => ['batch', clean, '--now', '2026-06-01T12:00:00Z', '--jobs', String(jobs), '--output', output];
    assert.equal(workersStarted(args(1)), 0);
    assert.equal(workersStarted(args(2)), 2);
    assert.equal(workersStarted(args(3)), 3);
  });

  it('gives rhi batch the same results, in the same order, at 1, 2 and 3 jobs, broken lines included', () => {
    const runs = [1, 2, 3].map((jobs) => {
      const output = join(folder, `batch-${jobs}.ndjson`);
      const result = runRhi(['batch', broken, '--now', '2026-06-01T12:00:00Z', '--jobs', String(jobs), '--output', output]);
      return { jobs, result, written: readFileSync(output, 'utf8') };
    });
    assertSameBytes(runs);
    const results = runs[0].written!.trim().split('\n').map((line) => JSON.parse(line));
    // Every line but the blank one, in the file's order; the four bad ones as errors.
    assert.equal(results.length, 204);
    assert.deepEqual(
      results.map((result) => result.line),
      Array.from({ length: 205 }, (_, index) => index + 1).filter((line) => line !== 74),
    );
    assert.deepEqual(
      results.filter((result) => 'error' in result).map((result) => result.line),
      [4, 72, 134, 195],
    );
    assert.equal(runs[0].result.stderr, '200 assessed, 4 rejected\n');
  });

  it('gives rhi report --assess always the same report at 1, 2 and 3 jobs, and the same unreadable lines', () => {
    const runs = atEachJobs((jobs) => ['report', broken, '--assess', 'always', '--format', 'json', '--now', '2026-06-01T12:00:00Z', '--jobs', String(jobs)]);
    assertSameBytes(runs);
    assert.equal(runs[0].result.status, 0, runs[0].result.stderr);
    assert.match(runs[0].result.stderr, /broken\.ndjson:4:/);
    assert.ok(JSON.parse(runs[0].result.stdout));
  });

  it('gives rhi export the same file at 1, 2 and 3 jobs, and the same problems for a file with broken lines', () => {
    const exported = atEachJobs((jobs) => ['export', clean, '--format', 'ssd-missing', '--from', '2020-01-01', '--to', '2030-12-31', '--jobs', String(jobs)]);
    assertSameBytes(exported);
    assert.equal(exported[0].result.status, 0, exported[0].result.stderr);
    assert.ok(exported[0].result.stdout.split('\n').length > 200);
    const refused = atEachJobs((jobs) => ['export', broken, '--format', 'ssd-missing', '--from', '2020-01-01', '--to', '2030-12-31', '--jobs', String(jobs)]);
    assertSameBytes(refused);
    assert.equal(refused[0].result.status, 1);
    assert.match(refused[0].result.stderr, /broken\.ndjson:134:/);
  });

  for (const command of ['batch', 'report', 'export']) {
    it(`refuses --jobs 0 and --jobs x for rhi ${command}, naming the option, in English and Welsh`, () => {
      const extra = command === 'export' ? ['--format', 'ssd-missing'] : [];
      for (const value of ['0', 'x', '-1', '1.5']) {
        const { status, stdout, stderr } = runRhi([command, clean, ...extra, `--jobs=${value}`]);
        assert.equal(status, 2, `--jobs ${value}`);
        assert.equal(stdout, '');
        assert.equal(stderr, `rhi ${command}: --jobs must be a whole number of threads, 1 or more (such as 2), not '${value}'\n`);
      }
      const welsh = runRhi([command, clean, ...extra, '--jobs', '0', '--lang', 'cy']);
      assert.equal(welsh.status, 2);
      assert.match(welsh.stderr, new RegExp(`^rhi ${command}: rhaid i --jobs fod yn nifer cyfan`));
    });

    it(`lists --jobs in rhi ${command}'s help, in English and Welsh`, () => {
      for (const lang of ['en', 'cy']) {
        const { stdout } = runRhi([command, '--help', '--lang', lang]);
        assert.match(stdout, /^ {2}--jobs N {2,}\S/m, `${lang}: ${command}`);
        assert.match(stdout, /\[--jobs N\]/, `${lang}: ${command} usage line`);
      }
    });
  }
});
