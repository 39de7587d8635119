/**
 * The referral package: what the wizard sends when the worker confirms (`rhi-referrals-submit`),
 * built from the wizard's state, the assessment and the ruleset's agency directory; what still
 * stops it being complete; and its check against `schemas/referral.schema.json` with the
 * validator precompiled at build time (no Ajv and no eval on the page).
 */
import { dottedPath, schemaProblems, schemaWordsFor } from '@rhi-toolkit/engine/form-support';
import { isSignpost, referralsToMake, signpostsOf, type Agency, type AgencyContact, type Assessment, type Language, type ResolvedRuleset } from '@rhi-toolkit/engine';
import { validateReferralPackage } from '../generated/referral-validator.js';
import { valueAt, type Answers } from '../interview-form/answer-paths.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import { uiWords, type UiWords } from '../i18n/ui-words.js';
import { schemaForNaming } from '../shared/answer-words.js';
import { agencyNameOf, consentOf, isLessUrgent, recommendationFor, urgencyOf } from './agency-directory.js';
import { prefilledSummary } from './prefilled-summary.js';
import type {
  AgencyChoices,
  PackagedReferral,
  PackagedSignpost,
  ReferralPackage,
  ReferralWizardState,
  RemovedReferral,
  SharingDecision,
} from './referral-types.js';
import { relevantAnswers } from './relevant-answers.js';

export interface ReferralPackageInput {
  state: ReferralWizardState;
  assessment: Assessment;
  ruleset: ResolvedRuleset;
  answers: Answers;
  /** The schema that names the answers; the toolkit's interview with the ruleset's own questions if absent. */
  schema?: JsonSchema;
  lang: Language;
  /** ISO instant the worker confirmed. */
  preparedAt: string;
  caseReference?: string;
}

/**
 * The package for the agencies the worker chose, in their order, and the recommended referrals
 * they took out. It is built from whatever the state holds: call `packageProblems` first, and
 * `checkReferralPackage` on the result, before sending it.
 */
export function buildReferralPackage(input: ReferralPackageInput): ReferralPackage {
  const { state, assessment, ruleset, lang, preparedAt } = input;
  const words = uiWords(lang);
  const caseReference = input.caseReference?.trim();
  const noReferralsReason = asksWhyNoReferrals(state, assessment, ruleset) ? state.noReferralsReason?.trim() : undefined;
  const signposts = signpostsOf(assessment).map((signpost) => packagedSignpost(signpost.agency, input, words));
  return {
    schemaVersion: 1,
    preparedAt,
    lang,
    ...(caseReference ? { caseReference } : {}),
    ruleset: { id: ruleset.id, version: ruleset.version },
    assessment: {
      assessedAt: assessment.assessedAt,
      riskLevel: assessment.riskLevel,
      provisional: assessment.provisional,
      parentCarerDiscussion: assessment.parentCarerDiscussion,
    },
    referrals: referralsChosen(state, ruleset).map((agency) => packagedReferral(agency, input, words)),
    removed: removedReferrals(state, assessment, ruleset, words),
    ...(noReferralsReason ? { noReferralsReason } : {}),
    ...(signposts.length > 0 ? { signposts } : {}),
  };
}

/**
 * The chosen agencies that are referrals. The wizard never offers a signpost as a referral; a
 * draft saved before the directory marked one is kept from sending it the child's answers.
 */
export function referralsChosen(state: Pick<ReferralWizardState, 'chosen'>, ruleset: ResolvedRuleset): string[] {
  return state.chosen.filter((agency) => !isSignpost(ruleset, agency));
}

/** A signpost carries its contact and what to give the child: no answers, summary or sharing decision. */
function packagedSignpost(agency: string, input: ReferralPackageInput, words: UiWords): PackagedSignpost {
  const { assessment, ruleset } = input;
  return {
    agency,
    agencyName: agencyNameOf(agency, ruleset, assessment, words),
    reasons: recommendationFor(assessment, agency)?.reasons ?? [],
    contact: contactOf(ruleset.agencies[agency], words),
  };
}

/**
 * With no recommendation and no agency chosen, the worker says why none is needed: "no referral"
 * is a decision the record keeps. (Recommendations taken out each carry their own reason.)
 */
export function asksWhyNoReferrals(state: ReferralWizardState, assessment: Assessment, ruleset: ResolvedRuleset): boolean {
  return referralsChosen(state, ruleset).length === 0 && referralsToMake(assessment).length === 0;
}

