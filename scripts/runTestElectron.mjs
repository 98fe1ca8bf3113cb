#!/usr/bin/env node
// Runs the same integration suite (dist/test/integration/index.js) with @vscode/test-electron,
// which downloads a desktop VS Code: use it where the update service is reachable (not on the
// offline machines, where scripts/runIntegrationTests.mjs runs the suite instead).
//
//   npm run test:electron [-- --grep PATTERN] [-- --version 1.95.0]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const grep = option('--grep') ?? process.env.INVEST_NEWS_GREP;

// Same isolation as the offline runner: a fresh copy of the fixture workspace, trust off,
// and tests tagged @untrusted left to the offline runner's second pass.
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-news-electron-'));
const workspace = path.join(tempDir, 'workspace');
fs.cpSync(path.join(projectRoot, 'test', 'integration', 'fixtures', 'workspace'), workspace, { recursive: true });
const userDir = path.join(tempDir, 'user');
fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false }));

let exitCode = 1;
try {
  exitCode = await runTests({
    version: option('--version') ?? process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'dist', 'test', 'integration', 'index.js'),
    extensionTestsEnv: {
      INVEST_NEWS_TEST_GREP: `^(?!.*@untrusted)${grep ? `(?=.*(?:${grep}))` : ''}`,
      INVEST_NEWS_TEST_ARTIFACTS: path.join(projectRoot, 'test-artifacts'),
      INVEST_NEWS_TEST_TRUST: 'off',
    },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userDir],
  });
} catch (error) {
  console.error(`[test-electron] ${error?.message ?? error}`);
} finally {
  fs.rmSync(tempDir, { recursive: true, force: true });
}
process.exit(exitCode);
