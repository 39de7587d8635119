/**
 * `rhi test [SCENARIO-FILES-OR-FOLDERS…]`: runs scenarios and prints one line per unmet
 * expectation, then `N passed, M failed`.
 */
import { locate } from '@rhi-toolkit/engine/node';
import { CommandFailure, exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine, stringOption } from '../command-line.js';
import { problemLines } from '../json-input.js';
import { localAnswerProblems } from '../local-answers.js';
import { printLines } from '../output.js';
import { RulesetLibrary } from '../ruleset-library.js';
import { differenceNotes } from '../rule-difference.js';
import { unmetExpectationsAbout } from '../scenario-expectations.js';
import { readScenarioFile, scenarioPaths, type Scenario } from '../scenario-files.js';
import type { ResolvedRuleset } from '@rhi-toolkit/engine/node';
import type { Command } from './command.js';

const DEFAULT_SCENARIOS = 'test/scenarios';

/** Does the scenario hold for this ruleset: is it, or is it built on, a ruleset in holdsFor? */
function holdsFor(scenario: Scenario, ruleset: ResolvedRuleset): boolean {
  return scenario.holdsFor === undefined || scenario.holdsFor.some((id) => ruleset.chain.includes(id));
}

export const testCommand: Command = {
  name: 'test',
  async run(args) {
    const commandLine = parseCommandLine('test', args, { ruleset: { type: 'string' } });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('test', commandLine.words)]);
      return exitCodes.ok;
    }
    const rulesetOverride = stringOption(commandLine, 'ruleset');
    const paths = await scenarioPaths(commandLine.positionals.length > 0 ? commandLine.positionals : [DEFAULT_SCENARIOS], words);
    const library = new RulesetLibrary(commandLine.rulesDir, words);
    // A mistyped --ruleset is said once, not once for every scenario.
    const unknown = rulesetOverride === undefined ? undefined : await library.unknownRuleset(rulesetOverride);
    if (unknown) throw new CommandFailure([unknown]);
    // A broken ruleset's problems are printed once, however many scenarios use it.
    const reportedRulesets = new Set<string>();
    let passed = 0;
    let failed = 0;
    let skipped = 0;

    for (const path of paths) {
      const { scenario, problems, jsonFile } = await readScenarioFile(path, words.lang);
      if (!scenario) {
        failed += 1;
        await printLines(problemLines(problems));
        continue;
      }
      const rulesetName = rulesetOverride ?? scenario.ruleset;
      const loaded = await library.load(rulesetName);
      if (!loaded.ruleset) {
        failed += 1;
        const lines = [`${path}  ${scenario.id}  ${words.test.rulesetUnusable(rulesetName)}`];
        if (!reportedRulesets.has(rulesetName)) lines.push(...problemLines(loaded.problems));
        reportedRulesets.add(rulesetName);
        await printLines(lines);
        continue;
      }
      // A scenario asked to run with a ruleset it was not written for is skipped, and said so.
      if (rulesetOverride !== undefined && scenario.ruleset !== loaded.ruleset.id && !holdsFor(scenario, loaded.ruleset)) {
        skipped += 1;
        await printLines([`${path}  ${scenario.id}  ${words.test.skipped(scenario.holdsFor ?? [], loaded.ruleset.id)}`]);
        continue;
      }
      const localProblems = await localAnswerProblems(scenario.answers, loaded.ruleset, path, lang);
      if (localProblems.length > 0) {
        failed += 1;
        await printLines(problemLines(localProblems.map((problem) => locate({ ...problem, pointer: `/answers${problem.pointer}` }, jsonFile))));
        continue;
      }
      const assessment = await library.assessorFor(loaded.ruleset).assess(scenario.answers, { now: scenario.now, lang });
      const unmet = unmetExpectationsAbout(scenario.expect, assessment, words);
      if (unmet.length === 0) {
        passed += 1;
        continue;
      }
      failed += 1;
      // Name what made the difference against the scenario's own ruleset (when another was asked
      // for) or the ruleset this one is built on.
      const baseName = rulesetOverride !== undefined && scenario.ruleset !== loaded.ruleset.id ? scenario.ruleset : loaded.ruleset.chain.at(-2);
      const base = baseName === undefined ? undefined : (await library.load(baseName)).ruleset;
      const baseAssessment = base && (await library.assessorFor(base).assess(scenario.answers, { now: scenario.now, lang }).catch(() => undefined));
      const lines: string[] = [];
      for (const { text, subject } of unmet) {
        const notes = base && baseAssessment ? await differenceNotes(subject, { ruleset: base, assessment: baseAssessment }, { ruleset: loaded.ruleset, assessment }, words) : [];
        lines.push(`${path}  ${scenario.id}  ${text}${notes.length > 0 ? ` — ${notes.join('; ')}` : ''}`);
      }
      await printLines(lines);
    }

    await printLines([words.test.summary(passed, failed, skipped)]);
    return failed > 0 ? exitCodes.failed : exitCodes.ok;
  },
};
