/**
 * One assessment per settled change of answers, shared by every component on the page (the
 * conventions' rule): the form reports each change, the session asks the engine once the changes
 * of a frame have all arrived, and hands the one result to whoever subscribed. Framework-free, so
 * a React or Angular host can use it without `<rhi-interview>`; runs in Node too.
 */
import {
  createAssessor,
  isAnswersSchemaError,
  type AnswersSchemaError,
  type Assessment,
  type Assessor,
  type Language,
  type Problem,
  type ResolvedRuleset,
} from '@rhi-toolkit/engine';
import type { Answers } from '../interview-form/answer-paths.js';
import { errorKind, markedAsFailed } from './assessment-failure.js';
import { afterNextFrame } from './next-frame.js';

export interface InterviewSessionOptions {
  /** The locality's resolved ruleset (JSON the host fetched; the toolkit never fetches). */
  ruleset: ResolvedRuleset;
  /** Answers to assess first. Default: none yet. */
  answers?: Answers;
  /** Language the engine words its reasons in. Default: English. */
  lang?: Language;
  /** The clock, read once per assessment. Default: the real time. A fixed moment replays a training scenario. */
  now?: () => Date | string;
  /** Builds the assessor for a ruleset. Default: the engine's `createAssessor`. For tests, or a host running the engine elsewhere. */
  createAssessor?: (ruleset: ResolvedRuleset) => Assessor;
}

/** Called with each settled assessment and the answers it was made from. */
export type AssessmentListener = (assessment: Assessment, answers: Answers) => void;

/** Called when the rules could not be run at all and there is no earlier assessment to keep. */
export type FailureListener = () => void;

/**
 * Called when the engine refused the latest answers because they break the interview schema (a
 * list given as text, `"true"` in quotes): each field's JSON pointer and what it expects. There is
 * no assessment until they are corrected; never show an earlier level in the meantime.
 */
export type AnswerProblemsListener = (problems: readonly Problem[], answers: Answers) => void;

export interface InterviewSession {
  readonly ruleset: ResolvedRuleset;
  /** The latest answers given (not necessarily assessed yet). */
  readonly answers: Answers;
  readonly lang: Language;
  /** The latest settled assessment; undefined until the first one, and while the answers are refused. */
  readonly assessment: Assessment | undefined;
  /** Why the latest answers were refused (they break the interview schema); undefined once they are assessed. */
  readonly answerProblems: readonly Problem[] | undefined;
  /** Call after each change of answers; changes within one frame are assessed once, the latest winning. */
  update(answers: Answers): void;
  /** Switches locality (re-assesses with a new assessor). */
  setRuleset(ruleset: ResolvedRuleset): void;
  /** Re-assesses so the engine words its reasons in this language. */
  setLang(lang: Language): void;
  /** Listens for settled assessments (not called for the current one: read `assessment`). Returns the unsubscribe function. */
  subscribe(listener: AssessmentListener): () => void;
  /**
   * Listens for a failure with nothing to show: the rules could not be run (a broken ruleset) and
   * no earlier assessment exists to keep and mark as failed. Returns the unsubscribe function.
   */
  onFailure(listener: FailureListener): () => void;
  /** Listens for answers the engine refused (see AnswerProblemsListener). Returns the unsubscribe function. */
  onAnswerProblems(listener: AnswerProblemsListener): () => void;
  /**
   * Resolves with the assessment once no change is pending; rejects with the engine's
   * AnswersSchemaError when the latest answers were refused, or an Error if none could ever be made.
   */
  settled(): Promise<Assessment>;
  /** Stops timers and listeners; later calls do nothing. */
  dispose(): void;
}

/** setTimeout's longest delay; a deadline further away is re-checked when this one runs out. */
const LONGEST_TIMER_MS = 2_147_483_647;

interface Waiter {
  resolve(assessment: Assessment): void;
  reject(error: Error): void;
}

