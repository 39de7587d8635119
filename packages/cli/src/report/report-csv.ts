/**
 * The service report as CSV for spreadsheets: one row per figure, `section,measure,key,value,label`.
 * `section` and `measure` are the JSON's own field names and `key` the id of a list item (an
 * indicator, an agency, a risk level, an outcome, a reason), so a row never changes meaning with
 * the language; `label` says what the figure is in the report's language. Quoted as RFC 4180 says; a key or
 * label that a spreadsheet would take for a formula starts with an apostrophe.
 */
import { reportWordsIn } from './report-words.js';
import { breakdownDimensions, type ServiceReport } from './service-report.js';

type Value = number | boolean | null;

/** A field quoted when it holds a comma, quote or line break (RFC 4180), with quotes doubled. */
export function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is
 * written with a leading apostrophe, as OWASP advises: reasons are typed by people, and a report
 * is opened by others.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A value as the JSON writes it; an empty field for null ("no figure"). */
function valueText(value: Value): string {
  return value === null ? '' : String(value);
}

/** The report's rows, a header first. */
export function reportCsvRows(report: ServiceReport): string[][] {
  const words = reportWordsIn(report.lang);
  const m = words.measure;
  const c = words.csv;
  const rows: string[][] = [['section', 'measure', 'key', 'value', 'label']];
  const add = (section: string, measure: string, key: string, value: Value, label: string) => rows.push([section, measure, inert(key), valueText(value), inert(label)]);

  const { records, episodes, interviews, referrals, outcomes } = report;
  add('records', 'read', '', records.read, m.read);
  add('records', 'inPeriod', '', records.inPeriod, m.inPeriod);
  add('records', 'unreadable', '', records.unreadable, c.unreadableLabel);
  add('records', 'withoutChildId', '', records.withoutChildId, m.withoutChildId);
  add('records', 'withoutReturnedAt', '', records.withoutReturnedAt ?? 0, m.withoutReturnedAt);

  const threshold = episodes.repeatThreshold;
  add('episodes', 'count', '', episodes.count, m.episodes);
  add('episodes', 'children', '', episodes.children, m.children);
  add('episodes', 'childrenWithTwoOrMore', '', episodes.childrenWithTwoOrMore, m.childrenWithTwoOrMore);
  add('episodes', 'childrenAtRepeatThreshold', '', episodes.childrenAtRepeatThreshold, m.childrenAtRepeatThreshold(threshold.count, threshold.withinDays));
  add('episodes', 'repeatThreshold', 'count', threshold.count, c.thresholdCount);
  add('episodes', 'repeatThreshold', 'withinDays', threshold.withinDays, c.thresholdDays);
  add('episodes', 'earlierEpisodesCovered', '', episodes.earlierEpisodesCovered ?? 0, m.earlierEpisodesCovered);

  const hours = interviews.offerWithinHours ?? 72;
  add('interviews', 'offered', '', interviews.offered, m.offered);
  add('interviews', 'offeredWithin72Hours', '', interviews.offeredWithin72Hours, m.offeredWithin(hours));
  add('interviews', 'offeredWithin72HoursPercent', '', interviews.offeredWithin72HoursPercent, m.offeredWithinPercent(hours));
  add('interviews', 'accepted', '', interviews.accepted, m.accepted);
  add('interviews', 'declined', '', interviews.declined, m.declined);
  for (const { reason, count } of interviews.declineReasons) add('interviews', 'declineReasons', reason, count, c.declineReason(reason));
  add('interviews', 'notContactable', '', interviews.notContactable, m.notContactable);
  add('interviews', 'notOffered', '', interviews.notOffered, m.notOffered);
  add('interviews', 'outcomeNotRecorded', '', interviews.outcomeNotRecorded ?? 0, m.outcomeNotRecorded);
  add('interviews', 'offerWithinHours', '', hours, c.offerWithinHours);
  add('interviews', 'medianHoursFromReturnToInterview', '', interviews.medianHoursFromReturnToInterview, m.medianHours);
  add('interviews', 'interviewsTimed', '', interviews.interviewsTimed, m.interviewsTimed);
  add('interviews', 'completed', '', interviews.completed ?? 0, m.completed);
  add('interviews', 'completedWithinWindow', '', interviews.completedWithinWindow ?? 0, m.completedWithin(hours));
  add('interviews', 'completedWithinWindowPercent', '', interviews.completedWithinWindowPercent ?? null, m.completedWithinPercent(hours));
  add('interviews', 'episodesCoveredByCompleted', '', interviews.episodesCoveredByCompleted ?? 0, m.episodesCoveredByCompleted);
  for (const item of interviews.medianHoursByOutcome ?? []) {
    add('interviews.medianHoursByOutcome', 'interviewsTimed', item.outcome, item.interviewsTimed, c.timedByOutcome(item.label));
    add('interviews.medianHoursByOutcome', 'medianHours', item.outcome, item.medianHours, c.medianByOutcome(item.label));
  }
  for (const { id, label, count } of interviews.notWithinWindowReasons ?? []) add('interviews', 'notWithinWindowReasons', id, count, c.notWithinWindowReason(label));

  for (const { level, count, percent } of report.riskLevels) {
    add('riskLevels', 'count', level, count, c.riskCount(words.riskLevels[level]));
    add('riskLevels', 'percent', level, percent, c.riskPercent(words.riskLevels[level]));
  }
  const assessments = report.assessments ?? { stored: 0, assessedNow: 0, notAssessed: 0 };
  add('assessments', 'stored', '', assessments.stored, m.assessmentsStored);
  add('assessments', 'assessedNow', '', assessments.assessedNow, m.assessedNow);
  add('assessments', 'notAssessed', '', assessments.notAssessed, m.notAssessed);

  for (const { id, label, count } of report.indicators) add('indicators', 'count', id, count, label);
  for (const { id, label, count } of report.pushFactors) add('pushFactors', 'count', id, count, label);
  for (const { id, label, count } of report.pullFactors ?? []) add('pullFactors', 'count', id, count, label);

  for (const dimension of breakdownDimensions) {
    for (const group of report.breakdowns?.[dimension] ?? []) {
      const label = (measure: string) => c.breakdown(words.breakdowns[dimension], group.label, measure);
      const section = `breakdowns.${dimension}`;
      add(section, 'episodes', group.id, group.episodes, label(words.column.episodes));
      add(section, 'interviewsCompleted', group.id, group.interviewsCompleted, label(words.column.interviewsCompleted));
      add(section, 'completedWithinWindow', group.id, group.completedWithinWindow, label(words.column.completedWithin(hours)));
      add(section, 'completedWithinWindowPercent', group.id, group.completedWithinWindowPercent, label(words.column.completedWithinPercent(hours)));
    }
  }

  const places = report.places ?? { byType: [], topAreas: [], recordsWithPlaces: 0 };
  add('places', 'recordsWithPlaces', '', places.recordsWithPlaces, m.recordsWithPlaces);
  for (const { id, label, count } of places.byType) add('places', 'byType', id, count, c.placeType(label));
  for (const { area, count } of places.topAreas) add('places', 'topAreas', area, count, c.area(area));

  const welsh = report.welshActiveOffer ?? { welshSpeakersOffered: 0, welshOffered: 0, welshOfferedPercent: null, notRecorded: 0 };
  add('welshActiveOffer', 'welshSpeakersOffered', '', welsh.welshSpeakersOffered, m.welshSpeakersOffered);
  add('welshActiveOffer', 'welshOffered', '', welsh.welshOffered, m.welshOffered);
  add('welshActiveOffer', 'welshOfferedPercent', '', welsh.welshOfferedPercent, m.welshOfferedPercent);
  add('welshActiveOffer', 'notRecorded', '', welsh.notRecorded, m.welshNotRecorded);

  const support = report.followUpSupport ?? { offered: 0, notOffered: 0, takenUp: 0, notTakenUp: 0, notYet: 0, takenUpPercent: null };
  add('followUpSupport', 'offered', '', support.offered, m.supportOffered);
  add('followUpSupport', 'notOffered', '', support.notOffered, m.supportNotOffered);
  add('followUpSupport', 'takenUp', '', support.takenUp, m.supportTakenUp);
  add('followUpSupport', 'notTakenUp', '', support.notTakenUp, m.supportNotTakenUp);
  add('followUpSupport', 'notYet', '', support.notYet, m.supportNotYet);
  add('followUpSupport', 'takenUpPercent', '', support.takenUpPercent, m.supportTakenUpPercent);

  for (const { agency, name, count } of referrals.byAgency) add('referrals', 'byAgency', agency, count, c.referralsMade(name));
  for (const { agency, name, count } of referrals.recommendedByAgency ?? []) add('referrals', 'recommendedByAgency', agency, count, c.referralsRecommended(name));
  for (const { agency, name, count } of referrals.signpostsByAgency ?? []) add('referrals', 'signpostsByAgency', agency, count, c.signposts(name));
  add('referrals', 'packages', '', referrals.packages ?? 0, m.packages);
  add('referrals', 'recommendedRemoved', '', referrals.recommendedRemoved, m.recommendedRemoved);
  for (const { reason, count } of referrals.removalReasons) add('referrals', 'removalReasons', reason, count, c.removalReason(reason));

  add('outcomes', 'youngPeople', '', outcomes.youngPeople, m.youngPeople);
  add('outcomes', 'smallNumberThreshold', '', outcomes.smallNumberThreshold, c.smallNumberThreshold);
  for (const item of outcomes.items) {
    const label = (measure: string) => c.outcome(item.label, measure);
    add('outcomes', 'youngPeople', item.outcome, item.youngPeople, label(words.column.youngPeople));
    add('outcomes', 'baselineAverage', item.outcome, item.baselineAverage, label(words.column.baselineAverage));
    add('outcomes', 'followUpAverage', item.outcome, item.followUpAverage, label(words.column.followUpAverage));
    add('outcomes', 'averagePercentChange', item.outcome, item.averagePercentChange, label(words.column.averagePercentChange));
    add('outcomes', 'smallNumber', item.outcome, item.smallNumber, label(c.smallNumber));
  }
  return rows;
}

/** The report as CSV text, lines ending CRLF as RFC 4180 asks. */
export function renderReportCsv(report: ServiceReport): string {
  return reportCsvRows(report)
    .map((row) => row.map(field).join(','))
    .map((line) => `${line}\r\n`)
    .join('');
}
