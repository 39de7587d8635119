/**
 * A page of test/csp/ loaded in an iframe, served with its own Content-Security-Policy header: it
 * runs what it tests and posts one report back (results, errors and the policy violations it
 * saw). Fails after 15 s (or the seconds given) if the page never reports, so a script the policy blocks shows as a
 * failure with a reason rather than as the runner's timeout.
 */
export function loadInFrame<Report>(path: string, seconds = 15): Promise<{ report: Report; headerPolicy: string | null }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${path} did not report back in ${seconds} s`)), seconds * 1000);
    window.addEventListener('message', async function listener(event) {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      const headerPolicy = (await fetch(path)).headers.get('content-security-policy');
      frame.remove();
      resolve({ report: event.data as Report, headerPolicy });
    });
    frame.src = path;
    document.body.append(frame);
  });
}
