// What a provider meets first, after copying rules/example-locality as the README says: a mistyped
// ruleset name said once, and a national scenario that does not hold for a locality skipped with
// a note, or, when it fails, the rule that made the difference named.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot, runRhi } from './run-rhi.js';

/** The repository's rules with rules/example-locality copied to rules/my-area (its id changed). */
function rulesWithCopy(): string {
  const rules = join(mkdtempSync(join(tmpdir(), 'rhi-first-steps-')), 'rules');
  cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
  cpSync(join(rules, 'example-locality'), join(rules, 'my-area'), { recursive: true });
  const manifestPath = join(rules, 'my-area', 'ruleset.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.id = 'my-area';
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return rules;
}

describe('a ruleset name that does not exist', () => {
  const rules = rulesWithCopy();

  it('is said once, with the nearest name, by rhi test --ruleset (English and Welsh)', () => {
    const english = runRhi(['test', 'test/scenarios', '--ruleset', 'myarea', '--rules-dir', rules]);
    assert.equal(english.status, 1);
    assert.equal(english.stdout, '');
    assert.equal(english.stderr, "rhi: there is no ruleset called 'myarea' — did you mean 'my-area'?\n");
    const welsh = runRhi(['test', 'test/scenarios', '--ruleset', 'myarea', '--rules-dir', rules, '--lang', 'cy']);
    assert.equal(welsh.stderr, "rhi: nid oes set reolau o'r enw 'myarea' — oeddech chi'n golygu 'my-area'?\n");
  });

  it('is said the same way by every command that takes a ruleset', () => {
    for (const args of [['rules', '--ruleset', 'myarea'], ['explain', 'test/scenarios/s01.json', '--ruleset', 'myarea'], ['diff', 'england', 'myarea']]) {
      const { status, stderr } = runRhi([...args, '--rules-dir', rules]);
      assert.equal(status, 1, args.join(' '));
      assert.equal(stderr, "rhi: there is no ruleset called 'myarea' — did you mean 'my-area'?\n", args.join(' '));
    }
  });

  it('lists the rulesets there are when no name is near', () => {
    const { stderr } = runRhi(['rules', '--ruleset', 'zzzzzzzz', '--rules-dir', rules]);
    assert.match(stderr, /^rhi: there is no ruleset called 'zzzzzzzz' — the rulesets are england, example-locality, my-area, wales(, [a-z-]+)*\n$/);
  });
});

/** A copy of a scenario file with changes, in a folder of its own; returns its path. */
function scenarioCopy(path: string, change: (scenario: Record<string, any>) => void): string {
  const scenario = JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8'));
  change(scenario);
  const copy = join(mkdtempSync(join(tmpdir(), 'rhi-scenario-')), 'scenario.json');
  writeFileSync(copy, JSON.stringify(scenario, null, 2));
  return copy;
}

describe('the national scenarios with a copy of example-locality (rhi test --ruleset my-area)', () => {
  const rules = rulesWithCopy();

  it('skips S10 and S16, written for Wales, with a one-line note each, counts them apart, and passes the rest', () => {
    const { status, stdout } = runRhi(['test', 'test/scenarios', '--ruleset', 'my-area', '--rules-dir', rules]);
    assert.equal(status, 0, stdout);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.includes('test/scenarios/s10.json  S10  skipped: it holds for wales and the rulesets built on it, not my-area (holdsFor)'), stdout);
    assert.match(lines.at(-1)!, /^\d+ passed, 0 failed, 2 skipped$/);
    const welsh = runRhi(['test', 'test/scenarios', '--ruleset', 'my-area', '--rules-dir', rules, '--lang', 'cy']).stdout;
    assert.ok(welsh.includes("S10  wedi'i hepgor: mae'n dal ar gyfer wales a'r setiau rheolau a adeiladwyd arni, nid my-area (holdsFor)"), welsh);
    assert.match(welsh, /^\d+ wedi llwyddo, 0 wedi methu, 2 wedi'u hepgor$/m);
  });

  it('still runs every scenario with its own ruleset, whatever it holds for', () => {
    const { status, stdout } = runRhi(['test', 'test/scenarios']);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^\d+ passed, 0 failed\n$/);
  });

  it('names the rule the locality switched off, with its file, line and column, when an expectation fails because of it', () => {
    // S10 as if it held for every ruleset: the copy switches off the rule that gives early help.
    const s10 = scenarioCopy('test/scenarios/s10.json', (scenario) => delete scenario.holdsFor);
    const manifestText = readFileSync(join(rules, 'my-area', 'ruleset.json'), 'utf8');
    const line = manifestText.split('\n').findIndex((text) => text.includes('"referral.early-help-lower-level-needs"') && !text.includes('"id"')) + 1;
    const { status, stdout } = runRhi(['test', s10, '--ruleset', 'my-area', '--rules-dir', rules]);
    assert.equal(status, 1);
    const where = new RegExp(`rules/my-area/ruleset\\.json:${line}:\\d+\\)$`, 'm');
    assert.match(stdout, /S10  referrals: expected early-help, but it was not referred — my-area disables rule 'referral\.early-help-lower-level-needs' \(\S+/);
    assert.match(stdout, where);
    const welsh = runRhi(['test', s10, '--ruleset', 'my-area', '--rules-dir', rules, '--lang', 'cy']).stdout;
    assert.match(welsh, /— mae my-area yn diffodd y rheol 'referral\.early-help-lower-level-needs' \(\S+ruleset\.json:\d+:\d+\)$/m);
  });

  it('names the setting that made the difference when no rule did', () => {
    // A locality that changes only the repeat window, no rule.
    const withinThreeDays = join(rules, '..', 'rules-short-window');
    cpSync(rules, withinThreeDays, { recursive: true });
    cpSync(join(withinThreeDays, 'example-locality'), join(withinThreeDays, 'short-window'), { recursive: true });
    writeFileSync(
      join(withinThreeDays, 'short-window', 'ruleset.json'),
      JSON.stringify({ id: 'short-window', version: '1', extends: 'england', title: { en: 'Short window', cy: 'Ffenestr fer' }, settings: { repeatEpisodes: { count: 3, withinDays: 30 } } }),
    );
    for (const file of ['local.rules.json', 'interview-fields.schema.json', 'interview.layout.json']) rmSync(join(withinThreeDays, 'short-window', file));
    // A third episode within 48 days: a repeat pattern in England (90 days), not within 30 days.
    // (A window much shorter than that is refused by England's safety floor: five episodes in 18 days.)
    const thirdEpisode = scenarioCopy('docs/examples/northshire-scenarios/n02-third-episode-in-seven-weeks.json', (scenario) => {
      delete scenario.answers.local;
      scenario.ruleset = 'england';
      scenario.expect = { riskLevel: 'medium', referrals: { include: ['childrens-services'] } };
    });
    assert.equal(runRhi(['test', thirdEpisode, '--rules-dir', withinThreeDays]).status, 0);
    const { status, stdout } = runRhi(['test', thirdEpisode, '--ruleset', 'short-window', '--rules-dir', withinThreeDays]);
    assert.equal(status, 1);
    assert.match(stdout, /N02  referrals: expected childrens-services, but it was not referred — short-window sets repeatEpisodes\.withinDays to 30 \(england: 90\)$/m);
  });
});

describe('descriptions written from the settings', () => {
  it('say the copy\'s own numbers in the listing once the copy changes a setting (English and Welsh)', () => {
    const rules = rulesWithCopy();
    const manifestPath = join(rules, 'my-area', 'ruleset.json');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace('"withinDays": 30', '"withinDays": 28'));
    const english = runRhi(['rules', '--ruleset', 'my-area', '--rules-dir', rules]).stdout;
    assert.match(english, /a repeat pattern is 3 episodes in 28 days, not 3 in 90 as in England/);
    assert.match(english, /^Local threshold: 3 episodes within 28 days \(settings\.repeatEpisodes\) is a repeat pattern\./m);
    const welsh = runRhi(['rules', '--ruleset', 'my-area', '--rules-dir', rules, '--lang', 'cy']).stdout;
    assert.match(welsh, /mae patrwm mynych yn 3 achos mewn 28 diwrnod/);
    assert.match(welsh, /Trothwy lleol: mae 3 achos o fewn 28 diwrnod/);
  });

  it('are refused by rhi validate when a placeholder is not a setting, at its line and column', () => {
    const rules = rulesWithCopy();
    const manifestPath = join(rules, 'my-area', 'ruleset.json');
    const text = readFileSync(manifestPath, 'utf8').replace('{settings.repeatEpisodes.withinDays} days (settings', '{settings.repeatEpisodes.withinDay} days (settings');
    writeFileSync(manifestPath, text);
    const { status, stdout: stderr } = runRhi(['validate', join(rules, 'my-area')]);
    assert.equal(status, 1);
    assert.match(stderr, /ruleset\.json:\d+:\d+  the placeholder \{settings\.repeatEpisodes\.withinDay\} is not a setting: a description is read without an interview, so it can only write in settings — did you mean 'settings\.repeatEpisodes\.withinDays'\? \(at \/rules\/0\/description\/en\)/);
  });
});

