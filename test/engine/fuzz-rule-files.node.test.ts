// A locality's rule files with random mistakes in them: validating, composing and checking the
// ruleset never throws, and either accepts it or lists problems that each name the file, the place
// (a JSON pointer) and what is wrong. A ruleset that gets through still assesses S02 without
// throwing — correctly, or failing safe (high risk and a manual review) — and never assesses a
// case of the base's safety floor below it: a locality the floor refuses is a fine outcome, a
// lowered level never.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fuzzRuns } from '../support/fuzz-settings.js';
import {
  composeCheckedRuleset,
  createAssessor,
  isFloorCasesFile,
  isLocalFieldsFile,
  MANUAL_REVIEW_ACTION,
  riskLevels,
  validateAssessment,
  validateFloorCasesFile,
  validateLocalFieldsFile,
  validateRuleFile,
  type RuleFilesByRuleset,
} from '../../packages/engine/src/index.js';
import type { Problem, RuleFileSource } from '../../packages/engine/src/types.js';

const rulesetIds = ['england', 'example-locality'];
const shippedFloorSize = (JSON.parse(readFileSync('rules/england/floor-cases.json', 'utf8')) as { cases: unknown[] }).cases.length;
const s02 = JSON.parse(readFileSync('test/scenarios/s02.json', 'utf8')) as { now: string; answers: unknown };

function readFolder(id: string): RuleFileSource[] {
  return readdirSync(`rules/${id}`)
    .filter((name) => name === 'ruleset.json' || name.endsWith('.rules.json') || isLocalFieldsFile(name) || isFloorCasesFile(name))
    .sort()
    .map((name) => ({ file: `rules/${id}/${name}`, rulesetId: id, content: JSON.parse(readFileSync(`rules/${id}/${name}`, 'utf8')) }));
}
const shipped: RuleFilesByRuleset = Object.fromEntries(rulesetIds.map((id) => [id, readFolder(id)]));
const localityFiles = shipped['example-locality']
  .filter((source) => !isLocalFieldsFile(source.file) && !isFloorCasesFile(source.file))
  .map((source) => source.file);

