/**
 * The figures synthetic records are drawn from, each set from a published source where one exists
 * (the source and its figure are in the comment, and in docs/synth.md, which lists them all:
 * change both together). Where no published figure was found the comment says "assumed" and why.
 * The records still describe no real service: real figures vary widely between areas.
 *
 * Sources, named short below:
 * - DfE CLA 2025: Children looked after in England including adoptions, reporting year 2025
 *   (explore-education-statistics.service.gov.uk), "CLA who were missing or away from placement".
 * - DfE CLA 2018: the same, 2018, as summarised by Coram ("Missing looked after children", 2019).
 * - NCA 2018/19: National Crime Agency UK Missing Persons Unit figures for 2018/19, as quoted by
 *   IICSA, "Child sexual exploitation by organised networks", part G.1 (2022).
 * - UKMPU 2015/16: UK Missing Persons Bureau, Missing Persons Data Report 2015/16 (ages).
 * - UKMPU incidents by sex: the UKMPU data report's table C4 (girls and boys aged 12–17).
 * - Missing People 2023–24: The delivery of return interviews across England 2023–24.
 * - Missing People RHI findings: Missing People's key statistics on children who completed return
 *   interviews with them (exploitation, mental health, self-harm, suicide).
 * - Thames Valley: Q. T. Vo, "6000 cases of missing and absent persons" (Cambridge, 2015): the
 *   police risk grades of 5,984 missing and absent cases.
 */

type Weights<T extends string | number> = readonly (readonly [T, number])[];

/**
 * Episodes per child in a year, for a child who is not looked after: most once, a tail of many.
 * NCA 2018/19: 143,453 incidents, 51,408 children (2.8 a child), looked-after children 19% of the
 * children and 36% of the incidents, so about 2.2 a child for the others. The bands below average
 * 2.2, with 60% going missing once (assumed: no published share).
 */
export const episodesPerChild: Weights<string> = [['1-1', 35], ['2-2', 22], ['3-3', 12], ['4-4', 9], ['5-5', 6], ['6-10', 12], ['11-20', 4]];

/**
 * Episodes per looked-after child in a year. DfE CLA 2018: 65% of looked-after children who went
 * missing did so more than once; DfE CLA 2025: 6.8 missing incidents on average per looked-after
 * child who went missing. The bands below: 35% once, an average of about 4.9, below the DfE's
 * 6.8 so that looked-after children make about the NCA's 36% of all episodes (NCA 2018/19); the
 * two sources count differently (police incidents of all children, councils' returns).
 */
export const episodesPerLookedAfterChild: Weights<string> = [['1-1', 35], ['2-2', 16], ['3-3', 11], ['4-4', 8], ['5-5', 6], ['6-10', 13], ['11-20', 8], ['21-40', 3]];

/** Days from one of a child's episodes to the next: repeat episodes cluster (assumed). */
export const daysBetweenEpisodes: Weights<string> = [['1-30', 50], ['31-90', 30], ['91-200', 20]];

/**
 * Age at the child's last episode. UKMPU 2015/16: 93% of missing children were 12–17 and 58% were
 * 15–17. DfE CLA 2025: 56% of looked-after children's missing incidents were at 16 or over. The
 * weights below: 10–11 7%, 12–14 35%, 15–17 58%.
 */
export const ages: Weights<number> = [[10, 2], [11, 5], [12, 8], [13, 12], [14, 15], [15, 19], [16, 21], [17, 18]];

/**
 * UKMPU incidents by sex: 83,378 incidents of boys and 75,896 of girls aged 12–17 (52% : 48%).
 * The police record two sexes; the form's other answers are kept small (assumed).
 */
export const genders: Weights<string> = [['female', 47], ['male', 50], ['non-binary', 2], ['not-said', 1]];

/** Assumed: English services; Welsh rulesets add Welsh speakers (see synthetic-answers.ts). */
export const preferredLanguages: Weights<string> = [['en', 92], ['cy', 5], ['other', 3]];

/**
 * Care status of a child. NCA 2018/19: 19% of the children who went missing were in care. The
 * split of the rest between early help, child in need and child protection is assumed.
 */
export const careStatuses: Weights<string> = [
  ['none', 55],
  ['early-help', 8],
  ['child-in-need', 11],
  ['child-protection-plan', 5],
  ['looked-after', 19],
  ['care-leaver', 2],
];

