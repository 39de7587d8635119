// The `rhi` command line itself: finding commands, help, version, and usage errors (exit 2).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runRhi } from './run-rhi.js';


const rhi = (...args: string[]) => runRhi(args);

const commands = ['validate', 'assess', 'test', 'explain', 'rules', 'diff', 'batch', 'report', 'export', 'synth', 'compile-schema'];
const stackTrace = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe('rhi (the command line)', () => {
  it('rejects an unknown command with one line, a pointer to --help and exit code 2', () => {
    const { status, stdout, stderr } = rhi('frobnicate');
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /unknown command 'frobnicate'/);
    assert.match(stderr, /--help/);
    assert.doesNotMatch(stderr, stackTrace);
  });

  it('rejects an unknown option with exit code 2 and names the option', () => {
    const { status, stderr } = rhi('assess', 'test/scenarios/s01.json', '--colour');
    assert.equal(status, 2);
    assert.match(stderr, /unknown option '--colour'/);
    assert.match(stderr, /rhi assess --help/);
  });

  it('says what is missing when a command needs an argument (exit code 2)', () => {
    const { status, stderr } = rhi('explain');
    assert.equal(status, 2);
    assert.match(stderr, /missing the answers file/);
  });

  it('rejects a language other than en or cy', () => {
    const { status, stderr } = rhi('rules', '--lang', 'fr');
    assert.equal(status, 2);
    assert.match(stderr, /--lang must be en or cy, not 'fr'/);
  });

  it('gives usage errors in Welsh when --lang cy is on the line', () => {
    const { status, stderr } = rhi('--lang', 'cy', 'frobnicate');
    assert.equal(status, 2);
    assert.match(stderr, /gorchymyn anhysbys 'frobnicate'/);
  });

  it('prints its version', () => {
    const { status, stdout } = rhi('--version');
    assert.equal(status, 0);
    assert.match(stdout, /^rhi \d+\.\d+\.\d+\n$/);
  });

  it('lists every command in its help, in English and in Welsh', () => {
    for (const lang of ['en', 'cy']) {
      const { status, stdout } = rhi('--help', '--lang', lang);
      assert.equal(status, 0);
      for (const command of commands) assert.match(stdout, new RegExp(`^  ${command}\\b`, 'm'), `${lang}: ${command}`);
    }
    assert.match(rhi('--help', '--lang', 'cy').stdout, /Defnydd: rhi <gorchymyn>/);
  });

  it('gives help for each command with --help and -h', () => {
    for (const command of commands) {
      const long = rhi(command, '--help');
      assert.equal(long.status, 0, command);
      assert.match(long.stdout, new RegExp(`^Usage: rhi ${command}`), command);
      assert.equal(rhi(command, '-h').stdout, long.stdout, command);
      assert.match(rhi(command, '--help', '--lang', 'cy').stdout, new RegExp(`^Defnydd: rhi ${command}`), command);
    }
  });

  it("lists --lang and --rules-dir in every command's help, in English and Welsh, however help is asked for", () => {
    for (const command of commands) {
      for (const lang of ['en', 'cy']) {
        for (const args of [[command, '--help', '--lang', lang], ['help', command, '--lang', lang], [command, '-h', '--lang', lang]]) {
          const { status, stdout } = rhi(...args);
          assert.equal(status, 0, args.join(' '));
          for (const option of ['--lang en|cy', '--rules-dir DIR', '-h, --help']) assert.ok(stdout.includes(option), `${args.join(' ')} does not list ${option}`);
        }
      }
    }
  });

  it('adds the options every command takes to a help text from the one shared place, for a command added later too', async () => {
    const { commandHelp } = await import('../../packages/cli/src/command-line.js');
    const { wordsIn } = await import('../../packages/cli/src/words.js');
    const words = wordsIn('en');
    const help = commandHelp('a-command-added-later', { ...words, help: { ...words.help, 'a-command-added-later': 'Usage: rhi later' } } as typeof words);
    assert.equal(help, `Usage: rhi later\n\n${words.help.everyCommand}`);
  });

  it('prints the overall help and exits 2 when no command is given', () => {
    const { status, stderr } = rhi();
    assert.equal(status, 2);
    assert.match(stderr, /Usage: rhi <command>/);
  });
});
