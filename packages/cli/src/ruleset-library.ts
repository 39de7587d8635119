/**
 * Loads rulesets by id or folder path and keeps them: `rhi test` and `rhi diff` run many
 * scenarios, and reading the folders or building an assessor once per scenario would be waste.
 */
import { join } from 'node:path';
import {
  closestMatch,
  composeFromFolders,
  createAssessor,
  isRulesetFolder,
  readRuleFolders,
  rulesetLocation,
  type Assessor,
  type JsonFile,
  type LoadedRuleset,
  type ResolvedRuleset,
} from '@rhi-toolkit/engine/node';
import { CommandFailure } from './command-failure.js';
import { problemLines } from './json-input.js';
import type { Words } from './words.js';

export { isRulesetFolder };

/** Does the text look like a path rather than a ruleset id? */
function looksLikePath(idOrPath: string): boolean {
  return /[/\\]/.test(idOrPath) || idOrPath.startsWith('.');
}

export class RulesetLibrary {
  private readonly folders = new Map<string, Promise<Map<string, JsonFile[]>>>();
  private readonly loaded = new Map<string, LoadedRuleset>();
  private readonly assessors = new Map<ResolvedRuleset, Assessor>();

  constructor(
    private readonly rulesDir: string,
    private readonly words: Words,
  ) {}

  /** Where a ruleset lives: its rules folder and its id. A ruleset folder's path wins over an id. */
  private place(idOrPath: string): { rulesDir: string; id: string } {
    const location = rulesetLocation(idOrPath, this.rulesDir);
    // Not a ruleset folder, yet written as a path: an id would never be found either.
    if (location.id === idOrPath && looksLikePath(idOrPath)) {
      throw new CommandFailure([this.words.rulesets.notARulesetFolder(idOrPath)]);
    }
    return location;
  }

  /** The rules folder a ruleset is read from (its ruleset folder's parent, for a path). */
  rulesDirOf(idOrPath: string): string {
    return this.place(idOrPath).rulesDir;
  }

  private foldersIn(rulesDir: string): Promise<Map<string, JsonFile[]>> {
    let folders = this.folders.get(rulesDir);
    if (!folders) {
      folders = readRuleFolders(rulesDir, process.cwd(), this.words.lang);
      this.folders.set(rulesDir, folders);
    }
    return folders;
  }

  /**
   * One line when no ruleset has this name (a mistyped --ruleset or diff argument), with the
   * nearest name or the names there are; undefined when there is one (whatever its problems).
   * Said once, rather than as "has problems" for every scenario it was asked for.
   */
  async unknownRuleset(idOrPath: string): Promise<string | undefined> {
    const { rulesDir, id } = this.place(idOrPath);
    const folders = await this.foldersIn(rulesDir);
    if (folders.size === 0 || folders.has(id)) return undefined;
    const names = [...folders.keys()].sort();
    return this.words.rulesets.noSuchRuleset(id, closestMatch(id, names), names);
  }

  /** The ruleset with its problems (none when it is ready to use). */
  async load(idOrPath: string): Promise<LoadedRuleset> {
    const { rulesDir, id } = this.place(idOrPath);
    const key = join(rulesDir, id);
    let loaded = this.loaded.get(key);
    if (!loaded) {
      const folders = await this.foldersIn(rulesDir);
      loaded = folders.size === 0 ? { problems: [{ file: rulesDir, pointer: '', message: this.words.rulesets.noRulesIn }] } : await composeFromFolders(folders, id, this.words.lang);
      this.loaded.set(key, loaded);
    }
    return loaded;
  }

  /** The ruleset, or stop with every problem: assessing with half a ruleset could hide a risk. */
  async require(idOrPath: string): Promise<ResolvedRuleset> {
    const unknown = await this.unknownRuleset(idOrPath);
    if (unknown) throw new CommandFailure([unknown]);
    const { ruleset, problems } = await this.load(idOrPath);
    if (!ruleset) throw new CommandFailure([this.words.rulesets.cannotUse(idOrPath), ...problemLines(problems)]);
    return ruleset;
  }

  /** One assessor per ruleset, reused for every assessment. */
  assessorFor(ruleset: ResolvedRuleset): Assessor {
    let assessor = this.assessors.get(ruleset);
    if (!assessor) {
      assessor = createAssessor(ruleset);
      this.assessors.set(ruleset, assessor);
    }
    return assessor;
  }
}
