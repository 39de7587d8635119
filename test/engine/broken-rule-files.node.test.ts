// Breaks the shipped rule files one mistake at a time and checks that loading the ruleset refuses
// it with a problem that names the right file, line, column and JSON pointer, and says in plain
// words what is wrong and what to do. Each case works on its own copy of rules/ in a temp folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadRuleset, type LoadedRuleset } from '../../packages/engine/src/engine-node.js';
import type { Problem } from '../../packages/engine/src/types.js';

const realRules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
const tempRoots: string[] = [];

after(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

interface Copy {
  root: string;
  rulesDir: string;
}

function freshCopy(): Copy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rhi-broken-rules-'));
  tempRoots.push(root);
  const rulesDir = path.join(root, 'rules');
  fs.cpSync(realRules, rulesDir, { recursive: true });
  return { root, rulesDir };
}

interface Broken extends Copy {
  /** The broken file as the engine shows it: relative to the temp root, e.g. rules/england/risk.rules.json. */
  file: string;
  /** The text written to the broken file. */
  text: string;
}

/** Copies rules/ and rewrites one file (`folder/name`) with `edit`, which must change it. */
function breakFile(file: string, edit: (text: string) => string): Broken {
  const copy = freshCopy();
  const full = path.join(copy.rulesDir, file);
  const original = fs.readFileSync(full, 'utf8');
  const text = edit(original);
  assert.notEqual(text, original, `the edit did not change ${file}`);
  fs.writeFileSync(full, text);
  return { ...copy, file: path.join('rules', file), text };
}

