import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildFormTree } from '../../packages/elements/src/interview-form/field-tree.js';
import type { JsonSchema, Layout } from '../../packages/elements/src/interview-form/layout-types.js';
import { prepareSchema } from '../../packages/elements/src/interview-form/prepare-schema.js';

const read = (path: string): JsonSchema => JSON.parse(readFileSync(path, 'utf8'));
const corpus = (id: string) => read(`test/fixtures/schema-corpus/${id}.schema.json`);
const pointers = (schema: JsonSchema) => prepareSchema(schema).notices.map((notice) => notice.pointer);

describe('local $ref', () => {
  const address = { type: 'object', title: 'Address', properties: { street: { type: 'string' }, town: { type: 'string' } }, required: ['street'] };

  it('inlines draft-07 definitions and 2020-12 $defs, the title beside $ref winning over the target', () => {
    for (const store of ['definitions', '$defs']) {
      const { schema, notices } = prepareSchema({
        type: 'object',
        [store]: { address },
        properties: { home: { $ref: `#/${store}/address`, title: 'Home address' }, work: { $ref: `#/${store}/address` } },
      });
      assert.deepEqual(notices, []);
      assert.deepEqual(schema.properties!.home, { ...address, title: 'Home address' });
      assert.equal(schema.properties!.work!.title, 'Address');
      assert.equal(schema[store], undefined, 'definitions are inlined where they are used, not shown');
    }
  });

  it('follows any local JSON pointer, with ~0 and ~1 escapes and percent-encoding, a chain of refs, `#` and $anchor', () => {
    const { schema, notices } = prepareSchema({
      $id: 'https://example.org/form.json',
      type: 'object',
      title: 'The form',
      $defs: {
        'a/b': { 'c~d': { type: 'string', title: 'Escaped' } },
        'with space': { type: 'integer' },
        alias: { $ref: '#/$defs/named' },
        named: { $anchor: 'Named', type: 'boolean' },
      },
      properties: {
        escaped: { $ref: '#/$defs/a~1b/c~0d' },
        encoded: { $ref: '#/$defs/with%20space' },
        chained: { $ref: '#/$defs/alias' },
        anchored: { $ref: '#Named' },
        byId: { $ref: 'https://example.org/form.json#/$defs/named' },
      },
    });
    assert.deepEqual(notices, []);
    assert.equal(schema.properties!.escaped!.title, 'Escaped');
    assert.equal(schema.properties!.encoded!.type, 'integer');
    assert.equal(schema.properties!.chained!.type, 'boolean');
    assert.equal(schema.properties!.anchored!.type, 'boolean');
    assert.equal(schema.properties!.byId!.type, 'boolean');

    const rooted = prepareSchema({ type: 'object', properties: { name: { type: 'string' }, again: { $ref: '#' } } });
    assert.equal(rooted.schema.properties!.again!.properties!.name!.type, 'string');
  });

  it('expands a recursive $ref three levels deep, then stops with one notice where it stopped', () => {
    const { schema, notices } = prepareSchema({
      type: 'object',
      definitions: { person: { type: 'object', properties: { name: { type: 'string' }, parent: { $ref: '#/definitions/person' } } } },
      properties: { child: { $ref: '#/definitions/person' } },
    });
    const stopped = '/properties/child/properties/parent/properties/parent/properties/parent';
    assert.deepEqual(notices.map((notice) => notice.pointer), [stopped]);
    assert.match(notices[0]!.problem, /'#\/definitions\/person' refers back to itself more than 3 levels deep/);
    const third = schema.properties!.child!.properties!.parent!.properties!.parent!;
    assert.deepEqual(Object.keys(third.properties!), ['name'], 'the level beyond is left out of the form');
  });

  it('stops the recursive refs of the corpus (a tree of nodes, files in folders)', () => {
    assert.deepEqual(pointers(corpus('06-references')), ['/properties/tree/properties/children/items/oneOf/1/properties/children/items/oneOf/1/properties/children/items/oneOf/1']);
    assert.deepEqual(pointers(corpus('30-file-or-folder-recursive')), [
      '/properties/root/items/properties/children/items/oneOf/1/properties/children/items/oneOf/1/properties/children/items/oneOf/1',
    ]);
    const references = prepareSchema(corpus('06-references')).schema;
    assert.equal(references.properties!.billing_address!.title, 'Billing address');
    assert.deepEqual(references.properties!.billing_address!.required, ['street_address', 'city', 'state']);
  });

  it('names the pointer and the ref it cannot resolve, locally or in another document, and leaves that part out', () => {
    const { schema, notices } = prepareSchema({
      type: 'object',
      properties: { missing: { $ref: '#/definitions/nowhere' }, remote: { $ref: 'https://example.org/address.json' }, kept: { type: 'string' } },
    });
    assert.deepEqual(notices.map((notice) => notice.pointer), ['/properties/missing', '/properties/remote']);
    assert.match(notices[0]!.problem, /'#\/definitions\/nowhere' cannot be found in this schema/);
    assert.match(notices[1]!.problem, /'https:\/\/example.org\/address.json' points outside this schema/);
    assert.deepEqual(Object.keys(schema.properties!), ['kept']);
  });

  it('resolves the $refs of the corpus schemas without a notice', () => {
    for (const id of ['08-image-editor', '18-defaults', '19-large-enums', '23-enum-objects', '27-address-or-user', '28-colours-or-numbers-objects', '39-arrays-of-things']) {
      const { schema, notices } = prepareSchema(corpus(id));
      assert.deepEqual(notices, [], id);
      assert.doesNotMatch(JSON.stringify(schema), /"\$ref"/, id);
    }
  });
});

