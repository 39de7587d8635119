// Writes how many browser tests passed and failed to a file, so `npm test` can print one closing
// `N passed, M failed` line for the Node and browser runs together.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.passed + counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A test file that failed to load has no test results: count it as one failure.
        const ranNothing = counts.passed + counts.failed === before;
        if ((session.errors?.length ?? 0) > 0 && ranNothing) counts.failed += 1;
        else if (!session.passed && ranNothing) counts.failed += 1;
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(counts));
    },
  };
}
