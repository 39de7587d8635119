// Loaded first by pages under test/csp/: keeps every Content-Security-Policy violation in this
// document, so the test that opens the page in an iframe can check there were none.
window.rhiCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.rhiCspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
});
