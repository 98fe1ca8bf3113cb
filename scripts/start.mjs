#!/usr/bin/env node
// `npm start`: builds the extension and opens the sample corpus (samples/) in VS Code with it loaded.
// - Desktop VS Code when the `code` command is on PATH (set INVEST_NEWS_SERVER=1 to skip it).
// - Otherwise the offline VS Code server on 127.0.0.1 (port: INVEST_NEWS_PORT, else a free one);
//   open the printed URL in a browser. Ctrl+C stops the server and everything it started.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureInstalled, projectRoot, startServer, workbenchUrl } from './lib/vscodeServer.mjs';

const samples = path.join(projectRoot, 'samples');

function build() {
  console.log('[start] building the extension');
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

function openInDesktop() {
  console.log('[start] opening samples/ in desktop VS Code (code --extensionDevelopmentPath)');
  const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${projectRoot}`, samples], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

async function serve() {
  try {
    ensureInstalled();
  } catch (error) {
    console.error(`[start] ${error.message}`);
    process.exit(1);
  }
  // A profile that survives restarts (layout, opened editors), kept in the ignored cache folder.
  const dataDir = path.join(projectRoot, '.vscode-test', 'start-profile');
  const settingsFile = path.join(dataDir, 'user', 'User', 'settings.json');
  const firstRun = !fs.existsSync(settingsFile);
  const port = process.env.INVEST_NEWS_PORT ? Number(process.env.INVEST_NEWS_PORT) : undefined;
  const server = await startServer({
    dataDir,
    port,
    // Written only on the first run: later changes made in the settings UI are kept.
    settings: firstRun ? {
      'security.workspace.trust.enabled': false, // the samples are ours
      'chat.disableAIFeatures': true,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    } : undefined,
    onOutput: (line) => { if (process.env.INVEST_NEWS_VERBOSE) console.log(`[server] ${line}`); },
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${signal}: stopping the VS Code server`);
    await server.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));
  server.child.on('exit', (code) => {
    if (stopping) return;
    console.error(`[start] the VS Code server exited (${code})`);
    process.exit(1);
  });

  const url = workbenchUrl(server.host, { folder: samples, extensionPath: projectRoot });
  console.log(`\n[start] VS Code with Invest News Annotator is serving samples/ at\n\n    ${url}\n\n` +
    '[start] Open it in a browser on this machine (Ctrl+C stops the server).');
  if (process.env.INVEST_NEWS_OPEN_BROWSER && onPath('xdg-open')) spawn('xdg-open', [url], { stdio: 'ignore', detached: true }).unref();
}

build();
if (onPath('code') && !process.env.INVEST_NEWS_SERVER) openInDesktop();
else await serve();
