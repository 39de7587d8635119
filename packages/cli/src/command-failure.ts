/**
 * The ways a command ends early. Each carries the lines a person reads and the exit code, so
 * `main.ts` can print them without a stack trace.
 */

/**
 * Exit codes: 0 all well, 1 the thing checked failed, 2 the command was typed wrongly, 3 a fault in
 * rhi itself, 4 the output could not be written (a full disk, a folder without permission, an
 * output file that is one of the inputs): nothing was checked wrongly, so a script can tell it apart.
 */
export const exitCodes = { ok: 0, failed: 1, usage: 2, internal: 3, output: 4 } as const;

/** The input was read but is wrong (a missing file, broken JSON, answers that break the schema). */
export class CommandFailure extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: number = exitCodes.failed,
  ) {
    super(lines.join('\n'));
  }
}

/** The command line itself is wrong: one line and a pointer to `--help`. */
export class UsageError extends CommandFailure {
  constructor(line: string) {
    super([line], exitCodes.usage);
  }
}

/** The output cannot be written, or would overwrite an input: one line naming the file and what to do. */
export class OutputFailure extends CommandFailure {
  constructor(lines: string[]) {
    super(lines, exitCodes.output);
  }
}