describe('allOf', () => {
  it('merges its parts into the parent: properties deeply, required joined, the parent winning, then the first part', () => {
    const { schema, notices } = prepareSchema({
      type: 'object',
      title: 'Parent',
      required: ['a'],
      properties: { a: { type: 'string', title: 'A' } },
      allOf: [
        { title: 'First', description: 'From the first part', required: ['b'], properties: { a: { maxLength: 10, title: 'Not this' }, b: { type: 'number' } } },
        { description: 'Not this', required: ['a', 'c'], properties: { b: { type: 'integer', minimum: 0 }, c: { type: 'boolean' } } },
      ],
    });
    assert.deepEqual(notices, []);
    assert.equal(schema.allOf, undefined);
    assert.equal(schema.title, 'Parent');
    assert.equal(schema.description, 'From the first part');
    assert.deepEqual(schema.required, ['a', 'b', 'c']);
    assert.deepEqual(Object.keys(schema.properties!), ['a', 'b', 'c']);
    assert.deepEqual(schema.properties!.a, { type: 'string', title: 'A', maxLength: 10 });
    assert.deepEqual(schema.properties!.b, { type: 'integer', minimum: 0 }, 'an integer is a number');
  });

  it('merges the corpus allOf, where both parts allow a boolean', () => {
    const { schema, notices } = prepareSchema(corpus('11-all-of'));
    assert.deepEqual(notices, []);
    assert.equal(schema.properties!.lorem!.type, 'boolean');
    assert.equal(schema.properties!.ipsum!.type, 'string');
  });

  it('gives a notice when the parts ask for types no answer could have', () => {
    const { notices } = prepareSchema({ type: 'object', properties: { age: { type: 'string', allOf: [{ type: 'number' }] } } });
    assert.deepEqual(notices.map((notice) => notice.pointer), ['/properties/age/allOf/0']);
    assert.match(notices[0]!.problem, /types no answer can have at once \("string" and "number"\)/);
  });

  it('keeps parts that are only an if/then/else as a list, each its own condition, without a notice', () => {
    const animal = corpus('12-if-then-else-animal');
    const { schema, notices } = prepareSchema(animal);
    assert.deepEqual(notices, []);
    const conditions = (schema.allOf as JsonSchema[]).filter((part) => 'if' in part);
    assert.equal(conditions.length, 2);
    assert.deepEqual(schema.required, ['animal']);
  });

  it('gives a notice when two merged parts each have their own if and more (the form shows the first)', () => {
    const { notices } = prepareSchema({
      type: 'object',
      properties: { a: { type: 'string', enum: ['x', 'y'] }, b: { type: 'string' } },
      allOf: [
        { properties: { c: { type: 'string' } }, if: { properties: { a: { const: 'x' } } }, then: { required: ['b'] } },
        { properties: { d: { type: 'string' } }, if: { properties: { a: { const: 'y' } } }, then: { required: ['c'] } },
      ],
    });
    assert.deepEqual(notices.map((notice) => notice.pointer), ['/allOf/1']);
  });
});

