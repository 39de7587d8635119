/**
 * Lets one test file run both under Node's test runner and in Chromium (mocha, through the web
 * test runner): the same describe/it, the same scenario files, the same rulesets.
 */
import type { ResolvedRuleset, Scenario } from '../../packages/engine/src/index.js';

export interface ScenarioFile {
  file: string;
  scenario: Scenario;
}

type TestFunction = (name: string, body: () => unknown) => void;

export const inNode = typeof window === 'undefined';

// A computed specifier, so the browser build never tries to resolve a Node built-in.
const nodeTestModule = 'node:' + 'test';
const nodeTest: { describe: TestFunction; it: TestFunction } | undefined = inNode
  ? await import(nodeTestModule)
  : undefined;

export const describe: TestFunction = nodeTest ? nodeTest.describe : (globalThis as unknown as { describe: TestFunction }).describe;
export const it: TestFunction = nodeTest ? nodeTest.it : (globalThis as unknown as { it: TestFunction }).it;

export async function loadScenarios(): Promise<ScenarioFile[]> {
  if (!inNode) return (await fetch('/__scenarios__.json')).json();
  const { readdir, readFile } = await import('node:' + 'fs/promises');
  const folder = 'test/scenarios';
  const names = (await readdir(folder)).filter((name: string) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name: string) => ({ file: `${folder}/${name}`, scenario: JSON.parse(await readFile(`${folder}/${name}`, 'utf8')) })),
  );
}

const rulesetCache = new Map<string, Promise<ResolvedRuleset>>();

/** A resolved ruleset: in Node loaded from rules/ by the real loader, in the browser the built JSON. */
export function loadResolvedRuleset(id: string): Promise<ResolvedRuleset> {
  if (!rulesetCache.has(id)) rulesetCache.set(id, loadUncached(id));
  return rulesetCache.get(id)!;
}

async function loadUncached(id: string): Promise<ResolvedRuleset> {
  if (!inNode) {
    const response = await fetch(`/packages/engine/dist/rulesets/${id}.json`);
    if (!response.ok) throw new Error(`the built ruleset '${id}' is missing: run npm run build`);
    return response.json();
  }
  const { loadRuleset, formatProblem } = await import('../../packages/engine/src/engine-node.js');
  const { ruleset, problems } = await loadRuleset(id, { rulesDir: 'rules' });
  if (!ruleset) throw new Error(`ruleset '${id}' has problems:\n${problems.map(formatProblem).join('\n')}`);
  return ruleset;
}

/** A JSON file of the repository (path from its root): in Node read from disk, in the browser from the test server. */
export async function loadJson<T = unknown>(path: string): Promise<T> {
  if (!inNode) {
    const response = await fetch(`/${path}`);
    if (!response.ok) throw new Error(`${path} is missing: run npm run build`);
    return response.json();
  }
  const { readFile } = await import('node:' + 'fs/promises');
  return JSON.parse(await readFile(path, 'utf8'));
}

/** An ES module the build wrote (path from the repository root), imported as a page or Node would. */
export async function importBuilt<T = Record<string, unknown>>(path: string): Promise<T> {
  if (!inNode) return import(/* @vite-ignore */ `/${path}`);
  const { pathToFileURL } = await import('node:' + 'url');
  return import(pathToFileURL(path).href);
}
