// The parent/carer discussion rules of the real rulesets: when it is required, when it is withheld
// (withheld always wins), who stands in, and the school-year age basis. Each case is a worked
// scenario with one or two answers changed. Runs in Node and in Chromium.
import { expect } from 'chai';
import { createAssessor, type Assessment, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset } from '../support/harness.js';
import { assessVariant, type Answers, scenario } from '../support/scenario-variants.js';


const discussionRuleIds = (assessment: Assessment) => assessment.parentCarerDiscussionReasons.map((reason) => reason.ruleId);
const discussionReason = (assessment: Assessment, ruleId: string) =>
  assessment.parentCarerDiscussionReasons.find((reason) => reason.ruleId === ruleId);

// S01: a 9-year-old, interviewed on 4 March 2026, able to consent, nothing withheld. These birth
// dates give the age on that day.
const AGED_10 = '2015-06-01';
const ELEVEN_ON_INTERVIEW_DAY = '2015-03-04';
const ELEVEN_THE_DAY_AFTER = '2015-03-05';
const AGED_15 = '2010-12-01';

describe('parent/carer discussion: when it is required', () => {
  it('requires the discussion for a 9-year-old', async () => {
    const assessment = await assessVariant('S01');
    expect(assessment.parentCarerDiscussion).to.equal('required');
    expect(discussionRuleIds(assessment)).to.deep.equal(['parent-carer.younger-child']);
    expect(discussionReason(assessment, 'parent-carer.younger-child')?.message).to.contain('under 11');
  });

  it('requires the discussion for a 10-year-old, including one who turns 11 the day after the interview', async () => {
    for (const dateOfBirth of [AGED_10, ELEVEN_THE_DAY_AFTER]) {
      const assessment = await assessVariant('S01', (answers) => {
        answers.child.dateOfBirth = dateOfBirth;
      });
      expect(assessment.parentCarerDiscussion, dateOfBirth).to.equal('required');
    }
  });

  it('goes by the age on the interview date: a child who turned 11 that day does not need it', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = ELEVEN_ON_INTERVIEW_DAY;
    });
    expect(assessment.parentCarerDiscussion).to.equal('not-required');
    expect(discussionRuleIds(assessment)).not.to.include('parent-carer.younger-child');
  });

  it('requires the discussion for a 15-year-old the worker judges unable to consent', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_15;
      answers.child.ableToConsent = 'no';
    });
    expect(assessment.parentCarerDiscussion).to.equal('required');
    expect(discussionRuleIds(assessment)).to.deep.equal(['parent-carer.unable-to-consent']);
  });

  it('requires the discussion when the worker is unsure the child can consent', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_15;
      answers.child.ableToConsent = 'unsure';
    });
    expect(assessment.parentCarerDiscussion).to.equal('required');
  });

  it('does not require the discussion for a 15-year-old able to consent', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_15;
    });
    expect(assessment.parentCarerDiscussion).to.equal('not-required');
    expect(assessment.parentCarerDiscussionReasons).to.deep.equal([]);
    expect((await assessVariant('S08')).parentCarerDiscussion).to.equal('not-required');
  });
});

describe('parent/carer discussion: when it is withheld', () => {
  const withholding: [string, string, (answers: Answers) => void][] = [
    ['a parent or carer is the alleged source of harm', 'parent-carer.harm-by-parent-or-carer', (answers) => {
      answers.disclosures.harmByParentOrCarer = true;
    }],
    ['there are signs of forced marriage', 'parent-carer.forced-marriage-honour-fgm', (answers) => {
      answers.indicators = ['forced-marriage'];
    }],
    ['there are signs of honour-based abuse', 'parent-carer.forced-marriage-honour-fgm', (answers) => {
      answers.indicators = ['honour-based-abuse'];
    }],
    ['there are signs of FGM', 'parent-carer.forced-marriage-honour-fgm', (answers) => {
      answers.indicators = ['fgm'];
    }],
    ['telling the family would increase the risk', 'parent-carer.sharing-increases-risk', (answers) => {
      answers.disclosures.sharingWithFamilyIncreasesRisk = true;
    }],
  ];

  for (const [situation, ruleId, change] of withholding) {
    it(`withholds the parent discussion when ${situation}, even for a 9-year-old who would need it`, async () => {
      const assessment = await assessVariant('S01', change);
      expect(assessment.parentCarerDiscussion).to.equal('withheld');
      expect(discussionRuleIds(assessment)).to.include.members(['parent-carer.younger-child', ruleId]);
    });

    it(`withholds the parent discussion when ${situation}, for a 15-year-old`, async () => {
      const assessment = await assessVariant('S01', (answers) => {
        answers.child.dateOfBirth = AGED_15;
        change(answers);
      });
      expect(assessment.parentCarerDiscussion).to.equal('withheld');
      expect(discussionRuleIds(assessment)).to.include(ruleId);
    });
  }

  it('withholds the discussion for a child unable to consent whose parent is the alleged source of harm', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_15;
      answers.child.ableToConsent = 'no';
      answers.disclosures.harmByParentOrCarer = true;
    });
    expect(assessment.parentCarerDiscussion).to.equal('withheld');
    expect(discussionRuleIds(assessment)).to.include.members(['parent-carer.unable-to-consent', 'parent-carer.harm-by-parent-or-carer']);
  });

  it('withholds the discussion in the worked scenarios of a step-father\'s violence and of a forced marriage', async () => {
    expect((await assessVariant('S03')).parentCarerDiscussion).to.equal('withheld');
    const forcedMarriage = await assessVariant('S09');
    expect(forcedMarriage.parentCarerDiscussion).to.equal('withheld');
    expect(discussionRuleIds(forcedMarriage)).to.include('parent-carer.forced-marriage-honour-fgm');
  });

  it('withholds the discussion in wales and in the example locality too', async () => {
    for (const ruleset of ['wales', 'example-locality']) {
      const assessment = await assessVariant('S01', (answers) => {
        answers.disclosures.harmByParentOrCarer = true;
      }, ruleset);
      expect(assessment.parentCarerDiscussion, ruleset).to.equal('withheld');
    }
  });
});

