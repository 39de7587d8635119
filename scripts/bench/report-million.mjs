// `node scripts/bench/report-million.mjs`: `rhi report` over a million records, to show it runs in
// constant memory. Needs the built command line (`npm run build`).
//   node scripts/bench/report-million.mjs                    1,000,000 records
//   node scripts/bench/report-million.mjs --records 200000   fewer
//   node scripts/bench/report-million.mjs --json             one JSON object
//   node scripts/bench/report-million.mjs --keep             keep the generated files (path printed)
//
// Steps, each timed: `rhi synth --no-assessments` writes the records (answers only: assessing a
// million records with the engine, about 1,000 a second on one core, would take a quarter of an
// hour, and synth never fabricates an assessment); `rhi report --assess never` reads them, so no
// risk levels are worked out and every record counts as "not assessed". The same report is run on
// the first tenth of the file, and the peak memory (RSS) of both runs is compared: constant memory
// means the two are about the same. RSS is also sampled every 100 ms through each run.
// A last step reports on 2,000 records with stored engine assessments and referral packages, and
// on 2,000 without, assessed by the engine as the report reads them (`--assess missing`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: { records: { type: 'string', default: '1000000' }, json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const recordCount = Number(options.records);
const root = new URL('../..', import.meta.url).pathname;
const rhi = join(root, 'packages/cli/bin/rhi.js');
if (!existsSync(join(root, 'packages/cli/dist/rhi.js'))) {
  console.error('report-million: the command line is not built yet — run `npm run build` first.');
  process.exit(1);
}

// Loaded into the measured process: samples its RSS every 100 ms and, on exit, its peak (maxRSS),
// on file descriptor 3, so nothing mixes with the report on stdout or the problems on stderr.
const sampler = `data:text/javascript,${encodeURIComponent(`
import { writeSync } from 'node:fs';
const started = performance.now();
const say = (line) => { try { writeSync(3, line + '\\n'); } catch {} };
setInterval(() => say('rss ' + (performance.now() - started).toFixed(0) + ' ' + process.memoryUsage.rss()), 100).unref();
process.on('exit', () => say('peak ' + process.resourceUsage().maxRSS * 1024));
`)}`;

/** Runs `rhi ARGS…` and resolves to its elapsed seconds, peak RSS and RSS samples. */
function measured(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', sampler, rhi, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let report = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].on('data', (chunk) => (report += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (status !== 0) return reject(new Error(`rhi ${args.join(' ')} exited ${status}: ${stderr.trim()}`));
      const samples = report.split('\n').filter((line) => line.startsWith('rss ')).map((line) => Number(line.split(' ')[2]));
      const peak = Number(/^peak (\d+)$/m.exec(report)?.[1] ?? Math.max(...samples));
      resolve({ seconds, peakBytes: peak, samples });
    });
  });
}

const megabytes = (bytes) => Math.round(bytes / 1048576);
/** RSS at each tenth of a run, in MB: flat when memory is constant. */
const byTenths = (samples) => Array.from({ length: 10 }, (_, tenth) => megabytes(samples[Math.min(samples.length - 1, Math.floor(((tenth + 1) * samples.length) / 10) - 1)] ?? 0));

const folder = mkdtempSync(join(tmpdir(), 'rhi-report-million-'));
const file = (name) => join(folder, name);
const tenth = Math.max(1, Math.round(recordCount / 10));
try {
  // The first tenth of the million is the same records: synth writes the same bytes for a seed, child by child.
  const synth = await measured(['synth', '--count', String(recordCount), '--seed', '1', '--no-assessments', '--output', file('records.ndjson')]);
  await measured(['synth', '--count', String(tenth), '--seed', '1', '--no-assessments', '--output', file('first-tenth.ndjson')]);
  const reportArgs = (records, output) => ['report', records, '--assess', 'never', '--format', 'json', '--output', output];
  const small = await measured(reportArgs(file('first-tenth.ndjson'), file('first-tenth.json')));
  const large = await measured(reportArgs(file('records.ndjson'), file('records.json')));

  const engineCount = 2000;
  await measured(['synth', '--count', String(engineCount), '--seed', '2', '--output', file('assessed.ndjson')]);
  await measured(['synth', '--count', String(engineCount), '--seed', '2', '--no-assessments', '--output', file('answers-only.ndjson')]);
  const stored = await measured(['report', file('assessed.ndjson'), '--format', 'json', '--output', file('assessed.json')]);
  const assessing = await measured(['report', file('answers-only.ndjson'), '--assess', 'missing', '--format', 'json', '--output', file('answers-only.json')]);

  const result = {
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
    records: recordCount,
    fileMB: megabytes(statSync(file('records.ndjson')).size),
    synthSeconds: Number(synth.seconds.toFixed(1)),
    report: {
      seconds: Number(large.seconds.toFixed(1)),
      recordsPerSecond: Math.round(recordCount / large.seconds),
      peakRssMB: megabytes(large.peakBytes),
      rssByTenthMB: byTenths(large.samples),
    },
    firstTenth: { records: tenth, seconds: Number(small.seconds.toFixed(1)), peakRssMB: megabytes(small.peakBytes) },
    withEngine: {
      records: engineCount,
      storedAssessmentsSeconds: Number(stored.seconds.toFixed(1)),
      assessedWhileReadingSeconds: Number(assessing.seconds.toFixed(1)),
    },
  };
  if (options.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`rhi report over ${recordCount.toLocaleString('en-GB')} synthetic records (${result.fileMB} MB) — ${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}`);
    console.log(`  rhi synth --no-assessments       ${result.synthSeconds} s`);
    console.log(`  rhi report --assess never        ${result.report.seconds} s (${result.report.recordsPerSecond.toLocaleString('en-GB')} records/s), peak RSS ${result.report.peakRssMB} MB`);
    console.log(`  RSS at each tenth of the run     ${result.report.rssByTenthMB.join(', ')} MB`);
    console.log(`  first ${tenth.toLocaleString('en-GB')} records only         ${result.firstTenth.seconds} s, peak RSS ${result.firstTenth.peakRssMB} MB`);
    console.log(`  ${engineCount.toLocaleString('en-GB')} records, stored assessments  ${result.withEngine.storedAssessmentsSeconds} s`);
    console.log(`  ${engineCount.toLocaleString('en-GB')} records, assessed by the engine  ${result.withEngine.assessedWhileReadingSeconds} s`);
  }
} finally {
  if (options.keep) console.error(`report-million: the files are in ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
