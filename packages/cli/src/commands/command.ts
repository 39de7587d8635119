/** What every `rhi` command provides to main.ts. */
export interface Command {
  name: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
