// createInterviewSession: one assessment per settled change, latest answers winning, shared by
// every listener. Runs in Node (0 ms timeouts) and in Chromium (animation frames).
import { expect } from 'chai';
import { createAssessor, isAnswersSchemaError, type Assessment, type Assessor, type ResolvedRuleset, type Scenario } from '../../packages/engine/src/index.js';
import { createInterviewSession, type InterviewSession } from '../../packages/elements/src/interview-session/create-interview-session.js';
import type { Answers } from '../../packages/elements/src/interview-form/answer-paths.js';
import { describe, it, loadResolvedRuleset, loadScenarios } from '../support/harness.js';

const scenarios = (await loadScenarios()).map(({ scenario }) => scenario);
const scenario = (id: string): Scenario & { answers: Answers } => scenarios.find((candidate) => candidate.id === id)! as Scenario & { answers: Answers };
const england = await loadResolvedRuleset('england');
const locality = await loadResolvedRuleset('example-locality');

/** Records every assessor built and every `assess` call, and can hold a run until released. */
class AssessorSpy {
  built: ResolvedRuleset[] = [];
  assessed: Answers[] = [];
  gate: Promise<void> | undefined;
  failOn = new Set<number>();

  readonly create = (ruleset: ResolvedRuleset): Assessor => {
    this.built.push(ruleset);
    const real = createAssessor(ruleset);
    return {
      ruleset,
      assess: async (answers, options) => {
        this.assessed.push(answers as Answers);
        const call = this.assessed.length;
        await this.gate;
        if (this.failOn.has(call)) throw new TypeError(`cannot read ${JSON.stringify(answers)}`);
        return real.assess(answers, options);
      },
    };
  };

  /** Holds every run until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }
}

function listen(session: InterviewSession): { assessment: Assessment; answers: Answers }[] {
  const published: { assessment: Assessment; answers: Answers }[] = [];
  session.subscribe((assessment, answers) => published.push({ assessment, answers }));
  return published;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` is true (the run has started), failing after ten seconds: a budget, not a race. */
async function until(check: () => boolean): Promise<void> {
  const giveUpAt = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > giveUpAt) throw new Error('timed out');
    await wait(5);
  }
}

/** S01's answers with the child's own words changed: a new answers object each time, as the form makes them. */
function typed(text: string): Answers {
  const answers = structuredClone(scenario('S01').answers) as Answers & { afterReturn: Record<string, unknown> };
  answers.afterReturn.childsWords = text;
  return answers;
}

describe('an interview session', () => {
  it('assesses ten changes made within one frame once, with the last answers', async () => {
    const spy = new AssessorSpy();
    const s01 = scenario('S01');
    const session = createInterviewSession({ ruleset: england, now: () => s01.now!, createAssessor: spy.create });
    await session.settled();
    const published = listen(session);
    const burst = Array.from({ length: 9 }, (_, index) => typed('I went to the park'.slice(0, index + 1)));
    const s02 = scenario('S02');
    for (const answers of burst) session.update(answers);
    session.update(s02.answers);

    const assessment = await session.settled();
    expect(spy.assessed.length, 'assess calls: the first answers, then one for the burst').to.equal(2);
    expect(spy.assessed[1]).to.equal(s02.answers);
    expect(published).to.have.length(1);
    expect(published[0]!.answers).to.equal(s02.answers);
    expect(published[0]!.assessment).to.equal(assessment);
    expect(assessment.riskLevel).to.equal(s02.expect.riskLevel);
    expect(session.assessment).to.equal(assessment);
    session.dispose();
  });

  it('runs exactly once more with the latest answers after changes made while an assessment runs, and never publishes the stale one', async () => {
    const spy = new AssessorSpy();
    const s02 = scenario('S02');
    const first = scenario('S01').answers;
    const release = spy.hold();
    const session = createInterviewSession({ ruleset: england, answers: first, now: () => s02.now!, createAssessor: spy.create });
    const published = listen(session);
    await until(() => spy.assessed.length === 1);
    session.update(typed('a'));
    session.update(typed('ab'));
    session.update(s02.answers);
    expect(published, 'nothing published while the run is held').to.have.length(0);
    release();

    const assessment = await session.settled();
    expect(spy.assessed).to.deep.equal([first, s02.answers]);
    expect(published.map(({ answers }) => answers)).to.deep.equal([s02.answers]);
    expect(assessment.riskLevel).to.equal('high');
    session.dispose();
  });

  it('keeps one assessor per ruleset, and re-assesses with a new one when the locality changes', async () => {
    const spy = new AssessorSpy();
    const session = createInterviewSession({ ruleset: england, now: () => '2026-03-04T10:00:00Z', createAssessor: spy.create });
    session.update(typed('one'));
    await session.settled();
    session.update(typed('two'));
    await session.settled();
    expect(spy.built).to.deep.equal([england]);
    const published = listen(session);

    session.setRuleset(england);
    await session.settled();
    expect(published, 'the same ruleset again changes nothing').to.have.length(0);

    session.setRuleset(locality);
    const assessment = await session.settled();
    expect(spy.built).to.deep.equal([england, locality]);
    expect(assessment.rulesetId).to.equal(locality.id);
    expect(published).to.have.length(1);
    expect(session.ruleset).to.equal(locality);
    session.dispose();
  });

  it('re-assesses in Welsh when the language changes, so the reasons are worded in Welsh', async () => {
    const s02 = scenario('S02');
    const session = createInterviewSession({ ruleset: england, answers: s02.answers, now: () => s02.now! });
    const english = await session.settled();
    session.setLang('cy');
    const welsh = await session.settled();
    expect(english.lang).to.equal('en');
    expect(welsh.lang).to.equal('cy');
    expect(session.lang).to.equal('cy');
    expect(welsh.reasons.map((reason) => reason.ruleId)).to.deep.equal(english.reasons.map((reason) => reason.ruleId));
    expect(welsh.reasons[0]!.message).to.not.equal(english.reasons[0]!.message);
    session.dispose();
  });

  it('reads the clock once per assessment', async () => {
    let readings = 0;
    const session = createInterviewSession({ ruleset: england, now: () => (readings += 1, '2026-03-04T10:00:00Z') });
    await session.settled();
    for (let index = 0; index < 5; index += 1) session.update(typed(String(index)));
    await session.settled();
    expect(readings).to.equal(2);
    session.dispose();
  });
});

