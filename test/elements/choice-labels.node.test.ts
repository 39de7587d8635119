// Labels written by people, from one source: every choice a person reads has an English and a Welsh
// label in the schema, the form shows exactly that label, and the same value reads the same in the
// form, the referral wizard's answers and the command line's report. A choice without a label is
// reported with its JSON pointer; no label is ever made from an id.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { reportLabels } from '../../packages/cli/src/report/report-labels.js';
import { wordsIn } from '../../packages/cli/src/words.js';
import { referralsToMake, valueLabels } from '../../packages/engine/src/index.js';
import { prefilledSummary } from '../../packages/elements/src/referral-wizard/prefilled-summary.js';
import { summaryOf, summarySentence } from '../../packages/elements/src/risk-panel/panel-summary.js';
import { runRhi } from '../cli/run-rhi.js';
import { uiWords } from '../../packages/elements/src/i18n/ui-words.js';
import { buildFormTree, humanise, questionAt } from '../../packages/elements/src/interview-form/field-tree.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import { relevantAnswers } from '../../packages/elements/src/referral-wizard/relevant-answers.js';
import { schemaForNaming } from '../../packages/elements/src/shared/answer-words.js';
import { repositoryRoot } from '../cli/run-rhi.js';
import { referralScenario } from '../support/referral-scenarios.js';

type Node = Record<string, any>;
const languages = ['en', 'cy'] as const;
const schemasDir = join(repositoryRoot, 'schemas');
const interview = JSON.parse(readFileSync(join(schemasDir, 'interview.schema.json'), 'utf8')) as JsonSchema;

/** Every enum in a schema with its labels (on the enum itself, or on the list that holds it) and a dotted path. */
function* enums(node: Node, path: string[] = [], listLabels?: Node): Generator<{ path: string[]; values: unknown[]; labels: Node | undefined }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node.enum)) yield { path, values: node.enum, labels: node['x-rhi-enum-labels'] ?? listLabels };
  if (node.items) yield* enums(node.items, path, node['x-rhi-enum-labels']);
  for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) yield* enums(child, [...path, name]);
  for (const [name, child] of Object.entries((node.definitions ?? {}) as Record<string, Node>)) yield* enums(child, ['#', name]);
}

