// Compiles the integration suite and its runners into out/integration/ (run from the repo
// root: `node test/integration/build.mjs`). The extension itself is built by `npm run build`.
//   index.js            suite entry (extensionTestsPath): Mocha bundled in, so it runs in
//                       any extension host whatever Mocha's module format
//   *.test.js           one bundle per test file, loaded by Mocha (`vscode` stays external)
//   screenshotDriver.js extensionTestsPath of the headless runner's screenshot pass
//   runElectron.js      the @vscode/test-electron runner (npm run test:integration)
// Type-checking is the root `tsc --noEmit`, as for the extension.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(repo, 'test/integration');
const outDir = path.join(repo, 'out/integration');

const tests = fs
  .readdirSync(srcDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => path.join(srcDir, file));

const common = {
  absWorkingDir: repo,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
  outbase: srcDir,
  outdir: outDir,
  metafile: true,
};

const results = await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [
      path.join(srcDir, 'index.ts'),
      path.join(srcDir, 'screenshotDriver.ts'),
      ...tests,
    ],
    external: ['vscode'],
    // Mocha's `require(file)` of the test files must stay a real runtime require.
    // Mocha's parallel mode (worker files found with require.resolve) is not used.
    logOverride: { 'unsupported-require-call': 'silent', 'require-resolve-not-external': 'silent' },
  }),
  esbuild.build({
    ...common,
    entryPoints: [path.join(srcDir, 'runElectron.ts')],
    packages: 'external',
  }),
]);
// Remove what this build did not write (a deleted or renamed test must not keep running),
// without emptying the folder first: another engineer's run may be loading it right now.
const written = new Set(results.flatMap((result) => Object.keys(result.metafile.outputs)).map((file) => path.resolve(repo, file)));
for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name);
  if (entry.isFile() && !written.has(file)) fs.rmSync(file, { force: true });
}

console.log(`[integration] built ${tests.length} test file(s) into ${path.relative(repo, outDir)}/`);