/** S01 with the interview not yet offered: overdue once 72 hours have passed since the return. */
function notYetOffered(): { answers: Answers; due: number } {
  const answers = structuredClone(scenario('S01').answers) as Answers & { interview: Record<string, unknown>; episode: { returnedAt: string } };
  answers.interview = { outcome: 'accepted' };
  return { answers, due: Date.parse(answers.episode.returnedAt) + 72 * 3_600_000 };
}

/**
 * A clock that reads `before` ms before the deadline at its first reading (the first assessment,
 * however late a busy machine makes it) and runs on in real time from then. Anchoring it at the
 * first reading rather than at creation keeps a slow first frame from starting past the deadline.
 */
function clockBefore(due: number, before: number): () => Date {
  let firstRead: number | undefined;
  return () => {
    firstRead ??= Date.now();
    return new Date(due - before + (Date.now() - firstRead));
  };
}

describe('an interview session and the 72-hour deadline', () => {
  it('re-assesses when the deadline passes while the page is open, so the engine marks the offer overdue', async () => {
    const { answers, due } = notYetOffered();
    const session = createInterviewSession({ ruleset: england, answers, now: clockBefore(due, 60) });
    const before = await session.settled();
    expect(before.rhi.offerDueBy).to.equal(new Date(due).toISOString());
    expect(before.rhi.overdue).to.equal(false);
    const published = listen(session);

    await until(() => published.length > 0);
    expect(published).to.have.length(1);
    expect(published[0]!.assessment.rhi.overdue).to.equal(true);
    expect(published[0]!.answers).to.equal(answers);
    session.dispose();
  });

  it('re-assesses when the interview is due while the page is open, so an interview offered in time but not held is marked overdue', async () => {
    const { answers, due } = notYetOffered();
    answers.interview = { outcome: 'accepted', offeredAt: new Date(due - 62 * 3_600_000).toISOString() };
    const session = createInterviewSession({ ruleset: england, answers, now: clockBefore(due, 60) });
    const before = await session.settled();
    expect(before.rhi.interviewDueBy).to.equal(new Date(due).toISOString());
    expect(before.rhi.interviewOverdue).to.equal(false);
    const published = listen(session);

    await until(() => published.length > 0);
    expect(published[0]!.assessment.rhi.overdue, 'the offer was in time').to.equal(false);
    expect(published[0]!.assessment.rhi.interviewOverdue).to.equal(true);
    session.dispose();
  });

  it('does not re-assess on a clock that stands still (a trainer’s fixed moment)', async () => {
    const { answers, due } = notYetOffered();
    const session = createInterviewSession({ ruleset: england, answers, now: () => new Date(due - 30) });
    await session.settled();
    const published = listen(session);
    await wait(150);
    expect(published).to.have.length(0);
    session.dispose();
  });

  it('stops everything when disposed: no deadline run, no assessment of later changes', async () => {
    const { answers, due } = notYetOffered();
    const spy = new AssessorSpy();
    const session = createInterviewSession({ ruleset: england, answers, now: clockBefore(due, 40), createAssessor: spy.create });
    await session.settled();
    const published = listen(session);
    session.dispose();
    session.update(typed('after'));
    session.setLang('cy');
    await wait(150);
    expect(spy.assessed).to.have.length(1);
    expect(published).to.have.length(0);
    expect((await session.settled()).rhi.overdue, 'settled() still gives the last assessment').to.equal(false);
  });
});

