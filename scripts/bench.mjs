// `npm run bench`: how fast the engine assesses, in Node, with the england ruleset.
//   npm run bench                     a table
//   npm run bench -- --json           one JSON object
//   npm run bench -- --records 20000  fewer generated records (default 100000)
//   npm run bench -- --skip-browser   engine only (no Chromium: no form figures)
// Each figure is measured, never estimated; the machine and Node version are printed with them.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { createAssessor, loadRuleset, validateAnswers } from '../packages/engine/dist/engine-node.js';
import { syntheticAnswers } from './bench/synthetic-answers.mjs';
import { bundleLimits, bundleSize } from './bench/bundle-size.mjs';
import { measureFormRender } from './bench/form-render.mjs';
import { measureKeystrokeToPanel } from './bench/keystroke-to-panel.mjs';

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

const formRender = options['skip-browser'] ? undefined : await measureFormRender();
const keystrokes = options['skip-browser'] ? undefined : await measureKeystrokeToPanel();
const allInOne = bundleSize();

const report = {
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
  ruleset: { id: ruleset.id, version: ruleset.version, rules: ruleset.rules.length },
  bundle: { allInOne: { file: allInOne.file, minBytes: allInOne.minifiedBytes, gzipBytes: allInOne.gzipBytes } },
  engine: {
    p50Ms: round(generatedFigures.p50Ms),
    p95Ms: round(generatedFigures.p95Ms),
    batchRecordsPerSecond: generatedFigures.perSecond,
    scenarios: { ...roundAll(scenarioFigures) },
    generated: { ...roundAll(generatedFigures), invalidRecords: invalid },
    heapMB,
  },
  // Headless Chromium, england ruleset, the full interview layout (medians of fresh loads; keystrokes after a warm-up).
  form: formRender && keystrokes
    ? {
        firstRenderMs: formRender.firstPageRenderMsP50,
        moduleLoadMs: formRender.moduleLoadMsP50,
        checkAnswersRenderMs: formRender.checkAnswersRenderMsP50,
        checkAnswersRows: formRender.fieldsOnCheckAnswers,
        navigationToFullFormMs: formRender.navigationToFullFormMsP50,
        loads: formRender.loads,
        keystrokeToAssessmentP50Ms: keystrokes.p50Ms,
        keystrokeToAssessmentP95Ms: keystrokes.p95Ms,
        keystrokes: keystrokes.keys,
        heapMB: keystrokes.heapMB,
      }
    : undefined,
  targets: { bundleGzipBytes: bundleLimits.budgetGzipBytes, engineP95Ms: 2, batchRecordsPerSecond: 2000, firstRenderMs: 50, keystrokeToAssessmentP95Ms: 16 },
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
  const { bundle, form, targets } = report;
  const verdict = (met) => (met ? 'met' : 'NOT met');
  console.log(`${bundle.allInOne.file}: ${bundle.allInOne.minBytes} B minified, ${bundle.allInOne.gzipBytes} B min+gzip (budget ${targets.bundleGzipBytes} B: ${verdict(bundle.allInOne.gzipBytes <= targets.bundleGzipBytes)})`);
  if (form) {
    console.log(`interview form in headless Chromium (median of ${form.loads} fresh loads): module ${form.moduleLoadMs} ms, first render ${form.firstRenderMs} ms (target ${targets.firstRenderMs}: ${verdict(form.firstRenderMs <= targets.firstRenderMs)}), check your answers with S02 (${form.checkAnswersRows} rows) ${form.checkAnswersRenderMs} ms, navigation to full form ${form.navigationToFullFormMs} ms`);
    console.log(`keystroke → panel updated (${form.keystrokes} keys, S02, england): p50 ${form.keystrokeToAssessmentP50Ms} ms, p95 ${form.keystrokeToAssessmentP95Ms} ms (target ${targets.keystrokeToAssessmentP95Ms}: ${verdict(form.keystrokeToAssessmentP95Ms <= targets.keystrokeToAssessmentP95Ms)}); page heap ${form.heapMB} MB`);
  }
  console.log(`engine: p95 ${report.engine.p95Ms} ms (target ${targets.engineP95Ms}: ${verdict(report.engine.p95Ms <= targets.engineP95Ms)}), ${report.engine.batchRecordsPerSecond} records/s (target ${targets.batchRecordsPerSecond}: ${verdict(report.engine.batchRecordsPerSecond >= targets.batchRecordsPerSecond)}); Node heap ${heapMB} MB`);
}
