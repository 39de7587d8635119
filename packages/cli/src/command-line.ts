/** Reads the command line with `node:util` parseArgs and turns its errors into one plain line. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultRulesDir, type Language } from '@rhi-toolkit/engine/node';
import { UsageError } from './command-failure.js';
import { wordsIn, type Words } from './words.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Options every command takes. */
const globalOptions: OptionSpec = {
  lang: { type: 'string' },
  'rules-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

const languages: readonly Language[] = ['en', 'cy'];

export interface CommandLine {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  lang: Language;
  words: Words;
  rulesDir: string;
  help: boolean;
}

/**
 * The language asked for anywhere on the line, found before anything else is parsed so that
 * even a usage error is given in Welsh when `--lang cy` was typed.
 */
export function languageOf(args: readonly string[]): Language {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const value = arg === '--lang' ? args[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return languages.includes(value as Language) ? (value as Language) : 'en';
  }
  return 'en';
}

function usageLine(error: unknown, command: string, words: Words): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return words.usage.unknownOption(command, quoted);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return words.usage.optionNeedsValue(command, quoted.replace(/ <value>$/, '').replace(/^-[a-z], /, ''));
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return words.usage.unexpectedArgument(command, quoted);
  return words.usage.unreadable(command, message ?? String(error));
}

/** Parses one command's arguments with the global options added. */
export function parseCommandLine(command: string, args: string[], options: OptionSpec): CommandLine {
  const words = wordsIn(languageOf(args));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...globalOptions, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageLine(error, command, words));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = values.lang as string | undefined;
  if (lang !== undefined && !languages.includes(lang as Language)) {
    throw new UsageError(words.usage.badLanguage(command, lang));
  }
  const rulesDir = typeof values['rules-dir'] === 'string' ? resolve(values['rules-dir']) : defaultRulesDir();
  return {
    positionals: parsed.positionals,
    options: values,
    lang: (lang as Language | undefined) ?? 'en',
    words,
    rulesDir,
    help: values.help === true,
  };
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(commandLine: CommandLine, name: string): string | undefined {
  const value = commandLine.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** Exactly one positional argument (a file), or a usage error naming what is missing. */
export function onePositional(commandLine: CommandLine, command: string, what: string): string {
  const [first, ...rest] = commandLine.positionals;
  if (first === undefined) throw new UsageError(commandLine.words.usage.missingArgument(command, what));
  if (rest.length > 0) throw new UsageError(commandLine.words.usage.unexpectedArgument(command, rest[0]));
  return first;
}

/**
 * A command's help: its own text, then the options every command takes. main.ts prints it for
 * `rhi <command> --help` and `rhi help <command>` before the command runs, so every command in
 * its list — one added later too — lists --lang and --rules-dir without saying so itself.
 */
export function commandHelp(command: string, words: Words, ownHelp?: string): string {
  const own = ownHelp ?? (words.help as Record<string, string>)[command];
  return [own, words.help.everyCommand].filter((part) => part !== undefined).join('\n\n');
}

/** Does the command line ask for help? (`--help` or `-h` before a `--`.) */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
