/**
 * scripts/check-schemas.mjs as a test: every schema compiles under Ajv strict mode, every property
 * has a title and description, every enum value has English and Welsh labels, and the scenarios and
 * rule files validate. It went unrun for two issues and 17 problems piled up (labels missing for
 * the assessment's standing and inconsistency kinds); run here, a missing label fails `npm test`.
 */
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const run = promisify(execFile);

test('the schemas, scenarios and rule files pass scripts/check-schemas.mjs with no problems', async () => {
  const result = await run(process.execPath, ['scripts/check-schemas.mjs']).catch((error: { code: number; stdout: string; stderr: string }) => error);
  const output = `${result.stdout}${result.stderr}`;
  assert.equal('code' in result ? result.code : 0, 0, output);
  assert.match(output, /all good/);
});