/** Assumed, after the DfE CLA placements (most in foster care, a large share of missing incidents from children's homes). */
export const placementTypes: Weights<string> = [['foster', 45], ['childrens-home', 35], ['supported-accommodation', 10], ['kinship', 10]];

/** Share of looked-after children placed outside their council's area (assumed: about four in ten in DfE CLA placements). */
export const placedOutOfArea = 0.4;

/**
 * Share of a looked-after child's episodes recorded as "away from placement" rather than missing.
 * DfE CLA 2025 counts far fewer away incidents than missing ones (4.5 a child against 6.8, among
 * fewer children; many councils record every incident as missing): one in five, assumed.
 */
export const awayFromPlacement = 0.2;

/** Assumed, with the share of children with special needs about the national 18% of pupils. */
export const educationStatuses: Weights<string> = [
  ['mainstream', 72],
  ['alternative-provision', 8],
  ['excluded', 4],
  ['not-in-education', 8],
  ['home-educated', 2],
  ['employment-or-training', 6],
];
export const sendOrDisability = 0.18;
export const learningDisabilityOrAutism = 0.08;

/** The hour of the day children come back (UTC), by band: mostly afternoon and evening (assumed). */
export const returnHourOfDay: Weights<string> = [['6-12', 20], ['12-18', 35], ['18-22', 35], ['22-30', 10]];

/**
 * Hours missing, by band. The UK Missing Persons Bureau: most missing people are found within 48
 * hours (BBC, "What happens when someone goes missing?", 2012). Most children's episodes are a few
 * hours (assumed split).
 */
export const hoursMissing: Weights<string> = [['1-6', 55], ['6-24', 30], ['24-72', 12], ['72-168', 3]];

/**
 * The police risk grade while the child was missing. Thames Valley (all ages): 16% high, 68%
 * medium, 13% low. Children in the police's "no apparent risk" (formerly "absent") band and the
 * grade not known are assumed.
 */
export const policeRiskGrades: Weights<string> = [['no-apparent-risk', 8], ['very-low', 2], ['low', 13], ['medium', 60], ['high', 12], ['unknown', 5]];

export const foundBy: Weights<string> = [['self-returned', 55], ['police', 25], ['family-or-carer', 15], ['other', 5]];

/** Found outside the home area (assumed). */
export const foundOutOfArea = 0.15;

/** Each "with whom" answer, independently (assumed). */
export const withWhom: Record<string, number> = { alone: 0.3, peers: 0.4, 'older-adults': 0.06, 'unknown-adults': 0.04, 'other-missing-children': 0.06, family: 0.1, partner: 0.05 };

/**
 * What happened to the interview after each episode. Missing People 2023–24: councils offered an
 * interview after between under 30% and over 90% of missing incidents, and completed between 19%
 * and 100% of those offered; no single national figure. Set within those ranges: offered after
 * 85% of episodes (not offered 15%), and about two thirds of offers completed.
 */
export const interviewOutcomes: Weights<string> = [['accepted', 57], ['declined', 17], ['not-contactable', 11], ['not-offered', 15]];

/** Hours from the return to the offer, by band: most the next day (assumed: the offer clock is the service's own). */
export const offerDelayHours: Weights<string> = [['0-24', 60], ['24-48', 22], ['48-72', 10], ['72-120', 6], ['120-240', 2]];

/**
 * Hours from the offer to the interview, by band (then moved into 09:00–20:00 UTC). Missing People
 * 2023–24: on average 63% of interviews were completed within 72 hours of the child's return. The
 * bands below put about 63% of completed interviews within 72 hours of the return.
 */
export const interviewDelayHours: Weights<string> = [['1-24', 58], ['24-48', 20], ['48-96', 11], ['96-240', 8], ['240-480', 3]];

/** Each push factor, independently, for an interview held. Placement problems only for a child in care (assumed). */
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

