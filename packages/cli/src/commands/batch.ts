/**
 * `rhi batch RECORDS.ndjson`: one answers object per line in, one JSON result per line out.
 * Streams both ways and waits for stdout to drain, so a million lines use the memory of one.
 */
import { createInterface } from 'node:readline';
import { DEFAULT_RULESET, nowOption } from '../assessment-input.js';
import { assessBatchLine } from '../batch-record.js';
import { exitCodes } from '../command-failure.js';
import { onePositional, parseCommandLine, stringOption } from '../command-line.js';
import { currentMoment } from '../moment.js';
import { openRecords, STDIN } from '../open-records.js';
import { printErrors, printLines, write } from '../output.js';
import { RulesetLibrary } from '../ruleset-library.js';
import type { Command } from './command.js';

export const batchCommand: Command = {
  name: 'batch',
  async run(args) {
    const commandLine = parseCommandLine('batch', args, { ruleset: { type: 'string' }, now: { type: 'string' } });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([words.help.batch]);
      return exitCodes.ok;
    }
    const path = onePositional(commandLine, 'batch', words.usage.recordsFile);
    // One moment for the whole batch, so records assessed in the same run agree.
    const now = nowOption(commandLine, 'batch') ?? currentMoment();
    const library = new RulesetLibrary(commandLine.rulesDir, words);
    const assessor = library.assessorFor(await library.require(stringOption(commandLine, 'ruleset') ?? DEFAULT_RULESET));
    const file = path === STDIN ? 'stdin' : path;

    const lines = createInterface({ input: await openRecords(path, words), crlfDelay: Infinity });
    let lineNumber = 0;
    let assessed = 0;
    let rejected = 0;
    for await (const rawLine of lines) {
      lineNumber += 1;
      const text = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
      if (text.trim() === '') continue;
      const result = await assessBatchLine(text, lineNumber, file, assessor, { now, lang }, words);
      if ('error' in result) rejected += 1;
      else assessed += 1;
      await write(`${JSON.stringify(result)}\n`);
    }
    printErrors([words.batch.summary(assessed, rejected)]);
    return rejected > 0 ? exitCodes.failed : exitCodes.ok;
  },
};
