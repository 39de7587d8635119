#!/usr/bin/env node
// The `rhi` command. The code lives in ../dist, built by `npm run build` (also run by `npm ci`).
import { existsSync } from 'node:fs';

const built = new URL('../dist/rhi.js', import.meta.url);
if (!existsSync(built)) {
  console.error('rhi: the command line is not built yet — run `npm run build` in the repository first.');
  process.exit(2);
}
await import(built.href);
