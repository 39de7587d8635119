/** `rhi assess ANSWERS.json`: the Assessment as JSON on stdout. */
import { exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine } from '../command-line.js';
import { assessFromCommandLine } from '../assessment-input.js';
import { printLines } from '../output.js';
import type { Command } from './command.js';

export const assessCommand: Command = {
  name: 'assess',
  async run(args) {
    const commandLine = parseCommandLine('assess', args, { ruleset: { type: 'string' }, now: { type: 'string' } });
    if (commandLine.help) {
      await printLines([commandHelp('assess', commandLine.words)]);
      return exitCodes.ok;
    }
    const { assessment } = await assessFromCommandLine(commandLine, 'assess');
    await printLines([JSON.stringify(assessment, null, 2)]);
    return exitCodes.ok;
  },
};
