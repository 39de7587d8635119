/**
 * Applies locality overlays: settings merge field by field, agencies and actions merge, rules are added,
 * replaced or disabled by id. The result records where every rule came from.
 */
import { flattenToFacts } from './answer-facts.js';
import { composeLocalFields, isLocalFieldsSource } from './local-fields.js';
import { ownValue, setOwn } from './own-keys.js';
import { composeFloor, isFloorCasesSource } from './safety-floor.js';
import { wordsFor, type ProblemWords } from './problem-words.js';
import { didYouMean } from './suggest.js';
import type {
  ActionDefinition,
  Agency,
  Language,
  Problem,
  ResolvedRule,
  ResolvedRuleset,
  RuleFile,
  RuleFileSource,
  RuleOrigin,
  Settings,
} from './types.js';

const MANIFEST_NAME = 'ruleset.json';
const MANIFEST_ONLY_FIELDS = ['id', 'version', 'extends', 'title', 'description', 'settings', 'agencies', 'actions', 'sharedAnswers'] as const;

export interface Composition {
  ruleset?: ResolvedRuleset;
  problems: Problem[];
  /** Conditions that can never be true: shown by `rhi validate`, they do not stop the ruleset loading. */
  warnings?: Problem[];
}

/** The files of each ruleset folder (rule files, the interview-fields file and the floor cases), by ruleset id (folder name). */
export type RuleFilesByRuleset = Record<string, RuleFileSource[]>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A merged copy: objects merge key by key, anything else from `over` replaces. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value);
  for (const [key, value] of Object.entries(over)) setOwn(merged, key, deepMerge(ownValue(merged, key), value));
  return merged as T;
}

/** A rule file: the manifest or a `*.rules.json` file (not the interview-fields file). */
type RuleSource = RuleFileSource & { content: RuleFile };

function isManifest(source: RuleFileSource): source is RuleSource {
  return source.file === MANIFEST_NAME || source.file.endsWith(`/${MANIFEST_NAME}`) || source.file.endsWith(`\\${MANIFEST_NAME}`);
}

export function composeRuleset(filesByRuleset: RuleFilesByRuleset, rulesetId: string, lang: Language = 'en'): Composition {
  const problems: Problem[] = [];
  const ruleset = resolve(filesByRuleset, rulesetId, [], problems, undefined, lang);
  return problems.length > 0 ? { problems } : { ruleset, problems };
}

function resolve(
  filesByRuleset: RuleFilesByRuleset,
  rulesetId: string,
  chainSoFar: string[],
  problems: Problem[],
  referencedFrom: { file: string; pointer: string } | undefined,
  lang: Language,
): ResolvedRuleset | undefined {
  const w = wordsFor(lang);
  const sources = filesByRuleset[rulesetId];
  if (!sources || sources.length === 0) {
    problems.push({
      file: referencedFrom?.file ?? rulesetId,
      pointer: referencedFrom?.pointer ?? '',
      message: w.noRuleset(rulesetId),
      hint: didYouMean(rulesetId, Object.keys(filesByRuleset), lang) ?? w.rulesetsFound(Object.keys(filesByRuleset)),
    });
    return undefined;
  }
  const manifest = sources.find(isManifest);
  const localFieldsSource = sources.find(isLocalFieldsSource);
  const floorSource = sources.find(isFloorCasesSource);
  const ruleSources = sources.filter((source): source is RuleSource => !isLocalFieldsSource(source) && !isFloorCasesSource(source));
  if (!manifest) {
    problems.push({
      file: sources[0].file,
      pointer: '',
      message: w.noManifest(rulesetId, MANIFEST_NAME),
      hint: w.noManifestHint(MANIFEST_NAME),
    });
    return undefined;
  }
  const head = manifest.content;
  checkManifest(manifest, rulesetId, problems, w);
  for (const source of ruleSources) if (source !== manifest) checkNotManifestFields(source, problems, w);

  let base: ResolvedRuleset | undefined;
  if (head.extends !== undefined) {
    if ([...chainSoFar, rulesetId].includes(head.extends)) {
      problems.push({
        file: manifest.file,
        pointer: '/extends',
        message: w.extendsCircle([...chainSoFar, rulesetId, head.extends]),
        hint: w.extendsCircleHint,
      });
      return undefined;
    }
    base = resolve(filesByRuleset, head.extends, [...chainSoFar, rulesetId], problems, {
      file: manifest.file,
      pointer: '/extends',
    }, lang);
    if (!base) return undefined;
  }

  const ordered = [manifest, ...ruleSources.filter((source) => source !== manifest).sort((a, b) => a.file.localeCompare(b.file))];
  const rules = composeRules(base?.rules ?? [], ordered, rulesetId, problems, w);
  const disabled = base ? [...base.disabled] : [];
  for (const source of ordered) applyDisable(source, rules, disabled, rulesetId, base, problems, w, lang);

  const settings = deepMerge(base?.settings ?? ({} as Settings), head.settings);
  const agencies: Record<string, Agency> = deepMerge(base?.agencies ?? {}, head.agencies);
  const actions: Record<string, ActionDefinition> = deepMerge(base?.actions ?? {}, head.actions);
  const local = composeLocalFields(base, localFieldsSource, problems, w);
  const floor = composeFloor(base?.floor ?? [], floorSource, problems, w);
  // A list replaces the inherited one whole, so a locality can also share less than its base.
  const sharedAnswers = head.sharedAnswers ?? base?.sharedAnswers;
  const sharedAnswersFile = head.sharedAnswers ? manifest.file : base?.origins?.sharedAnswers;

  const origins = {
    manifest: manifest.file,
    settings: { ...base?.origins?.settings },
    agencies: { ...base?.origins?.agencies },
    actions: { ...base?.origins?.actions },
    localFields: local.origins,
    ...(sharedAnswersFile ? { sharedAnswers: sharedAnswersFile } : {}),
  };
  for (const path of Object.keys(flattenToFacts(head.settings ?? {}))) setOwn(origins.settings, path, manifest.file);
  for (const agencyId of Object.keys(head.agencies ?? {})) setOwn(origins.agencies, agencyId, manifest.file);
  for (const actionId of Object.keys(head.actions ?? {})) setOwn(origins.actions, actionId, manifest.file);

  return {
    id: head.id ?? rulesetId,
    version: head.version ?? '',
    title: head.title ?? base?.title ?? { en: rulesetId, cy: rulesetId },
    ...(head.description ? { description: head.description } : {}),
    chain: [...(base?.chain ?? []), rulesetId],
    settings,
    agencies,
    actions,
    ...(sharedAnswers ? { sharedAnswers } : {}),
    rules,
    disabled,
    localFields: local.localFields,
    ...(floor.length > 0 ? { floor } : {}),
    origins,
  };
}

