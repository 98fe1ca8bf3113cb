#!/usr/bin/env node
// `npm run test:vsix`: packages the extension, checks what the .vsix holds, installs it into the
// test VS Code the way a user would (`--install-extension`), and runs the integration suite
// against the installed package instead of the development folder.
//
//   npm run test:vsix [-- --grep PATTERN] [-- any other option of scripts/runIntegrationTests.mjs]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, projectRoot } from './lib/vscodeServer.mjs';
import { checkVsixContents, packageVsix } from './lib/vsixPackage.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const tempDir = makeTempDir('invest-news-vsix-');
let code = 1;
try {
  console.log('[vsix] packaging (vsce package --no-dependencies; the prepublish step builds minified bundles)');
  const vsix = packageVsix(path.join(tempDir, `${manifest.name}-${manifest.version}.vsix`));
  console.log(`[vsix] ${path.basename(vsix.file)}: ${(vsix.size / 1024).toFixed(1)} KB, ${vsix.entries.length} entries`);
  const problems = checkVsixContents(vsix.entries, manifest);
  if (problems.length > 0) {
    console.error(`[vsix] the package is wrong:\n  ${problems.join('\n  ')}`);
  } else {
    // The runner rebuilds the development bundles (the suite itself comes from dist/test); the
    // extension under test is the installed package.
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'runIntegrationTests.mjs'), '--vsix', vsix.file, ...process.argv.slice(2)],
      { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, INVEST_NEWS_TEST_VSIX: vsix.file } });
    code = run.status ?? 1;
  }
} catch (error) {
  console.error(`[vsix] ${error.message}`);
} finally {
  fs.rmSync(tempDir, { recursive: true, force: true });
}
process.exit(code);
