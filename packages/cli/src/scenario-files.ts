/** Finds scenario files (files or folders of them) and reads each one, checked against its schema. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { locate, readJsonFile, validateScenario, type JsonFile, type Language, type Problem, type Scenario, type ScenarioExpectations } from '@rhi-toolkit/engine/node';
import { CommandFailure } from './command-failure.js';
import { schemaForHints } from './schema-hints.js';
import type { Words } from './words.js';

export type { Scenario, ScenarioExpectations };

export interface ScenarioFile {
  file: string;
  scenario?: Scenario;
  /** Why the file cannot be used, located; empty when `scenario` is set. */
  problems: Problem[];
  /** The file as read, to locate problems found later (answers that do not suit the ruleset). */
  jsonFile?: JsonFile;
}

async function jsonFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await jsonFilesUnder(path)));
    else if (entry.name.endsWith('.json')) files.push(path);
  }
  return files;
}

/** The scenario files named, with folders opened (sorted, so runs are repeatable). */
export async function scenarioPaths(inputs: readonly string[], words: Words): Promise<string[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    const found = await stat(input).catch(() => undefined);
    if (!found) throw new CommandFailure([`${input}  ${words.input.noSuchPath}`]);
    if (!found.isDirectory()) {
      paths.push(input);
      continue;
    }
    const inFolder = await jsonFilesUnder(input);
    if (inFolder.length === 0) throw new CommandFailure([`${input}  ${words.input.noScenariosIn}`]);
    paths.push(...inFolder);
  }
  return [...new Set(paths)];
}

export async function readScenarioFile(path: string, lang: Language = 'en'): Promise<ScenarioFile> {
  const jsonFile = await readJsonFile(path, path, lang);
  if (jsonFile.problems.length > 0) return { file: path, problems: jsonFile.problems };
  const problems = validateScenario(jsonFile.value, path, schemaForHints('scenario.schema.json'), lang).map((problem) => locate(problem, jsonFile));
  if (problems.length > 0) return { file: path, problems };
  return { file: path, scenario: jsonFile.value as Scenario, problems: [], jsonFile };
}
