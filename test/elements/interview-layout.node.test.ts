// The shipped interview layout (schemas/interview.layout.json) against its own schema and against
// the interview schema it arranges: every question asked once, nothing asked that does not exist,
// reveals that can actually open, and words in both languages.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import type { JsonSchema, Layout, LayoutField, LayoutPlacement, Words } from '../../packages/elements/src/interview-form/layout-types.js';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const layoutSchema = readJson('schemas/interview-layout.schema.json');
const interviewSchema: JsonSchema = readJson('schemas/interview.schema.json');
const layout: Layout = readJson('schemas/interview.layout.json');

const asField = (placement: LayoutPlacement): LayoutField => (typeof placement === 'string' ? { path: placement } : placement);

function propertyAt(container: JsonSchema, dottedPath: string): JsonSchema | undefined {
  return dottedPath.split('.').reduce<JsonSchema | undefined>((node, key) => node?.properties?.[key], container);
}

const isGroup = (property: JsonSchema | undefined) => property?.type === 'array' && property.items?.type === 'object';

interface Placed {
  /** Full path; fields of a repeatable group's item are written `group[].field`. */
  path: string;
  field: LayoutField;
  property: JsonSchema | undefined;
  where: string;
}

/** Every placement in the layout, including revealed questions and the questions of each group item. */
function placedFields(pages: Layout['pages']): Placed[] {
  const placed: Placed[] = [];
  const visit = (placement: LayoutPlacement, container: JsonSchema, prefix: string, where: string) => {
    const field = asField(placement);
    const path = prefix + field.path;
    const property = propertyAt(container, field.path);
    placed.push({ path, field, property, where });
    for (const reveal of field.reveal ?? []) {
      for (const inner of reveal.fields) visit(inner, container, prefix, `${where}, revealed by ${path}`);
    }
    const itemSchema = property?.items ?? {};
    const itemPlacements = field.fields ?? (isGroup(property) ? Object.keys(itemSchema.properties ?? {}) : []);
    for (const inner of itemPlacements) visit(inner, itemSchema, `${path}[].`, `${where}, in each ${path}`);
  };
  for (const page of pages) for (const placement of page.fields) visit(placement, interviewSchema, '', `page '${page.id}'`);
  return placed;
}

/**
 * Every field of the interview schema a form could ask, in the same notation as placedFields. An
 * object with no fixed fields (`local`) is left out: its questions come from a locality's files.
 */
function schemaFields(node: JsonSchema, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, property]) => {
    if (!prefix && name === '$schema') return [];
    if (property.type === 'object' && !property.properties) return [];
    const path = prefix + name;
    if (property.type === 'object' && property.properties) return schemaFields(property, `${path}.`);
    if (isGroup(property)) return [path, ...schemaFields(property.items!, `${path}[].`)];
    return [path];
  });
}

/** The answers a question can have, as far as a reveal can depend on them. */
function allowedValues(property: JsonSchema): (string | number | boolean)[] {
  if (property.enum) return property.enum;
  // A list of choices (checkboxes) opens a reveal on any one of its items' values.
  if (property.type === 'array' && property.items?.enum) return property.items.enum;
  if (property.type === 'boolean') return [true, false];
  return [];
}

const isUnanswered = (value: unknown) => value === undefined || value === null || value === '';

/** Paths of required questions left unanswered in a record, counting revealed questions only when shown. */
function unansweredRequired(pages: Layout['pages'], answers: Record<string, unknown>): string[] {
  const missing: string[] = [];
  const check = (placement: LayoutPlacement, record: unknown, prefix: string) => {
    const field = asField(placement);
    const value = field.path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
    if (field.required && isUnanswered(value)) missing.push(prefix + field.path);
    for (const reveal of field.reveal ?? []) {
      if (reveal.when.includes(value as string | number | boolean)) for (const inner of reveal.fields) check(inner, record, prefix);
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        for (const inner of field.fields ?? []) check(inner, item, `${prefix}${field.path}[${index}].`);
      });
    }
  };
  for (const page of pages) for (const placement of page.fields) check(placement, answers, '');
  return missing;
}

function allWords(pages: Layout['pages']): { where: string; words: Words }[] {
  const found: { where: string; words: Words }[] = [];
  for (const page of pages) {
    found.push({ where: `page '${page.id}' title`, words: page.title });
    if (page.hint) found.push({ where: `page '${page.id}' hint`, words: page.hint });
  }
  for (const { path, field } of placedFields(pages)) {
    if (field.label) found.push({ where: `${path} label`, words: field.label });
    if (field.hint) found.push({ where: `${path} hint`, words: field.hint });
    if (field.itemLabel) found.push({ where: `${path} itemLabel`, words: field.itemLabel });
  }
  return found;
}

const placed = placedFields(layout.pages);

