// Entry point of the integration suite inside the VS Code extension host. Both launchers load
// it: scripts/runIntegrationTests.mjs (offline VS Code server + Chromium) and
// scripts/runTestElectron.mjs (@vscode/test-electron). It runs every
// dist/test/integration/**/*.test.js with mocha (BDD: describe / it).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

/** Read by scripts/runIntegrationTests.mjs to print the closing "N passed, N failed" line. */
const RESULT_MARKER = '[invest-news-result]';
/**
 * The workbench forwards the extension host's console together with its own log lines; this tag
 * tells the runner which lines come from here (tests, mocha, our extension) so it can show only them.
 */
const EXTENSION_HOST_TAG = '[exthost] ';

export async function run(): Promise<void> {
  tagConsole();
  // mocha 12 is an ES module: a dynamic import works from this CommonJS bundle on every Node.
  const { default: Mocha } = await import('mocha');
  const grep = process.env.INVEST_NEWS_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    // The output travels through the workbench log into the runner's stdout: keep it plain.
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.INVEST_NEWS_TEST_TIMEOUT_MS || 30_000),
    ...(grep ? { grep: new RegExp(grep) } : {}),
  });
  for (const file of findTestFiles(__dirname)) mocha.addFile(file);

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The runner starts a second VS Code (workspace trust on) only when this count says it has work.
      const nextGrep = process.env.INVEST_NEWS_TEST_NEXT_GREP;
      const next = nextGrep ? countTests(mocha.suite, new RegExp(nextGrep)) : 0;
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: passes, failed: failures, pending, next })}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}

function countTests(suite: Mocha.Suite, grep: RegExp): number {
  return suite.tests.filter((test) => grep.test(test.fullTitle())).length
    + suite.suites.reduce((sum, child) => sum + countTests(child, grep), 0);
}

function findTestFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(dir, file))
    .sort();
}

function tagConsole(): void {
  if (process.env.INVEST_NEWS_TEST_SCREENSHOTS !== '1') return; // only the offline runner reads the tag
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method].bind(console);
    // VS Code defines these as accessors whose setter does not replace what the getter returns.
    Object.defineProperty(console, method, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => original(EXTENSION_HOST_TAG + format(...args)),
    });
  }
}
