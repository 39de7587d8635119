/**
 * Every GOV.UK pattern template (packages/elements/src/govuk/*.ts) has one fixture, and that fixture
 * feeds its test and axe loop (all-fixtures.ts, read by govuk-templates.browser.test.ts) and its
 * Storybook story (stories/govuk-<template>.stories.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { allFixtures } from './fixtures/all-fixtures.js';

/** Modules of the folder that are not patterns: shared parts, the style sheet, the rule and the controller. */
const notTemplates = new Set(['field-parts.ts', 'choice-group.ts', 'govuk.styles.ts', 'feedback.ts', 'focus-after-update.ts']);
const templates = readdirSync('packages/elements/src/govuk')
  .filter((file) => file.endsWith('.ts') && !notTemplates.has(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('GOV.UK pattern templates', () => {
  it('are the error summary, error message, question, notice, date input, radios, checkboxes, character count and summary list (and heading)', () => {
    for (const name of ['error-summary', 'error-message', 'question', 'notice', 'date-input', 'radios', 'checkboxes', 'character-count', 'summary-list']) {
      assert.ok(templates.includes(name), `packages/elements/src/govuk/${name}.ts is missing`);
    }
  });

  for (const name of templates) {
    it(`${name}: has one fixture, used by the template tests and axe loop, with at least one example`, () => {
      const file = `test/govuk/fixtures/${name}.fixture.ts`;
      assert.ok(existsSync(file), `${file} is missing: add a fixture for packages/elements/src/govuk/${name}.ts`);
      const fixture = allFixtures.find((candidate) => candidate.template === name);
      assert.ok(fixture, `test/govuk/fixtures/all-fixtures.ts does not list ${file}`);
      assert.ok(Object.keys(fixture.examples).length > 0, `${file} has no examples`);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`from '../../../packages/elements/src/govuk/${name}.js'`), `${file} does not render ${name}.ts`);
    });

    it(`${name}: has a story made from that fixture`, () => {
      const file = `stories/govuk-${name}.stories.ts`;
      assert.ok(existsSync(file), `${file} is missing: add a story from test/govuk/fixtures/${name}.fixture.ts`);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`test/govuk/fixtures/${name}\\.fixture\\.js'`), `${file} does not use its fixture`);
    });
  }
});
