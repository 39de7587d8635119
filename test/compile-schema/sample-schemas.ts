/**
 * Schemas of different kinds, as councils and providers write them, each with sample data some of
 * which breaks it: the compiled module must give the same verdicts as Ajv itself. Written for these
 * tests (MIT, like the toolkit), in the shapes of the JSON Schema specification's own examples
 * (json-schema.org "Understanding JSON Schema": address with definitions, conditional
 * if/then/else on country, dependentRequired on credit_card).
 */
export interface SampleSchema {
  name: string;
  schema: Record<string, unknown>;
  samples: unknown[];
  /** What `rhi compile-schema` must warn about (a part of each warning line), when anything. */
  warnings?: string[];
}

const draft07 = 'http://json-schema.org/draft-07/schema#';
const draft2020 = 'https://json-schema.org/draft/2020-12/schema';

export const sampleSchemas: SampleSchema[] = [
  {
    name: 'draft-07 definitions and $ref',
    schema: {
      $schema: draft07,
      title: 'Contact details',
      type: 'object',
      required: ['home'],
      properties: {
        home: { $ref: '#/definitions/address' },
        previous: { type: 'array', items: { $ref: '#/definitions/address' } },
      },
      definitions: {
        address: {
          type: 'object',
          required: ['street', 'town'],
          properties: { street: { type: 'string', minLength: 3 }, town: { type: 'string' }, postcode: { type: 'string', pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$' } },
        },
      },
    },
    samples: [
      { home: { street: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' } },
      {},
      { home: { street: 'x' } },
      { home: { street: '1 High Street', town: 'Cardiff' }, previous: [{ street: '2 Low Road' }, { street: '3 Mill Lane', town: 'Newport', postcode: 'nope' }] },
    ],
  },
  {
    name: '2020-12 $defs, $ref and a recursive definition',
    schema: {
      $schema: draft2020,
      type: 'object',
      properties: { person: { $ref: '#/$defs/person' } },
      $defs: {
        person: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/person' } } },
          unevaluatedProperties: false,
        },
      },
    },
    samples: [
      { person: { name: 'Ann', children: [{ name: 'Ben', children: [{ name: 'Cai' }] }] } },
      { person: { name: 'Ann', children: [{ children: [{ name: 3 }] }] } },
      { person: { name: 'Ann', age: 40 } },
    ],
  },
  {
    name: 'formats email, uri, date, date-time and time',
    schema: {
      $schema: draft07,
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        website: { type: 'string', format: 'uri' },
        born: { type: 'string', format: 'date' },
        seenAt: { type: 'string', format: 'date-time' },
        callAt: { type: 'string', format: 'time' },
      },
    },
    samples: [
      { email: 'worker@council.gov.uk', website: 'https://www.gov.uk/', born: '2012-02-29', seenAt: '2026-03-01T18:30:00Z', callAt: '09:15:00Z' },
      { email: 'not an email', website: 'www.gov.uk', born: '2013-02-29', seenAt: '2026-03-01 18:30', callAt: '25:00:00Z' },
      { born: '2026-13-01' },
    ],
  },
  {
    name: 'numbers with multipleOf, exclusiveMinimum and integers',
    schema: {
      $schema: draft07,
      type: 'object',
      properties: {
        hoursMissing: { type: 'number', exclusiveMinimum: 0, multipleOf: 0.25 },
        episodes: { type: 'integer', minimum: 1, maximum: 99 },
        fare: { type: 'number', multipleOf: 0.01, maximum: 500 },
      },
    },
    samples: [
      { hoursMissing: 2.75, episodes: 3, fare: 12.5 },
      { hoursMissing: 0, episodes: 2.5, fare: 600 },
      { hoursMissing: 1.1, episodes: 0 },
    ],
  },
  {
    name: 'arrays with uniqueItems, minItems, maxItems and enum items',
    schema: {
      $schema: draft07,
      type: 'object',
      properties: {
        concerns: { type: 'array', items: { type: 'string', enum: ['drugs', 'alcohol', 'exploitation', 'bullying'] }, uniqueItems: true, minItems: 1, maxItems: 3 },
        scores: { type: 'array', items: { type: 'number' }, minItems: 2 },
      },
    },
    samples: [
      { concerns: ['drugs', 'bullying'], scores: [1, 2.5] },
      { concerns: [], scores: [1] },
      { concerns: ['drugs', 'drugs', 'cars', 'alcohol'], scores: ['a', 2] },
    ],
  },
  {
    name: 'if/then/else',
    schema: {
      $schema: draft07,
      type: 'object',
      properties: { country: { enum: ['England', 'Wales'] }, postcode: { type: 'string' } },
      if: { properties: { country: { const: 'Wales' } }, required: ['country'] },
      then: { properties: { postcode: { pattern: '^(CF|LL|NP|SA|LD|SY)' } } },
      else: { properties: { postcode: { pattern: '^[A-Z]' } } },
    },
    samples: [{ country: 'Wales', postcode: 'CF10 1AA' }, { country: 'Wales', postcode: 'M1 1AA' }, { country: 'England', postcode: '11' }, {}],
    // Ajv's strict mode wants `type` beside `pattern`: a warning, and the pattern still applies.
    warnings: ['missing type "string" for keyword "pattern" at "#/then/properties/postcode"'],
  },
  {
    name: 'dependentRequired and dependentSchemas (2020-12)',
    schema: {
      $schema: draft2020,
      type: 'object',
      properties: { name: { type: 'string' }, credit_card: { type: 'number' }, billing_address: { type: 'string' }, referred: { type: 'boolean' } },
      dependentRequired: { credit_card: ['billing_address'] },
      dependentSchemas: { referred: { required: ['name'] } },
    },
    samples: [{ name: 'A', credit_card: 5555, billing_address: '1 High Street' }, { credit_card: 5555 }, { referred: true }],
  },
  {
    name: 'oneOf of const and title',
    schema: {
      $schema: draft07,
      type: 'object',
      required: ['contact'],
      properties: {
        contact: {
          oneOf: [
            { const: 'phone', title: 'By phone' },
            { const: 'visit', title: 'A home visit' },
            { const: 'school', title: 'At school' },
          ],
        },
        rating: { anyOf: [{ const: 1, title: 'Poor' }, { const: 2, title: 'Good' }] },
      },
    },
    samples: [{ contact: 'visit', rating: 2 }, { contact: 'letter' }, { contact: 'phone', rating: 3 }],
  },
  {
    name: 'an unknown format',
    schema: {
      $schema: draft07,
      type: 'object',
      properties: { postcode: { type: 'string', format: 'uk-postcode', maxLength: 8 }, email: { type: 'string', format: 'email' } },
    },
    samples: [{ postcode: 'CF10 1AA' }, { postcode: 'anything at all' }, { email: 'nope' }],
    warnings: ['format "uk-postcode"'],
  },
  {
    name: 'a schema that is not strict (unknown keyword, keywords without their type)',
    schema: {
      $schema: draft07,
      properties: {
        age: { minimum: 10, maximum: 18, 'x-widget': 'slider' },
        name: { type: 'string', minLength: 1 },
      },
      required: ['name'],
    },
    samples: [{ name: 'Cai', age: 12 }, { age: 30 }, { name: '' }],
    warnings: ['keyword "x-widget"'],
  },
  {
    name: 'allOf, anyOf of objects, additionalProperties and readOnly',
    schema: {
      $schema: draft2020,
      type: 'object',
      allOf: [{ required: ['id'] }, { properties: { id: { type: 'string', readOnly: true } } }],
      properties: {
        outcome: {
          anyOf: [
            { type: 'object', required: ['referredTo'], properties: { referredTo: { type: 'string' } } },
            { type: 'object', required: ['closedBecause'], properties: { closedBecause: { type: 'string', maxLength: 20 } } },
          ],
        },
      },
      additionalProperties: { type: 'string' },
    },
    samples: [{ id: 'a1', outcome: { referredTo: 'CAMHS' }, note: 'kept' }, { outcome: {} }, { id: 'a2', note: 3 }],
  },
];
