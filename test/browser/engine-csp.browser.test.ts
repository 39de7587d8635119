// The engine's browser bundle must run where councils put it: under script-src 'self', no eval.
import { expect } from 'chai';
import { loadInFrame } from '../support/csp-frame.js';

interface Report {
  riskLevel?: string;
  problems?: unknown[];
  wrongKindProblems?: { pointer: string; message: string }[];
  actions?: string[];
  error?: string;
  violations: string[];
  consoleLines?: string[];
}


describe('the engine browser bundle under a strict Content-Security-Policy', () => {
  it('assesses S02 as high with no policy violation', async () => {
    const { report, headerPolicy } = await loadInFrame<Report>('/test/csp/engine-under-csp.html');
    expect(headerPolicy).to.contain("script-src 'self'");
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.riskLevel).to.equal('high');
    expect(report.problems).to.deep.equal([]);
  });

  it("writes nothing to the console even with json-rules-engine's debug printing turned on in localStorage", async () => {
    const { report } = await loadInFrame<Report>('/test/csp/engine-under-csp.html');
    expect(report.error).to.equal(undefined);
    expect(report.consoleLines).to.deep.equal([]);
  });

  it("checks answers to a locality's own questions with the validator built for its ruleset", async () => {
    const { report } = await loadInFrame<Report>('/test/csp/local-questions-under-csp.html');
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.problems).to.deep.equal([]);
    expect(report.wrongKindProblems?.map(({ pointer, message }) => [pointer, message])).to.deep.equal([
      ['/local/exploitationHubConsulted', "rhaid i 'local.exploitationHubConsulted' fod yn true neu false (heb ddyfynodau)"],
    ]);
    expect(report.actions).to.include('consult-exploitation-hub');
  });
});
