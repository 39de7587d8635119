/**
 * `@rhi-toolkit/elements/interview`: the `<rhi-interview>` coordinator class and
 * `createInterviewSession()` (one assessment per settled change, for hosts without the element).
 * Importing it registers no tag; `./define/interview.ts` registers `<rhi-interview>`.
 */
export { RhiInterview } from '../interview-session/interview.component.js';
export {
  createInterviewSession,
  type AnswerProblemsListener,
  type AssessmentListener,
  type InterviewSession,
  type InterviewSessionOptions,
} from '../interview-session/create-interview-session.js';
export type { RhiAssessmentDetail } from '../interview-session/interview.events.js';
