/**
 * Adds up records into a service report as they stream past. Nothing of a record is kept but
 * counts, sums, the minute histogram and, per child, what the repeat figures need.
 */
import { isSignpost, type ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { ChildEpisodes } from './child-episodes.js';
import { BreakdownTally } from './breakdown-tally.js';
import { completedWithinWindow, InterviewTally } from './interview-tally.js';
import { FollowUpSupportTally, WelshActiveOfferTally } from './offer-and-support-tally.js';
import { PlacesTally } from './places-tally.js';
import { instantOf } from './record-instants.js';
import { OutcomeTally } from './outcome-tally.js';
import { percentOf } from './report-arithmetic.js';
import type { ReportLabels } from './report-labels.js';
import type { ReportPeriod } from './report-period.js';
import type { AssessmentFigures, ReportAnswers, ReportRecord } from './report-record.js';
import { ReasonTally } from './reason-tally.js';
import { reportRiskLevels, type AgencyCount, type LabelledCount, type ReportLanguage, type ServiceReport } from './service-report.js';

/** Where a record's risk level came from. */
export type AssessmentSource = 'stored' | 'assessedNow' | 'notAssessed';

interface AgencyTally {
  count: number;
  /** The first name a package or assessment gave, for an agency missing from the directory. */
  givenName?: string;
}

function countAgency(tally: Map<string, AgencyTally>, agency: string, givenName: string | undefined): void {
  const known = tally.get(agency);
  if (known) known.count += 1;
  else tally.set(agency, { count: 1, givenName });
}

function countIds(tally: Map<string, number>, ids: readonly string[] | undefined): void {
  for (const id of ids ?? []) tally.set(id, (tally.get(id) ?? 0) + 1);
}

/**
 * When each episode of a record began: its own, then each earlier one its interview covered (an
 * episode began at reportedMissingAt, else at its return, as the engine's repeat rule counts).
 */
function episodeStarts(answers: ReportAnswers): (number | undefined)[] {
  const { episode } = answers;
  const own = instantOf(episode?.reportedMissingAt) ?? instantOf(episode?.returnedAt);
  const covered = (episode?.previousEpisodes ?? []).filter((earlier) => earlier.coveredByThisInterview === true);
  return [own, ...covered.map((earlier) => instantOf(earlier.reportedMissingAt) ?? instantOf(earlier.returnedAt))];
}

const byCountThenId = <T extends { count: number }>(id: (item: T) => string) => (a: T, b: T) =>
  b.count - a.count || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

export interface ReasonWords {
  otherReasons: string;
  noReasonRecorded: string;
}

export class ServiceReportTally {
  private read = 0;
  private unreadable = 0;
  private inPeriod = 0;
  private withoutChildId = 0;
  private withoutReturnedAt = 0;
  private readonly episodes: ChildEpisodes;
  private readonly interviews: InterviewTally;
  private readonly riskLevels = new Map(reportRiskLevels.map((level) => [level, 0]));
  private readonly assessments = { stored: 0, assessedNow: 0, notAssessed: 0 };
  private readonly indicators = new Map<string, number>();
  private readonly pushFactors = new Map<string, number>();
  private readonly pullFactors = new Map<string, number>();
  private episodeCount = 0;
  private readonly breakdowns = new BreakdownTally();
  private readonly places: PlacesTally;
  private readonly welshActiveOffer = new WelshActiveOfferTally();
  private readonly followUpSupport = new FollowUpSupportTally();
  private readonly referralsMade = new Map<string, AgencyTally>();
  private readonly referralsRecommended = new Map<string, AgencyTally>();
  private readonly signposts = new Map<string, AgencyTally>();
  private recommendedRemoved = 0;
  private readonly removalReasons: ReasonTally;
  private packages = 0;
  private readonly outcomes = new OutcomeTally();

  constructor(
    private readonly ruleset: ResolvedRuleset,
    private readonly period: ReportPeriod,
    reasonLimit?: number,
  ) {
    this.episodes = new ChildEpisodes(ruleset.settings.repeatEpisodes);
    this.interviews = new InterviewTally(ruleset.settings.offerWithinHours, reasonLimit);
    this.removalReasons = new ReasonTally(reasonLimit);
    this.places = new PlacesTally(reasonLimit);
  }

  /** A line that could not be used: counted as read and unreadable, and nowhere else. */
  addUnreadable(): void {
    this.read += 1;
    this.unreadable += 1;
  }

  /** A readable record outside the period: counted as read only. */
  addOutsidePeriod(): void {
    this.read += 1;
  }

  /** A readable record in the period, with the assessment its risk level comes from (if any). */
  addInPeriod(record: ReportRecord, assessment: AssessmentFigures | undefined, source: AssessmentSource): void {
    this.read += 1;
    this.inPeriod += 1;
    const { answers } = record;
    const returnedAt = instantOf(answers.episode?.returnedAt);
    if (record.childId === undefined) this.withoutChildId += 1;
    if (returnedAt === undefined) this.withoutReturnedAt += 1;
    // One interview may cover several episodes: episodes and interviews are counted apart.
    const starts = episodeStarts(answers);
    this.episodeCount += starts.length;
    this.episodes.addRecord(record.childId, starts);
    this.interviews.add(answers.interview, returnedAt, starts.length);
    const conductedAt = instantOf(answers.interview?.conductedAt);
    const inTime = completedWithinWindow(conductedAt, returnedAt, this.ruleset.settings.offerWithinHours);
    this.breakdowns.add(answers, starts.length, conductedAt !== undefined, inTime);
    this.places.add(answers.places);
    this.welshActiveOffer.add(answers);
    this.followUpSupport.add(answers);

    this.assessments[source] += 1;
    if (assessment) {
      this.riskLevels.set(assessment.riskLevel, (this.riskLevels.get(assessment.riskLevel) ?? 0) + 1);
      // A signpost (the Runaway Helpline) is given to the child, not referred: counted apart. A stored
      // assessment from before `signpost` existed is read against the ruleset's directory.
      for (const referral of assessment.referrals) {
        const signpost = referral.signpost === true || isSignpost(this.ruleset, referral.agency);
        countAgency(signpost ? this.signposts : this.referralsRecommended, referral.agency, referral.name);
      }
    }

    countIds(this.indicators, answers.indicators);
    countIds(this.pushFactors, answers.pushFactors);
    countIds(this.pullFactors, answers.pullFactors);

    const referralPackage = record.referralPackage;
    if (referralPackage) {
      this.packages += 1;
      for (const referral of referralPackage.referrals) countAgency(this.referralsMade, referral.agency, referral.agencyName);
      for (const removed of referralPackage.removed) {
        this.recommendedRemoved += 1;
        this.removalReasons.add(removed.removalReason);
      }
    }
    this.outcomes.add(answers.outcomes);
  }

  report(lang: ReportLanguage, labels: ReportLabels, reasonWords: ReasonWords): ServiceReport {
    const assessed = this.assessments.stored + this.assessments.assessedNow;
    const labelled = (tally: Map<string, number>, label: (id: string) => string): LabelledCount[] =>
      [...tally].map(([id, count]) => ({ id, label: label(id), count })).sort(byCountThenId((item) => item.id));
    const agencies = (tally: Map<string, AgencyTally>): AgencyCount[] =>
      [...tally]
        .map(([agency, { count, givenName }]) => ({ agency, name: labels.agency(agency, givenName), count }))
        .sort(byCountThenId((item) => item.agency));
    return {
      kind: 'rhi-service-report',
      version: 1,
      lang,
      period: { from: this.period.from, to: this.period.to },
      ruleset: { id: this.ruleset.id, version: this.ruleset.version },
      records: {
        read: this.read,
        inPeriod: this.inPeriod,
        unreadable: this.unreadable,
        withoutChildId: this.withoutChildId,
        withoutReturnedAt: this.withoutReturnedAt,
      },
      episodes: {
        count: this.episodeCount,
        children: this.episodes.children,
        childrenWithTwoOrMore: this.episodes.childrenWithTwoOrMore,
        childrenAtRepeatThreshold: this.episodes.childrenAtThreshold,
        repeatThreshold: { ...this.ruleset.settings.repeatEpisodes },
        earlierEpisodesCovered: this.episodeCount - this.inPeriod,
      },
      interviews: this.interviews.figures(reasonWords, { outcome: labels.interviewOutcome, delayReason: labels.delayReason }),
      riskLevels: reportRiskLevels.map((level) => {
        const count = this.riskLevels.get(level) ?? 0;
        return { level, count, percent: percentOf(count, assessed) };
      }),
      assessments: { ...this.assessments },
      indicators: labelled(this.indicators, labels.indicator),
      pushFactors: labelled(this.pushFactors, labels.pushFactor),
      pullFactors: labelled(this.pullFactors, labels.pullFactor),
      places: this.places.figures(labels.placeType),
      breakdowns: this.breakdowns.figures(labels.breakdownGroup),
      welshActiveOffer: this.welshActiveOffer.figures(),
      followUpSupport: this.followUpSupport.figures(),
      referrals: {
        byAgency: agencies(this.referralsMade),
        recommendedRemoved: this.recommendedRemoved,
        removalReasons: this.removalReasons.counts(reasonWords),
        recommendedByAgency: agencies(this.referralsRecommended),
        signpostsByAgency: agencies(this.signposts),
        packages: this.packages,
      },
      outcomes: this.outcomes.figures(labels.outcome),
    };
  }
}
