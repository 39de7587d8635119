import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { composeLayout, type LayoutOverlay } from '../../packages/elements/src/interview-form/compose-layout.js';
import type { Layout } from '../../packages/elements/src/interview-form/layout-types.js';

const base: Layout = JSON.parse(readFileSync('schemas/interview.layout.json', 'utf8'));
const pageIds = (layout: Layout) => layout.pages.map((page) => page.id);
const words = { en: 'Local', cy: 'Lleol' };

describe('a locality layout on top of the toolkit layout', () => {
  it('adds a new page after the page it names, and hides questions by path', () => {
    const overlay: LayoutOverlay = JSON.parse(readFileSync('rules/example-locality/interview.layout.json', 'utf8'));
    const { layout, problems } = composeLayout(base, overlay);
    assert.deepEqual(problems, []);
    const ids = pageIds(layout);
    assert.equal(ids[ids.indexOf('signs-of-risk') + 1], 'local-exploitation');
    assert.equal(ids.length, base.pages.length + 1);
    const childPaths = layout.pages.find((page) => page.id === 'child')!.fields.map((field) => (typeof field === 'string' ? field : field.path));
    assert.ok(!childPaths.includes('child.learningDisabilityOrAutism'));
    assert.ok(childPaths.includes('child.dateOfBirth'));
  });

  it('replaces a page with the same id in place, and puts a page without "after" at the end', () => {
    const { layout } = composeLayout(base, {
      pages: [
        { id: 'care', title: words, fields: ['care.status'] },
        { id: 'local-end', title: words, fields: ['local.anything'] },
      ],
    });
    assert.equal(pageIds(layout).indexOf('care'), pageIds(base).indexOf('care'));
    assert.deepEqual(layout.pages.find((page) => page.id === 'care')!.fields, ['care.status']);
    assert.equal(pageIds(layout).at(-1), 'local-end');
  });

  it('hides a question inside a conditional reveal, and drops a page left empty', () => {
    const { layout } = composeLayout(base, { hide: ['interview.outcomeReason', 'pushFactors', 'pullFactors'] });
    const offer = JSON.stringify(layout.pages.find((page) => page.id === 'interview-offer'));
    assert.ok(!offer.includes('interview.outcomeReason'));
    assert.ok(!pageIds(layout).includes('why-they-went'));
  });

  it('says what it could not do, naming the page or path', () => {
    const { problems } = composeLayout(base, {
      pages: [{ id: 'local', after: 'sign-of', title: words, fields: ['local.x'] }],
      hide: ['child.dateOfBrith'],
    });
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /page 'local' is to go after page 'sign-of', which the layout does not have/);
    assert.match(problems[1]!, /'hide' names 'child.dateOfBrith', which no page places/);
  });
});

describe('the example locality layout file', () => {
  it('is valid against the layout schema, so editors can check it as it is typed', async () => {
    const { default: Ajv } = await import('ajv');
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/interview-layout.schema.json', 'utf8')));
    const overlay = JSON.parse(readFileSync('rules/example-locality/interview.layout.json', 'utf8'));
    assert.equal(validate(overlay), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...overlay, hidden: [] }), false);
  });
});