describe('dependencies', () => {
  it('respells draft-07 dependencies as dependentRequired and dependentSchemas', () => {
    const { schema, notices } = prepareSchema({
      type: 'object',
      properties: { card: { type: 'string' }, address: { type: 'string' } },
      dependencies: { card: ['address'], address: { properties: { postcode: { type: 'string' } }, required: ['postcode'] } },
    });
    assert.deepEqual(notices, []);
    assert.equal(schema.dependencies, undefined);
    assert.deepEqual(schema.dependentRequired, { card: ['address'] });
    assert.deepEqual(schema.dependentSchemas, { address: { properties: { postcode: { type: 'string' } }, required: ['postcode'] } });
    assert.deepEqual(prepareSchema(corpus('09-property-dependencies')).schema.properties!.bidirectional!.dependentRequired, {
      credit_card: ['billing_address'],
      billing_address: ['credit_card'],
    });
    assert.deepEqual(Object.keys(prepareSchema(corpus('10-schema-dependencies')).schema.properties!.billingDetails!.dependentSchemas!), ['credit_card']);
  });

  it('keeps the 2019-09 spellings as they are', () => {
    for (const id of ['33-address', '42-dependent-schemas']) {
      const original = corpus(id);
      const { schema, notices } = prepareSchema(original);
      assert.deepEqual(notices, [], id);
      assert.deepEqual(schema.dependentRequired, original.dependentRequired, id);
      assert.deepEqual(schema.dependentSchemas, original.dependentSchemas, id);
    }
  });
});

