/**
 * `rhi export RECORDS.ndjson --format …`: the missing episodes in interview records as a CSV a
 * council loads into a return (the SSDA903 Missing table, Ofsted's Annex A list 8, the Standard
 * Safeguarding Dataset's ssd_missing). The SSDA903's own checks run on the rows first
 * (export/ssda903-checks.ts); docs/exports.md gives every column and where it comes from.
 */
import { DEFAULT_RULESET } from '../assessment-input.js';
import { UsageError, exitCodes } from '../command-failure.js';
import { onePositional, parseCommandLine, stringOption, type CommandLine } from '../command-line.js';
import { jobsOption } from '../jobs-option.js';
import { openRecords, STDIN } from '../open-records.js';
import { refuseOutputThatIsAnInput, ruleFileInputs } from '../output-guard.js';
import { writeOutputFile } from '../output-file.js';
import { printErrors, write } from '../output.js';
import { isCalendarDate, reportPeriod } from '../report/report-period.js';
import { RulesetLibrary } from '../ruleset-library.js';
import { withoutRepeatedEpisodes } from '../export/duplicate-episodes.js';
import { exportFormatNames, exportFormats, type ExportFormatName } from '../export/export-formats.js';
import { failureLine, noChildIdLine, repeatedLine } from '../export/export-messages.js';
import { exportWordsIn, type ExportWords } from '../export/export-words.js';
import { localDate } from '../export/local-calendar.js';
import { placeInPeriod, type PlacedRow } from '../export/placed-row.js';
import { readExportRows } from '../export/read-export-rows.js';
import { ssda903Failures } from '../export/ssda903-checks.js';
import type { Command } from './command.js';

/** Problems shown one by one; after these, only how many more. */
const SHOWN_PROBLEMS = 20;

function formatOption(commandLine: CommandLine, words: ExportWords): ExportFormatName {
  const text = stringOption(commandLine, 'format');
  if (text === undefined) throw new UsageError(words.usage.missingFormat);
  if (!(exportFormatNames as string[]).includes(text)) throw new UsageError(words.usage.badFormat(text));
  return text as ExportFormatName;
}

function dateOption(commandLine: CommandLine, name: 'from' | 'to', words: ExportWords): string | undefined {
  const text = stringOption(commandLine, name);
  if (text !== undefined && !isCalendarDate(text)) throw new UsageError(words.usage.badDate(`--${name}`, text));
  return text;
}

function printSome(lines: readonly string[], words: ExportWords): void {
  printErrors(lines.slice(0, SHOWN_PROBLEMS));
  if (lines.length > SHOWN_PROBLEMS) printErrors([words.stderr.moreProblems(lines.length - SHOWN_PROBLEMS)]);
}

/** One line per record line whose exported episodes have no childId. */
function withoutChildId(rows: readonly PlacedRow[], file: string, words: ExportWords): string[] {
  const lines = new Map<number, string>();
  for (const row of rows) if (row.childId === undefined && !lines.has(row.line)) lines.set(row.line, noChildIdLine(file, row, words));
  return [...lines.values()];
}

export const exportCommand: Command = {
  name: 'export',
  help: (lang) => exportWordsIn(lang).help,
  async run(args) {
    const commandLine = parseCommandLine('export', args, {
      format: { type: 'string' },
      ruleset: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      output: { type: 'string' },
      strict: { type: 'boolean' },
      jobs: { type: 'string' },
    });
    const { words, lang } = commandLine;
    const exportWords = exportWordsIn(lang);
    const path = onePositional(commandLine, 'export', words.usage.recordsFile);
    const formatName = formatOption(commandLine, exportWords);
    const from = dateOption(commandLine, 'from', exportWords);
    const to = dateOption(commandLine, 'to', exportWords);
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(exportWords.usage.fromAfterTo(from, to));
    const output = stringOption(commandLine, 'output');
    const jobs = jobsOption(commandLine, 'export');

    const library = new RulesetLibrary(commandLine.rulesDir, words);
    const rulesetName = stringOption(commandLine, 'ruleset') ?? DEFAULT_RULESET;
    await refuseOutputThatIsAnInput(output, [{ path, role: 'records' }, ...(await ruleFileInputs(library.rulesDirOf(rulesetName)))], words);
    const ruleset = await library.require(rulesetName);
    const { timeZone } = ruleset.settings;
    const file = path === STDIN ? 'stdin' : path;

    const read = await readExportRows(await openRecords(path, words), file, ruleset, lang, jobs);
    const format = exportFormats[formatName];
    const period = reportPeriod(from, to, timeZone);
    const placed = read.rows.flatMap((row) => placeInPeriod(row, period, timeZone) ?? []).filter((row) => format.holds(row));
    const problems = [...read.problems, ...withoutChildId(placed, file, exportWords)];
    if (problems.length > 0) {
      printSome(problems, exportWords);
      printErrors([exportWords.stderr.unreadable(problems.length, file)]);
      return exitCodes.failed;
    }

    const { rows, repeated } = withoutRepeatedEpisodes(placed);
    printSome(
      repeated.map((episode) => repeatedLine(file, episode, exportWords)),
      exportWords,
    );
    const failures = ssda903Failures(rows, { start: from ?? null, end: to ?? null });
    printSome(
      failures.map((failure) => failureLine(file, failure, exportWords)),
      exportWords,
    );
    if (failures.length > 0 && commandLine.options.strict === true) {
      printErrors([exportWords.stderr.refused(failures.length)]);
      return exitCodes.failed;
    }

    const text = format.render(rows, to ?? localDate(Date.now(), timeZone));
    if (output === undefined) await write(text);
    else {
      await writeOutputFile(output, (sink) => sink(text), words);
      printErrors([exportWords.stderr.written(output)]);
    }
    if (failures.length > 0) printErrors([exportWords.stderr.failedChecks(failures.length)]);
    return exitCodes.ok;
  },
};
