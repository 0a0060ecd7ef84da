// Entry point of the integration suite: the extension host of a real VS Code loads this
// module (extensionTestsPath) and awaits `run()`. Used by both runners (runElectron.ts
// on desktops, runHeadless.mjs on headless machines), so a test is written once.
//
// Mocha is bundled into this file by build.mjs; the compiled `*.test.js` files next to it
// are loaded with Mocha's own `require`, and see the tdd globals (suite, test, setup...).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Every compiled `*.test.js` file under `dir`, in a stable order. */
function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  // Stack traces of failures point at the .ts sources (the bundles carry inline maps).
  process.setSourceMapsEnabled(true);
  const mocha = new Mocha({
    ui: 'tdd',
    color: true,
    timeout: 20_000,
    // `CROSSCHECK_TEST_GREP=diagnostics npm run test:e2e` runs a subset.
    grep: process.env.CROSSCHECK_TEST_GREP || undefined,
  });
  const files = findTestFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files under ${__dirname}`));
  for (const file of files) mocha.addFile(file);
  // runHeadless.mjs shows the log between this line and the summary line below.
  console.log(`[crosscheck-integration] running ${files.length} test file(s)`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0, tests = 0 } = runner.stats ?? {};
        console.log(
          `[crosscheck-integration] done: ${passes} passing, ${failures} failing, ${pending} pending (${tests} run)`,
        );
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
