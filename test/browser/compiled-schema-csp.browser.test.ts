// A validator written by `rhi compile-schema` must run where councils put it: under
// script-src 'self', no eval, given to <rhi-interview-form> as `validator`.
import { expect } from 'chai';

interface Verdict {
  valid: boolean;
  errors: string[];
}
interface Report {
  verdicts?: Verdict[];
  expected?: Verdict[];
  formValidator?: boolean;
  error?: string;
  violations: string[];
}

function loadInFrame(path: string): Promise<{ report: Report; headerPolicy: string | null }> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    window.addEventListener('message', async function listener(event) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', listener);
      const headerPolicy = (await fetch(path)).headers.get('content-security-policy');
      frame.remove();
      resolve({ report: event.data as Report, headerPolicy });
    });
    frame.src = path;
    document.body.append(frame);
  });
}

describe('a validator from rhi compile-schema under a strict Content-Security-Policy', () => {
  it("validates with Ajv's verdicts, as the form's validator, with no policy violation", async () => {
    const { report, headerPolicy } = await loadInFrame('/test/csp/compiled-schema-under-csp.html');
    expect(headerPolicy).to.contain("script-src 'self'");
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.formValidator).to.equal(true);
    expect(report.expected?.length).to.equal(3);
    expect(report.verdicts).to.deep.equal(report.expected);
  });
});
