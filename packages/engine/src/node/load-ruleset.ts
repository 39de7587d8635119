/** Loads ruleset folders from disk, composes overlays and reports every problem with its position. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeCheckedRuleset } from '../compose-checked-ruleset.js';
import type { RuleFilesByRuleset } from '../compose-ruleset.js';
import { isLocalFieldsFile, LOCAL_FIELDS_FILE } from '../local-fields.js';
import { FLOOR_CASES_FILE, isFloorCasesFile } from '../safety-floor.js';
import type { FloorCasesFile, Language, LocalFieldsFile, Problem, ResolvedRuleset, RuleFile } from '../types.js';
import { validateFloorCasesFile, validateLocalFieldsFile, validateRuleFile } from '../validate-files.js';
import { locate, readJsonFile, type JsonFile } from './json-file.js';

const MANIFEST = 'ruleset.json';

export interface LoadedRuleset {
  ruleset?: ResolvedRuleset;
  /** Every problem, with file, line and column. Empty when the ruleset is ready to use. */
  problems: Problem[];
  /** Conditions that can never be true, located like problems; they do not stop the ruleset loading. */
  warnings?: Problem[];
}

/** Where the schemas and the shipped rules are: beside the built file, or in the repository. */
function packagedFolder(name: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, name), join(here, '..', name), join(here, '..', '..', '..', '..', name)]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const schemasForHints = new Map<string, Record<string, unknown> | undefined>();
function schemaForHints(name: string): Record<string, unknown> | undefined {
  if (!schemasForHints.has(name)) {
    const folder = packagedFolder('schemas');
    schemasForHints.set(name, folder ? JSON.parse(readFileSync(join(folder, name), 'utf8')) : undefined);
  }
  return schemasForHints.get(name);
}

/** The rules folder to use: `RHI_RULES_DIR`, else `./rules` where the command runs, else the shipped rules. */
export function defaultRulesDir(cwd = process.cwd()): string {
  if (process.env.RHI_RULES_DIR) return resolve(cwd, process.env.RHI_RULES_DIR);
  const local = join(cwd, 'rules');
  if (existsSync(local)) return local;
  return packagedFolder('rules') ?? local;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folders of a rules folder, and the links in it that are not followed (with where they lead, if anywhere). */
export interface RulesFolderEntries {
  folders: string[];
  unfollowedLinks: { name: string; target?: string }[];
}

/**
 * The folders of a rules folder. A link (symlink) to a folder is followed when its target is inside
 * the rules folder (a locality kept under another name); a link out of it, or to nothing, is not
 * followed and is listed so that `rhi validate` can say so instead of skipping it in silence.
 */
export async function rulesFolderEntries(rulesDir: string): Promise<RulesFolderEntries> {
  const found: RulesFolderEntries = { folders: [], unfollowedLinks: [] };
  if (!isDirectory(rulesDir)) return found;
  const home = await realpath(rulesDir);
  for (const entry of await readdir(rulesDir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.folders.push(entry.name);
    if (!entry.isSymbolicLink()) continue;
    const target = await realpath(join(rulesDir, entry.name)).catch(() => undefined);
    if (target === undefined) {
      found.unfollowedLinks.push({ name: entry.name });
      continue;
    }
    if (!isDirectory(target)) continue;
    const within = relative(home, target);
    if (within !== '' && !within.startsWith('..') && !isAbsolute(within)) found.folders.push(entry.name);
    else found.unfollowedLinks.push({ name: entry.name, target });
  }
  found.folders.sort();
  return found;
}

/** Ruleset ids (folder names holding a ruleset.json, or links to such folders inside the rules folder) in a rules folder. */
export async function listRulesets(rulesDir: string): Promise<string[]> {
  const { folders } = await rulesFolderEntries(rulesDir);
  return folders.filter((name) => existsSync(join(rulesDir, name, MANIFEST)));
}

/** The files the engine reads in a ruleset folder: ruleset.json, every `*.rules.json`, the local questions and the floor cases. */
export function isReadInRulesetFolder(name: string): boolean {
  return name === MANIFEST || name.endsWith('.rules.json') || name === LOCAL_FIELDS_FILE || name === FLOOR_CASES_FILE;
}

/** Reads every rule file (and interview-fields file) of every ruleset folder in `rulesDir`. */
export async function readRuleFolders(rulesDir: string, cwd = process.cwd(), lang: Language = 'en'): Promise<Map<string, JsonFile[]>> {
  const folders = new Map<string, JsonFile[]>();
  for (const id of await listRulesets(rulesDir)) {
    const folder = join(rulesDir, id);
    const names = (await readdir(folder)).filter(isReadInRulesetFolder).sort();
    folders.set(id, await Promise.all(names.map((name) => readJsonFile(join(folder, name), relative(cwd, join(folder, name)) || name, lang))));
  }
  return folders;
}

/** Checks each file on its own (JSON syntax and shape); returns the problems, located. */
function fileProblems(files: JsonFile[], lang: Language): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    problems.push(...file.problems);
    if (file.value === undefined) continue;
    const found = isLocalFieldsFile(file.file)
      ? validateLocalFieldsFile(file.value, file.file, schemaForHints('interview-fields.schema.json'), lang)
      : isFloorCasesFile(file.file)
        ? validateFloorCasesFile(file.value, file.file, schemaForHints('floor-cases.schema.json'), lang)
        : validateRuleFile(file.value, file.file, schemaForHints('ruleset.schema.json'), lang);
    problems.push(...found.map((problem) => locate(problem, file)));
  }
  return problems;
}

