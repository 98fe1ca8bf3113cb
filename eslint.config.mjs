// The pure core must not reach for the editor: the CLI, the tests and the webview reuse it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build, test-runner and packaging scripts run under Node (ES modules; bin/ is CommonJS).
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['bin/**/*.js', 'esbuild.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        // `import { z }` keeps zod's whole namespace (every locale, JSON-schema tools): +360 KB minified.
        { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: "Write `import * as z from 'zod'` so esbuild can drop what is unused." }],
    },
  },
  {
    // Recognition and totals are read rule by rule: a function that no longer fits on a screen
    // has grown a second job.
    files: ['src/core/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60 }] },
  },
  {
    // The corpus worker runs in a worker thread and under the benchmark in plain Node.
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/webview/**/*.ts', 'src/corpusWorker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The core, CLI, webview and corpus worker never import vscode.' }],
        patterns: [{ group: ['**/editor/**', '../editor/*'], message: 'The core, CLI, webview and corpus worker never import editor glue.' }] }],
    },
  },
);
