/**
 * The moment a record is assessed at when nothing else says: the interview (held, else offered),
 * else the end of the offer window. Taken from the record rather than the clock, so the same
 * records give the same report whenever it is run; `rhi synth` assesses at the same moment.
 */
import { instantOf } from './record-instants.js';
import type { ReportAnswers } from './report-record.js';

const HOUR = 3_600_000;

/** The ISO instant to assess these answers at, or undefined when they hold no time at all. */
export function assessmentMoment(answers: Pick<ReportAnswers, 'interview' | 'episode'>, offerWithinHours: number): string | undefined {
  const { interview, episode } = answers;
  const held = instantOf(interview?.conductedAt) ?? instantOf(interview?.offeredAt);
  if (held !== undefined) return new Date(held).toISOString();
  const returnedAt = instantOf(episode?.returnedAt);
  return returnedAt === undefined ? undefined : new Date(returnedAt + offerWithinHours * HOUR).toISOString();
}
