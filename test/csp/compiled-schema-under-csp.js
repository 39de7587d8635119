// Runs inside a page served with a strict Content-Security-Policy: imports the validator
// `rhi compile-schema` wrote (compiled-schema-validator.js, kept current by
// test/compile-schema/compile-schema.node.test.ts), gives it to <rhi-interview-form> as a host
// would, validates the samples and reports the verdicts with every CSP violation.
import validate from './compiled-schema-validator.js';

async function checkUnderPolicy() {
  await import('/packages/elements/dist/rhi-toolkit.js');
  const schema = await (await fetch('./compiled-schema.schema.json')).json();
  const samples = await (await fetch('./compiled-schema.samples.json')).json();
  const form = document.createElement('rhi-interview-form');
  form.schema = schema;
  form.validator = validate;
  document.body.append(form);
  await form.updateComplete;
  const verdicts = samples.map(({ data }) => {
    const valid = validate(data);
    return { valid, errors: (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`).sort() };
  });
  return { verdicts, expected: samples.map(({ valid, errors }) => ({ valid, errors })), formValidator: form.validator === validate };
}

checkUnderPolicy()
  .then((result) => parent.postMessage({ ...result, violations: window.rhiCspViolations }, '*'))
  .catch((error) => parent.postMessage({ error: String(error), violations: window.rhiCspViolations }, '*'));
