/**
 * The figures synthetic records are drawn from. Plausible for an English RHI service, loosely
 * after published annual reports (most children go missing once; about seven in ten accept an
 * interview; most offers within 72 hours), but invented: they describe no real service.
 * docs/reporting.md lists them; change both together.
 */

type Weights<T extends string | number> = readonly (readonly [T, number])[];

/** Episodes per child. */
export const episodesPerChild: Weights<number> = [[1, 62], [2, 20], [3, 9], [4, 5], [5, 2.5], [6, 1], [8, 0.5]];

/** Days from one of a child's episodes to the next: repeat episodes cluster. */
export const daysBetweenEpisodes: Weights<string> = [['1-30', 50], ['31-90', 30], ['91-200', 20]];

/** Age at the child's last episode. */
export const ages: Weights<number> = [[10, 4], [11, 6], [12, 9], [13, 14], [14, 20], [15, 22], [16, 17], [17, 8]];

export const genders: Weights<string> = [['female', 50], ['male', 45], ['non-binary', 3], ['not-said', 2]];

export const preferredLanguages: Weights<string> = [['en', 92], ['cy', 5], ['other', 3]];

export const careStatuses: Weights<string> = [
  ['none', 45],
  ['early-help', 8],
  ['child-in-need', 12],
  ['child-protection-plan', 8],
  ['looked-after', 25],
  ['care-leaver', 2],
];

export const placementTypes: Weights<string> = [['foster', 45], ['childrens-home', 35], ['supported-accommodation', 10], ['kinship', 10]];

export const educationStatuses: Weights<string> = [
  ['mainstream', 70],
  ['alternative-provision', 10],
  ['excluded', 5],
  ['not-in-education', 8],
  ['home-educated', 2],
  ['employment-or-training', 5],
];

/** The hour of the day children come back (UTC), by band: mostly afternoon and evening. */
export const returnHourOfDay: Weights<string> = [['6-12', 20], ['12-18', 30], ['18-22', 35], ['22-30', 15]];

/** Hours missing, by band. */
export const hoursMissing: Weights<string> = [['1-6', 40], ['6-24', 35], ['24-72', 20], ['72-168', 5]];

export const policeRiskGrades: Weights<string> = [['no-apparent-risk', 5], ['very-low', 5], ['low', 35], ['medium', 45], ['high', 5], ['unknown', 5]];

export const foundBy: Weights<string> = [['self-returned', 55], ['police', 25], ['family-or-carer', 15], ['other', 5]];

/** Each "with whom" answer, independently. */
export const withWhom: Record<string, number> = { alone: 0.3, peers: 0.4, 'older-adults': 0.08, 'unknown-adults': 0.05, 'other-missing-children': 0.06, family: 0.1, partner: 0.05 };

export const interviewOutcomes: Weights<string> = [['accepted', 70], ['declined', 15], ['not-contactable', 10], ['not-offered', 5]];

/** Hours from the return to the offer, by band: about 92% within 72 hours, a tail later. */
export const offerDelayHours: Weights<string> = [['0-24', 55], ['24-48', 25], ['48-72', 12], ['72-120', 6], ['120-240', 2]];

/** Hours from the offer to the interview, for interviews held (then moved into 09:00–20:00 UTC). */
export const interviewDelayHours = { min: 1, max: 48 };

/** Each push factor, independently, for an interview held. Placement problems only for a child in care. */
export const pushFactors: Record<string, number> = {
  'family-conflict': 0.35,
  'placement-problems': 0.35,
  boundaries: 0.15,
  'school-problems': 0.12,
  'mental-health': 0.1,
  bullying: 0.06,
  'contact-arrangements': 0.05,
  'domestic-abuse': 0.05,
  'parental-substance-misuse': 0.04,
  other: 0.04,
  'abuse-or-neglect': 0.03,
  bereavement: 0.03,
  'told-to-leave': 0.02,
};

/** Each indicator, independently, for an interview held; half as often when it was not (from police and social care). */
export const indicators: Record<string, number> = {
  'substance-misuse': 0.25,
  'missing-education': 0.1,
  'sexual-exploitation': 0.08,
  'criminal-exploitation': 0.08,
  'self-harm': 0.08,
  'sexual-activity': 0.06,
  'county-lines': 0.05,
  'gang-association': 0.05,
  'online-grooming': 0.04,
  weapons: 0.03,
  'image-sharing': 0.03,
  'suicidal-thoughts': 0.03,
  homelessness: 0.02,
  trafficking: 0.01,
  'pregnancy-or-sti': 0.01,
  'forced-labour': 0.005,
  radicalisation: 0.003,
  'forced-marriage': 0.002,
  'honour-based-abuse': 0.002,
  fgm: 0.001,
};

/** Children marked as at risk of exploitation have the exploitation indicators four times as often. */
export const exploitationRiskShare = 0.15;
export const exploitationIndicators = ['sexual-exploitation', 'criminal-exploitation', 'county-lines', 'gang-association', 'weapons', 'online-grooming', 'trafficking'];
export const exploitationFactor = 4;

/** Outcome ratings, 1–5, at the interview: skewed low, since children who go missing are often struggling. */
export const baselineRatings: Weights<number> = [[1, 25], [2, 35], [3, 25], [4, 10], [5, 5]];
/** Change from the interview to follow-up: mostly small improvements, some declines. */
export const followUpChanges: Weights<number> = [[-1, 10], [0, 35], [1, 40], [2, 15]];
/** Share of interviews held with ratings at the interview, and of those with ratings after follow-up. */
export const ratedAtInterview = 0.8;
export const ratedAtFollowUp = 0.45;

/** Share of assessed records with a referral package, and of recommendations the worker removes. */
export const withReferralPackage = 0.85;
export const removedRecommendation = 0.1;
export const addedReferral = 0.05;
export const urgencyLowered = 0.1;
