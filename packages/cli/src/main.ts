/**
 * The `rhi` command: finds the command, runs it, and turns every ending into an exit code.
 * A person's mistake never shows a stack trace; a fault in rhi itself shows one line.
 */
import packageJson from '../package.json';
import { CommandFailure, UsageError, exitCodes } from './command-failure.js';
import { asksForHelp, commandHelp, languageOf } from './command-line.js';
import type { Command } from './commands/command.js';
import { assessCommand } from './commands/assess.js';
import { batchCommand } from './commands/batch.js';
import { compileSchemaCommand } from './commands/compile-schema.js';
import { diffCommand } from './commands/diff.js';
import { explainCommand } from './commands/explain.js';
import { exportCommand } from './commands/export.js';
import { reportCommand } from './commands/report.js';
import { rulesCommand } from './commands/rules.js';
import { synthCommand } from './commands/synth.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';
import { printErrors, printLines, watchStandardOutput } from './output.js';
import { isAssessWorker } from './parallel/assess-worker.js';
import { wordsIn, type Words } from './words.js';

const commands: Command[] = [validateCommand, assessCommand, testCommand, explainCommand, rulesCommand, diffCommand, batchCommand, reportCommand, exportCommand, synthCommand, compileSchemaCommand];

/** Global options that take a value and may come before the command name. */
const optionsWithValue = ['--lang', '--rules-dir'];

/**
 * Splits `rhi [global options] <command> [arguments]`. Global options given before the command
 * are passed on to it, so `rhi --lang cy explain x.json` works like `rhi explain x.json --lang cy`.
 */
function splitCommand(args: string[], words: Words): { name?: string; rest: string[]; wantsHelp: boolean; wantsVersion: boolean } {
  const leading: string[] = [];
  let index = 0;
  while (index < args.length && args[index].startsWith('-')) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') return { rest: [], wantsHelp: true, wantsVersion: false };
    if (arg === '--version') return { rest: [], wantsHelp: false, wantsVersion: true };
    if (optionsWithValue.includes(arg)) {
      leading.push(arg, args[index + 1] ?? '');
      index += 2;
    } else if (optionsWithValue.some((option) => arg.startsWith(`${option}=`))) {
      leading.push(arg);
      index += 1;
    } else {
      throw new UsageError(words.usage.unknownOption('', arg));
    }
  }
  return { name: args[index], rest: [...args.slice(index + 1), ...leading], wantsHelp: false, wantsVersion: false };
}

async function run(args: string[], words: Words): Promise<number> {
  const { name, rest, wantsHelp, wantsVersion } = splitCommand(args, words);
  if (wantsVersion) {
    await printLines([`rhi ${packageJson.version}`]);
    return exitCodes.ok;
  }
  if (name === 'help' && rest[0] !== undefined && !rest[0].startsWith('-')) {
    const command = commands.find((candidate) => candidate.name === rest[0]);
    if (!command) throw new UsageError(words.usage.unknownCommand(rest[0]));
    await printLines([commandHelp(command.name, words, command.help?.(words.lang))]);
    return exitCodes.ok;
  }
  if (wantsHelp || name === 'help') {
    await printLines([words.help.overall]);
    return exitCodes.ok;
  }
  if (name === undefined) {
    printErrors([words.help.overall]);
    return exitCodes.usage;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(words.usage.unknownCommand(name));
  // Help is printed here, the same way for every command, rather than by each command.
  if (asksForHelp(rest)) {
    const helpWords = wordsIn(languageOf(rest));
    await printLines([commandHelp(command.name, helpWords, command.help?.(helpWords.lang))]);
    return exitCodes.ok;
  }
  return command.run(rest);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const words = wordsIn(languageOf(args));
  watchStandardOutput(words);
  try {
    process.exitCode = await run(args, words);
  } catch (error) {
    if (error instanceof CommandFailure) {
      printErrors(error.lines);
      process.exitCode = error.exitCode;
    } else {
      printErrors([`rhi: ${words.internalError}: ${firstLine(error)}`]);
      process.exitCode = exitCodes.internal;
    }
  }
}

// A worker thread started by parallel/parallel-assess.ts loads this same file to assess records;
// it serves chunks of lines (parallel/assess-worker.ts) and must not run the command line again.
if (!isAssessWorker) await main();
