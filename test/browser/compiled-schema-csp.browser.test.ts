// A validator written by `rhi compile-schema` must run where councils put it: under
// script-src 'self', no eval, given to <rhi-interview-form> as `validator`.
import { expect } from 'chai';
import { loadInFrame } from '../support/csp-frame.js';

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


describe('a validator from rhi compile-schema under a strict Content-Security-Policy', () => {
  it("validates with Ajv's verdicts, as the form's validator, with no policy violation", async () => {
    const { report, headerPolicy } = await loadInFrame<Report>('/test/csp/compiled-schema-under-csp.html');
    expect(headerPolicy).to.contain("script-src 'self'");
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.formValidator).to.equal(true);
    expect(report.expected?.length).to.equal(3);
    expect(report.verdicts).to.deep.equal(report.expected);
  });
});
