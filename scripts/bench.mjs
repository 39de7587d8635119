// `npm run bench`: how fast the engine assesses, in Node, with the england ruleset.
//   npm run bench                     a table
//   npm run bench -- --json           one JSON object
//   npm run bench -- --records 20000  fewer generated records (default 100000)
//   npm run bench -- --skip-browser   engine only (no Chromium: no bundle or form render figures)
// Each figure is measured, never estimated; the machine and Node version are printed with them.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { createAssessor, loadRuleset, validateAnswers } from '../packages/engine/dist/engine-node.js';
import { syntheticAnswers } from './bench/synthetic-answers.mjs';
import { bundleSize, measureFormRender } from './bench/form-render.mjs';

const { values: options } = parseArgs({
  options: { json: { type: 'boolean', default: false }, 'skip-browser': { type: 'boolean', default: false }, records: { type: 'string', default: '100000' }, ruleset: { type: 'string', default: 'england' } },
});
const recordCount = Number(options.records);
const root = new URL('..', import.meta.url).pathname;

const { ruleset, problems } = await loadRuleset(options.ruleset, { rulesDir: `${root}rules`, cwd: root });
if (!ruleset) {
  console.error(`bench: the ruleset '${options.ruleset}' has ${problems.length} problem(s); run npx rhi validate rules/`);
  process.exit(1);
}
const assessor = createAssessor(ruleset);

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** Assesses each answers object in turn (like `rhi batch`: one at a time, nothing kept). */
async function measure(answersIterable, count, now, onEach = () => {}) {
  const latencies = new Float64Array(count);
  let index = 0;
  for (const answers of answersIterable) {
    onEach(answers);
    const before = performance.now();
    await assessor.assess(answers, { now });
    latencies[index] = performance.now() - before;
    index += 1;
  }
  // Time spent assessing only: the generator and the validity check are not the engine's cost.
  const elapsed = latencies.subarray(0, index).reduce((total, latency) => total + latency, 0);
  const sorted = [...latencies.subarray(0, index)].sort((a, b) => a - b);
  return {
    assessments: index,
    seconds: elapsed / 1000,
    perSecond: Math.round(index / (elapsed / 1000)),
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted[sorted.length - 1],
  };
}

const scenarioFolder = `${root}test/scenarios`;
const scenarios = readdirSync(scenarioFolder).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(`${scenarioFolder}/${name}`, 'utf8')));
const englandScenarios = scenarios.filter((scenario) => scenario.ruleset === 'england');
const repeated = Array.from({ length: 200 }, () => englandScenarios.map((scenario) => scenario.answers)).flat();

// Warm up the JIT so the first figures are not the compiler's.
for (const answers of repeated.slice(0, 500)) await assessor.assess(answers, { now: '2026-11-01T12:00:00Z' });

const scenarioFigures = await measure(repeated, repeated.length, '2026-11-01T12:00:00Z');
let invalid = 0;
// Validation is counted outside the timed assessment: it checks the generator, not the engine.
const generatedFigures = await measure(syntheticAnswers(recordCount, 42), recordCount, '2026-11-15T12:00:00Z', (answers) => {
  if (validateAnswers(answers).length > 0) invalid += 1;
});
const heapMB = Math.round(process.memoryUsage().heapUsed / 1_048_576);

const report = {
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
  ruleset: { id: ruleset.id, version: ruleset.version, rules: ruleset.rules.length },
  engine: {
    p50Ms: round(generatedFigures.p50Ms),
    p95Ms: round(generatedFigures.p95Ms),
    batchRecordsPerSecond: generatedFigures.perSecond,
    scenarios: { ...roundAll(scenarioFigures) },
    generated: { ...roundAll(generatedFigures), invalidRecords: invalid },
    heapMB,
  },
  elements: options['skip-browser'] ? undefined : { bundle: bundleSize(), formRender: await measureFormRender() },
  targets: { p95Ms: 2, batchRecordsPerSecond: 2000 },
};

function round(value) {
  return Math.round(value * 1000) / 1000;
}
function roundAll(figures) {
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, round(value)]));
}

if (options.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const line = (label, figures) =>
    `${label.padEnd(34)} ${String(figures.assessments).padStart(8)} ${String(figures.perSecond).padStart(10)} ${figures.p50Ms.toFixed(3).padStart(9)} ${figures.p95Ms.toFixed(3).padStart(9)} ${figures.maxMs.toFixed(2).padStart(9)}`;
  console.log(`Engine benchmark — ${report.machine.cpu}, Node ${report.machine.node}, ruleset ${ruleset.id} ${ruleset.version} (${ruleset.rules.length} rules), one core`);
  console.log(`${'what'.padEnd(34)} ${'count'.padStart(8)} ${'per second'.padStart(10)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'max ms'.padStart(9)}`);
  console.log(line('12 scenarios (england), ×200', scenarioFigures));
  console.log(line(`generated records (${invalid} invalid)`, generatedFigures));
  if (report.elements) {
    const { bundle, formRender } = report.elements;
    console.log(`${bundle.file}: ${bundle.minifiedBytes} B minified, ${bundle.gzipBytes} B min+gzip`);
    console.log(`interview form in headless Chromium (median of ${formRender.loads} fresh loads): module ${formRender.moduleLoadMsP50} ms, first page ${formRender.firstPageRenderMsP50} ms, check your answers with S02 (${formRender.fieldsOnCheckAnswers} rows) ${formRender.checkAnswersRenderMsP50} ms, navigation to full form ${formRender.navigationToFullFormMsP50} ms`);
  }
  console.log(`targets: p95 ≤ ${report.targets.p95Ms} ms (${report.engine.p95Ms <= 2 ? 'met' : 'NOT met'}), ≥ ${report.targets.batchRecordsPerSecond} records/s (${report.engine.batchRecordsPerSecond >= 2000 ? 'met' : 'NOT met'}); heap ${heapMB} MB`);
}
