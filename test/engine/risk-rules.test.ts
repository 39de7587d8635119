// The risk rules of the real rulesets (england, and the example locality's repeat threshold), each
// case built from a worked scenario with one or two answers changed. Runs in Node and in Chromium.
import { expect } from 'chai';
import { riskLevels, type Assessment, type RiskLevel } from '../../packages/engine/src/index.js';
import { describe, it } from '../support/harness.js';
import { assessVariant, type Answers, scenarios } from '../support/scenario-variants.js';


const ruleIds = (assessment: Assessment) => assessment.reasons.map((reason) => reason.ruleId);
const levelsGiven = (assessment: Assessment) =>
  assessment.reasons.filter((reason) => reason.level).map((reason) => [reason.ruleId, reason.level]);
const referral = (assessment: Assessment, agency: string) => assessment.referrals.find((item) => item.agency === agency);
const agencies = (assessment: Assessment) => assessment.referrals.map((item) => item.agency);
const actionIds = (assessment: Assessment) => assessment.actions.map((action) => action.id);

// S01 is a first, short (17:00–19:30 GMT), daytime episode with no concerns; the interview was on
// 4 March 2026. These birth dates give the age on that day.
const AGED_10 = '2015-06-01';
const ELEVEN_ON_INTERVIEW_DAY = '2015-03-04';
const ELEVEN_THE_DAY_AFTER = '2015-03-05';
const AGED_12 = '2013-06-01';
const THIRTEEN_ON_INTERVIEW_DAY = '2013-03-04';
const THIRTEEN_THE_DAY_AFTER = '2013-03-05';
const AGED_14 = '2011-06-01';

/** S01 with an older child whom the worker sees at no apparent risk. */
function noConcernsAt(dateOfBirth: string) {
  return (answers: Answers) => {
    answers.child.dateOfBirth = dateOfBirth;
    answers.afterReturn.workerRiskView = 'no-apparent-risk';
  };
}

describe('risk rules: no apparent risk', () => {
  it('gives no apparent risk to a 13-year-old back after a short episode whom the worker sees at no apparent risk', async () => {
    const assessment = await assessVariant('S01', noConcernsAt('2012-06-01'));
    expect(assessment.riskLevel).to.equal('no-apparent-risk');
    expect(levelsGiven(assessment)).to.deep.equal([['risk.no-apparent-risk', 'no-apparent-risk']]);
  });

  it('gives no apparent risk to a child on their 11th birthday', async () => {
    const assessment = await assessVariant('S01', noConcernsAt(ELEVEN_ON_INTERVIEW_DAY));
    expect(assessment.riskLevel).to.equal('no-apparent-risk');
  });

  it('never gives no apparent risk to a 10-year-old, even with the same short episode and worker view', async () => {
    for (const dateOfBirth of [AGED_10, ELEVEN_THE_DAY_AFTER]) {
      const assessment = await assessVariant('S01', noConcernsAt(dateOfBirth));
      expect(assessment.riskLevel, dateOfBirth).to.equal('low');
      expect(ruleIds(assessment)).to.include('risk.returned-child');
      expect(ruleIds(assessment)).not.to.include('risk.no-apparent-risk');
    }
  });

  it('never gives no apparent risk after a 7-hour episode', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      noConcernsAt(AGED_14)(answers);
      answers.episode.reportedMissingAt = '2026-03-02T12:00:00Z';
      answers.episode.returnedAt = '2026-03-02T19:00:00Z';
    });
    expect(assessment.riskLevel).to.equal('low');
    expect(ruleIds(assessment)).to.include('risk.returned-child');
    expect(ruleIds(assessment)).not.to.include('risk.no-apparent-risk');
  });

  it('treats an episode of exactly the short-episode hours (6) as not short', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      noConcernsAt(AGED_14)(answers);
      answers.episode.reportedMissingAt = '2026-03-02T12:00:00Z';
      answers.episode.returnedAt = '2026-03-02T18:00:00Z';
    });
    expect(assessment.riskLevel).to.equal('low');
  });

  it('gives no apparent risk after a 5½-hour daytime episode', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      noConcernsAt(AGED_14)(answers);
      answers.episode.reportedMissingAt = '2026-03-02T12:00:00Z';
      answers.episode.returnedAt = '2026-03-02T17:30:00Z';
    });
    expect(assessment.riskLevel).to.equal('no-apparent-risk');
  });

  it('never gives no apparent risk when the worker sees a low risk, or has not said', async () => {
    const low = await assessVariant('S01', (answers) => {
      noConcernsAt(AGED_14)(answers);
      answers.afterReturn.workerRiskView = 'low';
    });
    expect(low.riskLevel).to.equal('low');
    const unsaid = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_14;
      delete answers.afterReturn.workerRiskView;
    });
    expect(unsaid.riskLevel).to.equal('low');
  });
});

