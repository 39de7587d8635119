// The whole build: generated code from schemas → rollup bundles → packaged schemas, rules and, for
// each ruleset, the resolved ruleset (plain JSON a page can load), its interview schema (the base
// one with the locality's questions under `local`) and that schema's precompiled validator (an ES
// module with no eval, for pages under a strict CSP). Run by `npm run build` and by `npm ci` (prepare).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateFromSchemas, standaloneValidatorModule, validatorDeclarations } from './generate-from-schemas.mjs';
import { generateElements } from './generate-elements.mjs';

const root = new URL('..', import.meta.url).pathname;
const engineDist = join(root, 'packages/engine/dist');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

await generateFromSchemas();
await generateElements();
await rm(engineDist, { recursive: true, force: true });
run(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent']);
await cp(join(root, 'schemas'), join(engineDist, 'schemas'), { recursive: true });
await cp(join(root, 'rules'), join(engineDist, 'rules'), { recursive: true });

// Each ruleset's form layout: the toolkit's layout with the overlays of the ruleset and of the
// rulesets it extends (rules/<id>/interview.layout.json), checked against its interview schema.
// A layout that names a question the schema lacks stops the build: the form would silently miss it.
const { composeLayout, buildFormTree } = await import(join(root, 'packages/elements/dist/layout-tools.js'));
const baseLayout = JSON.parse(await readFile(join(root, 'schemas/interview.layout.json'), 'utf8'));

async function rulesetChain(id) {
  const folder = join(root, 'rules', id);
  const { extends: parent } = JSON.parse(await readFile(join(folder, 'ruleset.json'), 'utf8'));
  return parent ? [...(await rulesetChain(parent)), id] : [id];
}

async function layoutFor(id, interviewSchema) {
  let layout = baseLayout;
  const problems = [];
  for (const link of await rulesetChain(id)) {
    const file = join('rules', link, 'interview.layout.json');
    if (!existsSync(join(root, file))) continue;
    const composed = composeLayout(layout, JSON.parse(await readFile(join(root, file), 'utf8')));
    problems.push(...composed.problems.map((problem) => `${file}: ${problem}`));
    layout = composed.layout;
  }
  problems.push(...buildFormTree(interviewSchema, layout).problems.map((problem) => `ruleset '${id}': ${problem}`));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`build: ${problem}`);
    process.exit(1);
  }
  return layout;
}

// Resolved rulesets for browsers and portals. A ruleset with problems is not written: say so, and
// let `npx rhi validate rules/` show the details.
const { listRulesets, loadRuleset, formatProblem, interviewSchemaFor } = await import(join(engineDist, 'engine-node.js'));
const baseInterviewSchema = JSON.parse(await readFile(join(root, 'schemas/interview.schema.json'), 'utf8'));
const rulesetsDist = join(engineDist, 'rulesets');
await mkdir(rulesetsDist, { recursive: true });
for (const id of await listRulesets(join(root, 'rules'))) {
  const { ruleset, problems } = await loadRuleset(id, { rulesDir: join(root, 'rules'), cwd: root });
  if (ruleset) {
    await writeFile(join(rulesetsDist, `${id}.json`), JSON.stringify(ruleset));
    const interviewSchema = interviewSchemaFor(baseInterviewSchema, ruleset);
    await writeFile(join(rulesetsDist, `${id}.interview.schema.json`), `${JSON.stringify(interviewSchema, null, 2)}\n`);
    await writeFile(join(rulesetsDist, `${id}.interview-validator.js`), await standaloneValidatorModule(interviewSchema, 'validateInterviewAnswers'));
    await writeFile(join(rulesetsDist, `${id}.interview-validator.d.ts`), validatorDeclarations(['validateInterviewAnswers']));
    const layout = await layoutFor(id, interviewSchema);
    await writeFile(join(rulesetsDist, `${id}.interview.layout.json`), `${JSON.stringify(layout, null, 2)}\n`);
  } else {
    console.error(`build: ruleset '${id}' has ${problems.length} problem(s) and was not packaged:`);
    for (const problem of problems.slice(0, 10)) console.error(`  ${formatProblem(problem)}`);
  }
}
