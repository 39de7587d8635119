/**
 * `rhi batch RECORDS.ndjson`: one answers object per line in, one JSON result per line out.
 * Streams both ways and waits for stdout to drain, so a million lines use the memory of one.
 */
import { DEFAULT_RULESET, nowOption } from '../assessment-input.js';
import { exitCodes } from '../command-failure.js';
import { commandHelp, onePositional, parseCommandLine, stringOption } from '../command-line.js';
import { jobsOption } from '../jobs-option.js';
import { currentMoment } from '../moment.js';
import { openRecords, recordLines, STDIN } from '../open-records.js';
import { writeOutputFile, type TextSink } from '../output-file.js';
import { refuseOutputThatIsAnInput, ruleFileInputs } from '../output-guard.js';
import { printErrors, printLines, write } from '../output.js';
import { assessInOrder } from '../parallel/parallel-assess.js';
import { RulesetLibrary } from '../ruleset-library.js';
import type { Command } from './command.js';

export const batchCommand: Command = {
  name: 'batch',
  async run(args) {
    const commandLine = parseCommandLine('batch', args, { ruleset: { type: 'string' }, now: { type: 'string' }, output: { type: 'string' }, jobs: { type: 'string' } });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('batch', commandLine.words)]);
      return exitCodes.ok;
    }
    const path = onePositional(commandLine, 'batch', words.usage.recordsFile);
    // One moment for the whole batch, so records assessed in the same run agree.
    const now = nowOption(commandLine, 'batch') ?? currentMoment();
    const output = stringOption(commandLine, 'output');
    const jobs = jobsOption(commandLine, 'batch');
    const library = new RulesetLibrary(commandLine.rulesDir, words);
    const rulesetName = stringOption(commandLine, 'ruleset') ?? DEFAULT_RULESET;
    await refuseOutputThatIsAnInput(output, [{ path, role: 'records' }, ...(await ruleFileInputs(library.rulesDirOf(rulesetName)))], words);
    const ruleset = await library.require(rulesetName);
    const file = path === STDIN ? 'stdin' : path;
    const records = await openRecords(path, words);

    let assessed = 0;
    let rejected = 0;
    const assessAll = async (sink: TextSink) => {
      for await (const result of assessInOrder(recordLines(records), { task: 'batch', context: { ruleset, file, now, lang }, jobs })) {
        if ('blank' in result) continue;
        if (result.rejected) rejected += 1;
        else assessed += 1;
        await sink(`${result.text}\n`);
      }
    };
    if (output === undefined) await assessAll(write);
    else await writeOutputFile(output, assessAll, words);
    printErrors([words.batch.summary(assessed, rejected)]);
    return rejected > 0 ? exitCodes.failed : exitCodes.ok;
  },
};
