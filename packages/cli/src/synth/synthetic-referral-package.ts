/**
 * A referral package for a synthetic record, built from the engine's real recommendations the
 * way a worker uses the referral wizard: most recommendations made, some taken out with a reason,
 * now and then an agency added or an urgency lowered. It fits schemas/referral.schema.json
 * (docs/referral-package.md); its free text is the fixed synthetic phrases only.
 */
import { referralsToMake, signpostsOf, type Assessment, type InterviewAnswers, type Referral, type ResolvedRuleset, type Urgency } from '@rhi-toolkit/engine/node';
import { isPlainObject } from '../json-input.js';
import { schemaForHints } from '../schema-hints.js';
import * as figures from './synth-distributions.js';
import type { SeededRandom } from './seeded-random.js';
import { syntheticPhrases } from './synthetic-phrases.js';

type Lang = 'en' | 'cy';
type Json = Record<string, unknown>;

const AGENCIES_A_WORKER_ADDS = ['gp', 'advocacy', 'school-safeguarding-lead'];
const CONTACT_FIELDS = ['team', 'phone', 'email', 'secureEmail', 'address', 'hours', 'website'] as const;
const lowered: Record<Urgency, Urgency> = { immediate: 'within-24-hours', 'within-24-hours': 'routine', routine: 'routine' };

function contactOf(ruleset: ResolvedRuleset, agency: string, lang: Lang): Json {
  const contact = ruleset.agencies[agency]?.contact ?? {};
  const result: Json = {};
  for (const field of CONTACT_FIELDS) if (contact[field]) result[field] = contact[field];
  if (contact.notes?.[lang]) result.notes = contact.notes[lang];
  return result;
}

/** The care status as the wizard writes an answer: the question and the chosen label, in the package's language. */
function careStatusLine(answers: InterviewAnswers, lang: Lang): Json[] {
  const status = answers.care?.status;
  const property = (schemaForHints('interview.schema.json') as Json | undefined)?.properties;
  const careStatus = isPlainObject(property) ? ((property.care as Json)?.properties as Json)?.status : undefined;
  if (!status || !isPlainObject(careStatus)) return [];
  const label = lang === 'cy' ? (careStatus['x-rhi-cy'] as Json)?.title : careStatus.title;
  const value = ((careStatus['x-rhi-enum-labels'] as Json)?.[lang] as Json)?.[status];
  return typeof label === 'string' && typeof value === 'string' ? [{ path: 'care.status', label, value }] : [];
}

function sharing(random: SeededRandom, consent: string, answers: InterviewAnswers, ruleset: ResolvedRuleset, lang: Lang): Json {
  const phrases = syntheticPhrases(lang);
  const told = random.chance(0.9);
  const agreesToShare = answers.afterReturn?.childAgreesToShare;
  return {
    lawfulBasis: ruleset.settings.lawfulBasis?.[lang] ?? phrases.lawfulBasis,
    consent,
    ...(consent === 'not-needed' ? {} : { agreement: random.weighted([['given', 70], ['refused', 10], ['not-asked-yet', 20]]) }),
    ...(agreesToShare ? { childAgreesToShare: agreesToShare } : {}),
    childOrFamilyTold: told,
    ...(told ? {} : { notToldReason: phrases.notToldReason }),
  };
}

function madeReferral(random: SeededRandom, referral: Referral, answers: InterviewAnswers, ruleset: ResolvedRuleset, lang: Lang): Json {
  const urgency = random.chance(figures.urgencyLowered) ? lowered[referral.urgency] : referral.urgency;
  return {
    agency: referral.agency,
    agencyName: referral.name,
    recommended: true,
    urgency,
    recommendedUrgency: referral.urgency,
    ...(urgency === referral.urgency ? {} : { urgencyLoweredReason: syntheticPhrases(lang).urgencyLoweredReason }),
    reasons: referral.reasons.map(({ ruleId, message }) => ({ ruleId, message })),
    contact: contactOf(ruleset, referral.agency, lang),
    relevantAnswers: careStatusLine(answers, lang),
    summary: syntheticPhrases(lang).summary(referral.name),
    sharing: sharing(random, referral.consent, answers, ruleset, lang),
  };
}

function addedReferral(random: SeededRandom, agency: string, answers: InterviewAnswers, ruleset: ResolvedRuleset, lang: Lang): Json {
  const name = ruleset.agencies[agency]?.name?.[lang] ?? agency;
  return {
    agency,
    agencyName: name,
    recommended: false,
    addedReason: syntheticPhrases(lang).addedReason,
    urgency: 'routine',
    reasons: [],
    contact: contactOf(ruleset, agency, lang),
    relevantAnswers: [],
    summary: syntheticPhrases(lang).summary(name),
    sharing: sharing(random, ruleset.agencies[agency]?.consent ?? 'not-needed', answers, ruleset, lang),
  };
}

/** The package a worker might have confirmed for this record's assessment. */
export function syntheticReferralPackage(random: SeededRandom, answers: InterviewAnswers, assessment: Assessment, ruleset: ResolvedRuleset, recordNumber: number): Json {
  const lang = assessment.lang;
  const phrases = syntheticPhrases(lang);
  const referrals: Json[] = [];
  const removed: Json[] = [];
  // A signpost (the Runaway Helpline) is given to the child: no summary, answers or sharing decision.
  const signposts = signpostsOf(assessment).map((signpost) => ({
    agency: signpost.agency,
    agencyName: signpost.name,
    reasons: signpost.reasons.map(({ ruleId, message }) => ({ ruleId, message })),
    contact: contactOf(ruleset, signpost.agency, lang),
  }));
  for (const referral of referralsToMake(assessment)) {
    if (random.chance(figures.removedRecommendation)) {
      removed.push({
        agency: referral.agency,
        agencyName: referral.name,
        urgency: referral.urgency,
        reasons: referral.reasons.map(({ ruleId, message }) => ({ ruleId, message })),
        removalReason: random.pick(phrases.removalReasons),
      });
    } else {
      referrals.push(madeReferral(random, referral, answers, ruleset, lang));
    }
  }
  const recommended = new Set(assessment.referrals.map((referral) => referral.agency));
  const addable = AGENCIES_A_WORKER_ADDS.filter((agency) => !recommended.has(agency) && ruleset.agencies[agency]);
  if (addable.length > 0 && random.chance(figures.addedReferral)) referrals.push(addedReferral(random, random.pick(addable), answers, ruleset, lang));
  return {
    schemaVersion: 1,
    preparedAt: assessment.assessedAt,
    lang,
    caseReference: `SYNTHETIC-${String(recordNumber).padStart(7, '0')}`,
    ruleset: { id: ruleset.id, version: ruleset.version },
    assessment: {
      assessedAt: assessment.assessedAt,
      riskLevel: assessment.riskLevel,
      provisional: assessment.provisional,
      parentCarerDiscussion: assessment.parentCarerDiscussion,
    },
    referrals,
    removed,
    ...(referrals.length === 0 && removed.length === 0 ? { noReferralsReason: phrases.noReferralsReason } : {}),
    ...(signposts.length > 0 ? { signposts } : {}),
  };
}