describe('risk rules: the highest level wins', () => {
  it('lets any concern override the worker view of no apparent risk', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      noConcernsAt(AGED_14)(answers);
      answers.episode.foundOutOfArea = true;
    });
    expect(assessment.riskLevel).to.equal('medium');
    expect(levelsGiven(assessment)).to.deep.include.members([
      ['risk.found-out-of-area', 'medium'],
      ['risk.no-apparent-risk', 'no-apparent-risk'],
    ]);
  });

  it('gives high when a high rule fires alongside medium and low ones', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_14;
      answers.episode.foundOutOfArea = true;
      answers.indicators = ['online-grooming'];
    });
    expect(assessment.riskLevel).to.equal('high');
    expect(levelsGiven(assessment)).to.deep.include.members([
      ['risk.online-grooming', 'high'],
      ['risk.found-out-of-area', 'medium'],
      ['risk.returned-child', 'low'],
    ]);
  });

  it('gives, in every worked scenario, the highest level among its reasons', async () => {
    for (const { scenario: worked } of scenarios) {
      const assessment = await assessVariant(worked.id);
      const highest = assessment.reasons
        .map((reason) => reason.level)
        .filter((level): level is RiskLevel => level !== undefined)
        .reduce((a, b) => (riskLevels.indexOf(b) > riskLevels.indexOf(a) ? b : a));
      expect(assessment.riskLevel, worked.id).to.equal(highest);
    }
  });
});

describe('risk rules: sexual activity and age', () => {
  for (const indicator of ['sexual-activity', 'pregnancy-or-sti']) {
    it(`gives high risk, the police and children's services now, and a strategy discussion for ${indicator} under 13`, async () => {
      const assessment = await assessVariant('S01', (answers) => {
        answers.child.dateOfBirth = AGED_12;
        answers.indicators = [indicator];
      });
      expect(assessment.riskLevel).to.equal('high');
      expect(levelsGiven(assessment)).to.deep.include(['risk.sexual-activity-under-13', 'high']);
      expect(referral(assessment, 'police')?.urgency).to.equal('immediate');
      expect(referral(assessment, 'childrens-services')?.urgency).to.equal('immediate');
      expect(referral(assessment, 'police')?.reasons.map((reason) => reason.ruleId)).to.include('risk.sexual-activity-under-13');
      expect(actionIds(assessment)).to.include('strategy-discussion');
    });
  }

  it('treats the day before the 13th birthday as under 13', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = THIRTEEN_THE_DAY_AFTER;
      answers.indicators = ['sexual-activity'];
    });
    expect(assessment.riskLevel).to.equal('high');
    expect(ruleIds(assessment)).to.include('risk.sexual-activity-under-13');
  });

  it('does not make sexual activity at 13 high by the under-13 rule', async () => {
    for (const dateOfBirth of [THIRTEEN_ON_INTERVIEW_DAY, AGED_14]) {
      const assessment = await assessVariant('S01', (answers) => {
        answers.child.dateOfBirth = dateOfBirth;
        answers.indicators = ['sexual-activity'];
      });
      expect(assessment.riskLevel, dateOfBirth).to.equal('medium');
      expect(ruleIds(assessment)).not.to.include('risk.sexual-activity-under-13');
      expect(levelsGiven(assessment)).to.deep.include(['risk.sexual-activity', 'medium']);
      expect(agencies(assessment)).not.to.include('police');
      expect(agencies(assessment)).not.to.include('childrens-services');
      expect(actionIds(assessment)).not.to.include('strategy-discussion');
      expect(agencies(assessment)).to.include('sexual-health');
    }
  });
});

