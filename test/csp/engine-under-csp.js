// Runs inside a page served with a strict Content-Security-Policy: loads the built browser
// bundle and a built ruleset, assesses scenario S02, and reports back with every CSP violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

async function assessUnderPolicy() {
  const engine = await import('/packages/engine/dist/engine.browser.js');
  const ruleset = await (await fetch('/packages/engine/dist/rulesets/england.json')).json();
  const scenario = await (await fetch('/test/scenarios/s02.json')).json();
  const assessment = await engine.createAssessor(ruleset).assess(scenario.answers, { now: scenario.now });
  return { riskLevel: assessment.riskLevel, problems: engine.validateAssessment(assessment) };
}

assessUnderPolicy()
  .then((result) => parent.postMessage({ ...result, violations }, '*'))
  .catch((error) => parent.postMessage({ error: String(error), violations }, '*'));