describe('an interview session when the engine throws', () => {
  it('keeps the last assessment, marks it failed for manual review, and logs no answers', async () => {
    const spy = new AssessorSpy();
    const s02 = scenario('S02');
    const session = createInterviewSession({ ruleset: england, answers: s02.answers, now: () => s02.now!, createAssessor: spy.create });
    const good = await session.settled();
    const published = listen(session);
    spy.failOn.add(2);
    const logged: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...parts: unknown[]) => logged.push(parts);
    try {
      session.update(typed('The secret is 4242'));
      const marked = await session.settled();
      expect(marked.failed).to.equal(true);
      expect(marked.provisional).to.equal(true);
      expect(marked.failure?.message).to.match(/manager/);
      expect(marked.riskLevel, 'never a lower level than before').to.equal(good.riskLevel);
      expect(marked.referrals).to.deep.equal(good.referrals);
      expect(marked.actions[0]!.id).to.equal('manual-review');
      expect(published.map(({ assessment }) => assessment)).to.deep.equal([marked]);
      expect(logged).to.have.length(1);
      expect(JSON.stringify(logged)).to.not.match(/4242|secret/);
    } finally {
      console.error = consoleError;
    }

    session.update(typed('fine again'));
    const recovered = await session.settled();
    expect(recovered.failed).to.equal(false);
    session.dispose();
  });

  it('publishes nothing and rejects settled() when the very first assessment fails', async () => {
    const spy = new AssessorSpy();
    spy.failOn.add(1);
    const consoleError = console.error;
    console.error = () => {};
    try {
      const session = createInterviewSession({ ruleset: england, createAssessor: spy.create });
      const published = listen(session);
      let rejected = false;
      await session.settled().catch(() => (rejected = true));
      expect(rejected).to.equal(true);
      expect(published).to.have.length(0);
      expect(session.assessment).to.equal(undefined);
      session.dispose();
    } finally {
      console.error = consoleError;
    }
  });
});

describe('an interview session given answers that break the schema', () => {
  it('shows no level, names each field and what it expects, and assesses again once they are corrected', async () => {
    const s02 = scenario('S02');
    const session = createInterviewSession({ ruleset: england, answers: s02.answers, now: () => s02.now! });
    const before = await session.settled();
    const published = listen(session);
    const refusals: { pointers: string[]; answers: Answers }[] = [];
    session.onAnswerProblems((problems, answers) => refusals.push({ pointers: problems.map((problem) => problem.pointer), answers }));

    const wrong = { ...s02.answers, indicators: 'sexual-exploitation', afterReturn: { ...(s02.answers.afterReturn as object), workerRiskView: 'HIGH' } } as Answers;
    session.update(wrong);
    let refusal: unknown;
    await session.settled().catch((error: unknown) => (refusal = error));
    expect(isAnswersSchemaError(refusal), 'settled() rejects with the engine AnswersSchemaError').to.equal(true);
    expect(session.assessment, 'no level, not even the earlier one').to.equal(undefined);
    expect(session.answerProblems?.map((problem) => problem.pointer)).to.have.members(['/indicators', '/afterReturn/workerRiskView']);
    expect(refusals).to.deep.equal([{ pointers: session.answerProblems!.map((problem) => problem.pointer), answers: wrong }]);
    expect(published, 'no assessment published for refused answers').to.have.length(0);

    session.update(s02.answers);
    const again = await session.settled();
    expect(again.riskLevel).to.equal(before.riskLevel);
    expect(session.answerProblems).to.equal(undefined);
    session.dispose();
  });
});
