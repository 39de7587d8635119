/**
 * `rhi diff A B`: what B (typically a locality) changes against A (typically its base), rule by
 * rule, and which scenarios' outcomes change. A report: it exits 0 whatever it finds.
 */
import { existsSync } from 'node:fs';
import { inLanguage, type Language, type ResolvedRuleset, type RuleOrigin } from '@rhi-toolkit/engine/node';
import { UsageError, exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine, stringOption, type CommandLine } from '../command-line.js';
import { shownValue } from '../flat-entries.js';
import { problemLines } from '../json-input.js';
import { hasChanges, outcomeChanges, type OutcomeChanges } from '../outcome-changes.js';
import { printLines } from '../output.js';
import { RulesetLibrary } from '../ruleset-library.js';
import { compareRulesets, type RulesetComparison, type ValueChange } from '../ruleset-comparison.js';
import { readScenarioFile, scenarioPaths } from '../scenario-files.js';
import type { Words } from '../words.js';
import type { Command } from './command.js';

const DEFAULT_SCENARIOS = 'test/scenarios';
const INDENT = '  ';

function origin(where: RuleOrigin): string {
  return `${where.file} (${where.pointer})`;
}

function section(heading: string, lines: string[], words: Words): string[] {
  return ['', heading, ...(lines.length > 0 ? lines.map((line) => `${INDENT}${line}`) : [`${INDENT}${words.diff.none}`])];
}

function changeLine(change: ValueChange, lang: Language, words: Words): string {
  return `${change.path}: ${shownValue(change.before, lang, words)} → ${shownValue(change.after, lang, words)}`;
}

function rulesetLines(a: ResolvedRuleset, b: ResolvedRuleset, comparison: RulesetComparison, lang: Language, words: Words): string[] {
  const d = words.diff;
  const agencyLines = [
    ...comparison.agenciesAdded.map((id) => `${d.added}: ${id} (${inLanguage(b.agencies[id].name, lang)})`),
    ...comparison.agenciesRemoved.map((id) => `${d.removed}: ${id} (${inLanguage(a.agencies[id].name, lang)})`),
    ...comparison.agenciesChanged.flatMap(({ agency, changes }) => [
      `${d.changed}: ${agency} (${inLanguage(b.agencies[agency].name, lang)})`,
      ...changes.map((change) => `${INDENT}${changeLine(change, lang, words)}`),
    ]),
  ];
  const agencyCount = comparison.agenciesAdded.length + comparison.agenciesRemoved.length + comparison.agenciesChanged.length;
  const actionCount = comparison.actionsAdded.length + comparison.actionsRemoved.length + comparison.actionsChanged.length;
  const actionName = (ruleset: ResolvedRuleset, id: string) => {
    const name = ruleset.actions?.[id]?.name;
    return name ? ` (${inLanguage(name, lang)})` : '';
  };
  const actionLines = [
    ...comparison.actionsAdded.map((id) => `${d.added}: ${id}${actionName(b, id)}`),
    ...comparison.actionsRemoved.map((id) => `${d.removed}: ${id}${actionName(a, id)}`),
    ...comparison.actionsChanged.flatMap(({ action, changes }) => [
      `${d.changed}: ${action}${actionName(b, action)}`,
      ...changes.map((change) => `${INDENT}${changeLine(change, lang, words)}`),
    ]),
  ];
  const onlyInA = comparison.rulesOnlyInA.map(({ rule, disabledBy }) =>
    disabledBy ? `${rule.id} — ${d.disabledBy(origin(disabledBy))}` : `${rule.id} — ${d.notIn(b.id)}`,
  );
  const onlyInB = comparison.rulesOnlyInB.map((rule) => `${rule.id} — ${origin(rule.source)}`);
  const changed = comparison.rulesChanged.map(({ before, after, parts }) => {
    const what = parts.length > 0 ? `${d.changed}: ${parts.join(', ')}` : d.replacedUnchanged;
    return `${after.id} — ${what}; ${d.replaces(origin(after.source), origin(before.source))}`;
  });
  return [
    ...section(`${d.settings} (${comparison.settings.length})`, comparison.settings.map((change) => changeLine(change, lang, words)), words),
    ...section(`${d.agencies} (${agencyCount})`, agencyLines, words),
    ...section(`${d.actions} (${actionCount})`, actionLines, words),
    ...section(d.onlyIn(a.id, b.id, onlyInA.length), onlyInA, words),
    ...section(d.addedIn(b.id, onlyInB.length), onlyInB, words),
    ...section(`${d.rulesChanged} (${changed.length})`, changed, words),
  ];
}

