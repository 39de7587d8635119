// The action rules of the real rulesets: asking the carer when the interview did not happen,
// recording why, and the Welsh language Active Offer. Each case is a worked scenario with one or
// two answers changed. Runs in Node and in Chromium.
import { expect } from 'chai';
import { type Assessment } from '../../packages/engine/src/index.js';
import { describe, it } from '../support/harness.js';
import { assessVariant, type Answers } from '../support/scenario-variants.js';

const rulesetIds = ['england', 'wales', 'example-locality'];

const actionIds = (assessment: Assessment) => assessment.actions.map((action) => action.id);
const action = (assessment: Assessment, id: string) => assessment.actions.find((item) => item.id === id);

/** S01 (a 9-year-old interviewed with a parent) as an interview the child declined, for the reason given. */
function declined(reason?: string) {
  return (answers: Answers) => {
    answers.interview.outcome = 'declined';
    delete answers.interview.conductedAt;
    if (reason === undefined) delete answers.interview.outcomeReason;
    else answers.interview.outcomeReason = reason;
  };
}

describe('actions: when the interview did not take place', () => {
  it('asks the carer what they know when the child declines', async () => {
    const assessment = await assessVariant('S07');
    expect(action(assessment, 'ask-carer')?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['action.ask-carer']);
  });

  it('asks the carer on every decline, in every ruleset', async () => {
    for (const rulesetId of rulesetIds) {
      const withReason = await assessVariant('S01', declined('Did not want to talk about it.'), rulesetId);
      expect(actionIds(withReason), rulesetId).to.include('ask-carer');
      const withoutReason = await assessVariant('S01', declined(), rulesetId);
      expect(actionIds(withoutReason), rulesetId).to.include('ask-carer');
    }
  });

  it('asks the carer when the child could not be contacted', async () => {
    const assessment = await assessVariant('S07', (answers) => {
      answers.interview.outcome = 'not-contactable';
    });
    expect(actionIds(assessment)).to.include('ask-carer');
  });

  it('does not ask the carer when the interview took place', async () => {
    const assessment = await assessVariant('S01');
    expect(actionIds(assessment)).not.to.include('ask-carer');
    expect(actionIds(assessment)).not.to.include('record-decline-reason');
  });

  it('asks for the reason to be recorded when the child declined and none is written', async () => {
    const assessment = await assessVariant('S07', (answers) => {
      delete answers.interview.outcomeReason;
    });
    expect(action(assessment, 'record-decline-reason')?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['action.record-decline-reason']);
    expect(actionIds(assessment)).to.include('ask-carer');
  });

  it('counts a blank reason as no reason', async () => {
    for (const blank of ['', '   ', '\n\t ']) {
      const assessment = await assessVariant('S07', (answers) => {
        answers.interview.outcomeReason = blank;
      });
      expect(actionIds(assessment), JSON.stringify(blank)).to.include('record-decline-reason');
    }
  });

  it('does not ask for a reason when one is written', async () => {
    const assessment = await assessVariant('S07');
    expect(actionIds(assessment)).not.to.include('record-decline-reason');
    for (const rulesetId of rulesetIds) {
      const withReason = await assessVariant('S01', declined('Said she was fine.'), rulesetId);
      expect(actionIds(withReason), rulesetId).not.to.include('record-decline-reason');
    }
  });

  it('asks for the reason in every ruleset when the child declined and none is written', async () => {
    for (const rulesetId of rulesetIds) {
      const assessment = await assessVariant('S01', declined(), rulesetId);
      expect(actionIds(assessment), rulesetId).to.include('record-decline-reason');
    }
  });

  it('asks for the reason when the child could not be contacted and none is written', async () => {
    const assessment = await assessVariant('S07', (answers) => {
      answers.interview.outcome = 'not-contactable';
      delete answers.interview.outcomeReason;
    });
    expect(actionIds(assessment)).to.include('record-decline-reason');
  });
});

describe('actions: the Welsh language Active Offer', () => {
  /** S01 with a child whose preferred language is Welsh. */
  function welshSpeaker(welshOffered: boolean | undefined) {
    return (answers: Answers) => {
      answers.child.preferredLanguage = 'cy';
      if (welshOffered === undefined) delete answers.interview.welshOffered;
      else answers.interview.welshOffered = welshOffered;
    };
  }

  it('asks for an interview in Welsh for the Welsh-speaking child in the worked scenario', async () => {
    const assessment = await assessVariant('S10');
    expect(action(assessment, 'offer-welsh-interview')?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['action.offer-welsh-interview']);
  });

  for (const rulesetId of rulesetIds) {
    it(`in ${rulesetId}, asks for an interview in Welsh when the child's language is Welsh and Welsh was not offered`, async () => {
      const assessment = await assessVariant('S01', welshSpeaker(false), rulesetId);
      expect(actionIds(assessment)).to.include('offer-welsh-interview');
    });

    it(`in ${rulesetId}, asks for an interview in Welsh when no offer of Welsh is recorded`, async () => {
      const assessment = await assessVariant('S01', welshSpeaker(undefined), rulesetId);
      expect(actionIds(assessment)).to.include('offer-welsh-interview');
    });

    it(`in ${rulesetId}, does not ask again when Welsh was offered`, async () => {
      const assessment = await assessVariant('S01', welshSpeaker(true), rulesetId);
      expect(actionIds(assessment)).not.to.include('offer-welsh-interview');
    });
  }

  it('does not ask for an interview in Welsh when Welsh was offered to the child in the worked scenario', async () => {
    const assessment = await assessVariant('S10', (answers) => {
      answers.interview.welshOffered = true;
    });
    expect(actionIds(assessment)).not.to.include('offer-welsh-interview');
  });

  it('does not ask for an interview in Welsh for a child whose language is English or another language', async () => {
    for (const language of ['en', 'other']) {
      const assessment = await assessVariant('S10', (answers) => {
        answers.child.preferredLanguage = language;
      });
      expect(actionIds(assessment), language).not.to.include('offer-welsh-interview');
    }
  });
});
