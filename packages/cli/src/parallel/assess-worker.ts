/**
 * The worker-thread side of parallel-assess.ts. A worker is started on the module that holds
 * the pool — in the built CLI that is dist/rhi.js itself, in the sources parallel-assess.ts — so
 * this module runs on load in both, and serves chunks of lines when it finds itself in a worker
 * the pool started. main.ts asks `isAssessWorker` so that the command line is not run there too.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RecordFileLine } from '../open-records.js';
import { prepareTask, type LineTask, type TaskContexts, type TaskName } from './record-tasks.js';

/** The mark on workerData that makes a worker an assessing one. */
export const ASSESS_WORKER = 'rhi-assess-worker';

export interface WorkerSetup {
  kind: typeof ASSESS_WORKER;
  task: TaskName;
  context: TaskContexts[TaskName];
}

/** A chunk of lines sent to a worker, numbered so that its answer finds its place. */
export interface ChunkMessage {
  chunk: number;
  lines: RecordFileLine[];
}

/** A worker's answer: the results in the lines' order, or why it could not give them (a fault in rhi). */
export type ChunkAnswer = { chunk: number; results: unknown[] } | { chunk: number; failure: string };

export const isAssessWorker = !isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.kind === ASSESS_WORKER;

function serve(setup: WorkerSetup): void {
  const port = parentPort!;
  const run = prepareTask(setup.task, setup.context as never) as LineTask<TaskName>;
  // Chunks are worked one after another, so a worker's answers come back in the order they were asked.
  let queue = Promise.resolve();
  port.on('message', (message: ChunkMessage) => {
    queue = queue.then(async () => {
      try {
        const results: unknown[] = [];
        for (const line of message.lines) results.push(await run(line));
        port.postMessage({ chunk: message.chunk, results } satisfies ChunkAnswer);
      } catch (error) {
        port.postMessage({ chunk: message.chunk, failure: error instanceof Error ? error.message : String(error) } satisfies ChunkAnswer);
      }
    });
  });
}

if (isAssessWorker) serve(workerData as WorkerSetup);