describe('risk rules: exploitation', () => {
  const expectedRule: Record<string, string> = {
    'sexual-exploitation': 'risk.sexual-exploitation',
    'criminal-exploitation': 'risk.criminal-exploitation',
    'county-lines': 'risk.criminal-exploitation',
    trafficking: 'risk.trafficking',
    'forced-labour': 'risk.trafficking',
  };
  for (const [indicator, ruleId] of Object.entries(expectedRule)) {
    it(`gives high risk, children's services now and a strategy discussion for ${indicator}`, async () => {
      const assessment = await assessVariant('S01', (answers) => {
        answers.child.dateOfBirth = AGED_14;
        answers.indicators = [indicator];
      });
      expect(assessment.riskLevel).to.equal('high');
      expect(levelsGiven(assessment)).to.deep.include([ruleId, 'high']);
      expect(referral(assessment, 'childrens-services')?.urgency).to.equal('immediate');
      expect(referral(assessment, 'childrens-services')?.consent).to.equal('not-needed');
      expect(referral(assessment, 'police')?.urgency).to.equal('immediate');
      expect(actionIds(assessment)).to.include('strategy-discussion');
      expect(assessment.actions.find((action) => action.id === 'strategy-discussion')?.reasons.map((reason) => reason.ruleId)).to.include(ruleId);
    });
  }
});

describe('risk rules: self-harm and suicidal thoughts', () => {
  for (const indicator of ['self-harm', 'suicidal-thoughts']) {
    it(`makes ${indicator} alone high risk with the mental health crisis service and the GP, but no strategy discussion`, async () => {
      const assessment = await assessVariant('S01', (answers) => {
        answers.child.dateOfBirth = AGED_14;
        answers.indicators = [indicator];
      });
      expect(assessment.riskLevel).to.equal('high');
      expect(levelsGiven(assessment)).to.deep.include(['risk.self-harm-or-suicidal-thoughts', 'high']);
      expect(referral(assessment, 'mental-health-crisis')?.urgency).to.equal('immediate');
      expect(referral(assessment, 'mental-health-crisis')?.consent).to.equal('not-needed');
      expect(referral(assessment, 'gp')?.urgency).to.equal('within-24-hours');
      expect(actionIds(assessment)).not.to.include('strategy-discussion');
      expect(agencies(assessment)).not.to.include('childrens-services');
    });
  }
});

describe('risk rules: repeat episodes', () => {
  const episode = (day: string) => ({ reportedMissingAt: `${day}T12:00:00Z`, returnedAt: `${day}T15:00:00Z` });

  it('gives medium, tells children\'s services and asks for a strategy discussion (nationally, issue 15) at the third episode in 90 days, counting this one', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.episode.previousEpisodes = [episode('2026-01-10'), episode('2026-02-10')];
    });
    expect(assessment.riskLevel).to.equal('medium');
    expect(levelsGiven(assessment)).to.deep.include(['risk.repeat-episodes', 'medium']);
    expect(referral(assessment, 'childrens-services')?.urgency).to.equal('within-24-hours');
    const reason = assessment.reasons.find((item) => item.ruleId === 'risk.repeat-episodes');
    expect(reason?.message).to.contain('3 times in 90 days');
    const strategy = assessment.actions.find((action) => action.id === 'strategy-discussion');
    expect(strategy?.reasons.map((item) => item.ruleId)).to.deep.equal(['action.strategy-discussion-repeat-episodes']);
    expect(strategy?.reasons[0]?.message).to.contain('3 times in 90 days, counting this episode (the repeat threshold is 3)');
  });

  it('does not count a second episode as a repeat pattern', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.episode.previousEpisodes = [episode('2026-02-10')];
    });
    expect(assessment.riskLevel).to.equal('low');
    expect(ruleIds(assessment)).not.to.include('risk.repeat-episodes');
    expect(agencies(assessment)).not.to.include('childrens-services');
  });

  it('does not count an episode more than 90 days before this one', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.episode.previousEpisodes = [episode('2025-11-20'), episode('2026-02-10')];
    });
    expect(ruleIds(assessment)).not.to.include('risk.repeat-episodes');
    expect(assessment.riskLevel).to.equal('low');
  });

  it('in the example locality, counts 3 episodes in 30 days and adds a strategy discussion', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.episode.previousEpisodes = [episode('2026-02-10'), episode('2026-02-20')];
    }, 'example-locality');
    expect(assessment.riskLevel).to.equal('medium');
    expect(levelsGiven(assessment)).to.deep.include(['risk.repeat-episodes', 'medium']);
    expect(referral(assessment, 'childrens-services')?.urgency).to.equal('within-24-hours');
    expect(actionIds(assessment)).to.include('strategy-discussion');
    expect(assessment.reasons.find((item) => item.ruleId === 'risk.repeat-episodes')?.message).to.contain('3 times in 30 days');
  });

  it('in the example locality, does not count 3 episodes spread over 90 days, which england does', async () => {
    const spread = (answers: Answers) => {
      answers.episode.previousEpisodes = [episode('2026-01-10'), episode('2026-02-10')];
    };
    const local = await assessVariant('S01', spread, 'example-locality');
    expect(ruleIds(local)).not.to.include('risk.repeat-episodes');
    expect(local.riskLevel).to.equal('low');
    expect(actionIds(local)).not.to.include('strategy-discussion');
    const england = await assessVariant('S01', spread, 'england');
    expect(ruleIds(england)).to.include('risk.repeat-episodes');
  });
});

