// Files are never half-written or overwritten by mistake: `--output` of `rhi report`, `rhi synth`
// and `rhi batch` goes through a temporary file renamed at the end, an output that is an input is
// refused before anything is read, and a write that fails is one line and exit code 4.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, cpSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, runRhi } from './run-rhi.js';

const FIXTURE = join(repositoryRoot, 'test/fixtures/report/records.ndjson');
const OLD_REPORT = '# An older report that must stay whole\n';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'rhi-output-'));
}

/** The fixture's first seven records (all readable, so stderr holds only what the test is about), in a folder of their own. */
function recordsIn(folder: string): string {
  const records = join(folder, 'records.ndjson');
  writeFileSync(records, `${readFileSync(FIXTURE, 'utf8').split('\n').slice(0, 7).join('\n')}\n`);
  return records;
}

/** `rhi ARGS…` with stdout (and stdin) on given file descriptors; a shell prefix (`ulimit -f 2;`) when asked. */
function runRhiOn(args: string[], stdio: StdioOptions, shellPrefix?: string): { status: number | null; stderr: string } {
  const env = { ...process.env };
  delete env.RHI_RULES_DIR;
  const command = shellPrefix
    ? spawnSync('sh', ['-c', `${shellPrefix} exec "$0" "$@"`, process.execPath, 'packages/cli/bin/rhi.js', ...args], { cwd: repositoryRoot, encoding: 'utf8', env, stdio })
    : spawnSync(process.execPath, ['packages/cli/bin/rhi.js', ...args], { cwd: repositoryRoot, encoding: 'utf8', env, stdio });
  return { status: command.status, stderr: command.stderr ?? '' };
}

/** One line on stderr, no stack trace and no "internal error". */
function assertOneLine(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.doesNotMatch(stderr, /internal error|gwall mewnol|\n\s+at /, stderr);
}

function leftovers(folder: string, keep: readonly string[]): string[] {
  return readdirSync(folder).filter((name) => !keep.includes(name));
}

