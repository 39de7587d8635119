// A copy of the repository's rules in a temporary folder with one more locality, written from a
// test's own ruleset object: for tests of what rhi does with text a locality's files carry.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from './run-rhi.js';

/** Returns the copied rules folder; the locality's `ruleset.json` is `ruleset` as indented JSON. */
export function rulesWithLocality(ruleset: { id: string } & Record<string, unknown>): string {
  const rules = join(mkdtempSync(join(tmpdir(), `rhi-${ruleset.id}-`)), 'rules');
  cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
  mkdirSync(join(rules, ruleset.id));
  writeFileSync(join(rules, ruleset.id, 'ruleset.json'), JSON.stringify(ruleset, null, 2));
  return rules;
}
