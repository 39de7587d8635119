// The referral rules of the real rulesets: which agencies are recommended, how urgently, and
// whose agreement each needs. Each case is a worked scenario with one or two answers changed.
// Runs in Node and in Chromium.
import { expect } from 'chai';
import { createAssessor, type Assessment, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset } from '../support/harness.js';
import { assessVariant, type Answers, scenarios, scenario } from '../support/scenario-variants.js';


const agencies = (assessment: Assessment) => assessment.referrals.map((item) => item.agency);
const referral = (assessment: Assessment, agency: string) => assessment.referrals.find((item) => item.agency === agency);
const referralRuleIds = (assessment: Assessment, agency: string) =>
  referral(assessment, agency)?.reasons.map((reason) => reason.ruleId) ?? [];

// S01 is a 9-year-old interviewed on 4 March 2026; this birth date makes the child 14 that day.
const AGED_14 = '2011-06-01';

/** S01 as a 14-year-old with the given indicators. */
function fourteenWith(...indicators: string[]) {
  return (answers: Answers) => {
    answers.child.dateOfBirth = AGED_14;
    answers.indicators = indicators;
  };
}

describe('referrals: the Runaway Helpline', () => {
  it('gives every child in every worked scenario the Runaway Helpline, needing no consent', async () => {
    for (const { scenario: worked } of scenarios) {
      const assessment = await assessVariant(worked.id);
      const helpline = referral(assessment, 'runaway-helpline');
      expect(helpline, worked.id).to.not.equal(undefined);
      expect(helpline?.consent).to.equal('not-needed');
      expect(helpline?.urgency).to.equal('routine');
      expect(helpline?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['referral.runaway-helpline']);
    }
  });

  it('gives the Runaway Helpline in every ruleset even before anything is answered', async () => {
    for (const rulesetId of ['england', 'wales', 'example-locality']) {
      const assessment = await createAssessor(await loadResolvedRuleset(rulesetId)).assess({}, { now: scenario('S01').now });
      expect(agencies(assessment), rulesetId).to.include('runaway-helpline');
    }
  });
});

describe('referrals: trafficking and the National Referral Mechanism', () => {
  for (const indicator of ['trafficking', 'forced-labour', 'county-lines']) {
    it(`refers ${indicator} to the National Referral Mechanism within 24 hours, needing no consent`, async () => {
      const assessment = await assessVariant('S01', fourteenWith(indicator));
      const nrm = referral(assessment, 'national-referral-mechanism');
      expect(nrm?.consent).to.equal('not-needed');
      expect(nrm?.urgency).to.equal('within-24-hours');
      expect(nrm?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['referral.national-referral-mechanism']);
    });
  }

  it('refers to the Independent Child Trafficking Guardian alongside the NRM where the service runs', async () => {
    const assessment = await assessVariant('S11');
    expect(agencies(assessment)).to.include.members(['national-referral-mechanism', 'child-trafficking-guardian']);
    expect(referral(assessment, 'child-trafficking-guardian')?.consent).to.equal('not-needed');
    expect(referral(assessment, 'child-trafficking-guardian')?.urgency).to.equal('within-24-hours');
  });

  it('makes no guardian referral, but still the NRM referral, where the guardian service does not run', async () => {
    const england = await loadResolvedRuleset('england');
    const withoutGuardians: ResolvedRuleset = {
      ...england,
      settings: { ...england.settings, childTraffickingGuardianService: false },
    };
    const assessment = await assessVariant('S11', () => {}, withoutGuardians);
    expect(agencies(assessment)).not.to.include('child-trafficking-guardian');
    expect(referral(assessment, 'national-referral-mechanism')?.consent).to.equal('not-needed');
  });

  it('refers sexual exploitation with movement out of the area to the NRM and the guardian', async () => {
    const assessment = await assessVariant('S02');
    expect(referral(assessment, 'national-referral-mechanism')?.consent).to.equal('not-needed');
    expect(agencies(assessment)).to.include('child-trafficking-guardian');
  });

  it('does not refer sexual exploitation without movement out of the area to the NRM, but still to the exploitation panel', async () => {
    const assessment = await assessVariant('S02', (answers) => {
      answers.episode.foundOutOfArea = false;
    });
    expect(agencies(assessment)).not.to.include('national-referral-mechanism');
    expect(agencies(assessment)).not.to.include('child-trafficking-guardian');
    expect(agencies(assessment)).to.include.members(['exploitation-panel', 'childrens-services', 'police']);
  });

  it('refers criminal exploitation to the NRM only with movement out of the area', async () => {
    const moved = await assessVariant('S01', (answers) => {
      fourteenWith('criminal-exploitation')(answers);
      answers.episode.foundOutOfArea = true;
    });
    expect(agencies(moved)).to.include('national-referral-mechanism');
    const local = await assessVariant('S01', fourteenWith('criminal-exploitation'));
    expect(agencies(local)).not.to.include('national-referral-mechanism');
    expect(agencies(local)).to.include('exploitation-panel');
  });
});

