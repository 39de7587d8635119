/**
 * Two figures about what the service offered: the Welsh active offer (an interview offered in
 * Welsh without the child having to ask, for children whose preferred language is Welsh) and
 * follow-up support after the interview, offered and taken up.
 */
import { percentOf } from './report-arithmetic.js';
import type { ReportAnswers } from './report-record.js';
import type { ServiceReport } from './service-report.js';

/** Whether the record shows an interview offered, as `interviews.offered` counts it. */
export function interviewOffered(answers: ReportAnswers): boolean {
  const interview = answers.interview;
  return interview?.offeredAt !== undefined || interview?.outcome === 'accepted' || interview?.outcome === 'declined';
}

export class WelshActiveOfferTally {
  private welshSpeakersOffered = 0;
  private welshOffered = 0;
  private notRecorded = 0;

  add(answers: ReportAnswers): void {
    if (answers.child?.preferredLanguage !== 'cy' || !interviewOffered(answers)) return;
    this.welshSpeakersOffered += 1;
    const offered = answers.interview?.welshOffered;
    if (offered === true) this.welshOffered += 1;
    else if (offered === undefined) this.notRecorded += 1;
  }

  figures(): NonNullable<ServiceReport['welshActiveOffer']> {
    return {
      welshSpeakersOffered: this.welshSpeakersOffered,
      welshOffered: this.welshOffered,
      // Not recorded is not counted as offered: an active offer the record does not show was not shown to be made.
      welshOfferedPercent: percentOf(this.welshOffered, this.welshSpeakersOffered),
      notRecorded: this.notRecorded,
    };
  }
}

export class FollowUpSupportTally {
  private readonly counts = { offered: 0, notOffered: 0, takenUp: 0, notTakenUp: 0, notYet: 0 };

  add(answers: ReportAnswers): void {
    const after = answers.afterReturn;
    if (after?.supportOffered === true) this.counts.offered += 1;
    else if (after?.supportOffered === false) this.counts.notOffered += 1;
    // Taken up is counted only where support was offered: an answer without the offer is a slip in the record.
    if (after?.supportOffered !== true) return;
    if (after.supportTakenUp === 'yes') this.counts.takenUp += 1;
    else if (after.supportTakenUp === 'no') this.counts.notTakenUp += 1;
    else if (after.supportTakenUp === 'not-yet') this.counts.notYet += 1;
  }

  figures(): NonNullable<ServiceReport['followUpSupport']> {
    return { ...this.counts, takenUpPercent: percentOf(this.counts.takenUp, this.counts.offered) };
  }
}
