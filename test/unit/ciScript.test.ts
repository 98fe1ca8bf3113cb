// CI must prove the README: `.ci/run` runs exactly the commands the README gives a new user, and
// every tool the tests need is installed by those commands (scripts/lib/vscodeServer.mjs,
// ensureInstalled), not by an extra step that only CI performs.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/** The commands of a shell script or fenced block: `&&` chains split, comments and shell settings dropped. */
function commandsOf(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .flatMap((line) => line.split('&&').map((part) => part.trim()))
    .filter((command) => command !== '' && !/^(set|cd|export)\b/.test(command));
}

function readmeTestCommands(): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme);
  assert.ok(firstBlock, 'README.md has no sh block');
  const testLine = firstBlock[1].split('\n').find((line) => /\bnpm test\b/.test(line));
  assert.ok(testLine, 'the README\'s first sh block has no `npm test` line');
  return commandsOf(testLine);
}

describe('CI script', () => {
  it('runs exactly the README\'s test commands', () => {
    const ci = commandsOf(fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8')).filter((c) => !c.startsWith('#!'));
    assert.deepEqual(ci, readmeTestCommands());
    assert.deepEqual(ci, ['npm install', 'npm test']);
  });

  it('no test runner asks the user to install VS Code by hand', () => {
    const scripts = ['runIntegrationTests.mjs', 'e2e.mjs', 'testVsix.mjs', 'start.mjs'];
    for (const file of scripts) {
      const text = fs.readFileSync(path.join(root, 'scripts', file), 'utf8');
      assert.ok(!/\bassertInstalled\(/.test(text), `${file} only checks the install; it should call ensureInstalled (or startServer)`);
    }
    const server = fs.readFileSync(path.join(root, 'scripts', 'lib', 'vscodeServer.mjs'), 'utf8');
    const startServer = server.slice(server.indexOf('export async function startServer'));
    assert.match(startServer.slice(0, 200), /ensureInstalled\(\)/, 'startServer installs on first use');
  });
});
