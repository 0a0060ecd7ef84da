#!/usr/bin/env node
// `npm run eval`: bundles scripts/eval/main.ts (which reaches the analysis only through
// src/core/index.ts) with esbuild into out/eval/, then runs it with the same arguments.
// Works from a fresh clone after `npm install`: no build of the extension needed.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'out', 'eval', 'eval.cjs');

await esbuild.build({ entryPoints: [join(ROOT, 'scripts/eval/main.ts')], outfile: BUNDLE, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const run = spawnSync(process.execPath, [BUNDLE, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, CROSSCHECK_REPO: ROOT } });
process.exit(run.status ?? 1);
