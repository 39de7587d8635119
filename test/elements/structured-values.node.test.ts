/**
 * Values that are objects or lists where the form expects one value (issue 16): an `enum` that
 * lists objects or lists, and a `const` on a list or an object.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFormTree, type FieldNode } from '../../packages/elements/src/interview-form/field-tree.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import { sameJson } from '../../packages/elements/src/interview-form/same-json.js';

const fieldsOf = (schema: unknown): FieldNode[] => buildFormTree(schema as JsonSchema).pages.flatMap((page) => page.fields);
const labels = (field: FieldNode) => field.choices.map((choice) => choice.label.en);

describe('an enum of objects or lists', () => {
  it("is radios labelled by each object's name when every object has one, each value the object itself", () => {
    const places = [{ name: 'New York', lat: 40 }, { name: 'Amsterdam', lat: 52 }];
    const [field] = fieldsOf({ type: 'object', properties: { location: { enum: places } } });
    assert.equal(field!.kind, 'radios');
    assert.deepEqual(labels(field!), ['New York', 'Amsterdam']);
    assert.deepEqual(field!.choices.map((choice) => choice.value), places);
  });

  it('is labelled by the value as JSON text otherwise, plain values as themselves, null left out as no answer', () => {
    const [field] = fieldsOf({ type: 'object', properties: { data: { enum: [42, true, 'hello', null, [1, 2, 3], { lat: 1 }] } } });
    assert.equal(field!.kind, 'radios');
    assert.deepEqual(labels(field!), ['42', 'true', 'hello', '[1,2,3]', '{"lat":1}']);
  });
});

describe('a const on a list or an object', () => {
  it('makes a list a constant question holding the list', () => {
    const [field] = fieldsOf({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string' }, const: ['red', 'green'] } } });
    assert.equal(field!.constant, true);
    assert.deepEqual(field!.choices.map((choice) => choice.value), [['red', 'green']]);
  });

  it("fixes each question of an object to its part of the object's const, at any depth", () => {
    const fields = fieldsOf({
      type: 'object',
      properties: {
        address: {
          type: 'object',
          properties: { city: { type: 'string' }, detail: { type: 'object', properties: { zip: { type: 'integer' } } }, note: { type: 'string' } },
          const: { city: 'New York', detail: { zip: 12345 } },
        },
      },
    });
    const byPath = new Map(fields.map((field) => [field.key.join('.'), field]));
    assert.equal(byPath.get('address.city')!.constant, true);
    assert.deepEqual(byPath.get('address.city')!.choices.map((choice) => choice.value), ['New York']);
    assert.deepEqual(byPath.get('address.detail.zip')!.choices.map((choice) => choice.value), [12345]);
    assert.equal(byPath.get('address.note')!.constant, undefined);
  });
});

describe('sameJson', () => {
  it('compares JSON by content, key order aside, and tells lists from objects', () => {
    assert.ok(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }));
    assert.ok(!sameJson({ a: 1 }, { a: 1, b: undefined }));
    assert.ok(!sameJson([1, 2], { 0: 1, 1: 2 }));
    assert.ok(!sameJson([1, 2], [2, 1]));
    assert.ok(!sameJson(null, {}));
    assert.ok(sameJson('x', 'x') && !sameJson(1, '1'));
  });
});