class Session implements InterviewSession {
  #ruleset: ResolvedRuleset;
  #assessor: Assessor | undefined;
  #answers: Answers;
  #lang: Language;
  #assessment: Assessment | undefined;
  readonly #now: () => Date | string;
  readonly #createAssessor: (ruleset: ResolvedRuleset) => Assessor;
  readonly #listeners = new Set<AssessmentListener>();
  readonly #failureListeners = new Set<FailureListener>();
  readonly #problemListeners = new Set<AnswerProblemsListener>();
  /** The engine's refusal of the latest answers, until answers are assessed again. */
  #refusal: AnswersSchemaError | undefined;
  #waiters: Waiter[] = [];
  /** A change not yet assessed. */
  #pending = false;
  #running = false;
  #cancelFrame: (() => void) | undefined;
  #deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  constructor(options: InterviewSessionOptions) {
    this.#ruleset = options.ruleset;
    this.#answers = options.answers ?? {};
    this.#lang = options.lang ?? 'en';
    this.#now = options.now ?? (() => new Date());
    this.#createAssessor = options.createAssessor ?? createAssessor;
    this.#changed();
  }

  get ruleset(): ResolvedRuleset {
    return this.#ruleset;
  }

  get answers(): Answers {
    return this.#answers;
  }

  get lang(): Language {
    return this.#lang;
  }

  get answerProblems(): readonly Problem[] | undefined {
    return this.#refusal?.problems;
  }

  get assessment(): Assessment | undefined {
    return this.#assessment;
  }

  update(answers: Answers): void {
    this.#answers = answers;
    this.#changed();
  }

  setRuleset(ruleset: ResolvedRuleset): void {
    if (ruleset === this.#ruleset) return;
    this.#ruleset = ruleset;
    this.#assessor = undefined;
    this.#changed();
  }

  setLang(lang: Language): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#changed();
  }

  subscribe(listener: AssessmentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  onFailure(listener: FailureListener): () => void {
    this.#failureListeners.add(listener);
    return () => this.#failureListeners.delete(listener);
  }

  onAnswerProblems(listener: AnswerProblemsListener): () => void {
    this.#problemListeners.add(listener);
    return () => this.#problemListeners.delete(listener);
  }

  settled(): Promise<Assessment> {
    return new Promise((resolve, reject) => {
      this.#waiters.push({ resolve, reject });
      if (this.#isIdle() || this.#disposed) this.#settleWaiters();
    });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#cancelFrame?.();
    this.#cancelFrame = undefined;
    clearTimeout(this.#deadlineTimer);
    this.#listeners.clear();
    this.#failureListeners.clear();
    this.#problemListeners.clear();
    this.#settleWaiters();
  }

  // ——— scheduling ———

  #isIdle(): boolean {
    return !this.#pending && !this.#running;
  }

  /** Something the assessment depends on changed: assess after this frame, or after the run in flight. */
  #changed(): void {
    if (this.#disposed) return;
    this.#pending = true;
    // A run in flight picks the change up when it ends; a frame already asked for will see it.
    if (this.#running || this.#cancelFrame) return;
    this.#cancelFrame = afterNextFrame(() => {
      this.#cancelFrame = undefined;
      void this.#run();
    });
  }

  /** Assesses until nothing is pending; a result overtaken by a change is dropped, never published. */
  async #run(): Promise<void> {
    this.#running = true;
    while (this.#pending && !this.#disposed) {
      this.#pending = false;
      const answers = this.#answers;
      const lang = this.#lang;
      const clock = this.#now();
      let outcome: { assessment: Assessment } | { error: unknown };
      try {
        this.#assessor ??= this.#createAssessor(this.#ruleset);
        outcome = { assessment: await this.#assessor.assess(answers, { now: clock, lang }) };
      } catch (error) {
        outcome = { error };
      }
      if (this.#pending || this.#disposed) continue;
      if ('assessment' in outcome) this.#publish(outcome.assessment, answers, clock);
      else if (isAnswersSchemaError(outcome.error)) this.#refused(outcome.error, answers);
      else this.#failed(outcome.error, answers, lang, clock);
    }
    this.#running = false;
    if (!this.#pending) this.#settleWaiters();
  }

  #failed(error: unknown, answers: Answers, lang: Language, clock: Date | string): void {
    // The web team needs to know; the error's text is not logged, as it could quote an answer.
    console.error(
      this.#assessment
        ? `rhi interview session: the engine threw (${errorKind(error)}) while assessing; the last assessment is kept and marked as failed for manual review.`
        : `rhi interview session: the engine threw (${errorKind(error)}) and no assessment was ever made; the components show that the rules could not be run. Check the ruleset with \`npx rhi validate\`.`,
    );
    if (this.#assessment) this.#publish(markedAsFailed(this.#assessment, lang), answers, clock);
    // Nothing to keep: the components must say the rules could not be run, never wait in silence.
    else for (const listener of [...this.#failureListeners]) listener();
  }

  /** Answers of the wrong kind: no level at all (an earlier one could be too low), and what to correct. */
  #refused(refusal: AnswersSchemaError, answers: Answers): void {
    this.#assessment = undefined;
    this.#refusal = refusal;
    clearTimeout(this.#deadlineTimer);
    this.#deadlineTimer = undefined;
    for (const listener of [...this.#problemListeners]) {
      try {
        listener(refusal.problems, answers);
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  #publish(assessment: Assessment, answers: Answers, clock: Date | string): void {
    this.#assessment = assessment;
    this.#refusal = undefined;
    this.#armDeadline(assessment, new Date(clock).getTime());
    for (const listener of [...this.#listeners]) {
      try {
        listener(assessment, answers);
      } catch (error) {
        // One host listener's mistake must not keep the assessment from the others.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  #settleWaiters(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (this.#refusal) waiter.reject(this.#refusal);
      else if (this.#assessment) waiter.resolve(this.#assessment);
      else waiter.reject(new Error('rhi interview session: no assessment could be made (see the error logged above)'));
    }
  }

  // ——— the 72-hour deadline ———

  /**
   * "Overdue" is the engine's decision: ask it again the moment a deadline passes while the page is
   * open — the offer's, or the interview's own (not yet held), whichever comes first.
   */
  #armDeadline(assessment: Assessment, clockAt: number): void {
    clearTimeout(this.#deadlineTimer);
    this.#deadlineTimer = undefined;
    if (Number.isNaN(clockAt)) return;
    const { rhi } = assessment;
    const deadlines = [
      rhi.overdue ? Number.NaN : Date.parse(rhi.offerDueBy ?? ''),
      rhi.interviewOverdue || rhi.interviewWithinWindow !== undefined ? Number.NaN : Date.parse(rhi.interviewDueBy ?? ''),
    ].filter((due) => !Number.isNaN(due) && due >= clockAt);
    if (deadlines.length > 0) this.#waitForDeadline(Math.min(...deadlines), clockAt);
  }

  #waitForDeadline(due: number, clockAt: number): void {
    const delay = Math.min(due - clockAt + 1, LONGEST_TIMER_MS);
    this.#deadlineTimer = setTimeout(() => {
      this.#deadlineTimer = undefined;
      const clockNow = new Date(this.#now()).getTime();
      if (clockNow > due) this.#changed();
      // Still before the deadline: the timer ran out early (a long wait) or the clock jumped back.
      else if (clockNow > clockAt) this.#waitForDeadline(due, clockNow);
      // A clock that stood still (a trainer's fixed moment) never reaches the deadline: stop here.
    }, delay);
  }
}

/** Starts a session and assesses `answers` (or none) once the current frame is over. */
export function createInterviewSession(options: InterviewSessionOptions): InterviewSession {
  return new Session(options);
}