/** A folder holding ruleset.json is a ruleset folder. */
export function isRulesetFolder(path: string): boolean {
  return isDirectory(path) && existsSync(join(path, MANIFEST));
}

/** Where a ruleset lives: the path of a ruleset folder wins over an id in `rulesDir`. */
export function rulesetLocation(idOrPath: string, rulesDir: string, cwd = process.cwd()): { rulesDir: string; id: string } {
  const asPath = resolve(cwd, idOrPath);
  return isRulesetFolder(asPath) ? { rulesDir: dirname(asPath), id: basename(asPath) } : { rulesDir, id: idOrPath };
}

/**
 * Loads a ruleset by id (a folder in the rules folder) or by the path of its folder, with every
 * ruleset it extends. A ruleset with any problem is not returned: assessing with half a ruleset
 * could hide a risk.
 */
export async function loadRuleset(idOrPath: string, options: { rulesDir?: string; cwd?: string; lang?: Language } = {}): Promise<LoadedRuleset> {
  const cwd = options.cwd ?? process.cwd();
  const { rulesDir, id } = rulesetLocation(idOrPath, options.rulesDir ?? defaultRulesDir(cwd), cwd);
  const lang = options.lang ?? 'en';
  const folders = await readRuleFolders(rulesDir, cwd, lang);
  return composeFromFolders(folders, id, lang);
}

/** Composes and checks one ruleset from folders already read, and holds it to its safety floor. */
export async function composeFromFolders(folders: Map<string, JsonFile[]>, id: string, lang: Language = 'en'): Promise<LoadedRuleset> {
  const byFile = new Map<string, JsonFile>();
  for (const files of folders.values()) for (const file of files) byFile.set(file.file, file);

  const chain = chainOf(folders, id);
  const problems = fileProblems(chain.flatMap((rulesetId) => folders.get(rulesetId) ?? []), lang);
  if (problems.length > 0) return { problems };

  const sources: RuleFilesByRuleset = {};
  for (const [rulesetId, files] of folders) {
    sources[rulesetId] = files.map((file) => ({ file: file.file, rulesetId, content: file.value as RuleFile | LocalFieldsFile | FloorCasesFile }));
  }
  const composition = await composeCheckedRuleset(sources, id, lang);
  const located = composition.problems.map((problem) => locate(problem, byFile.get(problem.file)));
  const warnings = (composition.warnings ?? []).map((warning) => locate(warning, byFile.get(warning.file)));
  return located.length > 0 ? { problems: located, warnings } : { ruleset: composition.ruleset, problems: [], warnings };
}

/** The ids a ruleset depends on (itself and what it extends), as far as the files can be read. */
function chainOf(folders: Map<string, JsonFile[]>, id: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = id;
  while (current && folders.has(current) && !chain.includes(current)) {
    chain.push(current);
    const manifest = folders.get(current)?.find((file) => basename(file.file) === MANIFEST);
    const value = manifest?.value as RuleFile | undefined;
    current = typeof value?.extends === 'string' ? value.extends : undefined;
  }
  return chain;
}