/** An edit that replaces `from`, which must occur exactly once, by `to`. */
function replaceOnce(from: string, to: string): (text: string) => string {
  return (text) => {
    assert.equal(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)} in the real file`);
    return text.replace(from, () => to);
  };
}

/** An edit that parses the file, lets `mutate` change it and writes it back with 2-space indent. */
function editJson(mutate: (json: any) => void): (text: string) => string {
  return (text) => {
    const json = JSON.parse(text);
    mutate(json);
    return `${JSON.stringify(json, null, 2)}\n`;
  };
}

function load(id: string, copy: Copy): Promise<LoadedRuleset> {
  return loadRuleset(id, { rulesDir: copy.rulesDir, cwd: copy.root });
}

/**
 * 1-based line and column where `needle` starts. Without options it must occur exactly once; with
 * `after`, the first `needle` after the only `after`; with `occurrence`, the n-th (1-based) of exactly that many.
 */
function positionOf(text: string, needle: string, options: { after?: string; occurrence?: number } = {}): { line: number; column: number } {
  let offset: number;
  if (options.after !== undefined) {
    const anchor = text.indexOf(options.after);
    assert.ok(anchor >= 0, `${JSON.stringify(options.after)} not found`);
    assert.equal(text.indexOf(options.after, anchor + 1), -1, `${JSON.stringify(options.after)} occurs more than once`);
    offset = text.indexOf(needle, anchor);
  } else {
    const occurrence = options.occurrence ?? 1;
    assert.equal(text.split(needle).length - 1, occurrence, `expected ${occurrence} of ${JSON.stringify(needle)} in the broken file`);
    offset = -1;
    for (let count = 0; count < occurrence; count += 1) offset = text.indexOf(needle, offset + 1);
  }
  assert.ok(offset >= 0, `${JSON.stringify(needle)} not found`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** JSON pointers (in document order) of every value in `json` for which `test` is true. */
function pointersWhere(json: unknown, test: (value: any) => boolean, pointer = ''): string[] {
  const found = test(json) ? [pointer] : [];
  if (json !== null && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      found.push(...pointersWhere(value, test, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
    }
  }
  return found;
}

function onlyPointerWhere(text: string, test: (value: any) => boolean): string {
  const pointers = pointersWhere(JSON.parse(text), test);
  assert.equal(pointers.length, 1, `expected one match in the broken file, found ${pointers.join(', ') || 'none'}`);
  return pointers[0];
}

function isLeaf(value: unknown): value is { fact: unknown; operator: unknown; value: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value && 'operator' in value;
}

function ruleIndex(text: string, id: string): number {
  const index = (JSON.parse(text).rules as { id: string }[]).findIndex((rule) => rule.id === id);
  assert.ok(index >= 0, `no rule '${id}'`);
  return index;
}

function dump(problems: Problem[]): string {
  return problems.length === 0 ? '(no problems)' : problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
}

interface Expected {
  file: string;
  pointer: string;
  line: number;
  column: number;
  message: string[];
  hint?: string[];
}

/**
 * The ruleset was refused; every problem is in the broken file (nothing else was touched); and
 * exactly one problem is at the expected pointer, at the expected line and column, with the words
 * expected in its message and hint. Returns that problem.
 */
function assertRefused(result: LoadedRuleset, expected: Expected): Problem {
  const problems = result.problems;
  assert.equal(result.ruleset, undefined, `a broken ruleset was returned; problems:\n${dump(problems)}`);
  assert.ok(problems.length > 0, 'the ruleset was refused without any problem');
  const elsewhere = problems.filter((problem) => problem.file !== expected.file);
  assert.deepEqual(elsewhere, [], `problems reported outside ${expected.file}:\n${dump(elsewhere)}`);
  const matches = problems.filter((problem) => problem.pointer === expected.pointer);
  assert.equal(matches.length, 1, `expected one problem at '${expected.pointer}' in ${expected.file}; got:\n${dump(problems)}`);
  const [problem] = matches;
  assert.equal(typeof problem.line, 'number', `no line: ${formatProblem(problem)}`);
  assert.equal(typeof problem.column, 'number', `no column: ${formatProblem(problem)}`);
  assert.deepEqual({ line: problem.line, column: problem.column }, { line: expected.line, column: expected.column }, formatProblem(problem));
  for (const words of expected.message) assert.ok(problem.message.includes(words), `message should contain ${JSON.stringify(words)}: ${formatProblem(problem)}`);
  for (const words of expected.hint ?? []) assert.ok(problem.hint?.includes(words), `hint should contain ${JSON.stringify(words)}: ${formatProblem(problem)}`);
  return problem;
}

describe('the shipped rules, copied unchanged', () => {
  let copy: Copy;
  before(() => {
    copy = freshCopy();
  });

  for (const id of ['england', 'wales', 'example-locality']) {
    it(`${id} loads with no problems`, async () => {
      const result = await load(id, copy);
      assert.deepEqual(result.problems, [], dump(result.problems));
      assert.ok(result.ruleset, `${id} was not returned`);
      assert.equal(result.ruleset.id, id);
      assert.ok(result.ruleset.rules.length > 0, `${id} has no rules`);
    });
  }
});

describe('a rule file with one mistake is refused, with its place and a plain explanation', () => {
  it('1. an unknown fact: "indicator" for "indicators"', async () => {
    const broken = breakFile(
      'england/risk.rules.json',
      replaceOnce(
        '{ "fact": "indicators", "operator": "contains", "value": "sexual-exploitation" }',
        '{ "fact": "indicator", "operator": "contains", "value": "sexual-exploitation" }',
      ),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.fact === 'indicator');
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: `${leaf}/fact`,
      ...positionOf(broken.text, '"fact": "indicator"'),
      message: ["unknown fact 'indicator'"],
      hint: ["did you mean 'indicators'"],
    });
  });

  it('2. an operator that does not exist: "contain" for "contains"', async () => {
    const broken = breakFile(
      'england/risk.rules.json',
      replaceOnce('"operator": "contains", "value": "sexual-exploitation"', '"operator": "contain", "value": "sexual-exploitation"'),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.operator === 'contain');
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: `${leaf}/operator`,
      ...positionOf(broken.text, '"operator": "contain"'),
      message: ["operator 'contain' is not allowed"],
      hint: ["did you mean 'contains'"],
    });
  });

  it("3. a value the fact never takes: 'county-line' for 'county-lines'", async () => {
    const broken = breakFile(
      'england/risk.rules.json',
      replaceOnce('"value": ["criminal-exploitation", "county-lines"]', '"value": ["criminal-exploitation", "county-line"]'),
    );
    const pointer = onlyPointerWhere(broken.text, (value) => value === 'county-line');
    assert.match(pointer, /\/value\/1$/);
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer,
      ...positionOf(broken.text, '"county-line"'),
      message: ['"county-line"', "'indicators'"],
      hint: ["did you mean 'county-lines'"],
    });
  });

  it("4. a referral to an unknown agency: 'polic' for 'police'", async () => {
    const broken = breakFile(
      'england/referrals.rules.json',
      replaceOnce('{ "agency": "police", "urgency": "immediate" }', '{ "agency": "polic", "urgency": "immediate" }'),
    );
    const pointer = onlyPointerWhere(broken.text, (value) => value === 'polic');
    assert.match(pointer, /^\/rules\/\d+\/outcome\/referrals\/\d+\/agency$/);
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer,
      ...positionOf(broken.text, '"agency": "polic"'),
      message: ["unknown agency 'polic'"],
      hint: ["did you mean 'police'"],
    });
  });

  it("4b. an action the action directory does not name: 'ask-carers' for 'ask-carer'", async () => {
    const broken = breakFile('england/actions.rules.json', replaceOnce('"actions": ["ask-carer"]', '"actions": ["ask-carers"]'));
    const pointer = onlyPointerWhere(broken.text, (value) => value === 'ask-carers');
    assert.match(pointer, /^\/rules\/\d+\/outcome\/actions\/0$/);
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer,
      ...positionOf(broken.text, '"ask-carers"'),
      message: ["the action 'ask-carers' has no name in the action directory"],
      hint: ["did you mean 'ask-carer'"],
    });
  });

  it("4c. a locality's action with no name anywhere: the hint says what to add to ruleset.json", async () => {
    const broken = breakFile(
      'example-locality/local.rules.json',
      replaceOnce('"actions": ["consult-exploitation-hub"]', '"actions": ["call-the-duty-manager"]'),
    );
    assertRefused(await load('example-locality', broken), {
      file: broken.file,
      pointer: `/rules/${ruleIndex(broken.text, 'local.consult-exploitation-hub')}/outcome/actions/0`,
      ...positionOf(broken.text, '"call-the-duty-manager"'),
      message: ["'call-the-duty-manager'", 'action directory'],
      hint: ['add "call-the-duty-manager": { "name": { "en": "…", "cy": "…" } } to "actions" in ruleset.json'],
    });
  });

  it('5. a circle of extends: england made to extend example-locality', async () => {
    const broken = breakFile('england/ruleset.json', replaceOnce('"id": "england",', '"id": "england",\n  "extends": "example-locality",'));
    assertRefused(await load('example-locality', broken), {
      file: broken.file,
      pointer: '/extends',
      ...positionOf(broken.text, '"extends": "example-locality"'),
      message: ['circle', 'example-locality → england → example-locality'],
      hint: ['must not extend'],
    });
  });

  it("6. extends a ruleset that does not exist: 'englnd'", async () => {
    const broken = breakFile('wales/ruleset.json', replaceOnce('"extends": "england"', '"extends": "englnd"'));
    assertRefused(await load('wales', broken), {
      file: broken.file,
      pointer: '/extends',
      ...positionOf(broken.text, '"extends": "englnd"'),
      message: ["there is no ruleset 'englnd'"],
      hint: ["did you mean 'england'"],
    });
  });

  it('7. disables a rule id that nothing defines', async () => {
    const broken = breakFile(
      'example-locality/ruleset.json',
      replaceOnce('"disable": ["referral.early-help-lower-level-needs"]', '"disable": ["referral.early-help-lower-level-need"]'),
    );
    assertRefused(await load('example-locality', broken), {
      file: broken.file,
      pointer: '/disable/0',
      ...positionOf(broken.text, '"referral.early-help-lower-level-need"'),
      message: ["cannot disable 'referral.early-help-lower-level-need'", 'no inherited rule'],
      hint: ["did you mean 'referral.early-help-lower-level-needs'"],
    });
  });

  it('8. invalid JSON: a comma deleted', async () => {
    const broken = breakFile('england/ruleset.json', replaceOnce('"version": "2026.1",', '"version": "2026.1"'));
    // The parser notices the missing comma at the start of the next item, the "title" line.
    const missingAfter = positionOf(broken.text, '"version": "2026.1"');
    const next = positionOf(broken.text, '"title": {');
    assert.equal(next.line, missingAfter.line + 1);
    const problem = assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: '',
      ...next,
      message: ['not valid JSON', 'comma is missing'],
      hint: ['missing comma'],
    });
    assert.ok(!problem.message.includes('CommaExpected'), 'the parser error code leaked into the message');
  });

  describe('9. a rule with no Welsh message', () => {
    let broken: Broken;
    let index: number;
    let result: LoadedRuleset;
    before(async () => {
      broken = breakFile(
        'england/actions.rules.json',
        editJson((json) => {
          const rule = json.rules.find((candidate: { id: string }) => candidate.id === 'action.record-decline-reason');
          assert.equal(typeof rule.message.cy, 'string');
          delete rule.message.cy;
        }),
      );
      index = ruleIndex(broken.text, 'action.record-decline-reason');
      result = await load('england', broken);
    });

    it('is refused at that rule\'s Welsh message, naming the rule and saying Welsh is missing', () => {
      const problem = assertRefused(result, {
        file: broken.file,
        pointer: `/rules/${index}/message/cy`,
        // The missing field has no place of its own: the problem points at the "message" it belongs in.
        ...positionOf(broken.text, '"message": {', { after: '"id": "action.record-decline-reason"' }),
        message: ["'action.record-decline-reason'", 'Welsh message'],
        hint: ['Welsh (Cymraeg)'],
      });
      assert.ok(!/\ben\b|English/.test(`${problem.message} ${problem.hint}`), `only Welsh is missing: ${formatProblem(problem)}`);
    });
  });

  it('10. a yes/no fact compared with the text "true"', async () => {
    const broken = breakFile(
      'england/parent-carer.rules.json',
      replaceOnce(
        '{ "fact": "disclosures.harmByParentOrCarer", "operator": "equal", "value": true }',
        '{ "fact": "disclosures.harmByParentOrCarer", "operator": "equal", "value": "true" }',
      ),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.value === 'true');
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: `${leaf}/value`,
      ...positionOf(broken.text, '"value": "true"'),
      message: ["'disclosures.harmByParentOrCarer'", 'true or false'],
      hint: ['write true without quotes'],
    });
  });

  it('10b. a yes/no fact compared with the text "yes": the hint names true and false, which JSON has, not yes', async () => {
    const broken = breakFile(
      'england/parent-carer.rules.json',
      replaceOnce(
        '{ "fact": "disclosures.harmByParentOrCarer", "operator": "equal", "value": true }',
        '{ "fact": "disclosures.harmByParentOrCarer", "operator": "equal", "value": "yes" }',
      ),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.value === 'yes');
    const { problems } = await load('england', broken);
    const problem = problems.find((candidate) => candidate.pointer === `${leaf}/value`);
    assert.ok(problem, JSON.stringify(problems));
    assert.equal(problem.hint, 'write true or false without quotes');
  });

  it('11. a list operator on a single-answer fact: "contains" on care.status', async () => {
    const broken = breakFile(
      'england/parent-carer.rules.json',
      replaceOnce(
        '{ "fact": "care.status", "operator": "equal", "value": "looked-after" }',
        '{ "fact": "care.status", "operator": "contains", "value": "looked-after" }',
      ),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.fact === 'care.status' && value.operator === 'contains');
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: `${leaf}/operator`,
      ...positionOf(broken.text, '"operator": "contains", "value": "looked-after"'),
      message: ["'contains' works on a list", "'care.status' is a single"],
      hint: ['"equal"', '"in"'],
    });
  });

  it('11b. a number operator on a text fact: "greaterThan" on child.preferredLanguage', async () => {
    const broken = breakFile(
      'england/actions.rules.json',
      replaceOnce(
        '{ "fact": "child.preferredLanguage", "operator": "equal", "value": "cy" }',
        '{ "fact": "child.preferredLanguage", "operator": "greaterThan", "value": "cy" }',
      ),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.operator === 'greaterThan');
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: `${leaf}/operator`,
      ...positionOf(broken.text, '"operator": "greaterThan"'),
      message: ["'greaterThan' compares numbers", "'child.preferredLanguage' is a text answer"],
      hint: ['"equal"'],
    });
  });

  it('12. the same rule id twice in one ruleset', async () => {
    const broken = breakFile('england/risk.rules.json', replaceOnce('"id": "risk.physical-harm"', '"id": "risk.sexual-harm"'));
    const rules = pointersWhere(JSON.parse(broken.text), (value) => value?.id === 'risk.sexual-harm');
    assert.equal(rules.length, 2, rules.join(', '));
    const [first, second] = rules;
    const position = positionOf(broken.text, '"id": "risk.sexual-harm"', { occurrence: 2 });
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: `${second}/id`,
      ...position,
      message: ["'risk.sexual-harm' is used twice", broken.file, first],
      hint: ['its own id'],
    });
  });

  describe('13. an unknown field in a rule: "outcomes" for "outcome"', () => {
    let broken: Broken;
    let index: number;
    let result: LoadedRuleset;
    before(async () => {
      broken = breakFile('england/actions.rules.json', replaceOnce('"outcome": { "actions": ["ask-carer"] }', '"outcomes": { "actions": ["ask-carer"] }'));
      index = ruleIndex(broken.text, 'action.ask-carer');
      result = await load('england', broken);
    });

    it('is refused at the field, saying it is not known', () => {
      assertRefused(result, {
        file: broken.file,
        pointer: `/rules/${index}/outcomes`,
        ...positionOf(broken.text, '"outcomes"'),
        message: [`'rules[${index}].outcomes' is not a known field`],
      });
    });

    it("suggests 'outcome'", () => {
      const problem = result.problems.find((candidate) => candidate.pointer === `/rules/${index}/outcomes`);
      assert.ok(problem, dump(result.problems));
      assert.ok(problem.hint?.includes("did you mean 'outcome'"), formatProblem(problem));
    });
  });

  it('14. a rules file in a locality that sets "settings"', async () => {
    const broken = breakFile(
      'example-locality/local.rules.json',
      replaceOnce('"$schema": "../../schemas/ruleset.schema.json",', '"$schema": "../../schemas/ruleset.schema.json",\n  "settings": { "shortEpisodeHours": 4 },'),
    );
    assertRefused(await load('example-locality', broken), {
      file: broken.file,
      pointer: '/settings',
      ...positionOf(broken.text, '"settings"'),
      message: ["'settings' belongs in ruleset.json"],
      hint: ['ruleset.json'],
    });
  });

  it('15. a time zone that does not exist, in the base ruleset', async () => {
    const broken = breakFile('england/ruleset.json', replaceOnce('"timeZone": "Europe/London"', '"timeZone": "Europe/Londn"'));
    assertRefused(await load('england', broken), {
      file: broken.file,
      pointer: '/settings/timeZone',
      ...positionOf(broken.text, '"timeZone": "Europe/Londn"'),
      message: ["'Europe/Londn' is not a time zone"],
      hint: ['"Europe/London"'],
    });
  });

  it(
    '15b. a time zone that does not exist, set by a locality, is reported in the locality\'s ruleset.json',
    async () => {
      const broken = breakFile(
        'example-locality/ruleset.json',
        replaceOnce('"settings": {', '"settings": { "timeZone": "Europe/Londn",'),
      );
      assertRefused(await load('example-locality', broken), {
        file: broken.file,
        pointer: '/settings/timeZone',
        ...positionOf(broken.text, '"timeZone": "Europe/Londn"'),
        message: ["'Europe/Londn' is not a time zone"],
      });
    },
  );

  it(
    '15c. an agency a locality adds without a name is reported in the locality\'s ruleset.json',
    async () => {
      const broken = breakFile('example-locality/ruleset.json', replaceOnce('"agencies": {', '"agencies": {\n    "youth-club": { "consent": "child" },'));
      assertRefused(await load('example-locality', broken), {
        file: broken.file,
        pointer: '/agencies/youth-club',
        ...positionOf(broken.text, '"youth-club"'),
        message: ["'youth-club' has no name"],
      });
    },
  );

  it(
    '15d. an action a locality adds to the action directory without a name is reported in the locality\'s ruleset.json',
    async () => {
      const broken = breakFile('example-locality/ruleset.json', replaceOnce('"actions": {', '"actions": {\n    "call-the-duty-manager": {},'));
      assertRefused(await load('example-locality', broken), {
        file: broken.file,
        pointer: '/actions/call-the-duty-manager',
        ...positionOf(broken.text, '"call-the-duty-manager"'),
        message: ["the action 'call-the-duty-manager' has no name"],
        hint: ['"name": { "en": "…", "cy": "…" }'],
      });
    },
  );

  it('16. a setting of the wrong type: repeatEpisodes.count "three"', async () => {
    const broken = breakFile('example-locality/ruleset.json', replaceOnce('"count": 3, "withinDays": 30', '"count": "three", "withinDays": 30'));
    assertRefused(await load('example-locality', broken), {
      file: broken.file,
      pointer: '/settings/repeatEpisodes/count',
      ...positionOf(broken.text, '"count": "three"'),
      message: ["'settings.repeatEpisodes.count'", 'whole number', 'without quotes'],
    });
  });
});

describe('a locality below the safety floor of its base is refused, at the entry that took it below', () => {
  it('17. disables the immediate-danger rule: the floor case and the disable entry, at its line and column', async () => {
    const broken = breakFile(
      'example-locality/ruleset.json',
      replaceOnce('"disable": ["referral.early-help-lower-level-needs"]', '"disable": ["referral.early-help-lower-level-needs", "risk.immediate-danger"]'),
    );
    assertRefused(await load('example-locality', broken), {
      file: broken.file,
      pointer: '/disable/1',
      ...positionOf(broken.text, '"risk.immediate-danger"'),
      message: ["the safety floor case 'immediate-danger'", 'rules/england/floor-cases.json', 'at least high', 'assesses it low', "disables the rule 'risk.immediate-danger'"],
      hint: ['cannot lower the safety floor of rules/england/floor-cases.json'],
    });
  });

  it('18. replaces the trafficking rule with one that only asks for a referral: at the replacing rule', async () => {
    const broken = breakFile(
      'example-locality/local.rules.json',
      editJson((json) => {
        json.rules.push({
          id: 'risk.trafficking',
          description: { en: 'Trafficking, referred only.', cy: 'Masnachu, atgyfeirio yn unig.' },
          message: { en: 'Refer to children’s services.', cy: 'Atgyfeiriwch at y gwasanaethau plant.' },
          conditions: { any: [{ fact: 'indicators', operator: 'containsAny', value: ['trafficking', 'forced-labour'] }] },
          outcome: { referrals: [{ agency: 'childrens-services', urgency: 'routine' }] },
        });
      }),
    );
    const index = ruleIndex(broken.text, 'risk.trafficking');
    const problems = (await load('example-locality', broken)).problems;
    const atRule = problems.filter((problem) => problem.pointer === `/rules/${index}` && problem.file === broken.file);
    assert.ok(atRule.length >= 2, dump(problems));
    for (const floorCase of ["'trafficking'", "'forced-labour'"]) {
      const problem = atRule.find((found) => found.message.includes(floorCase));
      assert.ok(problem, `${floorCase}:\n${dump(problems)}`);
      assert.match(problem.message, /replaces the rule 'risk\.trafficking'/);
      const start = broken.text.lastIndexOf('{', broken.text.indexOf('"id": "risk.trafficking"'));
      const before = broken.text.slice(0, start);
      assert.deepEqual({ line: problem.line, column: problem.column }, { line: before.split('\n').length, column: start - before.lastIndexOf('\n') });
    }
  });

  it('19. a floor-cases.json in a locality that rewrites a case of its base', async () => {
    const broken = freshCopy();
    const text = `${JSON.stringify({ cases: [{ id: 'county-lines', title: { en: 'Weaker', cy: 'Gwannach' }, now: '2026-05-12T14:00:00Z', answers: {}, minimumLevel: 'low' }] }, null, 2)}\n`;
    fs.writeFileSync(path.join(broken.rulesDir, 'example-locality', 'floor-cases.json'), text);
    assertRefused(await load('example-locality', broken), {
      file: path.join('rules', 'example-locality', 'floor-cases.json'),
      pointer: '/cases/0/id',
      ...positionOf(text, '"id": "county-lines"'),
      message: ["the safety floor case 'county-lines' is already in rules/england/floor-cases.json", 'cannot be changed'],
    });
  });
});

describe('formatProblem', () => {
  it('writes file:line:column, two spaces, the message, the hint and the pointer', async () => {
    const broken = breakFile(
      'england/risk.rules.json',
      replaceOnce(
        '{ "fact": "indicators", "operator": "contains", "value": "sexual-exploitation" }',
        '{ "fact": "indicator", "operator": "contains", "value": "sexual-exploitation" }',
      ),
    );
    const leaf = onlyPointerWhere(broken.text, (value) => isLeaf(value) && value.fact === 'indicator');
    const { line, column } = positionOf(broken.text, '"fact": "indicator"');
    const { problems } = await load('england', broken);
    assert.equal(problems.length, 1, dump(problems));
    assert.equal(
      formatProblem(problems[0]),
      `rules/england/risk.rules.json:${line}:${column}  unknown fact 'indicator' — did you mean 'indicators'? (at ${leaf}/fact)`,
    );
  });

  it('leaves out the pointer for a JSON syntax error, which has none', async () => {
    const broken = breakFile('england/ruleset.json', replaceOnce('"version": "2026.1",', '"version": "2026.1"'));
    const { problems } = await load('england', broken);
    assert.equal(problems.length, 1, dump(problems));
    const { line, column } = positionOf(broken.text, '"title": {');
    assert.match(formatProblem(problems[0]), new RegExp(`^rules/england/ruleset\\.json:${line}:${column}  not valid JSON: [^(]+$`));
  });
});