/** Every place in a JSON value, as a path of keys. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const found = [path];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...pathsIn(item, [...path, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...pathsIn(item, [...path, key]));
  return found;
}

function nested(depth: number, leaf: unknown): unknown {
  let condition = leaf;
  for (let level = 0; level < depth; level += 1) condition = { [level % 2 === 0 ? 'any' : 'all']: [condition] };
  return condition;
}

const leaf = { fact: 'episode.foundOutOfArea', operator: 'equal', value: true };
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(null, 0, -1, true, [], {}, 'NaN', '', 'high', 'very-high', 'childrens-service', 'indicator', 'contain'),
);

type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'misspell'; at: number; char: string }
  | { kind: 'add-key'; key: string; value: unknown }
  | { kind: 'condition-string'; value: string }
  | { kind: 'deep-conditions'; depth: number }
  | { kind: 'huge-array'; length: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  wrongValue.map((value) => ({ kind: 'replace' as const, value })),
  fc.record({ kind: fc.constant('misspell' as const), at: fc.nat(), char: fc.constantFrom('x', '', '-', ' ', 'é', '.') }),
  fc.record({ kind: fc.constant('add-key' as const), key: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'riskLevel', 'fact')), value: wrongValue }),
  fc.string({ maxLength: 60 }).map((value) => ({ kind: 'condition-string' as const, value })),
  fc.integer({ min: 40, max: 60 }).map((depth) => ({ kind: 'deep-conditions' as const, depth })),
  fc.integer({ min: 1_000, max: 2_000 }).map((length) => ({ kind: 'huge-array' as const, length })),
);

/** A copy of `content` with one mistake at the `pick`-th place (or, for conditions, the `pick`-th rule). */
function mutate(content: unknown, pick: number, mutation: Mutation): unknown {
  const copy = structuredClone(content) as Record<string, any>;
  const rules: any[] = Array.isArray(copy.rules) ? copy.rules : [];
  if (mutation.kind === 'condition-string' || mutation.kind === 'deep-conditions') {
    const target = rules.length > 0 ? rules[pick % rules.length] : (copy.rules = [{ id: 'local.fuzz', outcome: { riskLevel: 'medium' } }])[0];
    target.conditions = mutation.kind === 'condition-string' ? mutation.value : nested(mutation.depth, leaf);
    return copy;
  }
  if (mutation.kind === 'huge-array') {
    if (rules.length > 0 && pick % 2 === 0) rules[pick % rules.length].conditions = { any: Array.from({ length: mutation.length }, () => leaf) };
    else copy.rules = Array.from({ length: mutation.length }, (_, index) => ({ ...structuredClone(rules[0] ?? {}), id: `local.fuzz-${index}` }));
    return copy;
  }
  const paths = pathsIn(copy);
  const path = paths[pick % paths.length];
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path[path.length - 1];
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (mutation.kind === 'replace') {
    parent[key] = mutation.value;
  } else if (mutation.kind === 'misspell') {
    const text = typeof parent[key] === 'string' ? parent[key] : String(key);
    const at = text.length === 0 ? 0 : mutation.at % text.length;
    const misspelt = text.slice(0, at) + mutation.char + text.slice(at + 1);
    if (typeof parent[key] === 'string') parent[key] = misspelt;
    else if (!Array.isArray(parent)) {
      const value = parent[key];
      delete parent[key];
      parent[misspelt] = value;
    }
  } else if (mutation.kind === 'add-key') {
    const target = parent[key] !== null && typeof parent[key] === 'object' && !Array.isArray(parent[key]) ? parent[key] : parent;
    if (!Array.isArray(target)) Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function assertWellFormed(problems: Problem[], files: Set<string>): void {
  assert.ok(Array.isArray(problems));
  for (const problem of problems) {
    assert.ok(files.has(problem.file) || rulesetIds.includes(problem.file), `a problem in an unknown file: ${JSON.stringify(problem)}`);
    assert.equal(typeof problem.pointer, 'string');
    assert.ok(problem.pointer === '' || problem.pointer.startsWith('/'), `not a JSON pointer: ${JSON.stringify(problem)}`);
    assert.equal(typeof problem.message, 'string');
    assert.ok(problem.message.trim().length > 0, `an empty message: ${JSON.stringify(problem)}`);
  }
}

/** What the Node loader does, in memory: each file's shape, then compose, check and hold to the safety floor. */
async function load(files: RuleFilesByRuleset) {
  const shapeProblems = rulesetIds.flatMap((id) =>
    files[id].flatMap((source) =>
      isLocalFieldsFile(source.file)
        ? validateLocalFieldsFile(source.content, source.file)
        : isFloorCasesFile(source.file)
          ? validateFloorCasesFile(source.content, source.file)
          : validateRuleFile(source.content, source.file),
    ),
  );
  if (shapeProblems.length > 0) return { problems: shapeProblems };
  return composeCheckedRuleset(files, 'example-locality');
}

describe('a locality rule file with a random mistake', () => {
  it('the shipped files, unchanged, load with no problems', async () => {
    const result = await load(shipped);
    assert.deepEqual(result.problems, []);
    assert.ok(result.ruleset);
  });

  it('never throws: the ruleset is accepted and assesses S02 (or fails safe), or every problem names its file, place and fault', async () => {
    const allFiles = new Set(rulesetIds.flatMap((id) => shipped[id].map((source) => source.file)));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...localityFiles), fc.nat(), mutationArbitrary, async (file, pick, mutation) => {
        const files: RuleFilesByRuleset = {
          ...shipped,
          'example-locality': shipped['example-locality'].map((source) =>
            source.file === file ? { ...source, content: mutate(source.content, pick, mutation) as RuleFileSource['content'] } : source,
          ),
        };
        const result = await load(files);
        assertWellFormed(result.problems, allFiles);
        if (!result.ruleset) {
          assert.ok(result.problems.length > 0, 'refused without a problem');
          refused += 1;
          return;
        }
        const assessor = createAssessor(result.ruleset);
        const assessment = await assessor.assess(s02.answers, { now: s02.now });
        assert.deepEqual(validateAssessment(assessment), []);
        if (assessment.failed) {
          assert.equal(assessment.riskLevel, 'high');
          assert.ok(assessment.actions.some((action) => action.id === MANUAL_REVIEW_ACTION), 'a failed assessment without a manual review');
        }
        const floor = result.ruleset.floor ?? [];
        assert.ok(floor.length >= shippedFloorSize, 'a locality lost cases of the safety floor');
        // The loader has run every case; two of them again here, by hand, keep the fuzz honest and fast.
        for (const floorCase of floor.filter((known) => known.id === 'trafficking' || known.id === 'immediate-danger')) {
          const level = (await assessor.assess(floorCase.answers, { now: floorCase.now })).riskLevel;
          assert.ok(riskLevels.indexOf(level) >= riskLevels.indexOf(floorCase.minimumLevel), `floor case ${floorCase.id} lowered to ${level}`);
        }
      }),
      fuzzRuns(150),
    );
    assert.ok(refused > 0, 'no mutation was ever refused: the generator is not making mistakes');
  });
});
