/**
 * `rhi report RECORDS.ndjson`: the service report — aggregated figures over many RHI records, as
 * Markdown, CSV, JSON or an HTML page. One pass over the file in constant memory; the records
 * themselves are never kept or printed (docs/reporting.md).
 */
import { DEFAULT_RULESET, nowOption } from '../assessment-input.js';
import { UsageError, exitCodes } from '../command-failure.js';
import { commandHelp, onePositional, parseCommandLine, stringOption, type CommandLine } from '../command-line.js';
import { jobsOption } from '../jobs-option.js';
import { openRecords, STDIN } from '../open-records.js';
import { refuseOutputThatIsAnInput, ruleFileInputs } from '../output-guard.js';
import { writeOutputFile } from '../output-file.js';
import { printErrors, printLines, write } from '../output.js';
import { assessModes, buildServiceReport, type AssessMode } from '../report/build-service-report.js';
import { renderReportCsv } from '../report/report-csv.js';
import { renderReportHtml } from '../report/report-html.js';
import { renderReportMarkdown } from '../report/report-markdown.js';
import { isCalendarDate, reportPeriod } from '../report/report-period.js';
import { reportWordsIn, type ReportWords } from '../report/report-words.js';
import type { ServiceReport } from '../report/service-report.js';
import { RulesetLibrary } from '../ruleset-library.js';
import type { Words } from '../words.js';
import type { Command } from './command.js';

/** Unreadable lines shown one by one; after these, only how many more. */
const SHOWN_UNREADABLE = 20;

const renderers = {
  md: renderReportMarkdown,
  csv: renderReportCsv,
  json: (report: ServiceReport) => `${JSON.stringify(report, null, 2)}\n`,
  html: renderReportHtml,
} satisfies Record<string, (report: ServiceReport) => string>;

type Format = keyof typeof renderers;

function dateOption(commandLine: CommandLine, name: 'from' | 'to', words: ReportWords): string | undefined {
  const text = stringOption(commandLine, name);
  if (text !== undefined && !isCalendarDate(text)) throw new UsageError(words.usage.badDate(`--${name}`, text));
  return text;
}

function choiceOption<T extends string>(commandLine: CommandLine, name: string, choices: readonly T[], fallback: T, refuse: (text: string) => string): T {
  const text = stringOption(commandLine, name) ?? fallback;
  if (!choices.includes(text as T)) throw new UsageError(refuse(text));
  return text as T;
}

async function writeReport(text: string, output: string | undefined, words: Words, reportWords: ReportWords): Promise<void> {
  if (output === undefined) {
    await write(text);
    return;
  }
  await writeOutputFile(output, (sink) => sink(text), words);
  printErrors([reportWords.stderr.written(output)]);
}

export const reportCommand: Command = {
  name: 'report',
  async run(args) {
    const commandLine = parseCommandLine('report', args, {
      ruleset: { type: 'string' },
      now: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      assess: { type: 'string' },
      strict: { type: 'boolean' },
      jobs: { type: 'string' },
    });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('report', commandLine.words)]);
      return exitCodes.ok;
    }
    const reportWords = reportWordsIn(lang);
    const path = onePositional(commandLine, 'report', words.usage.recordsFile);
    const format = choiceOption<Format>(commandLine, 'format', Object.keys(renderers) as Format[], 'md', reportWords.usage.badFormat);
    const assess = choiceOption<AssessMode>(commandLine, 'assess', assessModes, 'missing', reportWords.usage.badAssess);
    const from = dateOption(commandLine, 'from', reportWords);
    const to = dateOption(commandLine, 'to', reportWords);
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(reportWords.usage.fromAfterTo(from, to));
    const now = nowOption(commandLine, 'report');
    const output = stringOption(commandLine, 'output');
    const jobs = jobsOption(commandLine, 'report');

    const library = new RulesetLibrary(commandLine.rulesDir, words);
    const rulesetName = stringOption(commandLine, 'ruleset') ?? DEFAULT_RULESET;
    await refuseOutputThatIsAnInput(output, [{ path, role: 'records' }, ...(await ruleFileInputs(library.rulesDirOf(rulesetName)))], words);
    const ruleset = await library.require(rulesetName);
    const file = path === STDIN ? 'stdin' : path;
    let unreadable = 0;
    const report = await buildServiceReport({
      records: await openRecords(path, words),
      file,
      ruleset,
      period: reportPeriod(from, to, ruleset.settings.timeZone),
      assess,
      now,
      lang,
      words: reportWords,
      jobs,
      onUnreadable(problem) {
        unreadable += 1;
        if (unreadable <= SHOWN_UNREADABLE) printErrors([problem]);
      },
    });
    if (unreadable > SHOWN_UNREADABLE) printErrors([reportWords.stderr.moreUnreadable(unreadable - SHOWN_UNREADABLE)]);
    if (unreadable > 0) printErrors([reportWords.stderr.unreadableSummary(unreadable, file)]);

    await writeReport(renderers[format](report), output, words, reportWords);
    return commandLine.options.strict === true && unreadable > 0 ? exitCodes.failed : exitCodes.ok;
  },
};
