#!/usr/bin/env node
// `npm run screenshots`: refreshes the README's images. Runs only the integration tests that take
// them (in the real VS Code, on the test workspace), then copies the chosen captures from
// test-artifacts/ to docs/images/. Look at them before committing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './lib/vscodeServer.mjs';

/** test-artifacts/NAME.png → docs/images/NAME.png, and the test (title pattern) that takes it. */
const chosen = [
  { name: 'editor-highlights-hover', test: 'shows highlights and a hover' },
  { name: 'summary-panel', test: "posts the engine's totals of the active article" },
  { name: 'walkthrough', test: 'shows the walkthrough' },
];

const artifacts = path.join(projectRoot, 'test-artifacts');
const images = path.join(projectRoot, 'docs', 'images');
const started = Date.now();
const grep = chosen.map((c) => c.test.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'runIntegrationTests.mjs'), '--grep', grep],
  { cwd: projectRoot, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('[screenshots] the tests failed: docs/images/ left as it was');
  process.exit(run.status ?? 1);
}
fs.mkdirSync(images, { recursive: true });
let missing = 0;
for (const { name } of chosen) {
  const source = path.join(artifacts, `${name}.png`);
  if (!fs.existsSync(source) || fs.statSync(source).mtimeMs < started) {
    console.error(`[screenshots] ${name}.png was not taken by this run`);
    missing++;
    continue;
  }
  fs.copyFileSync(source, path.join(images, `${name}.png`));
  console.log(`[screenshots] docs/images/${name}.png`);
}
process.exit(missing > 0 ? 1 : 0);
