#!/usr/bin/env node
// The command line is bundled to dist/cli.js by esbuild (npm's `prepare` runs it on install).
'use strict';
try {
  require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('invest-news: the command line is not built yet; run `npm run build` in the package folder.');
    process.exit(2);
  }
  throw error;
}
