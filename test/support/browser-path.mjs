// Finds a Chromium or Chrome to run the browser tests in. Shared by the test command and the
// test runner configuration so both agree on the binary.
import { existsSync } from 'node:fs';

export const browserCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findBrowser() {
  return browserCandidates.find((path) => existsSync(path));
}

// Debian's Chromium run as root in a container: no sandbox, and no background traffic on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Two pages at once (Storybook's test) or a page behind another must not have its timers and
  // animation frames slowed as a background tab's would be: a test then waits on nothing.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
