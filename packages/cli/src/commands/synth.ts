/**
 * `rhi synth --count N`: realistic synthetic interview records, never real data, the same bytes
 * for the same seed. For trying `rhi report`, for tests and for benchmarks (docs/reporting.md).
 */
import { UsageError, exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine, stringOption, type CommandLine } from '../command-line.js';
import { DEFAULT_RULESET } from '../assessment-input.js';
import { writeOutputFile, type TextSink } from '../output-file.js';
import { refuseOutputThatIsAnInput, ruleFileInputs } from '../output-guard.js';
import { printErrors, printLines, write } from '../output.js';
import { isCalendarDate, startOfLocalDay } from '../report/report-period.js';
import { RulesetLibrary } from '../ruleset-library.js';
import { syntheticRecordLines } from '../synth/synthetic-records.js';
import { synthWordsIn } from '../synth/synth-words.js';
import type { Command } from './command.js';

const DEFAULT_FROM = '2025-04-01';
const DEFAULT_DAYS = 365;
/** Lines are written in batches of about this many characters: one write per line is slow. */
const BATCH_CHARACTERS = 1 << 16;

function wholeNumber(commandLine: CommandLine, name: string, min: number, max: number, fallback: number | undefined, refuse: (option: string, text: string, min: number, max: number) => string): number | undefined {
  const text = stringOption(commandLine, name);
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) throw new UsageError(refuse(`--${name}`, text, min, max));
  return value;
}

async function writeAll(lines: AsyncIterable<string>, sink: TextSink): Promise<void> {
  let batch = '';
  const flush = async () => {
    await sink(batch);
    batch = '';
  };
  for await (const line of lines) {
    batch += `${line}\n`;
    if (batch.length >= BATCH_CHARACTERS) await flush();
  }
  if (batch) await flush();
}

export const synthCommand: Command = {
  name: 'synth',
  async run(args) {
    const commandLine = parseCommandLine('synth', args, {
      count: { type: 'string' },
      seed: { type: 'string' },
      ruleset: { type: 'string' },
      from: { type: 'string' },
      days: { type: 'string' },
      assessments: { type: 'boolean' },
      'no-assessments': { type: 'boolean' },
      output: { type: 'string' },
    });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('synth', commandLine.words)]);
      return exitCodes.ok;
    }
    const synthWords = synthWordsIn(lang);
    if (commandLine.positionals.length > 0) throw new UsageError(words.usage.unexpectedArgument('synth', commandLine.positionals[0]));
    const count = wholeNumber(commandLine, 'count', 1, 100_000_000, undefined, synthWords.badWholeNumber);
    if (count === undefined) throw new UsageError(synthWords.missingCount);
    const seed = wholeNumber(commandLine, 'seed', 0, 4_294_967_295, 1, synthWords.badWholeNumber)!;
    const days = wholeNumber(commandLine, 'days', 1, 3660, DEFAULT_DAYS, synthWords.badWholeNumber)!;
    const from = stringOption(commandLine, 'from') ?? DEFAULT_FROM;
    if (!isCalendarDate(from)) throw new UsageError(synthWords.badDate(from));
    if (commandLine.options.assessments === true && commandLine.options['no-assessments'] === true) throw new UsageError(synthWords.bothAssessmentOptions);
    const output = stringOption(commandLine, 'output');

    const library = new RulesetLibrary(commandLine.rulesDir, words);
    const rulesetName = stringOption(commandLine, 'ruleset') ?? DEFAULT_RULESET;
    await refuseOutputThatIsAnInput(output, await ruleFileInputs(library.rulesDirOf(rulesetName)), words);
    const ruleset = await library.require(rulesetName);
    const lines = syntheticRecordLines({
      count,
      seed,
      window: { startsAt: startOfLocalDay(from, ruleset.settings.timeZone), days },
      settings: { lang, welshActiveOffer: ruleset.chain.includes('wales'), offerWithinHours: ruleset.settings.offerWithinHours },
      assessor: commandLine.options['no-assessments'] === true ? undefined : library.assessorFor(ruleset),
    });

    if (output === undefined) {
      await writeAll(lines, write);
      return exitCodes.ok;
    }
    await writeOutputFile(output, (sink) => writeAll(lines, sink), words);
    printErrors([synthWords.written(count, output)]);
    return exitCodes.ok;
  },
};
