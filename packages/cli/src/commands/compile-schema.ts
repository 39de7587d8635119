/**
 * `rhi compile-schema SCHEMA.json --out FILE`: a host's own JSON Schema as an eval-free ES module
 * whose default export is `<rhi-interview-form>`'s `validator` (docs/interview-form.md). The work is
 * the engine's `compileSchemaModule`, the code the toolkit's build compiles its own validators
 * with; this command reads the file, words what Ajv ignored and writes the module whole or not at all.
 */
import { compileSchemaModule, locate } from '@rhi-toolkit/engine/node';
import { CommandFailure, UsageError, exitCodes } from '../command-failure.js';
import { onePositional, parseCommandLine, stringOption } from '../command-line.js';
import { compileSchemaWordsIn } from '../compile-schema/compile-schema-words.js';
import { problemLines, readJsonOrStop } from '../json-input.js';
import { refuseOutputThatIsAnInput } from '../output-guard.js';
import { writeOutputFile } from '../output-file.js';
import { printErrors } from '../output.js';
import type { Command } from './command.js';

/** A compile failure of the engine's: its message, and where in the schema when it knows. */
interface SchemaFailure {
  message: string;
  pointer?: string;
  code?: string;
}

export const compileSchemaCommand: Command = {
  name: 'compile-schema',
  help: (lang) => compileSchemaWordsIn(lang).help,
  async run(args) {
    const commandLine = parseCommandLine('compile-schema', args, {
      out: { type: 'string' },
      export: { type: 'string' },
      messages: { type: 'boolean' },
    });
    const { words, lang } = commandLine;
    const own = compileSchemaWordsIn(lang);
    const path = onePositional(commandLine, 'compile-schema', own.usage.schemaFile);
    const output = stringOption(commandLine, 'out');
    if (output === undefined) throw new UsageError(own.usage.missingOut);
    const exportName = stringOption(commandLine, 'export') ?? 'validate';
    if (!/^[A-Za-z_$][\w$]*$/.test(exportName)) throw new UsageError(own.usage.badExport(exportName));

    await refuseOutputThatIsAnInput(output, [{ path, role: 'schema' }], words);
    const file = await readJsonOrStop(path, words);
    let compiled;
    try {
      compiled = await compileSchemaModule(file.value, { exportName, messages: commandLine.options.messages === true });
    } catch (error) {
      const failure = error as SchemaFailure;
      // Only the engine's own refusals are the schema's fault; anything else is a fault in rhi.
      if (!failure.code?.startsWith('RHI_')) throw error;
      const located = locate({ file: path, pointer: failure.pointer ?? '', message: own.notASchema(failure.message) }, file);
      throw new CommandFailure(problemLines([located]), exitCodes.failed);
    }
    printErrors(compiled.warnings.map((warning) => own.warning(path, warning)));
    await writeOutputFile(output, (sink) => sink(compiled.code), words);
    printErrors([own.written(output, compiled.warnings.length)]);
    return exitCodes.ok;
  },
};
