/**
 * `rhi validate [PATH…]`: checks rule files. A path is a rules folder (every ruleset in it), one
 * ruleset folder, or one rule file (its folder's ruleset).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  composeFromFolders,
  isReadInRulesetFolder,
  listRulesets,
  readRuleFolders,
  rulesFolderEntries,
  type JsonFile,
  type Problem,
} from '@rhi-toolkit/engine/node';
import { CommandFailure, exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine } from '../command-line.js';
import { controlCharacterWarnings } from '../control-character-warnings.js';
import { problemLines } from '../json-input.js';
import { printErrors, printLines } from '../output.js';
import { FORM_LAYOUT_FILE, layoutProblems } from '../layout-check.js';
import { isRulesetFolder } from '../ruleset-library.js';
import type { Words } from '../words.js';
import type { Command } from './command.js';

/** A ruleset to check: its id within a rules folder. */
interface Target {
  rulesDir: string;
  id: string;
}

function shownPath(path: string): string {
  return relative(process.cwd(), path) || '.';
}


/** Rule-like files nothing reads in a ruleset folder: a rule that is never read is a rule lost. */
async function unreadFilesInRuleset(folder: string, words: Words): Promise<Problem[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !isReadInRulesetFolder(name) && name !== FORM_LAYOUT_FILE);
  return names.map((name) => ({ file: shownPath(join(folder, name)), pointer: '', message: words.validate.fileNotRead }));
}

/** The same for every folder of a rules folder, folders of rule files that lack ruleset.json, and links not followed. */
async function unreadFilesInRulesDir(rulesDir: string, words: Words): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { folders, unfollowedLinks } = await rulesFolderEntries(rulesDir);
  for (const link of unfollowedLinks) {
    const message = link.target ? words.validate.symlinkOutside(shownPath(link.target)) : words.validate.symlinkBroken;
    problems.push({ file: shownPath(join(rulesDir, link.name)), pointer: '', message });
  }
  for (const name of folders) {
    const folder = join(rulesDir, name);
    if (isRulesetFolder(folder)) problems.push(...(await unreadFilesInRuleset(folder, words)));
    else if ((await readdir(folder)).some((name) => name.endsWith('.json'))) {
      problems.push({ file: shownPath(folder), pointer: '', message: words.validate.folderWithoutManifest });
    }
  }
  return problems;
}

async function targetsOf(path: string, words: Words): Promise<{ targets: Target[]; problems: Problem[] }> {
  const absolute = resolve(path);
  const found = await stat(absolute).catch(() => undefined);
  if (!found) throw new CommandFailure([`${path}  ${words.input.noSuchPath}`]);
  if (found.isFile()) {
    const folder = dirname(absolute);
    if (!isRulesetFolder(folder)) throw new CommandFailure([`${path}  ${words.validate.fileOutsideRuleset}`]);
    return { targets: [{ rulesDir: dirname(folder), id: basename(folder) }], problems: await unreadFilesInRuleset(folder, words) };
  }
  if (isRulesetFolder(absolute)) {
    return { targets: [{ rulesDir: dirname(absolute), id: basename(absolute) }], problems: await unreadFilesInRuleset(absolute, words) };
  }
  const ids = await listRulesets(absolute);
  if (ids.length === 0) throw new CommandFailure([`${path}  ${words.validate.noRulesetsHere}`]);
  return { targets: ids.map((id) => ({ rulesDir: absolute, id })), problems: await unreadFilesInRulesDir(absolute, words) };
}

export const validateCommand: Command = {
  name: 'validate',
  async run(args) {
    const commandLine = parseCommandLine('validate', args, {});
    const { words } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('validate', commandLine.words)]);
      return exitCodes.ok;
    }
    const paths = commandLine.positionals.length > 0 ? commandLine.positionals : [commandLine.rulesDir];

    const targets: Target[] = [];
    const problems: Problem[] = [];
    for (const path of paths) {
      const found = await targetsOf(path, words);
      for (const target of found.targets) {
        if (!targets.some((known) => known.rulesDir === target.rulesDir && known.id === target.id)) targets.push(target);
      }
      problems.push(...found.problems);
    }

    const foldersByRulesDir = new Map<string, Map<string, JsonFile[]>>();
    const valid: string[] = [];
    const warnings: Problem[] = [];
    const checkedFiles = new Set<JsonFile>();
    for (const target of targets) {
      let folders = foldersByRulesDir.get(target.rulesDir);
      if (!folders) {
        folders = await readRuleFolders(target.rulesDir, process.cwd(), words.lang);
        foldersByRulesDir.set(target.rulesDir, folders);
      }
      for (const file of folders.get(target.id) ?? []) checkedFiles.add(file);
      const loaded = await composeFromFolders(folders, target.id, words.lang);
      problems.push(...loaded.problems);
      if (loaded.ruleset) {
        // The form layout is read by the form, not the engine, so it is checked here.
        const layout = await layoutProblems(join(target.rulesDir, target.id), loaded.ruleset, words.lang, words);
        problems.push(...layout);
        if (layout.length === 0) valid.push(words.validate.rulesetWithCount(target.id, loaded.ruleset.rules.length));
      }
      warnings.push(...(loaded.warnings ?? []));
    }

    // Warnings do not fail the check (rhi shows control characters escaped; a condition that can
    // never be true is allowed): they are for the author. A base's warnings come again with every
    // ruleset that extends it: one line each.
    warnings.push(...controlCharacterWarnings(checkedFiles, words));
    const warningLines = problemLines(warnings.map((warning) => ({ ...warning, message: `${words.validate.warning}: ${warning.message}` })));
    if (problems.length > 0) {
      const lines = problemLines(problems);
      await printLines([...lines, ...warningLines]);
      printErrors([words.validate.problemsFound(lines.length)]);
      return exitCodes.failed;
    }
    await printLines([...warningLines, words.validate.allValid(valid)]);
    if (warningLines.length > 0) printErrors([words.validate.warningsFound(warningLines.length)]);
    return exitCodes.ok;
  },
};
