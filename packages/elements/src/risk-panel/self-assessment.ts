/**
 * For a panel given answers and a ruleset instead of an assessment: asks the engine, at most once
 * per animation frame however fast the answers change, and keeps only the newest result (an older
 * run that finishes late is dropped). A page with several components should assess once and pass
 * `assessment` to each instead.
 */
import { createAssessor, isAnswersSchemaError, type Assessment, type Assessor, type Language, type Problem, type ResolvedRuleset } from '@rhi-toolkit/engine';
import type { Answers } from '../interview-form/answer-paths.js';
import { errorKind } from '../interview-session/assessment-failure.js';

/** One assessor per ruleset object, shared by every panel: building one compiles every rule. */
const assessors = new WeakMap<ResolvedRuleset, Assessor>();

function assessorFor(ruleset: ResolvedRuleset): Assessor {
  let assessor = assessors.get(ruleset);
  if (!assessor) {
    assessor = createAssessor(ruleset);
    assessors.set(ruleset, assessor);
  }
  return assessor;
}

export interface AssessmentRequest {
  answers: Answers;
  ruleset: ResolvedRuleset;
  /** ISO instant of the assessment. */
  now: string;
  lang: Language;
}

export class FrameAssessment {
  /** The newest assessment, once one has arrived. */
  result: Assessment | undefined;
  /** The rules could not be run at all (for example a ruleset that cannot be compiled). */
  failed = false;
  /** The engine refused the answers (they break the interview schema): what to correct, and no level. */
  problems: readonly Problem[] | undefined;
  #frame: number | undefined;
  #run = 0;

  /** `read` is called when the frame comes, so it sees the last of several quick changes. */
  constructor(
    private readonly read: () => AssessmentRequest | undefined,
    private readonly changed: () => void,
  ) {}

  request(): void {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      void this.#assess();
    });
  }

  /** Forgets the result and ignores any run still going: there is nothing to assess any more. */
  clear(): void {
    this.cancel();
    this.#run += 1;
    this.result = undefined;
    this.failed = false;
    this.problems = undefined;
  }

  cancel(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  async #assess(): Promise<void> {
    const request = this.read();
    if (!request) return;
    const run = ++this.#run;
    try {
      const result = await assessorFor(request.ruleset).assess(request.answers, { now: request.now, lang: request.lang });
      if (run !== this.#run) return;
      this.result = result;
      this.failed = false;
      this.problems = undefined;
    } catch (error) {
      if (run !== this.#run) return;
      this.result = undefined;
      // Answers of the wrong kind: the person can correct them, so they are shown, not logged.
      this.problems = isAnswersSchemaError(error) ? error.problems : undefined;
      this.failed = !this.problems;
      if (this.problems) {
        this.changed();
        return;
      }
      // For the web team; the interviewer sees a plain warning. Only the error's kind: an engine
      // message could quote an answer, and answers are never logged.
      console.error(`rhi-risk-panel: ruleset '${request.ruleset.id}' could not be run (${errorKind(error)}); a manager must review the record.`);
    }
    this.changed();
  }
}