function packagedReferral(agency: string, input: ReferralPackageInput, words: UiWords): PackagedReferral {
  const { state, assessment, ruleset, answers } = input;
  const choices = state.choices[agency] ?? {};
  const recommendation = recommendationFor(assessment, agency);
  const agencyName = agencyNameOf(agency, ruleset, assessment, words);
  const reasons = recommendation?.reasons ?? [];
  const urgency = urgencyOf(choices, recommendation);
  const addedReason = recommendation ? undefined : choices.addedReason?.trim();
  const lowered = isLessUrgent(urgency, recommendation?.urgency);
  const urgencyLoweredReason = lowered ? choices.urgencyLoweredReason?.trim() : undefined;
  const schema = schemaForNaming(input.schema, ruleset);
  const lines = relevantAnswers({ agency, reasons, ruleset, answers, schema, words });
  // Optional fields are left out rather than empty, in the order the format documents them.
  return {
    agency,
    agencyName,
    recommended: recommendation !== undefined,
    ...(addedReason ? { addedReason } : {}),
    urgency,
    ...(recommendation ? { recommendedUrgency: recommendation.urgency } : {}),
    ...(urgencyLoweredReason ? { urgencyLoweredReason } : {}),
    reasons,
    contact: contactOf(ruleset.agencies[agency], words),
    relevantAnswers: lines,
    summary: choices.summary?.trim() ?? prefilledSummary({ agencyName, reasons, lines, assessment, words }),
    sharing: sharingDecision(agency, choices, input, words),
  };
}

function sharingDecision(agency: string, choices: AgencyChoices, input: ReferralPackageInput, words: UiWords): SharingDecision {
  const { assessment, ruleset, answers } = input;
  const consent = consentOf(agency, assessment, ruleset);
  const lawfulBasis = ruleset.settings.lawfulBasis ? words.pick(ruleset.settings.lawfulBasis) : (choices.lawfulBasis?.trim() ?? '');
  const agreement = consent !== 'not-needed' ? choices.agreement : undefined;
  const childSaid = valueAt(answers, ['afterReturn', 'childAgreesToShare']);
  const childAgreesToShare = childSaid === 'yes' || childSaid === 'partly' || childSaid === 'no' ? childSaid : undefined;
  const notToldReason = choices.told === 'no' ? choices.notToldReason?.trim() : undefined;
  return {
    lawfulBasis,
    consent,
    ...(agreement ? { agreement } : {}),
    ...(childAgreesToShare ? { childAgreesToShare } : {}),
    // Undecided counts as not told: with no reason given the package then fails its check,
    // rather than claiming the family knows.
    childOrFamilyTold: choices.told === 'yes',
    ...(notToldReason ? { notToldReason } : {}),
  };
}

/** Recommended referrals the worker took out, in the assessment's order, each with its reason. */
function removedReferrals(state: ReferralWizardState, assessment: Assessment, ruleset: ResolvedRuleset, words: UiWords): RemovedReferral[] {
  return referralsToMake(assessment)
    // Every recommendation not chosen (signposts are not referrals): one taken out without its reason makes the package fail its check.
    .filter((referral) => !state.chosen.includes(referral.agency))
    .map((referral) => ({
      agency: referral.agency,
      agencyName: agencyNameOf(referral.agency, ruleset, assessment, words),
      urgency: referral.urgency,
      reasons: referral.reasons,
      removalReason: (state.removed[referral.agency] ?? '').trim(),
    }));
}

/** Each contact field a directory entry may have besides its notes (a record, so a new field cannot be forgotten here). */
const contactFields: Record<Exclude<keyof AgencyContact, 'notes'>, true> = {
  team: true,
  phone: true,
  email: true,
  secureEmail: true,
  address: true,
  hours: true,
  website: true,
};

function contactOf(entry: Agency | undefined, words: UiWords): PackagedReferral['contact'] {
  const contact: PackagedReferral['contact'] = {};
  for (const field of Object.keys(contactFields) as (keyof typeof contactFields)[]) {
    const value = entry?.contact?.[field]?.trim();
    if (value) contact[field] = value;
  }
  const notes = entry?.contact?.notes ? words.pick(entry.contact.notes).trim() : '';
  if (notes) contact.notes = notes;
  return contact;
}

export { packageProblems } from './package-problems.js';

export type ReferralPackageCheck = { valid: true } | { valid: false; problems: string[] };

/**
 * Whether a package fits `schemas/referral.schema.json`. Each problem names the JSON pointer and
 * says plainly what is wrong, in English or Welsh (the engine's problem words, never Ajv's).
 */
export function checkReferralPackage(pkg: unknown, lang: Language = 'en'): ReferralPackageCheck {
  if (validateReferralPackage(pkg)) return { valid: true };
  // The engine words any precompiled validator's errors for people.
  const problems = schemaProblems(validateReferralPackage, pkg, 'referral package', undefined, lang).map(
    (problem) => `${problem.pointer || '/'}: ${problem.message}`,
  );
  if (problems.length > 0) return { valid: false, problems };
  const pointer = validateReferralPackage.errors?.[0]?.instancePath ?? '';
  return { valid: false, problems: [`${pointer || '/'}: ${schemaWordsFor(lang).notValidHere(`'${dottedPath(pointer)}'`)}`] };
}