/**
 * Each indicator, independently, for an interview held; half as often when it was not (then known
 * only from police and social care). These are the shares across all episodes; a child's own
 * shares are scaled by their kind (below), so harms gather in fewer children, as they do.
 * - sexual exploitation 9%: NCA 2018/19, 9% of children's missing incidents had a child sexual
 *   exploitation flag.
 * - criminal exploitation and county lines 6% together, self-harm 6.5%, suicidal thoughts 2.5%:
 *   two thirds of Missing People's RHI findings ("nearly 1 in 10" criminally exploited, "1 in 10
 *   at risk of self-harm", "4% at risk of suicide"), which count the children its own services
 *   interviewed; a child's concern is taken to be recorded at two of every three of their
 *   episodes (assumed).
 * - the rest assumed.
 */
export const indicators: Record<string, number> = {
  'substance-misuse': 0.2,
  'missing-education': 0.1,
  'sexual-exploitation': 0.09,
  'criminal-exploitation': 0.035,
  'county-lines': 0.025,
  'self-harm': 0.065,
  'sexual-activity': 0.05,
  'gang-association': 0.04,
  'online-grooming': 0.02,
  weapons: 0.02,
  'image-sharing': 0.03,
  'suicidal-thoughts': 0.025,
  homelessness: 0.02,
  trafficking: 0.008,
  'pregnancy-or-sti': 0.01,
  'forced-labour': 0.004,
  radicalisation: 0.003,
  'forced-marriage': 0.002,
  'honour-based-abuse': 0.002,
  fgm: 0.001,
};

/**
 * Children differ, and their answers go together: a child who goes missing once for a few hours
 * in the day, from a settled home, is not a child in care who goes missing every week. Each child
 * is drawn as one of three kinds (assumed: services describe many one-off episodes with no concern
 * found, and a few children who carry most of the risk):
 * - one-off: only children not known to children's services or with early help (a share of them
 *   chosen so that these make 45% of all children), in school, one or two short daytime
 *   episodes, a tenth of the indicators and a third of the push factors;
 * - concerned: 12% of all children, every indicator and harm 6 times as likely;
 * - the rest, with indicators scaled so the shares across all episodes stay those above
 *   (0.45 × 0.1 + 0.12 × 6 + 0.43 × rest = 1, so rest = 0.55).
 */
export const oneOffChildren = { share: 0.45, indicatorFactor: 0.1, pushFactor: 0.33, sendOrDisability: 0.08, learningDisabilityOrAutism: 0.03, foundOutOfArea: 0.03 };
/** A one-off child is with friends, family or alone. */
export const oneOffWithWhom: Record<string, number> = { alone: 0.3, peers: 0.5, family: 0.15 };
export const concern = { share: 0.12, factor: 3.5 };
export const oneOffEpisodes: Weights<string> = [['1-1', 85], ['2-2', 15]];
export const oneOffHoursMissing: Weights<string> = [['1-6', 80], ['6-24', 18], ['24-72', 2]];
export const oneOffReturnHourOfDay: Weights<string> = [['6-12', 10], ['12-18', 45], ['18-22', 45]];

/**
 * The worker's own view of the risk after the interview, by what the record holds (assumed): a
 * worker seldom sees no risk where the record shows a harm, and seldom sees high risk where it
 * shows none. "withNothing": nothing in the record, a short episode (under 6 hours) and a child
 * not known to children's services; "nothingNew": nothing in the record but a longer episode or
 * a child known to services.
 */
export const workerRiskViews = {
  withHarm: [['no-apparent-risk', 0], ['low', 15], ['medium', 50], ['high', 35]],
  withConcerns: [['no-apparent-risk', 0], ['low', 45], ['medium', 50], ['high', 5]],
  nothingNew: [['no-apparent-risk', 2], ['low', 70], ['medium', 26], ['high', 2]],
  withNothing: [['no-apparent-risk', 80], ['low', 19], ['medium', 1], ['high', 0]],
} as const satisfies Record<string, Weights<string>>;

/** What happened during the episode, each independently, for an interview held, scaled by the child's kind like the indicators (assumed). */
export const duringEpisode = { sleptRough: 0.05, stayedWithUnknownAdults: 0.05, receivedMoneyGiftsOrPhone: 0.08, usedDrugsOrAlcohol: 0.2, injuries: 0.04, arrestedOrCharged: 0.04 };

/**
 * The fuller episode record (issue 15), drawn only when the interview schema has the field. All
 * assumed unless a source is named: no national figures are published for these.
 */