describe('what the form cannot show', () => {
  it('a root that is not an object: one notice at the root pointer and no questions', () => {
    for (const root of [corpus('15-single-string-root'), corpus('38-ecommerce'), { type: 'array', items: { type: 'string', patternProperties: {} } }]) {
      const { schema, notices } = prepareSchema(root);
      assert.equal(notices.length, 1);
      assert.equal(notices[0]!.pointer, '');
      assert.match(notices[0]!.problem, /root is not an object/);
      assert.deepEqual(schema, { type: 'object', properties: {} });
    }
    assert.match(prepareSchema(corpus('15-single-string-root')).notices[0]!.problem, /its type is "string"/);
  });

  it('tuple items (draft-07 items as a list, 2020-12 prefixItems): one notice each and the list left out', () => {
    // Schemas as their authors wrote them, outside the subset JsonSchema describes.
    const tuples = JSON.parse(`{
      "type": "object",
      "properties": {
        "pair": { "type": "array", "items": [{ "type": "string" }, { "type": "boolean" }], "additionalItems": { "type": "number" } },
        "point": { "type": "array", "prefixItems": [{ "type": "number" }, { "type": "number" }], "items": false },
        "names": { "type": "array", "items": { "type": "string" } }
      }
    }`);
    const { schema, notices } = prepareSchema(tuples);
    assert.deepEqual(notices.map((notice) => notice.pointer), ['/properties/pair/items', '/properties/point/prefixItems']);
    assert.deepEqual(Object.keys(schema.properties!), ['names']);
    assert.deepEqual(pointers(corpus('03-arrays')), ['/properties/fixedItemsList/items', '/properties/nestedList/items', '/properties/fixedNoToolbar/items']);
  });

  it('a list of lists: one notice at its items and the list left out, a list of plain values kept', () => {
    const { schema, notices } = prepareSchema({
      type: 'object',
      $defs: { row: { type: ['array', 'null'], items: { type: 'string' } } },
      properties: {
        grid: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
        rows: { type: 'array', items: { $ref: '#/$defs/row' } },
        names: { type: 'array', items: { type: 'string' } },
      },
    });
    assert.deepEqual(notices.map((notice) => notice.pointer), ['/properties/grid/items', '/properties/rows/items']);
    assert.match(notices[0]!.problem, /list whose items are lists.*kept and posted/);
    assert.deepEqual(Object.keys(schema.properties!), ['names']);
  });

  it('a keyword the form does not know: one notice each with its pointer, escaped', () => {
    const unknown = { patternProperties: { '^x': {} }, propertyNames: { maxLength: 3 }, not: { required: ['a'] }, unevaluatedProperties: false };
    const { schema, notices } = prepareSchema({
      type: 'object',
      ...unknown,
      properties: { 'a/b~c': { type: 'array', items: { type: 'string' }, contains: { const: 'x' } } },
    });
    assert.deepEqual(notices.map((notice) => notice.pointer), ['/patternProperties', '/propertyNames', '/not', '/unevaluatedProperties', '/properties/a~1b~0c/contains']);
    assert.match(notices[0]!.problem, /does not know the keyword 'patternProperties'/);
    assert.deepEqual(schema.properties!['a/b~c'], { type: 'array', items: { type: 'string' } }, 'the rest of the question is still shown');
  });

  it('annotations and the keywords of issue 16 are known', () => {
    const { notices } = prepareSchema({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://example.org/known.json',
      $comment: 'for the web team',
      type: 'object',
      title: 'Known',
      description: 'Every keyword the form knows',
      required: ['a'],
      additionalProperties: true,
      'x-rhi-cy': { title: 'Hysbys' },
      properties: {
        a: { type: 'string', minLength: 1, maxLength: 9, pattern: '^a', format: 'email', default: 'a', examples: ['a'], readOnly: true, errorMessage: 'Enter a', 'x-rhi-error': { en: 'Enter a', cy: 'Rhowch a' } },
        b: { type: 'number', minimum: 0, maximum: 9, exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5, deprecated: false, writeOnly: false },
        c: { type: 'array', items: { enum: [1, 2] }, minItems: 1, maxItems: 2, uniqueItems: true },
        d: { oneOf: [{ const: 'x', title: 'X' }] },
        e: { anyOf: [{ const: 'y', title: 'Y' }] },
      },
      if: { properties: { a: { const: 'a' } } },
      then: { required: ['b'] },
      else: { required: ['c'] },
      dependentRequired: { a: ['b'] },
      dependentSchemas: { b: { required: ['c'] } },
    });
    assert.deepEqual(notices, []);
  });
});

describe("the toolkit's own schema", () => {
  it('is prepared unchanged, with no notice, alone and in the form tree with its layout', () => {
    const interview = read('schemas/interview.schema.json');
    const { schema, notices } = prepareSchema(interview);
    assert.deepEqual(notices, []);
    assert.deepEqual(schema, interview);
    const layout: Layout = JSON.parse(readFileSync('schemas/interview.layout.json', 'utf8'));
    assert.deepEqual(buildFormTree(interview, layout).notices, []);
  });

  it('never changes the schema it is given', () => {
    const given = corpus('30-file-or-folder-recursive');
    const copy = structuredClone(given);
    prepareSchema(given);
    assert.deepEqual(given, copy);
  });
});
