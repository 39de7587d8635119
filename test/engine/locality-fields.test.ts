// The questions a locality adds to the interview (rules/<id>/interview-fields.schema.json): rules
// use them as facts `local.<name>`, the checks know them, a locality that extends another keeps
// them, and the validator built for each ruleset checks the answers given to them.
import { expect } from 'chai';
import {
  checkRuleset,
  composeRuleset,
  createAssessor,
  interviewSchemaFor,
  validateAnswers,
  type RuleFilesByRuleset,
  type SchemaValidator,
} from '../../packages/engine/src/index.js';
import type { LocalField, LocalFieldsFile, ResolvedRuleset, Rule, RuleFile } from '../../packages/engine/src/types.js';
import { defaultSettings } from '../support/default-settings.js';
import { describe, importBuilt, it, loadJson, loadResolvedRuleset } from '../support/harness.js';
import { assessVariant } from '../support/scenario-variants.js';

const hubConsulted: LocalField = {
  type: 'boolean',
  title: 'Hub consulted',
  description: 'Whether the hub was consulted.',
  'x-rhi-cy': { title: "Ymgynghorwyd â'r hyb", description: "A ymgynghorwyd â'r hyb." },
};

const placeKind: LocalField = {
  type: 'string',
  enum: ['park', 'flat'],
  title: 'Kind of place',
  description: 'The kind of place of concern.',
  'x-rhi-cy': { title: 'Math o le', description: "Y math o le sy'n peri pryder." },
  'x-rhi-enum-labels': { en: { park: 'A park', flat: 'A flat' }, cy: { park: 'Parc', flat: 'Fflat' } },
};

function rule(id: string, conditions: Rule['conditions']): Rule {
  return { id, description: { en: id, cy: `${id} (cy)` }, message: { en: id, cy: `${id} (cy)` }, conditions, outcome: { actions: ['ask-carer'] } };
}

/** A ruleset folder held in memory: its manifest, rule files and (optionally) its questions. */
function folder(rulesetId: string, manifest: RuleFile, questions?: Record<string, LocalField>, rules: Rule[] = []) {
  const fieldsFile: LocalFieldsFile | undefined = questions ? { properties: questions } : undefined;
  return [
    { file: `rules/${rulesetId}/ruleset.json`, rulesetId, content: { ...manifest, rules } },
    ...(fieldsFile ? [{ file: `rules/${rulesetId}/interview-fields.schema.json`, rulesetId, content: fieldsFile }] : []),
  ];
}

const base = folder(
  'base',
  {
    id: 'base',
    version: '1',
    title: { en: 'Base', cy: 'Sylfaen' },
    settings: defaultSettings,
    actions: { 'ask-carer': { name: { en: 'Ask the parent or carer', cy: "Gofyn i'r rhiant neu'r gofalwr" } } },
  },
  { hubConsulted },
);

function childOfBase(questions?: Record<string, LocalField>, rules: Rule[] = []): RuleFilesByRuleset {
  return { base, child: folder('child', { id: 'child', version: '1', extends: 'base', title: { en: 'Child', cy: 'Plentyn' } }, questions, rules) };
}

function composed(files: RuleFilesByRuleset, id: string): ResolvedRuleset {
  const { ruleset, problems } = composeRuleset(files, id);
  expect(problems).to.deep.equal([]);
  return ruleset!;
}