export const episodeRecord = {
  /** Minutes from the child last being seen (or leaving the placement) to the report to the police. */
  minutesLastSeenBeforeReport: { min: 15, max: 180 },
  /** Each pull factor, independently, for an interview held (Ofsted/JTAI: pull factors are often not recorded at all). */
  pullFactors: { 'friends-or-partner': 0.35, 'family-contact': 0.12, parties: 0.1, 'drugs-or-alcohol': 0.1, 'offered-money-food-or-shelter': 0.04, other: 0.04 } as Record<string, number>,
  /** How many places and associates an interview held records. */
  placesRecorded: [[0, 40], [1, 45], [2, 15]] as Weights<number>,
  placeTypes: [['friends-home', 30], ['family-home', 12], ['street-or-park', 20], ['shop-or-takeaway', 6], ['transport-hub', 5], ['party', 6], ['home-of-known-adult', 6], ['home-of-unknown-adult', 4], ['hotel-or-short-let', 2], ['out-of-area-town', 6], ['other', 3]] as Weights<string>,
  associatesRecorded: [[0, 45], [1, 40], [2, 15]] as Weights<number>,
  associateRoles: [['friend', 45], ['peer', 20], ['partner', 10], ['family-member', 12], ['older-adult', 7], ['unknown-adult', 4], ['other', 2]] as Weights<string>,
  /** Who held the interview. Missing People 2023–24: no consistency in which professionals deliver them; the split assumed. */
  interviewerRoles: [['independent-provider', 40], ['council-team', 35], ['youth-worker', 10], ['other', 5]] as Weights<string>,
  methods: [['face-to-face', 82], ['phone', 12], ['video', 6]] as Weights<string>,
  settings: [['home-or-placement', 45], ['school-or-college', 20], ['community-venue', 15], ['provider-office', 12], ['police-station', 2], ['other', 6]] as Weights<string>,
  seenAloneWhenChildOnly: 0.9,
  /** Tries to reach the child before the offer was answered (or given up). */
  contactAttempts: [[1, 50], [2, 30], [3, 15], [4, 5]] as Weights<number>,
  contactMethods: [['phone', 45], ['text-message', 25], ['via-carer-or-social-worker', 15], ['home-visit', 8], ['email', 3], ['letter', 2], ['other', 2]] as Weights<string>,
  unansweredResults: [['no-answer', 60], ['message-left', 40]] as Weights<string>,
  /** Share of interviews outside the window whose record says why, and the reasons. */
  delayReasonRecorded: 0.8,
  delayReasons: [['child-not-contactable', 30], ['child-asked-for-later-time', 25], ['notified-late', 15], ['no-interviewer-available', 10], ['child-missing-again', 10], ['child-unwell-or-in-hospital', 4], ['child-in-custody', 2], ['other', 4]] as Weights<string>,
  /** Follow-up support after an interview held: offered, and taken up when offered. */
  supportOffered: 0.55,
  supportTakenUp: [['yes', 55], ['no', 30], ['not-yet', 15]] as Weights<string>,
};

/**
 * SSDA903 three-digit codes of English councils, for a looked-after child's responsible authority
 * and, when placed out of area, the host authority: a small fixed list of real codes (Camden 202,
 * Birmingham 330, Liverpool 341, Manchester 352, Sheffield 373, Leeds 383, Newcastle upon Tyne
 * 391, Bristol 801).
 */
export const authorityCodes = ['202', '330', '341', '352', '373', '383', '391', '801'] as const;

/** Outcome ratings, 1–5, at the interview: skewed low, since children who go missing are often struggling (assumed). */
export const baselineRatings: Weights<number> = [[1, 25], [2, 35], [3, 25], [4, 10], [5, 5]];
/** Change from the interview to follow-up: mostly small improvements, some declines (assumed). */
export const followUpChanges: Weights<number> = [[-1, 10], [0, 35], [1, 40], [2, 15]];
/** Share of interviews held with ratings at the interview, and of those with ratings after follow-up (assumed). */
export const ratedAtInterview = 0.8;
export const ratedAtFollowUp = 0.45;

/** Share of assessed records with a referral package, and of recommendations the worker removes (assumed). */
export const withReferralPackage = 0.85;
export const removedRecommendation = 0.1;
export const addedReferral = 0.05;
export const urgencyLowered = 0.1;
