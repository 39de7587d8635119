// Loaded first by pages under test/csp/ that must log no error: keeps every console.error call and
// every uncaught error or rejection in this document, for the test that opens the page to read.
window.rhiConsoleErrors = [];
const consoleError = console.error.bind(console);
console.error = (...parts) => {
  window.rhiConsoleErrors.push(parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' '));
  consoleError(...parts);
};
window.addEventListener('error', (event) => window.rhiConsoleErrors.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.rhiConsoleErrors.push(`unhandled rejection: ${event.reason}`));
