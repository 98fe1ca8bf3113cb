#!/usr/bin/env node
// Runs the integration suite (dist/test/integration/index.js) inside a real VS Code: the offline
// VS Code server plus headless Chromium (see shared/real-vscode-offline.md).
//
//   npm run test:integration [-- --grep PATTERN] [-- --trust] [-- --vsix FILE] [-- --no-build] [-- --keep]
//
// --vsix FILE installs the packaged extension into the test VS Code instead of loading this
// folder in development mode (the suite itself still comes from dist/test/integration).
//
// Each run gets its own port and temporary folders (a fresh copy of
// test/integration/fixtures/workspace/ is the opened folder), so several runs can go at once.
// Workspace trust is off, except for tests whose title contains "@untrusted": they run in a
// second pass with trust on and the workspace untrusted (or everything does, with --trust).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, installVsix, makeTempDir, offlineSettings, projectRoot, startServer, workbenchUrl } from './lib/vscodeServer.mjs';

// The protocol shared with test/integration/index.ts and test/integration/screenshot.ts.
const RESULT_MARKER = '[invest-news-result]';
const SCREENSHOT_MARKER = '[invest-news-screenshot]';
const UNTRUSTED_TAG = '@untrusted';
const EXTENSION_HOST_TAG = '[exthost] ';

const options = parseArgs(process.argv.slice(2));
const artifactsDir = path.join(projectRoot, 'test-artifacts');
const testsDir = path.join(projectRoot, 'dist', 'test', 'integration');
const fixtureDir = path.join(projectRoot, 'test', 'integration', 'fixtures', 'workspace');
// The suite takes about two minutes on free cores; on a machine whose other work keeps both cores busy it
// has been seen past five, so the limit only stops a run that hangs.
const suiteTimeoutMs = Number(process.env.INVEST_NEWS_TEST_TIMEOUT_SECONDS || 900) * 1000;

// Nothing here can reach the internet; non-ASCII highlighting would mark every Chinese character of the articles.
const quietSettings = { ...offlineSettings, 'editor.unicodeHighlight.nonBasicASCII': false };

