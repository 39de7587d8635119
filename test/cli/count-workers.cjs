// Preloaded into `rhi` by the --jobs test (NODE_OPTIONS=--require): says on stderr each time a
// worker thread starts, so the test knows the records really went to threads and not only the
// main thread. Nothing else about the process changes.
const workerThreads = require('node:worker_threads');
const { syncBuiltinESMExports } = require('node:module');

if (workerThreads.isMainThread) {
  const Original = workerThreads.Worker;
  workerThreads.Worker = class CountedWorker extends Original {
    constructor(...args) {
      super(...args);
      process.stderr.write('count-workers: a worker thread started\n');
    }
  };
  syncBuiltinESMExports();
}
