// Runs inside a page served with a strict Content-Security-Policy: loads the built browser
// bundle and a built ruleset, assesses scenario S02, and reports back with every CSP violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

// As on a shared council PC where someone once turned on json-rules-engine's debug printing (which
// prints every fact's value): the engine must still write nothing to the console.
const consoleLines = [];
for (const method of ['debug', 'log', 'info', 'warn', 'error']) {
  const write = console[method];
  console[method] = (...args) => {
    consoleLines.push(`console.${method}: ${args.map(String).join(' ').slice(0, 200)}`);
    return write.apply(console, args);
  };
}

async function assessUnderPolicy() {
  const debugBefore = localStorage.getItem('debug');
  localStorage.setItem('debug', 'json-rules-engine');
  let engine;
  try {
    engine = await import('/packages/engine/dist/engine.browser.js');
  } finally {
    if (debugBefore === null) localStorage.removeItem('debug');
    else localStorage.setItem('debug', debugBefore);
  }
  const ruleset = await (await fetch('/packages/engine/dist/rulesets/england.json')).json();
  const scenario = await (await fetch('/test/scenarios/s02.json')).json();
  const assessment = await engine.createAssessor(ruleset).assess(scenario.answers, { now: scenario.now });
  return { riskLevel: assessment.riskLevel, problems: engine.validateAssessment(assessment) };
}

assessUnderPolicy()
  .then((result) => parent.postMessage({ ...result, violations, consoleLines }, '*'))
  .catch((error) => parent.postMessage({ error: String(error), violations, consoleLines }, '*'));