describe('the interview layout file', () => {
  it('is valid against schemas/interview-layout.schema.json', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(layoutSchema);
    assert.equal(validate(layout), true, JSON.stringify(validate.errors, null, 2));
  });

  it('has a layout schema that catches a misspelt key, an unknown widget and a missing or blank Welsh title', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(layoutSchema);
    const page = (fields: unknown[], title: unknown = { en: 'Child', cy: 'Plentyn' }) => ({ pages: [{ id: 'child', title, fields }] });
    assert.equal(validate(page(['child.gender'])), true, 'a minimal layout should be accepted');
    assert.equal(validate(page([{ path: 'child.gender', requird: true }])), false, 'misspelt "required"');
    assert.equal(validate(page([{ path: 'child.gender', widget: 'dropdown' }])), false, 'unknown widget');
    assert.equal(validate(page(['child.gender'], { en: 'Child' })), false, 'title without Welsh');
    assert.equal(validate(page(['child.gender'], { en: 'Child', cy: ' ' })), false, 'blank Welsh title');
    assert.equal(validate({ pages: [{ id: 'The Child', title: { en: 'Child', cy: 'Plentyn' }, fields: ['child.gender'] }] }), false, 'page id with capitals and a space');
  });

  it('places only fields that exist in the interview schema', () => {
    const unknown = placed.filter(({ property }) => !property).map(({ path, where }) => `${path} (${where})`);
    assert.deepEqual(unknown, []);
  });

  it('places no field twice', () => {
    const counts = new Map<string, number>();
    for (const { path } of placed) counts.set(path, (counts.get(path) ?? 0) + 1);
    assert.deepEqual([...counts].filter(([, count]) => count > 1).map(([path]) => path), []);
  });

  it('asks every question of the interview schema, except the $schema link', () => {
    const placedPaths = new Set(placed.map(({ path }) => path));
    const expected = schemaFields(interviewSchema);
    for (const path of ['child.dateOfBirth', 'episode.previousEpisodes[].returnedAt', 'outcomes.followUp.ratedAt', 'informationSharing.sharedWith[].agency']) {
      assert.ok(expected.includes(path), `the interview schema should list ${path}`);
    }
    assert.deepEqual(expected.filter((path) => !placedPaths.has(path)), []);
    assert.ok(!placedPaths.has('$schema'));
  });

  it('opens each reveal only on an answer its question can have', () => {
    const wrong: string[] = [];
    for (const { path, field, property } of placed) {
      for (const reveal of field.reveal ?? []) {
        const allowed = property ? allowedValues(property) : [];
        for (const value of reveal.when) if (!allowed.includes(value)) wrong.push(`${path}: ${JSON.stringify(value)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('gives every page its own id', () => {
    const ids = layout.pages.map(({ id }) => id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  it('words every page title, hint and label in English and in Welsh', () => {
    const words = allWords(layout.pages);
    assert.ok(words.length >= layout.pages.length);
    const blank = words.filter(({ words: { en, cy } }) => !en?.trim() || !cy?.trim()).map(({ where }) => where);
    assert.deepEqual(blank, []);
    const untranslated = words.filter(({ words: { en, cy } }) => en.trim() === cy.trim()).map(({ where }) => where);
    assert.deepEqual(untranslated, [], 'the Welsh should not be a copy of the English');
  });

  it('asks yes/no questions with the options side by side', () => {
    const stacked = placed.filter(({ property, field }) => property?.type === 'boolean' && field.inline !== true).map(({ path }) => path);
    assert.deepEqual(stacked, []);
  });

  it('asks for the outcome ratings as 1 to 5 radios side by side', () => {
    const ratings = placed.filter(({ path }) => /^outcomes\.(baseline|followUp)\./.test(path) && !path.endsWith('ratedAt'));
    assert.equal(ratings.length, 12);
    for (const { path, field } of ratings) assert.deepEqual([field.widget, field.inline], ['radios', true], path);
  });

  it('will not submit a record without the dates of the episode, the outcome of the offer and the date of birth', () => {
    const missing = unansweredRequired(layout.pages, {});
    for (const path of ['episode.reportedMissingAt', 'episode.returnedAt', 'interview.outcome', 'child.dateOfBirth']) {
      assert.ok(missing.includes(path), `${path} should be required`);
    }
  });

  it('asks for the reason whenever the interview did not go ahead', () => {
    const outcome = placed.find(({ path }) => path === 'interview.outcome')!;
    for (const value of allowedValues(outcome.property!)) {
      const answers = { interview: { outcome: value } };
      const missing = unansweredRequired(layout.pages, answers);
      assert.equal(missing.includes('interview.outcomeReason'), value !== 'accepted', `outcome "${value}"`);
    }
  });

  it('asks for the reason when information was not shared, or the child or carer was not told', () => {
    const missing = unansweredRequired(layout.pages, { informationSharing: { decision: 'not-shared', childOrCarerTold: false } });
    assert.ok(missing.includes('informationSharing.decisionReason'));
    assert.ok(missing.includes('informationSharing.notToldReason'));
    const told = unansweredRequired(layout.pages, { informationSharing: { childOrCarerTold: true } });
    assert.ok(!told.includes('informationSharing.notToldReason'));
  });

  it('lets every scenario record be submitted, including the declined interview in S07', () => {
    const folder = new URL('../scenarios/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
    assert.ok(files.length > 0);
    const declined = files.filter((file) => readJson(`test/scenarios/${file}`).answers.interview?.outcome === 'declined');
    assert.ok(declined.length > 0, 'expected at least one declined interview among the scenarios');
    for (const file of files) {
      const { answers } = readJson(`test/scenarios/${file}`);
      assert.deepEqual(unansweredRequired(layout.pages, answers), [], `test/scenarios/${file}`);
    }
  });
});