function outcomeWords(changes: OutcomeChanges, words: Words): string {
  const d = words.diff;
  const parts: string[] = [];
  if (changes.riskLevel) parts.push(`riskLevel: ${changes.riskLevel.join(' → ')}`);
  if (changes.parentCarerDiscussion) parts.push(`parentCarerDiscussion: ${changes.parentCarerDiscussion.join(' → ')}`);
  if (changes.referralsAdded.length > 0) parts.push(`${d.referralsAdded}: ${changes.referralsAdded.join(', ')}`);
  if (changes.referralsRemoved.length > 0) parts.push(`${d.referralsRemoved}: ${changes.referralsRemoved.join(', ')}`);
  if (changes.actionsAdded.length > 0) parts.push(`${d.actionsAdded}: ${changes.actionsAdded.join(', ')}`);
  if (changes.actionsRemoved.length > 0) parts.push(`${d.actionsRemoved}: ${changes.actionsRemoved.join(', ')}`);
  return parts.join('; ');
}

/** Runs every scenario through both rulesets and lists those whose outcome changes. */
async function scenarioLines(commandLine: CommandLine, library: RulesetLibrary, a: ResolvedRuleset, b: ResolvedRuleset): Promise<string[]> {
  const { words, lang } = commandLine;
  const given = stringOption(commandLine, 'scenarios');
  if (given === undefined && !existsSync(DEFAULT_SCENARIOS)) return ['', words.diff.noScenarioFolder(DEFAULT_SCENARIOS)];
  const paths = await scenarioPaths([given ?? DEFAULT_SCENARIOS], words);
  const changed: string[] = [];
  const skipped: string[] = [];
  let run = 0;
  for (const path of paths) {
    const { scenario, problems } = await readScenarioFile(path, words.lang);
    if (!scenario) {
      skipped.push(`${words.diff.skipped}: ${problemLines(problems)[0]}`);
      continue;
    }
    run += 1;
    const options = { now: scenario.now, lang };
    const before = await library.assessorFor(a).assess(scenario.answers, options);
    const after = await library.assessorFor(b).assess(scenario.answers, options);
    const changes = outcomeChanges(before, after);
    if (hasChanges(changes)) changed.push(`${scenario.id}  ${path}  ${outcomeWords(changes, words)}`);
  }
  return section(words.diff.scenarios(changed.length, run), [...changed, ...skipped], words);
}

export const diffCommand: Command = {
  name: 'diff',
  async run(args) {
    const commandLine = parseCommandLine('diff', args, { scenarios: { type: 'string' } });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('diff', commandLine.words)]);
      return exitCodes.ok;
    }
    const [nameA, nameB, extra] = commandLine.positionals;
    if (nameA === undefined || nameB === undefined) throw new UsageError(words.usage.missingArgument('diff', words.usage.twoRulesets));
    if (extra !== undefined) throw new UsageError(words.usage.unexpectedArgument('diff', extra));

    const library = new RulesetLibrary(commandLine.rulesDir, words);
    const a = await library.require(nameA);
    const b = await library.require(nameB);
    const title = (ruleset: ResolvedRuleset) => `${ruleset.id} (${inLanguage(ruleset.title, lang)}, ${ruleset.version})`;
    await printLines([
      words.diff.comparing(title(a), title(b)),
      ...rulesetLines(a, b, compareRulesets(a, b), lang, words),
      ...(await scenarioLines(commandLine, library, a, b)),
    ]);
    return exitCodes.ok;
  },
};
