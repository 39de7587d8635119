// The rules the schema corpus test judges by (test/support/schema-corpus-checks.ts): which leaves a
// sample has, which leaves a new record must answer, when two records are the same, and which
// error-summary link answers a required leaf. Wrong here, the corpus count would be wrong too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstDifference, leavesOf, requiredLeafLinked, requiredLeaves } from '../support/schema-corpus-checks.js';

describe('the corpus checks', () => {
  it('finds every leaf of a sample, a choice of an object or a list counting as one', () => {
    const schema = {
      type: 'object',
      properties: { place: { enum: [{ lat: 1 }, { lat: 2 }] }, tags: { type: 'array', items: { type: 'string' } }, fixed: { const: [1, 2] } },
    };
    const data = { name: 'Sam', place: { lat: 1 }, tags: ['a', 'b'], fixed: [1, 2], nested: { ok: true, none: null } };
    assert.deepEqual(
      leavesOf(data, schema).map((leaf) => leaf.path),
      ['name', 'place', 'tags.0', 'tags.1', 'fixed', 'nested.ok', 'nested.none'],
    );
  });

  it('counts as required only what a new record must answer: required chains from the root, through $ref and allOf, without defaults', () => {
    const schema = {
      type: 'object',
      required: ['child', 'contact', 'named', 'list'],
      allOf: [{ required: ['merged'], properties: { merged: { type: 'string' } } }],
      properties: {
        child: { $ref: '#/definitions/person' },
        contact: { type: 'string', default: 'phone' },
        named: { type: 'object', properties: { nickname: { type: 'string' } } },
        list: { type: 'array', items: { type: 'object', required: ['x'], properties: { x: { type: 'string' } } } },
        optional: { type: 'object', required: ['inner'], properties: { inner: { type: 'string' } } },
      },
      definitions: { person: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, age: { type: 'integer' } } } },
    };
    assert.deepEqual(requiredLeaves(schema).sort(), ['child.name', 'list', 'merged', 'named']);
  });

  it('says where two records first differ, key order aside', () => {
    assert.equal(firstDifference({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }), undefined);
    assert.equal(firstDifference({ a: 1 }, { a: 1, b: 2 }), 'b: missing for 2');
    assert.equal(firstDifference({ a: [1] }, { a: [1, 2] }), 'a: 1 items for 2');
    assert.equal(firstDifference({ a: '1' }, { a: 1 }), 'a: "1" for 1');
  });

  it("takes a link to the question, its parts or a question inside it, and not a neighbour whose name starts the same", () => {
    assert.equal(requiredLeafLinked(['field-dob-day'], 'dob'), true);
    assert.equal(requiredLeafLinked(['field-mood-0'], 'mood'), true);
    assert.equal(requiredLeafLinked(['field-address.town'], 'address'), true);
    assert.equal(requiredLeafLinked(['field-q-name-title'], 'q-name'), false);
    assert.equal(requiredLeafLinked(['field-names'], 'name'), false);
  });
});
