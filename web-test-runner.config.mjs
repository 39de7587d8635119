// Browser tests run in a real Chromium (Debian's), with TypeScript served through esbuild.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { countReporter } from './test/support/count-reporter.mjs';
import { chromiumArgs, findBrowser } from './test/support/browser-path.mjs';
import { validatorModules } from './test/support/validator-modules.mjs';
import { prebundleCommonJs } from './test/support/prebundle-commonjs.mjs';
import { recordReceiver } from './test/support/record-receiver.mjs';

const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Serves the scenario files as one list, so browser tests use the same fixtures as Node tests. */
const scenariosEndpoint = {
  name: 'scenarios-endpoint',
  serve(context) {
    if (context.path !== '/__scenarios__.json') return undefined;
    const folder = 'test/scenarios';
    const scenarios = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ file: `${folder}/${name}`, scenario: JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) }));
    return { body: JSON.stringify(scenarios), type: 'json' };
  },
};

/** Pages under test/csp/ (and the test server's replies) are served with the strict Content-Security-Policy councils use. */
function strictPolicyHeader(context, next) {
  return next().then(() => {
    if (context.path.startsWith('/test/csp/') || context.path.startsWith('/test-server/')) context.set('Content-Security-Policy', strictPolicy);
  });
}

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), prebundleCommonJs(['json-rules-engine']), scenariosEndpoint, validatorModules()],
  middleware: [strictPolicyHeader, recordReceiver()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: chromiumArgs },
    }),
  ],
  // A test's time limit is a budget for a hang, not a speed test: a busy 2-core machine may take
  // many times an idle one's time over a whole flow.
  testFramework: { config: { timeout: 120_000 } },
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
