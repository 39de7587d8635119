import type { Language } from '@rhi-toolkit/engine/node';
/** What every `rhi` command provides to main.ts. */
export interface Command {
  name: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
  /**
   * The command's own help, for a command that keeps its words beside it rather than in words.ts
   * (rhi export); main.ts adds the options every command takes below it.
   */
  help?(lang: Language): string;
}
