/**
 * Applies locality overlays: settings merge field by field, agencies merge, rules are added,
 * replaced or disabled by id. The result records where every rule came from.
 */
import { flattenToFacts } from './answer-facts.js';
import { didYouMean } from './suggest.js';
import type {
  Agency,
  Problem,
  ResolvedRule,
  ResolvedRuleset,
  RuleFile,
  RuleFileSource,
  RuleOrigin,
  Settings,
} from './types.js';

const MANIFEST_NAME = 'ruleset.json';
const MANIFEST_ONLY_FIELDS = ['id', 'version', 'extends', 'title', 'description', 'settings', 'agencies'] as const;

export interface Composition {
  ruleset?: ResolvedRuleset;
  problems: Problem[];
}

/** The files of each ruleset folder, by ruleset id (folder name). */
export type RuleFilesByRuleset = Record<string, RuleFileSource[]>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A merged copy: objects merge key by key, anything else from `over` replaces. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = deepMerge(merged[key], value);
  return merged as T;
}

function isManifest(source: RuleFileSource): boolean {
  return source.file === MANIFEST_NAME || source.file.endsWith(`/${MANIFEST_NAME}`) || source.file.endsWith(`\\${MANIFEST_NAME}`);
}

export function composeRuleset(filesByRuleset: RuleFilesByRuleset, rulesetId: string): Composition {
  const problems: Problem[] = [];
  const ruleset = resolve(filesByRuleset, rulesetId, [], problems, undefined);
  return problems.length > 0 ? { problems } : { ruleset, problems };
}

function resolve(
  filesByRuleset: RuleFilesByRuleset,
  rulesetId: string,
  chainSoFar: string[],
  problems: Problem[],
  referencedFrom: { file: string; pointer: string } | undefined,
): ResolvedRuleset | undefined {
  const sources = filesByRuleset[rulesetId];
  if (!sources || sources.length === 0) {
    problems.push({
      file: referencedFrom?.file ?? rulesetId,
      pointer: referencedFrom?.pointer ?? '',
      message: `there is no ruleset '${rulesetId}'`,
      hint: didYouMean(rulesetId, Object.keys(filesByRuleset)) ?? `rulesets found: ${Object.keys(filesByRuleset).join(', ') || 'none'}`,
    });
    return undefined;
  }
  const manifest = sources.find(isManifest);
  if (!manifest) {
    problems.push({
      file: sources[0].file,
      pointer: '',
      message: `the ruleset '${rulesetId}' has no ${MANIFEST_NAME}`,
      hint: `add ${MANIFEST_NAME} with its id, version and settings to the folder`,
    });
    return undefined;
  }
  const head = manifest.content;
  checkManifest(manifest, rulesetId, problems);
  for (const source of sources) if (source !== manifest) checkNotManifestFields(source, problems);

  let base: ResolvedRuleset | undefined;
  if (head.extends !== undefined) {
    if ([...chainSoFar, rulesetId].includes(head.extends)) {
      problems.push({
        file: manifest.file,
        pointer: '/extends',
        message: `'extends' goes round in a circle: ${[...chainSoFar, rulesetId, head.extends].join(' → ')}`,
        hint: 'a base ruleset (such as england) must not extend anything',
      });
      return undefined;
    }
    base = resolve(filesByRuleset, head.extends, [...chainSoFar, rulesetId], problems, {
      file: manifest.file,
      pointer: '/extends',
    });
    if (!base) return undefined;
  }

  const ordered = [manifest, ...sources.filter((source) => source !== manifest).sort((a, b) => a.file.localeCompare(b.file))];
  const rules = composeRules(base?.rules ?? [], ordered, rulesetId, problems);
  const disabled = base ? [...base.disabled] : [];
  for (const source of ordered) applyDisable(source, rules, disabled, rulesetId, base, problems);

  const settings = deepMerge(base?.settings ?? ({} as Settings), head.settings);
  const agencies: Record<string, Agency> = deepMerge(base?.agencies ?? {}, head.agencies);

  const origins = {
    manifest: manifest.file,
    settings: { ...base?.origins?.settings },
    agencies: { ...base?.origins?.agencies },
  };
  for (const path of Object.keys(flattenToFacts(head.settings ?? {}))) origins.settings[path] = manifest.file;
  for (const agencyId of Object.keys(head.agencies ?? {})) origins.agencies[agencyId] = manifest.file;

  return {
    id: head.id ?? rulesetId,
    version: head.version ?? '',
    title: head.title ?? base?.title ?? { en: rulesetId, cy: rulesetId },
    ...(head.description ? { description: head.description } : {}),
    chain: [...(base?.chain ?? []), rulesetId],
    settings,
    agencies,
    rules,
    disabled,
    origins,
  };
}