describe('referrals: children known to children\'s services', () => {
  it('tells the allocated social worker about every episode of a child in care, needing no consent', async () => {
    for (const id of ['S02', 'S07', 'S11']) {
      const assessment = await assessVariant(id);
      const socialWorker = referral(assessment, 'social-worker');
      expect(socialWorker?.consent, id).to.equal('not-needed');
      expect(socialWorker?.urgency).to.equal('within-24-hours');
      expect(socialWorker?.reasons.map((reason) => reason.ruleId)).to.include('referral.social-worker-child-in-care');
    }
  });

  it('offers a child in care an advocate, which the child decides on', async () => {
    const assessment = await assessVariant('S07');
    expect(referral(assessment, 'advocacy')?.consent).to.equal('child');
  });

  it('does not refer to a social worker a child not known to children\'s services', async () => {
    const assessment = await assessVariant('S01');
    expect(agencies(assessment)).not.to.include('social-worker');
  });
});

describe('referrals: early help', () => {
  const familyConflict = (answers: Answers) => {
    answers.pushFactors = ['family-conflict'];
  };

  it('offers early help for family conflict, which the family must agree to', async () => {
    const assessment = await assessVariant('S01', familyConflict);
    const earlyHelp = referral(assessment, 'early-help');
    expect(earlyHelp?.consent).to.equal('family');
    expect(earlyHelp?.urgency).to.equal('routine');
    expect(earlyHelp?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['referral.early-help-lower-level-needs']);
  });

  it('does not offer early help when a parent is the alleged source of harm', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      familyConflict(answers);
      answers.disclosures.harmByParentOrCarer = true;
    });
    expect(agencies(assessment)).not.to.include('early-help');
    expect(agencies(assessment)).to.include('childrens-services');
    expect(agencies(await assessVariant('S03'))).not.to.include('early-help');
  });

  it('does not offer early help when telling the family would increase the risk, or with signs of forced marriage', async () => {
    const risky = await assessVariant('S01', (answers) => {
      familyConflict(answers);
      answers.disclosures.sharingWithFamilyIncreasesRisk = true;
    });
    expect(agencies(risky)).not.to.include('early-help');
    expect(agencies(await assessVariant('S09'))).not.to.include('early-help');
  });

  it('does not offer early help in the example locality, which switched the rule off', async () => {
    const assessment = await assessVariant('S01', familyConflict, 'example-locality');
    expect(agencies(assessment)).not.to.include('early-help');
  });

  it('in wales, names early help Families First in the agency directory', async () => {
    const wales = await loadResolvedRuleset('wales');
    expect(wales.agencies['early-help'].name.en).to.contain('Families First');
    expect(wales.agencies['early-help'].name.cy).to.contain('Teuluoedd yn Gyntaf');
    expect(wales.agencies['early-help'].consent).to.equal('family');
    expect((await loadResolvedRuleset('england')).agencies['early-help'].name.en).to.equal('Early help');
    const assessment = await assessVariant('S10');
    expect(referral(assessment, 'early-help')?.consent).to.equal('family');
  });
});

