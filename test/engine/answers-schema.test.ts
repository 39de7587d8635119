// The engine API refuses what the schema refuses: answers of the wrong kind once matched no rule
// and came out as a final medium where the right types give high. Now `assess()` rejects them with
// an AnswersSchemaError naming each field (JSON pointer) and what it expects; missing answers are
// still fine, as drafts are partial.
import { expect } from 'chai';
import { AnswersSchemaError, createAssessor, isAnswersSchemaError } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset } from '../support/harness.js';

const now = '2026-06-15T12:00:00Z';
const england = createAssessor(await loadResolvedRuleset('england'));

const episode = { reportedMissingAt: '2026-06-10T20:00:00Z', returnedAt: '2026-06-11T08:00:00Z' };

/** Each way of getting a type wrong, with the pointer it must be named at and the right answers. */
const wrongTypes = [
  { pointer: '/indicators', wrong: { indicators: 'sexual-exploitation' }, right: { indicators: ['sexual-exploitation'] }, expects: /list/ },
  { pointer: '/disclosures/immediateDanger', wrong: { disclosures: { immediateDanger: 'true' } }, right: { disclosures: { immediateDanger: true } }, expects: /true or false/ },
  { pointer: '/duringEpisode/harmSuffered', wrong: { duringEpisode: { harmSuffered: 'sexual' } }, right: { duringEpisode: { harmSuffered: ['sexual'] } }, expects: /list/ },
  { pointer: '/afterReturn/workerRiskView', wrong: { afterReturn: { workerRiskView: 'HIGH' } }, right: { afterReturn: { workerRiskView: 'high' } }, expects: /"high"/ },
];

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('assess() resolved; it should have rejected');
}

describe('answers that break the schema', () => {
  for (const { pointer, wrong, right, expects } of wrongTypes) {
    it(`rejects ${JSON.stringify(wrong)} naming ${pointer} and what it expects, where the right type gives high`, async () => {
      expect((await england.assess({ episode, ...right }, { now })).riskLevel).to.equal('high');
      const error = await rejection(england.assess({ episode, ...wrong }, { now }));
      expect(error).to.be.instanceOf(AnswersSchemaError);
      const { problems, message, name } = error as AnswersSchemaError;
      expect(name).to.equal('AnswersSchemaError');
      expect(problems.map((problem) => problem.pointer)).to.deep.equal([pointer]);
      expect(`${problems[0].message} ${problems[0].hint ?? ''}`).to.match(expects);
      expect(message).to.include(pointer);
    });
  }

  it('lists every field at once, in Welsh when the assessment is asked for in Welsh', async () => {
    const allWrong = Object.assign({ episode }, ...wrongTypes.map(({ wrong }) => wrong));
    const error = (await rejection(england.assess(allWrong, { now, lang: 'cy' }))) as AnswersSchemaError;
    expect(isAnswersSchemaError(error)).to.equal(true);
    expect(error.problems.map((problem) => problem.pointer)).to.have.members(wrongTypes.map(({ pointer }) => pointer));
    expect(error.message).to.match(/Nid yw'r atebion yn cyd-fynd/);
    expect(error.problems.find((problem) => problem.pointer === '/disclosures/immediateDanger')?.message).to.match(/rhaid i/);
  });

  it('still assesses partial answers: a missing field is awaited, not refused', async () => {
    const assessment = await england.assess({ episode: { returnedAt: episode.returnedAt }, indicators: [] }, { now });
    expect(assessment.provisional).to.equal(true);
    expect(assessment.missing).to.include('episode.reportedMissingAt');
  });

  it('assesses the child\'s words past their length limit (the form reports it), and still refuses a wrong type beside them', async () => {
    const longWords = { afterReturn: { childsWords: 'She said: '.padEnd(100_000, 'word '), workerRiskView: 'high' } };
    const assessment = await england.assess({ episode, ...longWords }, { now });
    expect(assessment.riskLevel, 'a long text never takes the level off the panel').to.equal('high');
    const error = (await rejection(england.assess({ episode, afterReturn: { ...longWords.afterReturn, workerRiskView: 'HIGH' } }, { now }))) as AnswersSchemaError;
    expect(error.problems.map((problem) => problem.pointer)).to.deep.equal(['/afterReturn/workerRiskView']);
  });

  it('refuses a value that is not an object at the top of the answers', async () => {
    for (const answers of [null, [], 'answers', 7]) {
      const error = (await rejection(england.assess(answers, { now }))) as AnswersSchemaError;
      expect(error.problems.map((problem) => problem.pointer)).to.deep.equal(['']);
    }
  });

  it("checks a locality's own questions too: a yes/no given as text, and a question it does not have", async () => {
    const locality = createAssessor(await loadResolvedRuleset('example-locality'));
    expect((await locality.assess({ episode, local: { exploitationHubConsulted: true } }, { now })).rulesetId).to.equal('example-locality');
    const wrongKind = (await rejection(locality.assess({ episode, local: { exploitationHubConsulted: 'yes' } }, { now }))) as AnswersSchemaError;
    expect(wrongKind.problems.map((problem) => problem.pointer)).to.deep.equal(['/local/exploitationHubConsulted']);
    const unknown = (await rejection(locality.assess({ episode, local: { exploitationHubConsuted: true } }, { now }))) as AnswersSchemaError;
    expect(unknown.problems.map((problem) => problem.pointer)).to.deep.equal(['/local/exploitationHubConsuted']);
  });
});
