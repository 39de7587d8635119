// Runs inside a page served with a strict Content-Security-Policy: checks answers to the example
// locality's own questions with the validator built for that ruleset, assesses them with the built
// browser bundle, and reports back with every CSP violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

async function checkUnderPolicy() {
  const engine = await import('/packages/engine/dist/engine.browser.js');
  const { validateInterviewAnswers } = await import('/packages/engine/dist/rulesets/example-locality.interview-validator.js');
  const schema = await (await fetch('/packages/engine/dist/rulesets/example-locality.interview.schema.json')).json();
  const ruleset = await (await fetch('/packages/engine/dist/rulesets/example-locality.json')).json();
  const scenario = await (await fetch('/test/scenarios/s11.json')).json();
  const answers = { ...scenario.answers, local: { exploitationHubConsulted: false } };
  const assessment = await engine.createAssessor(ruleset).assess(answers, { now: scenario.now });
  const wrongKind = { ...scenario.answers, local: { exploitationHubConsulted: 'no' } };
  return {
    problems: engine.validateAnswers(answers, 'answers', schema, 'en', validateInterviewAnswers),
    wrongKindProblems: engine.validateAnswers(wrongKind, 'answers', schema, 'cy', validateInterviewAnswers),
    actions: assessment.actions.map((action) => action.id),
  };
}

checkUnderPolicy()
  .then((result) => parent.postMessage({ ...result, violations }, '*'))
  .catch((error) => parent.postMessage({ error: String(error), violations }, '*'));
