import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildFormTree, type FieldNode } from '../../packages/elements/src/interview-form/field-tree.js';
import type { JsonSchema, Layout } from '../../packages/elements/src/interview-form/layout-types.js';
import { unshownAnswers } from '../../packages/elements/src/interview-form/unshown-answers.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const corpus = (id: string, which: 'schema' | 'data') => read<Record<string, unknown>>(`test/fixtures/schema-corpus/${id}.${which}.json`);
const fieldsOf = (schema: unknown, layout?: Layout): FieldNode[] => buildFormTree(schema as JsonSchema, layout).pages.flatMap((page) => page.fields);
const unshown = (schema: unknown, answers: Record<string, unknown>) => unshownAnswers(fieldsOf(schema), answers).map(({ pointer, value }) => [pointer, value]);

describe('answers the form does not ask for', () => {
  it('lists an answer under additionalProperties, and none of the answers its questions show', () => {
    assert.deepEqual(unshown(corpus('14-additional-properties', 'schema'), corpus('14-additional-properties', 'data')), [['/assKickCount', 'infinity']]);
  });

  it('lists each value of an object the schema does not describe, by its pointer', () => {
    assert.deepEqual(unshown(corpus('44-product', 'schema'), corpus('44-product', 'data')), [
      ['/warehouseLocation/latitude', -78.75],
      ['/warehouseLocation/longitude', 20.4],
    ]);
  });

  it('does not list the property that marks which alternative a record is: "Which applies?" shows it', () => {
    const party = {
      type: 'object',
      oneOf: [
        { title: 'A person', properties: { kind: { const: 'person' }, firstName: { type: 'string' } }, required: ['kind', 'firstName'] },
        { title: 'An organisation', properties: { kind: { const: 'organisation' }, orgName: { type: 'string' } }, required: ['kind', 'orgName'] },
      ],
    };
    assert.deepEqual(unshown(party, { kind: 'organisation', orgName: 'Acme' }), []);
    assert.deepEqual(unshown(party, { kind: 'organisation', orgName: 'Acme', extra: 1 }), [['/extra', 1]]);
  });

  it('lists a value its question cannot show: text in a yes/no question', () => {
    assert.deepEqual(unshown(corpus('20-contextualised-errors', 'schema'), corpus('20-contextualised-errors', 'data')), [['/active', 'wrong']]);
  });

  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      age: { type: 'integer' },
      colour: { type: 'string', enum: ['red', 'blue'] },
      pets: { type: 'array', items: { type: 'string', enum: ['cat', 'dog'] } },
      born: { type: 'string', format: 'date' },
      visits: { type: 'array', items: { type: 'object', properties: { at: { type: 'string' } } } },
      phones: { type: 'array', items: { type: 'string' } },
      home: { type: 'object', properties: { town: { type: 'string' } } },
    },
  };

  it('finds nothing when every answer fits its question, empty answers included', () => {
    const answers = { name: 'Ann', age: 9, colour: 'red', pets: ['cat'], born: '2015-03-01', visits: [{ at: 'home' }, {}], phones: ['01', null], home: { town: 'Rhyl' }, extra: null };
    assert.deepEqual(unshown(schema, answers), [['/extra', null]]);
    assert.deepEqual(unshown(schema, { name: '', pets: [] }), []);
    assert.deepEqual(unshown(schema, { $schema: 'https://example.com/schema.json', home: { $schema: 'x' } }), [['/home/$schema', 'x']]);
  });

  it('lists values of the wrong kind for their control, a list where one value belongs, and extra keys in list items', () => {
    const answers = { name: 3, age: '9', colour: 'green', pets: ['cat', 'fish'], born: 'soon', visits: [{ at: 'home', by: 'bus' }, 'later'], phones: 'none', home: { town: 'Rhyl', post: ['LL18'] } };
    assert.deepEqual(unshown(schema, answers), [
      ['/name', 3],
      ['/age', '9'],
      ['/colour', 'green'],
      ['/pets', ['cat', 'fish']],
      ['/born', 'soon'],
      ['/visits/0/by', 'bus'],
      ['/visits/1', 'later'],
      ['/phones', 'none'],
      ['/home/post', ['LL18']],
    ]);
  });

  it('leaves out answers of closed reveals, which are not posted', () => {
    const reveal = {
      type: 'object',
      properties: { pet: { type: 'boolean' } },
      if: { properties: { pet: { const: true } } },
      then: { properties: { petName: { type: 'string' } } },
    };
    assert.deepEqual(unshown(reveal, { pet: false, petName: 'Rex' }), []);
    assert.deepEqual(unshown(reveal, { pet: true, petName: 'Rex' }), []);
  });

  it("finds nothing in any of the toolkit's own scenarios on its own interview form", () => {
    const fields = fieldsOf(read<JsonSchema>('schemas/interview.schema.json'), read<Layout>('schemas/interview.layout.json'));
    const files = readdirSync('test/scenarios').filter((name) => name.endsWith('.json'));
    assert.ok(files.length >= 10);
    for (const file of files) {
      const { answers } = read<{ answers: Record<string, unknown> }>(`test/scenarios/${file}`);
      assert.deepEqual(unshownAnswers(fields, answers), [], file);
      assert.deepEqual(unshownAnswers(fields, { $schema: 'https://example.com/interview.schema.json', ...answers }), [], `${file} with $schema`);
    }
    assert.deepEqual(
      unshownAnswers(fields, { local: { bus: true } }).map(({ pointer }) => pointer),
      ['/local/bus'],
      "a locality's answers on the form without its questions",
    );
  });
});