describe("rhi validate checks a locality's form layout (interview.layout.json)", () => {
  /** The copy with its layout file's text changed by `change`; returns the rules folder and the layout's text. */
  function withLayout(change: (text: string) => string): { rules: string; text: string } {
    const rules = rulesWithCopy();
    const path = join(rules, 'my-area', 'interview.layout.json');
    const text = change(readFileSync(path, 'utf8'));
    writeFileSync(path, text);
    return { rules, text };
  }
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

  it('passes the layout as it is copied', () => {
    const { status, stdout } = runRhi(['validate', join(rulesWithCopy(), 'my-area')]);
    assert.equal(status, 0);
    assert.equal(stdout, '1 ruleset valid: my-area (83 rules)\n');
  });

  it('finds a misspelt question, a page that does not exist and a misspelt hidden question, each at its line, in English and Welsh', () => {
    const { rules, text } = withLayout((layout) =>
      layout
        .replace('"local.contextualSafeguardingLocation"', '"local.contextualSafeguardingLocaton"')
        .replace('"after": "signs-of-risk"', '"after": "signs-of-rsk"')
        .replace('"hide": ["child.learningDisabilityOrAutism"]', '"hide": ["child.learningDisabilityOrAutsm"]'),
    );
    const { status, stdout, stderr } = runRhi(['validate', join(rules, 'my-area')]);
    assert.equal(status, 1);
    assert.equal(stderr, '3 problems found\n');
    const file = /^(\S+interview\.layout\.json):/m.exec(stdout)?.[1];
    assert.ok(file, stdout);
    const lines = stdout.trim().split('\n');
    assert.ok(
      lines.includes(`${file}:${lineOf(text, 'Locaton')}:9  the form layout places 'local.contextualSafeguardingLocaton', which is not a question of this ruleset's interview — did you mean 'local.contextualSafeguardingLocation'? (at /pages/0/fields/1)`),
      stdout,
    );
    assert.ok(lines.includes(`${file}:${lineOf(text, 'signs-of-rsk')}:7  there is no page 'signs-of-rsk' for this page to go after — did you mean 'signs-of-risk'? (at /pages/0/after)`), stdout);
    assert.ok(lines.some((line) => line.startsWith(`${file}:${lineOf(text, 'Autsm')}:`) && line.includes("'child.learningDisabilityOrAutsm'") && line.endsWith('(at /hide/0)')), stdout);
    const welsh = runRhi(['validate', join(rules, 'my-area'), '--lang', 'cy']).stdout;
    assert.match(welsh, /mae cynllun y ffurflen yn gosod 'local\.contextualSafeguardingLocaton', nad yw'n gwestiwn yng nghyfweliad y set reolau hon — oeddech chi'n golygu 'local\.contextualSafeguardingLocation'\?/);
  });

  it('checks the layout against its schema, at the line and column of the mistake', () => {
    const { rules, text } = withLayout((layout) => layout.replace(/"title": \{ "en": "Exploitation hub and places of concern", "cy": "[^"]*" \}/, '"title": { "en": "Exploitation hub" }'));
    const { status, stdout } = runRhi(['validate', join(rules, 'my-area')]);
    assert.equal(status, 1);
    assert.match(stdout, new RegExp(`interview\\.layout\\.json:${lineOf(text, '"title": { "en": "Exploitation hub" }')}:\\d+  .*'cy'.* \\(at /pages/0/title\\)$`, 'm'));
  });
});
