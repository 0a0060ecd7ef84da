// Desktop runner (`npm run test:integration`): downloads VS Code with @vscode/test-electron
// and runs the integration suite (out/integration/index.js) in it. Needs internet access to
// the VS Code download host; on machines without it use `npm run test:e2e` (runHeadless.mjs),
// which runs the same suite in the VS Code server.
//
// Versions: VSCODE_TEST_VERSIONS=min,stable (comma-separated; `min` is the lowest version
// engines.vscode allows, anything else is passed to test-electron: stable, insiders, 1.95.0).
// Default: stable.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// This file is bundled to out/integration/runElectron.js.
const repo = path.resolve(__dirname, '../..');

function minimumVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    engines: { vscode: string };
  };
  const version = /\d+\.\d+\.\d+/.exec(manifest.engines.vscode)?.[0];
  if (!version) throw new Error(`cannot read a version from engines.vscode "${manifest.engines.vscode}"`);
  return version;
}

async function runOn(version: string): Promise<void> {
  // Tests never touch the repository: they get a scratch copy of seeds/.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-it-'));
  const workspace = path.join(scratch, 'seeds');
  fs.cpSync(path.join(repo, 'seeds'), workspace, { recursive: true });
  // Writable, as the tests may save (the seeds are read-only in the repository).
  for (const entry of fs.readdirSync(workspace, { recursive: true, withFileTypes: true })) {
    fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
  fs.chmodSync(workspace, 0o755);
  const firstSeed = fs.readdirSync(workspace).filter((name) => name.endsWith('.txt')).sort()[0];
  try {
    console.log(`[integration] VS Code ${version}`);
    await runTests({
      version,
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/integration/index.js'),
      launchArgs: [
        workspace,
        ...(firstSeed ? [path.join(workspace, firstSeed)] : []),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const versions = (process.env.VSCODE_TEST_VERSIONS || 'stable')
    .split(',')
    .map((version) => version.trim())
    .filter(Boolean)
    .map((version) => (version === 'min' ? minimumVersion() : version));
  for (const version of versions) await runOn(version);
}

main().catch((err: unknown) => {
  console.error('[integration] failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
