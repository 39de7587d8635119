/**
 * What `assess` and `explain` share: the answers file, the ruleset and the moment, chosen from
 * the command line first, then the scenario, then the defaults.
 */
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { checkLocalAnswers, readAnswersFile } from './answers-file.js';
import { UsageError } from './command-failure.js';
import { onePositional, stringOption, type CommandLine } from './command-line.js';
import { currentMoment, parseMoment } from './moment.js';
import { RulesetLibrary } from './ruleset-library.js';

export const DEFAULT_RULESET = 'england';

/** The `--now` option as an ISO instant, or undefined when not given; a usage error when unreadable. */
export function nowOption(commandLine: CommandLine, command: string): string | undefined {
  const text = stringOption(commandLine, 'now');
  if (text === undefined) return undefined;
  const now = parseMoment(text);
  if (!now) throw new UsageError(commandLine.words.usage.badNow(command, text));
  return now;
}

/** Reads the answers file named on the command line and assesses it. */
export async function assessFromCommandLine(commandLine: CommandLine, command: string): Promise<{ assessment: Assessment; ruleset: ResolvedRuleset }> {
  const { words } = commandLine;
  const path = onePositional(commandLine, command, words.usage.answersFile);
  const now = nowOption(commandLine, command);
  const answersFile = await readAnswersFile(path, words);
  const library = new RulesetLibrary(commandLine.rulesDir, words);
  const ruleset = await library.require(stringOption(commandLine, 'ruleset') ?? answersFile.ruleset ?? DEFAULT_RULESET);
  await checkLocalAnswers(answersFile, ruleset, commandLine.lang);
  const assessment = await library.assessorFor(ruleset).assess(answersFile.answers, {
    now: now ?? answersFile.now ?? currentMoment(),
    lang: commandLine.lang,
  });
  return { assessment, ruleset };
}