describe('questions a locality adds to the interview', () => {
  it('gives rules a fact for each question, so the answer changes the assessment', async () => {
    // S11 (trafficking and forced labour), assessed with the example locality's rules.
    const notConsulted = await assessVariant(
      'S11',
      (answers) => {
        answers.local = { exploitationHubConsulted: false };
      },
      'example-locality',
    );
    const action = notConsulted.actions.find(({ id }) => id === 'consult-exploitation-hub');
    expect(action?.reasons.map(({ ruleId }) => ruleId)).to.deep.equal(['local.consult-exploitation-hub']);

    const consulted = await assessVariant(
      'S11',
      (answers) => {
        answers.local = { exploitationHubConsulted: true };
      },
      'example-locality',
    );
    expect(consulted.actions.map(({ id }) => id)).to.not.include('consult-exploitation-hub');
  });

  it('lists an unanswered question that a rule still needs among the missing answers', async () => {
    const files = childOfBase(undefined, [rule('local.ask', { all: [{ fact: 'local.hubConsulted', operator: 'equal', value: false }] })]);
    const assessor = createAssessor(composed(files, 'child'));
    const unanswered = await assessor.assess({}, { now: '2026-05-12T10:00:00Z' });
    expect(unanswered.missing).to.include('local.hubConsulted');
    const answered = await assessor.assess({ local: { hubConsulted: false } }, { now: '2026-05-12T10:00:00Z' });
    expect(answered.missing).to.not.include('local.hubConsulted');
    expect(answered.actions.map(({ id }) => id)).to.deep.equal(['ask-carer']);
  });

  it('keeps the questions of the ruleset it extends and adds its own', () => {
    const child = composed(childOfBase({ placeKind }), 'child');
    expect(Object.keys(child.localFields?.properties ?? {})).to.deep.equal(['hubConsulted', 'placeKind']);
    expect(child.origins?.localFields).to.deep.equal({
      hubConsulted: 'rules/base/interview-fields.schema.json',
      placeKind: 'rules/child/interview-fields.schema.json',
    });
    const inheritedOnly = composed(childOfBase(), 'child');
    expect(inheritedOnly.localFields?.properties).to.deep.equal({ hubConsulted });
  });

  it('reports a question that takes an inherited name, at the file and field, in English and Welsh', () => {
    const files = childOfBase({ hubConsulted: { ...hubConsulted, title: 'Hub consulted again' } });
    const english = composeRuleset(files, 'child', 'en');
    expect(english.ruleset).to.equal(undefined);
    expect(english.problems).to.have.length(1);
    expect(english.problems[0]).to.include({ file: 'rules/child/interview-fields.schema.json', pointer: '/properties/hubConsulted' });
    expect(english.problems[0].message).to.equal(
      "the question 'hubConsulted' is already defined in rules/base/interview-fields.schema.json, which this ruleset extends",
    );
    const welsh = composeRuleset(files, 'child', 'cy');
    expect(welsh.problems[0].message).to.match(/^mae'r cwestiwn 'hubConsulted' eisoes wedi'i ddiffinio yn rules\/base\//);
  });

  it('reports a rule that names a question the ruleset does not have, with the nearest name', () => {
    const files = childOfBase(undefined, [rule('local.typo', { all: [{ fact: 'local.hubConsultd', operator: 'equal', value: true }] })]);
    const problems = checkRuleset(composed(files, 'child'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ file: 'rules/child/ruleset.json', pointer: '/rules/0/conditions/all/0/fact', message: "unknown fact 'local.hubConsultd'" });
    expect(problems[0].hint).to.contain('local.hubConsulted');
  });

  it('reports a value a local choice never takes, and an operator that does not suit a yes/no question', () => {
    const files = childOfBase({ placeKind }, [
      rule('local.place', { all: [{ fact: 'local.placeKind', operator: 'in', value: ['park', 'flatt'] }] }),
      rule('local.count', { all: [{ fact: 'local.hubConsulted', operator: 'greaterThan', value: 1 }] }),
    ]);
    const problems = checkRuleset(composed(files, 'child'));
    expect(problems.map(({ pointer, message }) => [pointer, message])).to.deep.equal([
      ['/rules/0/conditions/all/0/value/1', `"flatt" is not a value 'local.placeKind' can have`],
      ['/rules/1/conditions/all/0/operator', "'greaterThan' compares numbers, but 'local.hubConsulted' is a boolean answer"],
      ['/rules/1/conditions/all/0/value', "'local.hubConsulted' is a yes/no answer, so the value must be true or false"],
    ]);
  });

  it('reports what a question may not have for its kind, and a choice without a Welsh label', () => {
    const broken = {
      ...placeKind,
      minimum: 2,
      'x-rhi-enum-labels': { en: placeKind['x-rhi-enum-labels']!.en, cy: { park: 'Parc' } },
    } as LocalField;
    const problems = checkRuleset(composed(childOfBase({ placeKind: broken }), 'child'), 'cy');
    expect(problems.map(({ file, pointer }) => `${file} ${pointer}`)).to.deep.equal([
      'rules/child/interview-fields.schema.json /properties/placeKind/minimum',
      'rules/child/interview-fields.schema.json /properties/placeKind/x-rhi-enum-labels/cy',
    ]);
    expect(problems[1].message).to.equal("nid oes label Cymraeg gan y dewis 'flat' yn y cwestiwn 'placeKind'");
  });
});

describe('the interview schema and validator built for each ruleset', () => {
  const rulesetIds = ['england', 'wales', 'example-locality'];
  const built = (name: string) => `packages/engine/dist/rulesets/${name}`;

  it('holds exactly the ruleset\'s questions under local, and nothing else changes', async () => {
    const baseSchema = await loadJson<Record<string, unknown>>('schemas/interview.schema.json');
    for (const id of rulesetIds) {
      const ruleset = await loadResolvedRuleset(id);
      const schema = await loadJson<{ properties: { local: { properties: Record<string, unknown>; additionalProperties: boolean } } }>(
        built(`${id}.interview.schema.json`),
      );
      expect(schema, id).to.deep.equal(interviewSchemaFor(baseSchema, ruleset));
      expect(schema.properties.local.additionalProperties, id).to.equal(false);
      expect(Object.keys(schema.properties.local.properties), id).to.deep.equal(Object.keys(ruleset.localFields?.properties ?? {}));
    }
    const example = await loadResolvedRuleset('example-locality');
    expect(Object.keys(example.localFields?.properties ?? {})).to.have.members(['exploitationHubConsulted', 'contextualSafeguardingLocation']);
  });

  it("rejects an answer of the wrong kind, naming the field 'local.<name>', in English and Welsh", async () => {
    const { validateInterviewAnswers } = await importBuilt<{ validateInterviewAnswers: SchemaValidator }>(built('example-locality.interview-validator.js'));
    const schema = await loadJson<Record<string, unknown>>(built('example-locality.interview.schema.json'));
    expect(validateAnswers({ local: { exploitationHubConsulted: true, contextualSafeguardingLocation: 'The bus station' } }, 'answers', schema, 'en', validateInterviewAnswers)).to.deep.equal([]);

    const answers = { indicators: ['county-lines'], local: { exploitationHubConsulted: 'yes', contextualSafeguardingLocation: 'x'.repeat(501) } };
    const english = validateAnswers(answers, 'answers', schema, 'en', validateInterviewAnswers);
    expect(english.map(({ pointer, message }) => [pointer, message])).to.deep.equal([
      ['/local/exploitationHubConsulted', "'local.exploitationHubConsulted' must be true or false (without quotes)"],
      ['/local/contextualSafeguardingLocation', "'local.contextualSafeguardingLocation' is too long: at most 500 characters"],
    ]);
    const welsh = validateAnswers(answers, 'answers', schema, 'cy', validateInterviewAnswers);
    expect(welsh[0].message).to.equal("rhaid i 'local.exploitationHubConsulted' fod yn true neu false (heb ddyfynodau)");
  });

  it('rejects an answer to a question the ruleset does not have, saying which questions it has', async () => {
    const example = await importBuilt<{ validateInterviewAnswers: SchemaValidator }>(built('example-locality.interview-validator.js'));
    const exampleSchema = await loadJson<Record<string, unknown>>(built('example-locality.interview.schema.json'));
    const [typo] = validateAnswers({ local: { exploitationHubConsultd: true } }, 'answers', exampleSchema, 'en', example.validateInterviewAnswers);
    expect(typo).to.deep.include({ pointer: '/local/exploitationHubConsultd', message: "'local.exploitationHubConsultd' is not a known field" });
    expect(typo.hint).to.contain('exploitationHubConsulted');

    const england = await importBuilt<{ validateInterviewAnswers: SchemaValidator }>(built('england.interview-validator.js'));
    const englandSchema = await loadJson<Record<string, unknown>>(built('england.interview.schema.json'));
    const [unknown] = validateAnswers({ local: { exploitationHubConsulted: true } }, 'answers', englandSchema, 'en', england.validateInterviewAnswers);
    expect(unknown).to.deep.include({ pointer: '/local/exploitationHubConsulted', message: "'local.exploitationHubConsulted' is not a known field" });
    expect(unknown.hint).to.contain('interview-fields.schema.json');
  });

  it('leaves local open in the base validator, which cannot know any locality\'s questions', () => {
    expect(validateAnswers({ local: { anything: 'at all' } })).to.deep.equal([]);
  });
});