function checkManifest(manifest: RuleFileSource, rulesetId: string, problems: Problem[]): void {
  const { content, file } = manifest;
  if (content.id === undefined) {
    problems.push({ file, pointer: '', message: "the ruleset has no 'id'", hint: `add "id": "${rulesetId}"` });
  } else if (content.id !== rulesetId) {
    problems.push({
      file,
      pointer: '/id',
      message: `the id '${content.id}' does not match the folder name '${rulesetId}'`,
      hint: `use "id": "${rulesetId}", or rename the folder`,
    });
  }
  if (content.version === undefined) {
    problems.push({ file, pointer: '', message: "the ruleset has no 'version'", hint: 'add "version": "2026.1" (any text that changes when the rules change)' });
  }
  if (content.title === undefined) {
    problems.push({ file, pointer: '', message: "the ruleset has no 'title'", hint: 'add "title": { "en": "…", "cy": "…" }' });
  }
}

function checkNotManifestFields(source: RuleFileSource, problems: Problem[]): void {
  for (const field of MANIFEST_ONLY_FIELDS) {
    if (source.content[field as keyof RuleFile] !== undefined) {
      problems.push({
        file: source.file,
        pointer: `/${field}`,
        message: `'${field}' belongs in ${MANIFEST_NAME}, not in a rules file`,
        hint: `move it to ${MANIFEST_NAME} in the same folder`,
      });
    }
  }
}

function composeRules(
  inherited: readonly ResolvedRule[],
  sources: readonly RuleFileSource[],
  rulesetId: string,
  problems: Problem[],
): ResolvedRule[] {
  const rules = [...inherited];
  const definedHere = new Map<string, RuleOrigin>();
  for (const source of sources) {
    const fileRules = Array.isArray(source.content.rules) ? source.content.rules : [];
    fileRules.forEach((rule, index) => {
      if (!isPlainObject(rule) || typeof rule.id !== 'string') return; // reported by the schema check
      const origin: RuleOrigin = { file: source.file, rulesetId, pointer: `/rules/${index}` };
      const earlier = definedHere.get(rule.id);
      if (earlier) {
        problems.push({
          file: source.file,
          pointer: `/rules/${index}/id`,
          message: `the rule id '${rule.id}' is used twice in this ruleset (also in ${earlier.file} at ${earlier.pointer})`,
          hint: 'give each rule its own id',
        });
        return;
      }
      definedHere.set(rule.id, origin);
      const replaced = rules.findIndex((existing) => existing.id === rule.id);
      if (replaced >= 0) rules[replaced] = { ...rule, source: origin, replaces: rules[replaced].source };
      else rules.push({ ...rule, source: origin });
    });
  }
  return rules;
}

function applyDisable(
  source: RuleFileSource,
  rules: ResolvedRule[],
  disabled: ResolvedRuleset['disabled'],
  rulesetId: string,
  base: ResolvedRuleset | undefined,
  problems: Problem[],
): void {
  const ids = Array.isArray(source.content.disable) ? source.content.disable : [];
  ids.forEach((id, index) => {
    const pointer = `/disable/${index}`;
    const position = rules.findIndex((rule) => rule.id === id);
    const rule = rules[position];
    if (!rule) {
      problems.push({
        file: source.file,
        pointer,
        message: `cannot disable '${id}': no inherited rule has that id`,
        hint: didYouMean(id, base?.rules.map((r) => r.id) ?? []) ?? 'run `npx rhi rules --ruleset <base>` to list the rule ids',
      });
      return;
    }
    if (rule.source.rulesetId === rulesetId && !rule.replaces) {
      problems.push({
        file: source.file,
        pointer,
        message: `'${id}' is both written and disabled in this ruleset`,
        hint: 'delete the rule instead of disabling it',
      });
      return;
    }
    disabled.push({ id, by: { file: source.file, rulesetId, pointer }, source: rule.source });
    rules.splice(position, 1);
  });
}