const cleanups = [];
async function cleanupAll() {
  while (cleanups.length > 0) {
    try { await cleanups.pop()(); } catch { /* best effort */ }
  }
}
// Output piped into a closed reader (`| head`): stop cleanly rather than die mid-run.
process.stdout.on('error', () => void cleanupAll().finally(() => process.exit(1)));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[integration] ${signal}: stopping VS Code and the browser`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

main().then(
  async (code) => { await cleanupAll(); process.exit(code); },
  async (error) => { console.error(`[integration] ${error?.stack ?? error}`); await cleanupAll(); process.exit(1); },
);

async function main() {
  if (options.build) {
    const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: projectRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  if (!fs.existsSync(path.join(testsDir, 'index.js'))) throw new Error(`${testsDir}/index.js is missing: did the build run?`);
  fs.mkdirSync(artifactsDir, { recursive: true });

  // Pass 1: trust off, everything but @untrusted tests. Pass 2, only when pass 1 counted tests
  // for it: trust on, the workspace untrusted, only @untrusted tests. --trust: one pass, trust on.
  const untrustedGrep = `^(?=.*${UNTRUSTED_TAG})${userGrepLookahead()}`;
  const passes = options.trust
    ? [{ trust: true, grep: options.grep }]
    : [{ trust: false, grep: `^(?!.*${UNTRUSTED_TAG})${userGrepLookahead()}`, nextGrep: untrustedGrep }];

  const totals = { passed: 0, failed: 0, pending: 0 };
  let exitCode = 0;
  for (const pass of passes) {
    const result = await runPass(pass);
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.pending += result.pending;
    if (result.code !== 0) exitCode = 1;
    if (pass.nextGrep && result.next > 0) passes.push({ trust: true, grep: pass.nextGrep });
  }
  if (exitCode !== 0 && totals.failed === 0) totals.failed = 1; // crashed or timed out: still a failure
  if (exitCode === 0 && totals.passed + totals.failed === 0) {
    console.error(`[integration] no test ran${options.grep ? ` (nothing matched --grep ${options.grep})` : ''}`);
    exitCode = 1;
  }
  console.log(`integration: ${totals.passed} passed, ${totals.failed} failed${totals.pending ? `, ${totals.pending} skipped` : ''}`);
  return exitCode;
}

async function runPass({ trust, grep, nextGrep }) {
  const label = trust ? 'workspace trust on (untrusted workspace)' : 'workspace trust off';
  console.log(`[integration] starting VS Code: ${label}${grep ? `, grep /${grep}/` : ''}`);
  const tempDir = makeTempDir('invest-news-it-');
  if (options.keep) console.log(`[integration] temporary folders kept in ${tempDir}`);
  cleanups.push(() => { if (!options.keep) fs.rmSync(tempDir, { recursive: true, force: true }); });
  const workspace = path.join(tempDir, 'workspace');
  fs.cpSync(fixtureDir, workspace, { recursive: true });

  const settings = {
    ...quietSettings,
    ...(trust
      ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false }
      : { 'security.workspace.trust.enabled': false }),
  };
  let extensionPath = projectRoot;
  if (options.vsix) {
    extensionPath = installVsix(tempDir, options.vsix);
    console.log(`[integration] installed ${options.vsix}: testing the package, not the development folder`);
  }
  const server = await startServer({
    dataDir: tempDir,
    settings,
    // The extension host inherits the server's environment: this is how the suite learns
    // the grep and where screenshots go, both here and with @vscode/test-electron.
    env: {
      INVEST_NEWS_TEST_GREP: grep ?? '',
      INVEST_NEWS_TEST_NEXT_GREP: nextGrep ?? '',
      INVEST_NEWS_TEST_ARTIFACTS: artifactsDir,
      INVEST_NEWS_TEST_SCREENSHOTS: '1',
      INVEST_NEWS_TEST_TRUST: trust ? 'on' : 'off',
    },
    onOutput: (line) => { if (options.verbose) console.log(`[server] ${line}`); },
  });
  cleanups.push(server.stop);

  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  let passed = 0, failed = 0, pending = 0, next = 0;
  let resolveExit;
  const exited = new Promise((resolve) => { resolveExit = resolve; });
  let screenshots = Promise.resolve();

  // Everything the workbench logs goes to a file; the extension host's lines (tagged by
  // test/integration/index.ts) also go to stdout.
  const workbenchLog = fs.createWriteStream(path.join(artifactsDir, `workbench-${trust ? 'trusted' : 'default'}.log`));
  cleanups.push(() => new Promise((resolve) => workbenchLog.end(resolve)));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    workbenchLog.write(`[${type}] ${text}\n`);
    const tagged = text.startsWith(EXTENSION_HOST_TAG);
    if (!tagged && !options.verbose) return;
    for (const line of (tagged ? text.slice(EXTENSION_HOST_TAG.length) : text).split('\n')) {
      const resultAt = line.indexOf(RESULT_MARKER);
      const shotAt = line.indexOf(SCREENSHOT_MARKER);
      if (resultAt >= 0) {
        try { ({ passed, failed, pending, next = 0 } = JSON.parse(line.slice(resultAt + RESULT_MARKER.length))); } catch { /* keep counting as failed */ }
      } else if (shotAt >= 0) {
        const name = line.slice(shotAt + SCREENSHOT_MARKER.length).trim();
        // One at a time, in request order.
        screenshots = screenshots.then(() => takeScreenshot(page, name));
      } else {
        console.log(line);
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  if (options.verbose) page.on('console', (message) => console.log(`[browser] ${message.text()}`));

  const url = workbenchUrl(server.host, { folder: workspace, extensionPath, testsPath: testsDir });
  // The suite's own deadline bounds the wait: a loaded machine can take long to serve the workbench.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: suiteTimeoutMs });

  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      console.error(`[integration] the suite did not finish within ${suiteTimeoutMs / 1000} s`);
      resolve(1);
    }, suiteTimeoutMs);
  });
  let finished = false;
  const serverDied = new Promise((resolve) => server.child.on('exit', (code) => {
    if (!finished) console.error(`[integration] VS Code server exited early (${code})`);
    resolve(1);
  }));
  const code = await Promise.race([exited, timeout, serverDied]);
  finished = true;
  clearTimeout(timer);
  await screenshots;
  await cleanupAll();
  return { code, passed, failed, pending, next };
}

/** Writes test-artifacts/NAME.png atomically: the test waits for the file to appear. */
async function takeScreenshot(page, name) {
  const safe = name.replace(/[^\w.-]+/g, '_');
  const target = path.join(artifactsDir, `${safe}.png`);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, await page.screenshot());
    fs.renameSync(temp, target);
    console.log(`[integration] screenshot ${path.relative(projectRoot, target)}`);
  } catch (error) {
    console.error(`[integration] screenshot ${safe} failed: ${error.message}`);
  }
}

function userGrepLookahead() {
  return options.grep ? `(?=.*(?:${options.grep}))` : '';
}

function parseArgs(argv) {
  const result = {
    grep: process.env.INVEST_NEWS_GREP || undefined,
    trust: /^(1|on|true)$/i.test(process.env.INVEST_NEWS_WORKSPACE_TRUST ?? ''),
    build: true,
    keep: false,
    verbose: /^(1|true)$/i.test(process.env.INVEST_NEWS_TEST_VERBOSE ?? ''),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--grep' || arg === '-g') result.grep = argv[++i];
    else if (arg.startsWith('--grep=')) result.grep = arg.slice('--grep='.length);
    else if (arg === '--trust') result.trust = true;
    else if (arg === '--no-build') result.build = false;
    else if (arg === '--keep') result.keep = true;
    else if (arg === '--verbose') result.verbose = true;
    else if (arg === '--vsix') result.vsix = argv[++i];
    else throw new Error(`unknown option ${arg}\nusage: npm run test:integration -- [--grep PATTERN] [--trust] [--vsix FILE] [--no-build] [--keep] [--verbose]`);
  }
  if (result.grep !== undefined) new RegExp(result.grep); // a bad pattern fails here, clearly
  if (result.vsix !== undefined && !fs.existsSync(result.vsix)) throw new Error(`--vsix: no such file ${result.vsix}`);
  return result;
}