function checkManifest(manifest: RuleSource, rulesetId: string, problems: Problem[], w: ProblemWords): void {
  const { content, file } = manifest;
  if (content.id === undefined) {
    problems.push({ file, pointer: '', message: w.noId, hint: w.addId(rulesetId) });
  } else if (content.id !== rulesetId) {
    problems.push({
      file,
      pointer: '/id',
      message: w.idMismatch(String(content.id), rulesetId),
      hint: w.idMismatchHint(rulesetId),
    });
  }
  if (content.version === undefined) {
    problems.push({ file, pointer: '', message: w.noVersion, hint: w.noVersionHint });
  }
  if (content.title === undefined) {
    problems.push({ file, pointer: '', message: w.noTitle, hint: w.noTitleHint });
  }
}

function checkNotManifestFields(source: RuleSource, problems: Problem[], w: ProblemWords): void {
  for (const field of MANIFEST_ONLY_FIELDS) {
    if (source.content[field as keyof RuleFile] !== undefined) {
      problems.push({
        file: source.file,
        pointer: `/${field}`,
        message: w.belongsInManifest(field, MANIFEST_NAME),
        hint: w.belongsInManifestHint(MANIFEST_NAME),
      });
    }
  }
}

function composeRules(
  inherited: readonly ResolvedRule[],
  sources: readonly RuleSource[],
  rulesetId: string,
  problems: Problem[],
  w: ProblemWords,
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
          message: w.ruleIdTwice(rule.id, earlier.file, earlier.pointer),
          hint: w.ruleIdTwiceHint,
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
  source: RuleSource,
  rules: ResolvedRule[],
  disabled: ResolvedRuleset['disabled'],
  rulesetId: string,
  base: ResolvedRuleset | undefined,
  problems: Problem[],
  w: ProblemWords,
  lang: Language,
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
        message: w.cannotDisable(id),
        hint: didYouMean(id, base?.rules.map((r) => r.id) ?? [], lang) ?? w.cannotDisableHint,
      });
      return;
    }
    if (rule.source.rulesetId === rulesetId && !rule.replaces) {
      problems.push({
        file: source.file,
        pointer,
        message: w.writtenAndDisabled(id),
        hint: w.writtenAndDisabledHint,
      });
      return;
    }
    disabled.push({ id, by: { file: source.file, rulesetId, pointer }, source: rule.source });
    rules.splice(position, 1);
  });
}
