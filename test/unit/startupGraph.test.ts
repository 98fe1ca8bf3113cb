// What the extension evaluates when VS Code loads it. Activation time is code loading plus
// `activate()` (npm run bench:startup measures it in a real VS Code); these checks keep the parts
// that need not run then out of the load, so a stray import cannot quietly bring them back:
// zod and everything built with it, and the export/import format table, are reached only through
// src/editor/deferredModules.ts, which esbuild turns into code run on first use.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

const root = repoRoot();

/** The modules of the extension bundle, and those evaluated at load (reached by imports, not by a `require` call). */
function moduleGraph(): { all: Set<string>; atLoad: Set<string> } {
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ['src/extension.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    outfile: 'startup-graph.js',
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const atLoad = new Set<string>();
  const queue = ['src/extension.ts'];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (atLoad.has(file)) continue;
    atLoad.add(file);
    for (const edge of inputs[file]?.imports ?? []) if (!edge.external && edge.kind !== 'require-call') queue.push(edge.path);
  }
  return { all: new Set(Object.keys(inputs)), atLoad };
}

describe('extension start-up: what loading the bundle evaluates', function () {
  this.timeout(30_000);
  const graph = moduleGraph();

  const deferred = ['src/core/sidecarSchema.ts', 'src/webview/protocol.ts', 'src/core/interop/formats.ts', 'src/editor/zodHostConfig.ts'];

  it('keeps zod out of the load', () => {
    const zodAtLoad = [...graph.atLoad].filter((file) => file.includes('node_modules/zod/'));
    assert.deepEqual(zodAtLoad, [], 'an import chain from src/extension.ts reaches zod');
    assert.ok([...graph.all].some((file) => file.includes('node_modules/zod/')), 'zod is in the bundle (for first use)');
  });

  for (const file of deferred) {
    it(`evaluates ${file} on first use, not at load`, () => {
      assert.ok(graph.all.has(file), `${file} is not in the bundle`);
      assert.ok(!graph.atLoad.has(file), `${file} is imported eagerly; reach it through src/editor/deferredModules.ts`);
    });
  }

  it('loads every editor feature at load (they register in activate)', () => {
    for (const file of ['src/editor/annotationStore.ts', 'src/editor/decorations.ts', 'src/editor/summaryPanel.ts', 'src/editor/commands/exportAnnotations.ts']) {
      assert.ok(graph.atLoad.has(file), `${file} should be evaluated at load`);
    }
  });

  it('reads the vscode API object once in the built bundle, not once per module', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist', 'extension.js'), 'utf8');
    const requires = bundle.match(/require\(["']vscode["']\)/g) ?? [];
    assert.equal(requires.length, 1, 'esbuild.js serves `vscode` through one module (plugin vscode-api)');
  });
});