describe('parent/carer discussion: who stands in', () => {
  it('says that for a child in care the parent or carer is the carer and the social worker, without changing the answer', async () => {
    const assessment = await assessVariant('S02');
    expect(assessment.parentCarerDiscussion).to.equal('not-required');
    const note = discussionReason(assessment, 'parent-carer.child-in-care');
    expect(note?.message).to.contain('the carer');
    expect(note?.message).to.contain('social worker');
  });

  it('requires the discussion for a 9-year-old in care and says who stands in', async () => {
    const assessment = await assessVariant('S02', (answers) => {
      answers.child.dateOfBirth = '2016-09-12';
    });
    expect(assessment.parentCarerDiscussion).to.equal('required');
    expect(discussionRuleIds(assessment)).to.include.members(['parent-carer.younger-child', 'parent-carer.child-in-care']);
  });

  it('says so when nobody in the UK has parental responsibility, and who acts in place of a parent', async () => {
    const assessment = await assessVariant('S11');
    const note = discussionReason(assessment, 'parent-carer.no-parental-responsibility-in-uk');
    expect(note?.message).to.contain('Nobody in the UK has parental responsibility');
    expect(note?.message).to.contain('social worker');
    expect(discussionRuleIds(assessment)).to.include('parent-carer.child-in-care');
    expect(assessment.parentCarerDiscussion).to.equal('not-required');
  });

  it('does not say nobody has parental responsibility when someone in the UK has it', async () => {
    const assessment = await assessVariant('S11', (answers) => {
      answers.care.noParentalResponsibilityInUk = false;
    });
    expect(discussionRuleIds(assessment)).not.to.include('parent-carer.no-parental-responsibility-in-uk');
  });

  it('gives the note in Welsh when asked', async () => {
    const base = scenario('S11');
    const ruleset = await loadResolvedRuleset('england');
    const assessment = await createAssessor(ruleset).assess(base.answers, { now: base.now, lang: 'cy' });
    const rule = ruleset.rules.find((item) => item.id === 'parent-carer.no-parental-responsibility-in-uk');
    const note = discussionReason(assessment, 'parent-carer.no-parental-responsibility-in-uk')?.message;
    expect(note).to.equal(rule?.message.cy);
    expect(note).to.contain('gyfrifoldeb rhiant');
  });
});

describe('parent/carer discussion: the school-year age basis', () => {
  async function schoolYearRuleset(): Promise<ResolvedRuleset> {
    const england = await loadResolvedRuleset('england');
    return {
      ...england,
      settings: {
        ...england.settings,
        parentCarerDiscussion: { ...england.settings.parentCarerDiscussion, ageBasis: 'school-year' },
      },
    };
  }

  // The interview on 4 March 2026 is in the school year that began on 1 September 2025.
  const TURNED_11_IN_OCTOBER = '2014-10-15';

  it('requires the discussion for a child who turned 11 after 31 August: still primary school age', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = TURNED_11_IN_OCTOBER;
    }, await schoolYearRuleset());
    expect(assessment.parentCarerDiscussion).to.equal('required');
    expect(discussionRuleIds(assessment)).to.deep.equal(['parent-carer.younger-child']);
  });

  it('does not require it for the same child when the basis is the age on the interview date', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = TURNED_11_IN_OCTOBER;
    }, 'england');
    expect(assessment.parentCarerDiscussion).to.equal('not-required');
  });

  it('counts a child born on 1 September as still under 11, and one born on 31 August as 11', async () => {
    const ruleset = await schoolYearRuleset();
    const bornFirstSeptember = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = '2014-09-01';
    }, ruleset);
    expect(bornFirstSeptember.parentCarerDiscussion).to.equal('required');
    const bornThirtyFirstAugust = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = '2014-08-31';
    }, ruleset);
    expect(bornThirtyFirstAugust.parentCarerDiscussion).to.equal('not-required');
  });

  it('leaves the loaded ruleset on the age on the interview date', async () => {
    await schoolYearRuleset();
    expect((await loadResolvedRuleset('england')).settings.parentCarerDiscussion.ageBasis).to.equal('age-on-interview-date');
  });
});
