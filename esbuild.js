// One build script, one config per target (extension, worker, webview, cli, tests, benchmarks).
// `--watch` rebuilds on change; `--production` minifies and drops source maps.
const esbuild = require('esbuild');
const fs = require('node:fs');

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

const nodeBase = { ...base, platform: 'node', format: 'cjs', target: 'node20' };

const exists = (p) => fs.existsSync(p);

const targets = [
  // The extension host bundle carries every dependency: the .vsix ships dist/ only.
  exists('src/extension.ts') && { ...nodeBase, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  exists('src/editor/corpusWorker.ts') && { ...nodeBase, entryPoints: { corpusWorker: 'src/editor/corpusWorker.ts' }, outdir: 'dist' },
  exists('src/webview/main.ts') && { ...base, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { main: 'src/webview/main.ts' }, outdir: 'dist/webview' },
  exists('src/cli/main.ts') && { ...nodeBase, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' },
  // Tests and benchmarks resolve their packages from node_modules at run time.
  { ...nodeBase, entryPoints: ['test/unit/**/*.test.ts'], outbase: 'test', outdir: 'dist/test', packages: 'external', sourcemap: 'inline' },
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
