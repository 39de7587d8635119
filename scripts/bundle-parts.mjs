// What dist/rhi-toolkit.js is made of: each source folder's share of the minified bundle and the
// size of that share gzipped on its own (the parts add up to more than the whole, which gzip
// compresses together). Run after `npm run build`:  node scripts/bundle-parts.mjs [FILE]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const file = process.argv[2] ?? `${root}dist/rhi-toolkit.js`;
// source-map comes with the build tools (rollup's dependencies); it reads the bundle's map.
const { SourceMapConsumer } = createRequire(`${root}package.json`)('source-map');

const code = readFileSync(file, 'utf8');
const lines = code.split('\n');
const consumer = await new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const mappings = [];
consumer.eachMapping((mapping) => mappings.push(mapping));

/** A package name for dependencies, a folder (or generated file) for the toolkit's own code. */
function partOf(source) {
  const path = (source ?? '?').replace(/^.*node_modules\//, 'npm:').replace(/^(\.\.\/)+packages\//, '');
  if (path.startsWith('npm:')) return path.split('/').slice(0, path.startsWith('npm:@') ? 2 : 1).join('/');
  return path.split('/').slice(0, path.includes('/generated/') ? 4 : 3).join('/');
}

/** Words, schemas and validators: data, whatever code carries it (the rest is code). */
function isData(part) {
  return part.includes('/generated/') || part.endsWith('problem-words.ts') || part.endsWith('/i18n');
}

const textByPart = new Map();
let dataText = '';
let codeText = '';
mappings.forEach((mapping, index) => {
  const next = mappings[index + 1];
  const line = lines[mapping.generatedLine - 1];
  const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length;
  const part = partOf(mapping.source);
  const text = line.slice(mapping.generatedColumn, end);
  textByPart.set(part, (textByPart.get(part) ?? '') + text);
  if (isData(part)) dataText += text;
  else codeText += text;
});

const rows = [...textByPart].map(([part, text]) => ({ part, minified: text.length, gzipped: gzipSync(text, { level: 9 }).length }));
rows.sort((a, b) => b.gzipped - a.gzipped);
console.log(`${file}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B min+gzip\n`);
const gzipped = (text) => gzipSync(text, { level: 9 }).length;
console.log(`code alone: ${codeText.length} B minified, ${gzipped(codeText)} B gzipped on its own`);
console.log(`words, schemas and validators (generated/, i18n, problem words): ${dataText.length} B minified, ${gzipped(dataText)} B gzipped on their own\n`);
console.log('minified  gzipped  part');
for (const { part, minified, gzipped } of rows) console.log(`${String(minified).padStart(8)} ${String(gzipped).padStart(8)}  ${part}`);