describe('referrals: radicalisation, forced marriage, offending', () => {
  it('makes a Prevent referral for radicalisation, needing no consent', async () => {
    const assessment = await assessVariant('S12');
    expect(referral(assessment, 'prevent')?.consent).to.equal('not-needed');
    expect(referral(assessment, 'prevent')?.urgency).to.equal('within-24-hours');
  });

  it('makes a Prevent referral without consent even when the child was not with adults', async () => {
    const assessment = await assessVariant('S12', (answers) => {
      answers.episode.withWhom = ['peers'];
      answers.duringEpisode.stayedWithUnknownAdults = false;
    });
    expect(referral(assessment, 'prevent')?.consent).to.equal('not-needed');
  });

  it('refers forced marriage to the Forced Marriage Unit and the police now', async () => {
    const assessment = await assessVariant('S09');
    expect(referral(assessment, 'forced-marriage-unit')?.urgency).to.equal('immediate');
    expect(referral(assessment, 'forced-marriage-unit')?.consent).to.equal('not-needed');
    expect(referral(assessment, 'police')?.urgency).to.equal('immediate');
    expect(referralRuleIds(assessment, 'police')).to.include('referral.forced-marriage-unit');
  });

  it('refers honour-based abuse to the Forced Marriage Unit too', async () => {
    const assessment = await assessVariant('S01', fourteenWith('honour-based-abuse'));
    expect(agencies(assessment)).to.include('forced-marriage-unit');
  });

  it('does not refer to the Forced Marriage Unit without signs of forced marriage or honour-based abuse', async () => {
    expect(agencies(await assessVariant('S03'))).not.to.include('forced-marriage-unit');
  });

  it('refers a child who was arrested to the youth justice service', async () => {
    const arrested = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_14;
      answers.duringEpisode.arrestedOrCharged = true;
    });
    expect(referralRuleIds(arrested, 'youth-justice')).to.deep.equal(['referral.youth-justice']);
    expect(agencies(await assessVariant('S05'))).to.include('youth-justice');
  });

  it('does not refer a child who was not arrested to the youth justice service', async () => {
    const assessment = await assessVariant('S01', (answers) => {
      answers.child.dateOfBirth = AGED_14;
    });
    expect(agencies(assessment)).not.to.include('youth-justice');
  });
});

describe('referrals: homeless or told to leave', () => {
  it('refers a 16-year-old told to leave home to children\'s services within 24 hours, needing no consent', async () => {
    const assessment = await assessVariant('S04', (answers) => {
      answers.indicators = [];
    });
    const childrensServices = referral(assessment, 'childrens-services');
    expect(childrensServices?.urgency).to.equal('within-24-hours');
    expect(childrensServices?.consent).to.equal('not-needed');
    expect(childrensServices?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['referral.homeless-16-17']);
    expect(childrensServices?.reasons[0].message).to.contain('section 20 of the Children Act 1989');
  });

  it('refers a 17-year-old told to leave home to children\'s services', async () => {
    const assessment = await assessVariant('S04', (answers) => {
      answers.child.dateOfBirth = '2009-01-14';
    });
    expect(referralRuleIds(assessment, 'childrens-services')).to.include('referral.homeless-16-17');
  });

  it('refers a 15-year-old told to leave home to children\'s services by the under-16 rule', async () => {
    const assessment = await assessVariant('S04', (answers) => {
      answers.child.dateOfBirth = '2011-01-14';
    });
    expect(referralRuleIds(assessment, 'childrens-services')).to.deep.equal(['referral.homeless-under-16']);
  });

  it('in wales, refers a 16-year-old told to leave home under section 76 of the 2014 Act', async () => {
    const assessment = await assessVariant('S04', () => {}, 'wales');
    const childrensServices = referral(assessment, 'childrens-services');
    expect(childrensServices?.urgency).to.equal('within-24-hours');
    expect(childrensServices?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['referral.homeless-16-17']);
    expect(childrensServices?.reasons[0].message).to.contain('section 76');
  });
});

describe('referrals: sexual health', () => {
  it('offers the sexual health service to a 14-year-old with the young person\'s agreement (Fraser guidelines)', async () => {
    const assessment = await assessVariant('S01', fourteenWith('sexual-activity'));
    expect(referral(assessment, 'sexual-health')).to.include({ consent: 'child', urgency: 'routine' });
  });

  it('treats sexual activity under 13 as child protection: the sexual health referral needs no consent', async () => {
    // S06 is a 12-year-old.
    const assessment = await assessVariant('S06', (answers) => {
      answers.indicators = ['sexual-activity'];
    });
    expect(referral(assessment, 'sexual-health')).to.include({ consent: 'not-needed', urgency: 'within-24-hours' });
    expect(referralRuleIds(assessment, 'sexual-health')).to.include('risk.sexual-activity-under-13');
  });
});