describe('rhi --output: a file whole or not at all', () => {
  it('leaves an older report whole, and no temporary file, when the file cannot grow (EFBIG under ulimit -f)', () => {
    const folder = scratch();
    const records = recordsIn(folder);
    const report = join(folder, 'report.md');
    writeFileSync(report, OLD_REPORT);
    // 2 blocks of 512 bytes: the report (several kilobytes) cannot be written whole.
    const result = runRhiOn(['report', records, '--output', report], ['ignore', 'ignore', 'pipe'], 'ulimit -f 2;');
    assert.equal(result.status, 4, result.stderr);
    assertOneLine(result.stderr);
    assert.match(result.stderr, new RegExp(`^${report.replaceAll('/', '\\/')}  cannot be written .*EFBIG`));
    assert.equal(readFileSync(report, 'utf8'), OLD_REPORT, 'the older report is whole');
    assert.deepEqual(leftovers(folder, ['records.ndjson', 'report.md']), [], 'no temporary file is left');
  });

  it('leaves older synthetic records whole when a long synth run cannot finish writing (Welsh)', () => {
    const folder = scratch();
    const output = join(folder, 'synthetic.ndjson');
    writeFileSync(output, OLD_REPORT);
    const result = runRhiOn(['synth', '--count', '2000', '--no-assessments', '--output', output, '--lang', 'cy'], ['ignore', 'ignore', 'pipe'], 'ulimit -f 8;');
    assert.equal(result.status, 4, result.stderr);
    assertOneLine(result.stderr);
    assert.match(result.stderr, /nid oes modd ysgrifennu .*EFBIG/);
    assert.equal(readFileSync(output, 'utf8'), OLD_REPORT);
    assert.deepEqual(leftovers(folder, ['synthetic.ndjson']), []);
  });

  it('leaves an older report whole on a full disk (ENOSPC on a 64 KB tmpfs; needs root to mount, skipped otherwise)', (context) => {
    if (process.getuid?.() !== 0) {
      context.skip('mounting a tmpfs needs root: the EFBIG test above shows the same on any machine');
      return;
    }
    const disk = scratch();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0) {
      context.skip('this machine does not allow mounting a tmpfs');
      return;
    }
    try {
      const report = join(disk, 'report.md');
      writeFileSync(report, OLD_REPORT);
      const filler = openSync(join(disk, 'filler'), 'w');
      try {
        for (;;) writeSync(filler, Buffer.alloc(4096, 0x20));
      } catch (error) {
        assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
      } finally {
        closeSync(filler);
      }
      const result = runRhiOn(['report', recordsIn(scratch()), '--output', report], ['ignore', 'ignore', 'pipe']);
      assert.equal(result.status, 4, result.stderr);
      assertOneLine(result.stderr);
      assert.match(result.stderr, /cannot be written \(the disk is full, ENOSPC\) — free some space/);
      assert.equal(readFileSync(report, 'utf8'), OLD_REPORT, 'the older report is whole');
      assert.deepEqual(leftovers(disk, ['report.md', 'filler']), []);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('writes through a temporary file in the same folder, keeps a symlinked output a link, and leaves nothing else', () => {
    const folder = scratch();
    const records = recordsIn(folder);
    mkdirSync(join(folder, 'real'));
    const target = join(folder, 'real', 'report.csv');
    writeFileSync(target, OLD_REPORT);
    symlinkSync(target, join(folder, 'latest.csv'));
    const { status, stderr } = runRhi(['report', records, '--format', 'csv', '--output', join(folder, 'latest.csv')]);
    assert.equal(status, 0, stderr);
    assert.match(readFileSync(target, 'utf8'), /^section,measure/);
    assert.deepEqual(leftovers(join(folder, 'real'), ['report.csv']), []);
    assert.deepEqual(leftovers(folder, ['records.ndjson', 'real', 'latest.csv']), []);
  });
});

describe('rhi --output: an output that is an input is refused before anything is read', () => {
  const refusals: [string, (folder: string, records: string) => string[], RegExp][] = [
    ['report --output the records file itself', (_, records) => ['report', records, '--output', records], /the records file .*records\.ndjson \(the same path\)/],
    ['report --output a symbolic link to the records', (folder, records) => {
      symlinkSync(records, join(folder, 'link.ndjson'));
      return ['report', records, '--output', join(folder, 'link.ndjson')];
    }, /\(a symbolic link to the same file\)/],
    ['report --output a hard link to the records', (folder, records) => {
      linkSync(records, join(folder, 'hard.ndjson'));
      return ['report', records, '--format', 'json', '--output', join(folder, 'hard.ndjson')];
    }, /\(a hard link to the same file\)/],
    ['batch --output the records file', (_, records) => ['batch', records, '--output', records], /the records file .*\(the same path\)/],
  ];
  for (const [name, argsFor, expected] of refusals) {
    it(`refuses ${name}, with one line and exit code 4, and the records unchanged`, () => {
      const folder = scratch();
      const records = recordsIn(folder);
      const before = readFileSync(records, 'utf8');
      const { status, stderr } = runRhi(argsFor(folder, records));
      assert.equal(status, 4, stderr);
      assertOneLine(stderr);
      assert.match(stderr, expected);
      assert.match(stderr, /nothing was read or written; write the output to another file/);
      assert.equal(readFileSync(records, 'utf8'), before);
    });
  }

  it('refuses synth --output a rule file of the ruleset it reads (in Welsh)', () => {
    const rules = join(scratch(), 'rules');
    cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
    const ruleFile = join(rules, 'england', 'risk.rules.json');
    const before = readFileSync(ruleFile, 'utf8');
    const { status, stderr } = runRhi(['synth', '--count', '3', '--rules-dir', rules, '--output', ruleFile, '--lang', 'cy']);
    assert.equal(status, 4, stderr);
    assertOneLine(stderr);
    assert.match(stderr, /ffeil reolau .*risk\.rules\.json yw'r allbwn hwn \(yr un llwybr\)/);
    assert.equal(readFileSync(ruleFile, 'utf8'), before);
  });

  it('refuses a standard output appended to the records file (rhi batch records >> records)', () => {
    const folder = scratch();
    const records = recordsIn(folder);
    const before = readFileSync(records, 'utf8');
    const appended = openSync(records, 'a');
    try {
      // Without the check, batch reads its own output for ever: the file size limit ends that.
      const { status, stderr } = runRhiOn(['batch', records], ['ignore', appended, 'pipe'], 'ulimit -f 20000;');
      assert.equal(status, 4, stderr);
      assertOneLine(stderr);
      assert.match(stderr, /^standard output {2}this output is the records file .*\(the same file\)/);
    } finally {
      closeSync(appended);
    }
    assert.equal(readFileSync(records, 'utf8'), before);
  });
});

describe('rhi: a standard output that cannot be written', () => {
  const commands: [string, string[]][] = [
    ['rules', ['rules']],
    ['report', ['report', FIXTURE]],
    ['synth', ['synth', '--count', '50', '--no-assessments']],
    ['batch', ['batch', FIXTURE]],
  ];
  for (const [name, args] of commands) {
    it(`rhi ${name} > /dev/full: one line naming standard output and what to do, exit code 4`, () => {
      const full = openSync('/dev/full', 'w');
      try {
        const { status, stderr } = runRhiOn(args, ['ignore', full, 'pipe']);
        assert.equal(status, 4, stderr);
        assert.doesNotMatch(stderr, /internal error|\n\s+at |node:/, stderr);
        assert.match(stderr, /^rhi: standard output cannot be written \(the disk is full, ENOSPC\) — free some space/m);
      } finally {
        closeSync(full);
      }
    });
  }

  it('stops quietly when the reader closes early (rhi synth | head): nothing on stderr, exit code 0', async () => {
    const child = spawn(process.execPath, ['packages/cli/bin/rhi.js', 'synth', '--count', '200000', '--no-assessments'], { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    // Read the first chunk, then close the pipe as `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });
});
