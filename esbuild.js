// One build script, one config per target (extension, worker, webview, cli, tests, benchmarks).
// `--watch` rebuilds on change; `--production` minifies and drops source maps.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the `file:line:col: error: …` shape that VS Code's problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const base = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher],
};

/**
 * The extension host hands each extension its `vscode` API object (about 200 members). esbuild's
 * CommonJS interop copies every member into a fresh namespace object in each module that says
 * `import * as vscode from 'vscode'` (some 30 of ours): thousands of property definitions on every
 * start-up, measured as the largest part of the bundle's load time. This plugin serves `vscode` as
 * one module that reads, once, the members our sources name as `vscode.X`; esbuild then binds
 * `vscode.window` straight to that variable. A named import of a member not listed fails the build;
 * `vscode.X` is the only way our sources use the API (npm test runs the extension on this bundle).
 */
const vscodeApi = {
  name: 'vscode-api',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' });
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => {
      const names = [...vscodeMembersNamedIn(path.join(__dirname, 'src'))].sort();
      const contents = `const api = require('vscode');\n${names.map((n) => `export const ${n} = api.${n};`).join('\n')}\n`;
      return { contents, loader: 'js', resolveDir: __dirname, watchDirs: [path.join(__dirname, 'src')] };
    });
  },
};

/** Every `vscode.Member` written in the TypeScript sources under `dir`. */
function vscodeMembersNamedIn(dir) {
  const names = new Set();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/\bvscode\.([A-Za-z_$][\w$]*)/g)) names.add(match[1]);
  }
  return names;
}

const nodeBase = { ...base, platform: 'node', format: 'cjs', target: 'node20' };

const exists = (p) => fs.existsSync(p);

const targets = [
  // The extension host bundle carries every dependency: the .vsix ships dist/ only.
  // The extension is two bundles: what activation runs, and dist/deferred.js with the engine, zod and
  // the format table, loaded on first use by src/editor/deferredModules.ts (a run-time require).
  exists('src/extension.ts') && { ...nodeBase, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['./deferred.js'], plugins: [...base.plugins, vscodeApi] },
  exists('src/deferred.ts') && { ...nodeBase, entryPoints: { deferred: 'src/deferred.ts' }, outdir: 'dist' },
  exists('src/corpusWorker/corpusWorker.ts') && { ...nodeBase, entryPoints: { corpusWorker: 'src/corpusWorker/corpusWorker.ts' }, outdir: 'dist' },
  exists('src/webview/main.ts') && { ...base, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { main: 'src/webview/main.ts' }, outdir: 'dist/webview' },
  exists('src/cli/main.ts') && { ...nodeBase, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' },
  // The command line's worker threads (src/cli/workerPool.ts starts dist/cliWorker.js beside dist/cli.js).
  exists('src/cli/cliWorker.ts') && { ...nodeBase, entryPoints: { cliWorker: 'src/cli/cliWorker.ts' }, outdir: 'dist' },
  // Tests and benchmarks resolve their packages from node_modules at run time.
  { ...nodeBase, entryPoints: ['test/unit/**/*.test.ts'], outbase: 'test', outdir: 'dist/test', packages: 'external', sourcemap: 'inline' },
  exists('test/e2e') && { ...nodeBase, entryPoints: ['test/e2e/**/*.ts'], outbase: 'test', outdir: 'dist/test', packages: 'external' },
  exists('test/integration') && { ...nodeBase, entryPoints: ['test/integration/**/*.ts'], outbase: 'test', outdir: 'dist/test', external: ['vscode', 'mocha'], sourcemap: 'inline' },
  exists('bench') && { ...nodeBase, entryPoints: ['bench/**/*.ts'], outbase: 'bench', outdir: 'dist/bench', packages: 'external' },
].filter(Boolean);

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
