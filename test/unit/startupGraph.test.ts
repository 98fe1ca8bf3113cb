// What the extension evaluates when VS Code loads it. Activation time is code loading plus
// `activate()` (npm run bench:startup measures it in a real VS Code); these checks keep the parts
// that need not run then out of the load, so a stray import cannot quietly bring them back:
// the recognition engine, zod and everything built with it, and the export/import format table
// live in a second bundle, dist/deferred.js, which src/editor/deferredModules.ts loads on first use.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/** The repository (this file runs from dist/test/unit). */
const root = path.resolve(__dirname, '..', '..', '..');

/** The source files esbuild puts into the bundle built from `entry` (as esbuild.js builds it). */
function bundledInputs(entry: string, external: string[]): Set<string> {
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external,
    write: false,
    metafile: true,
    outfile: 'startup-graph.js',
    logLevel: 'silent',
  });
  return new Set(Object.keys(result.metafile.inputs));
}

describe('extension start-up: what loading the main bundle evaluates', function () {
  this.timeout(30_000);
  const main = bundledInputs('src/extension.ts', ['vscode', './deferred.js']);
  const deferred = bundledInputs('src/deferred.ts', []);

  const deferredModules = ['src/core/sidecar/sidecarSchema.ts', 'src/webview/protocol.ts', 'src/core/interop/formats.ts', 'src/editor/zodHostConfig.ts', 'src/core/recognition/recognize.ts', 'src/core/recognition/incrementalAnalysis.ts', 'src/core/recognition/money.ts'];

  it('keeps zod out of dist/extension.js and in dist/deferred.js', () => {
    const zodInMain = [...main].filter((file) => file.includes('node_modules/zod/'));
    assert.deepEqual(zodInMain, [], 'an import chain from src/extension.ts reaches zod');
    assert.ok([...deferred].some((file) => file.includes('node_modules/zod/')), 'zod is in the deferred bundle');
  });

  for (const file of deferredModules) {
    it(`bundles ${file} in dist/deferred.js only`, () => {
      assert.ok(deferred.has(file), `${file} is not in the deferred bundle`);
      assert.ok(!main.has(file), `${file} is imported eagerly; reach it through src/editor/deferredModules.ts`);
    });
  }

  it('keeps the lexicons out of dist/extension.js', () => {
    assert.deepEqual([...main].filter((file) => file.startsWith('src/core/lexicon/')), []);
  });

  it('bundles every editor feature in dist/extension.js (they register in activate)', () => {
    for (const file of ['src/editor/annotationStore.ts', 'src/editor/decorations.ts', 'src/editor/summaryPanel.ts', 'src/editor/commands/exportAnnotations.ts']) {
      assert.ok(main.has(file), `${file} should be in the main bundle`);
    }
  });

  it('built: one read of the vscode API object, and the deferred bundle beside the main one', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist', 'extension.js'), 'utf8');
    const requires = bundle.match(/require\(["']vscode["']\)/g) ?? [];
    assert.equal(requires.length, 1, 'esbuild.js serves `vscode` through one module (plugin vscode-api)');
    assert.ok(bundle.includes('"./deferred.js"'), 'dist/extension.js loads ./deferred.js at run time');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'deferred.js')), 'dist/deferred.js is built');
  });
});