describe('risk rules: missing overnight, in local time', () => {
  it('gives medium for an episode that ran past 22:00 in winter', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.episode.returnedAt = '2026-03-02T22:30:00Z';
    });
    expect(assessment.riskLevel).to.equal('medium');
    expect(levelsGiven(assessment)).to.deep.include(['risk.missing-overnight', 'medium']);
  });

  /** S06 (a 12-year-old, 16:30–22:30 British Summer Time) without its grooming concerns. */
  const s06WithoutGrooming = (answers: Answers) => {
    answers.indicators = [];
    answers.episode.withWhom = ['peers'];
    answers.duringEpisode.stayedWithUnknownAdults = false;
  };

  it('counts 22:30 British Summer Time as overnight though it is 21:30 UTC', async () => {
    const assessment = await assessVariant('S06', s06WithoutGrooming);
    expect(assessment.riskLevel).to.equal('medium');
    expect(levelsGiven(assessment)).to.deep.include(['risk.missing-overnight', 'medium']);
  });

  it('does not count an episode ending at 21:30 British Summer Time as overnight', async () => {
    const assessment = await assessVariant('S06', (answers) => {
      s06WithoutGrooming(answers);
      answers.episode.returnedAt = '2026-04-13T20:30:00Z';
    });
    expect(ruleIds(assessment)).not.to.include('risk.missing-overnight');
    expect(assessment.riskLevel).to.equal('low');
  });

  it('does not count 06:10 British Summer Time as overnight though it is 05:10 UTC', async () => {
    const assessment = await assessVariant('S06', (answers) => {
      s06WithoutGrooming(answers);
      answers.episode.reportedMissingAt = '2026-04-13T05:10:00Z';
      answers.episode.returnedAt = '2026-04-13T08:00:00Z';
    });
    expect(ruleIds(assessment)).not.to.include('risk.missing-overnight');
    expect(assessment.riskLevel).to.equal('low');
  });
});

describe('risk rules: radicalisation', () => {
  it('gives high risk, children\'s services and a strategy discussion for radicalisation with unknown adults', async () => {
    const assessment = await assessVariant('S12');
    expect(assessment.riskLevel).to.equal('high');
    expect(levelsGiven(assessment)).to.deep.include(['risk.radicalisation-with-adults', 'high']);
    expect(referral(assessment, 'childrens-services')?.urgency).to.equal('immediate');
    expect(actionIds(assessment)).to.include('strategy-discussion');
  });

  it('gives high risk for radicalisation with older adults only', async () => {
    const assessment = await assessVariant('S12', (answers) => {
      answers.episode.withWhom = ['older-adults'];
      answers.duringEpisode.stayedWithUnknownAdults = false;
    });
    expect(assessment.riskLevel).to.equal('high');
    expect(ruleIds(assessment)).to.include('risk.radicalisation-with-adults');
  });

  it('does not make radicalisation without adults high by that rule', async () => {
    const assessment = await assessVariant('S12', (answers) => {
      answers.episode.withWhom = ['peers'];
      answers.duringEpisode.stayedWithUnknownAdults = false;
    });
    expect(ruleIds(assessment)).not.to.include('risk.radicalisation-with-adults');
    expect(levelsGiven(assessment)).to.deep.include(['risk.radicalisation', 'medium']);
    expect(assessment.riskLevel).to.equal('medium');
    expect(actionIds(assessment)).not.to.include('strategy-discussion');
    expect(agencies(assessment)).to.include('prevent');
  });
});
