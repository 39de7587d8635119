/**
 * Runs a record task (record-tasks.ts) over the lines of a records file on N worker threads and
 * yields the results in the lines' order, so the output has the same bytes whatever N is. With
 * one job the task runs here, in the main thread, one line after another, as it always did.
 *
 * Lines go out in chunks (one message per chunk, not per line: a message costs about what
 * assessing a record does), to the workers in turn; at most a few chunks per worker are in flight,
 * so a file of a million lines is still read in the memory of a few thousand.
 */
import { Worker } from 'node:worker_threads';
import type { RecordFileLine } from '../open-records.js';
import { ASSESS_WORKER, type ChunkAnswer, type ChunkMessage, type WorkerSetup } from './assess-worker.js';
import { prepareTask, type TaskContexts, type TaskName, type TaskResults } from './record-tasks.js';

/** Lines per message to a worker. */
const CHUNK_LINES = 64;
/** Chunks waiting or being worked, per worker, before reading stops to let them catch up. */
const CHUNKS_IN_FLIGHT_PER_WORKER = 4;

export interface ParallelRun<T extends TaskName> {
  task: T;
  /** Plain data (structured clone): the resolved ruleset and options, never re-resolved in a worker. */
  context: TaskContexts[T];
  jobs: number;
}

/** One worker thread and the chunks it has been sent and not yet answered. */
class AssessWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve(results: unknown[]): void; reject(error: Error): void }>();

  constructor(setup: WorkerSetup) {
    // This module's own file: dist/rhi.js when built, this file when run from the sources.
    this.worker = new Worker(new URL(import.meta.url), { workerData: setup });
    this.worker.on('message', (answer: ChunkAnswer) => {
      const waiter = this.waiting.get(answer.chunk);
      this.waiting.delete(answer.chunk);
      if ('failure' in answer) waiter?.reject(new Error(answer.failure));
      else waiter?.resolve(answer.results);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`an assessing worker stopped (exit code ${code})`)));
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  run(message: ChunkMessage): Promise<unknown[]> {
    const answered = new Promise<unknown[]>((resolve, reject) => this.waiting.set(message.chunk, { resolve, reject }));
    this.worker.postMessage(message);
    return answered;
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

async function* inThisThread<T extends TaskName>(lines: AsyncIterable<RecordFileLine>, run: ParallelRun<T>): AsyncGenerator<TaskResults[T]> {
  const task = prepareTask(run.task, run.context);
  for await (const line of lines) yield await task(line);
}

async function* onWorkers<T extends TaskName>(lines: AsyncIterable<RecordFileLine>, run: ParallelRun<T>): AsyncGenerator<TaskResults[T]> {
  const setup: WorkerSetup = { kind: ASSESS_WORKER, task: run.task, context: run.context };
  // Started as chunks need them: a file of a few lines never waits for a dozen threads to start.
  const workers: AssessWorker[] = [];
  const workerFor = (chunk: number) => workers[chunk % run.jobs] ?? (workers[chunk % run.jobs] = new AssessWorker(setup));
  const inFlight: Promise<unknown[]>[] = [];
  let chunk: RecordFileLine[] = [];
  let sent = 0;
  const send = () => {
    const answered = workerFor(sent).run({ chunk: sent, lines: chunk });
    // Awaited in order below; until then a failure must not count as unhandled.
    answered.catch(() => undefined);
    inFlight.push(answered);
    sent += 1;
    chunk = [];
  };
  try {
    for await (const line of lines) {
      chunk.push(line);
      if (chunk.length < CHUNK_LINES) continue;
      send();
      while (inFlight.length >= run.jobs * CHUNKS_IN_FLIGHT_PER_WORKER) yield* (await inFlight.shift()!) as TaskResults[T][];
    }
    if (chunk.length > 0) send();
    while (inFlight.length > 0) yield* (await inFlight.shift()!) as TaskResults[T][];
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/**
 * Workers need the built file: run from the TypeScript sources (tests under tsx), a worker thread
 * does not get tsx's loader and cannot load this module. There the work stays in this thread —
 * the results are the same bytes either way.
 */
const workersCanLoadThisModule = !import.meta.url.endsWith('.ts');

/** The task's result for every line, in the lines' order, worked on `run.jobs` threads. */
export function assessInOrder<T extends TaskName>(lines: AsyncIterable<RecordFileLine>, run: ParallelRun<T>): AsyncGenerator<TaskResults[T]> {
  return run.jobs <= 1 || !workersCanLoadThisModule ? inThisThread(lines, run) : onWorkers(lines, run);
}