describe('labels written by people, from one source', () => {
  it('gives every enum value of every schema a hand-written label in English and in Welsh, and no Welsh label is the capitalised id', () => {
    // The interview's answers, and the words of every schema's shared definitions (levels, urgency, consent…).
    // (The layout and local-question schemas describe files for web teams, not words a worker reads.)
    const files = ['interview.schema.json', 'assessment.schema.json', 'referral.schema.json', 'ruleset.schema.json'];
    let checked = 0;
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
      const read = file === 'interview.schema.json' ? enums(schema) : enums({ definitions: schema.definitions ?? {} });
      for (const { path, values, labels } of read) {
        for (const value of values) {
          if (typeof value !== 'string') continue;
          for (const lang of languages) {
            const label: unknown = labels?.[lang]?.[value];
            assert.equal(typeof label, 'string', `${file} ${path.join('.')} '${value}' has no ${lang} label`);
            assert.notEqual(String(label).trim(), '', `${file} ${path.join('.')} '${value}' ${lang}`);
            checked += 1;
          }
          assert.notEqual(labels?.cy?.[value], humanise(value), `${file} ${path.join('.')} '${value}': the Welsh label is the English id`);
        }
      }
    }
    assert.ok(checked > 300, `${checked} labels checked`);
  });

  it('shows in the form exactly the schema’s label for every choice of the interview, in English and Welsh', () => {
    for (const { path, values, labels } of enums(interview as Node)) {
      if (path[0] === '#') continue;
      const question = questionAt(interview, path.join('.'));
      assert.ok(question, path.join('.'));
      for (const value of values) {
        const choice: { label: { en: string; cy: string } } | undefined = question.choices.find((option) => option.value === value);
        for (const lang of languages) assert.equal(choice?.label[lang], labels?.[lang]?.[value as string], `${path.join('.')} '${value}' ${lang}`);
      }
    }
    const fgm = questionAt(interview, 'indicators')!.choices.find((choice) => choice.value === 'fgm')!;
    assert.deepEqual(fgm.label, { en: 'Female genital mutilation (FGM)', cy: 'Anffurfio organau cenhedlu benywod (FGM)' });
  });

  it('never makes a label from an id: a choice the schema leaves unlabelled is reported with its pointer and the fix', () => {
    const schema = structuredClone(interview) as Node;
    delete schema.properties.indicators['x-rhi-enum-labels'].en['pregnancy-or-sti'];
    delete schema.properties.child.properties.gender['x-rhi-enum-labels'].cy['not-said'];
    const pregnancy = questionAt(schema as JsonSchema, 'indicators')!.choices.find((choice) => choice.value === 'pregnancy-or-sti')!;
    assert.notEqual(pregnancy.label.en, 'Pregnancy or sti', 'no label made from the id');
    assert.notEqual(pregnancy.label.en, humanise('pregnancy-or-sti'));
    // Told to the web team (a console warning), not shown to the interviewer as a layout problem.
    const { problems: layoutProblems, labelGaps: problems } = buildFormTree(schema as JsonSchema);
    assert.deepEqual(layoutProblems, []);
    assert.ok(
      problems.some((problem) => problem.includes("'/properties/indicators/items'") && problem.includes("English label for the choice 'pregnancy-or-sti'") && problem.includes('"x-rhi-enum-labels": { "en"')),
      problems.join('\n'),
    );
    assert.ok(problems.some((problem) => problem.includes("'/properties/child/properties/gender'") && problem.includes("Welsh label for the choice 'not-said'")), problems.join('\n'));
    assert.deepEqual(buildFormTree(interview).labelGaps, [], 'the toolkit’s own schema labels every choice');
  });

  it('labels the same value the same in the form, the referral wizard’s answers and the command line’s report', async () => {
    for (const lang of languages) {
      const s02 = await referralScenario('S02', { lang });
      const answers = { ...s02.answers, indicators: ['fgm', 'pregnancy-or-sti', 'self-harm'] } as typeof s02.answers;
      const schema = schemaForNaming(undefined, s02.ruleset);
      const reasons = s02.ruleset.rules
        .filter((rule) => JSON.stringify(rule.conditions).includes('"indicators"'))
        .map((rule) => ({ ruleId: rule.id, message: '' }));
      const words = uiWords(lang);
      const line = relevantAnswers({ agency: 'police', reasons, ruleset: s02.ruleset, answers, schema, words }).find((item) => item.path === 'indicators')!;
      const report = reportLabels(s02.ruleset, lang);
      const form = questionAt(schema, 'indicators')!;
      for (const value of ['fgm', 'pregnancy-or-sti', 'self-harm']) {
        const label = form.choices.find((choice) => choice.value === value)!.label[lang];
        assert.notEqual(label, humanise(value));
        assert.ok(line.value.includes(label), `${lang}: the wizard writes ${value} as “${label}”: ${line.value}`);
        assert.equal(report.indicator(value), label, `${lang}: the report labels ${value} as the form does`);
      }
    }
  });

  it('words an urgency, an agreement and a level in one place: every schema labels them as assessment.schema.json does, and no component keeps a catalogue of its own', () => {
    const assessment = JSON.parse(readFileSync(join(schemasDir, 'assessment.schema.json'), 'utf8'));
    const kinds = ['riskLevel', 'urgency', 'consent'] as const;
    for (const file of ['ruleset.schema.json', 'referral.schema.json']) {
      const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
      for (const kind of kinds) {
        assert.deepEqual(schema.definitions[kind]['x-rhi-enum-labels'], assessment.definitions[kind]['x-rhi-enum-labels'], `${file}#/definitions/${kind} words its values as assessment.schema.json does`);
      }
    }
    for (const kind of kinds) {
      for (const value of assessment.definitions[kind].enum as string[]) {
        for (const lang of languages) assert.equal((valueLabels[kind][lang] as Record<string, string>)[value], assessment.definitions[kind]['x-rhi-enum-labels'][lang][value], `${kind} ${value} ${lang}`);
        // A hand-written Welsh word, never the English one copied.
        assert.notEqual((valueLabels[kind].cy as Record<string, string>)[value], (valueLabels[kind].en as Record<string, string>)[value], `${kind} ${value}: Welsh is written, not copied`);
      }
    }
    // The component catalogues hold sentences, never the word for one of these values.
    const catalogues = ['risk-panel', 'referral-wizard', 'referral-package'].flatMap((name) => languages.map((lang) => `${name}.${lang}.json`));
    for (const file of catalogues) {
      const ids = Object.keys(JSON.parse(readFileSync(join(repositoryRoot, 'packages/elements/src/i18n', file), 'utf8')));
      const own = ids.filter((id) => /\.(urgency|consent|riskLevel)\.|^panel\.level\.(high|medium|low|no-apparent-risk)$/.test(id));
      assert.deepEqual(own, [], `${file} words a value the schema already labels`);
    }
    for (const lang of languages) {
      const cli = wordsIn(lang);
      assert.deepEqual(cli.urgencies, valueLabels.urgency[lang]);
      assert.deepEqual(cli.consents, valueLabels.consent[lang]);
      assert.deepEqual(cli.riskLevels, valueLabels.riskLevel[lang]);
    }
  });

  it('S02: the command line’s explanation, the referral summary and the panel’s announcement use the schema’s words for the level, urgency and agreement, in English and Welsh', async () => {
    for (const lang of languages) {
      const s02 = await referralScenario('S02', { lang });
      const { assessment } = s02;
      const { stdout, status } = runRhi(['explain', 'test/scenarios/s02.json', '--lang', lang]);
      assert.equal(status, 0);
      const level = valueLabels.riskLevel[lang][assessment.riskLevel];
      assert.match(stdout, new RegExp(`: ${level.toLocaleUpperCase(lang)}$`, 'm'), `${lang}: rhi explain names the level`);
      for (const referral of referralsToMake(assessment)) {
        const line = stdout.split('\n').find((text) => text.includes(`[${referral.agency}] — `));
        assert.ok(line, `${lang}: rhi explain lists ${referral.agency}`);
        assert.ok(line.includes(`${s02.ruleset.agencies[referral.agency]!.name[lang]} [${referral.agency}]`), line);
        assert.ok(line.includes(` — ${valueLabels.urgency[lang][referral.urgency]}; `), line);
        assert.ok(line.endsWith(`: ${valueLabels.consent[lang][referral.consent]}`), line);
      }
      const words = uiWords(lang);
      const summary = prefilledSummary({ agencyName: 'Police', reasons: [], lines: [], assessment, words });
      assert.ok(summary.includes(level), `${lang}: the referral summary names the level as the panel does: ${summary}`);
      assert.ok(summarySentence(summaryOf(assessment), words).includes(level.toLocaleLowerCase(lang)), `${lang}: the panel's announcement`);
    }
  });
});
