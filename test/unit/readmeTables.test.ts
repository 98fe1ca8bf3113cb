// The README's Commands, Keybindings and Settings tables are generated from package.json by
// scripts/docsTables.mjs. This test fails when they drift (a command added without regenerating),
// and checks that the check itself notices drift and that the first lines keep the two commands.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const script = path.join(root, 'scripts', 'docsTables.mjs');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readmes = [{ file: 'README.md' }, { file: 'README.zh-CN.md' }];

function check(args: string[] = []): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, '--check', ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('README tables', () => {
  it('match package.json in README.md and README.zh-CN.md', () => {
    const { status, output } = check();
    assert.equal(status, 0, output);
  });

  for (const { file } of readmes) {
    it(`${file}: every command and setting is listed, with counts in the headings`, () => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const { command } of manifest.contributes.commands) assert.ok(text.includes(`\`${command}\``), `${file} lacks ${command}`);
      for (const id of Object.keys(manifest.contributes.configuration.properties)) assert.ok(text.includes(`\`${id}\``), `${file} lacks ${id}`);
      assert.match(text, new RegExp(`\\n## [^\\n]*[(（]${manifest.contributes.commands.length}[)）]`), 'a heading with the command count');
      assert.match(text, new RegExp(`\\n## [^\\n]*[(（]${Object.keys(manifest.contributes.configuration.properties).length}[)）]`), 'a heading with the setting count');
    });

    it(`${file}: opens with what it does and the two fresh-machine commands`, () => {
      const head = fs.readFileSync(path.join(root, file), 'utf8').split('\n').slice(0, 40).join('\n');
      assert.ok(head.includes('npm install && npm start'), 'npm install && npm start in the first 40 lines');
      assert.ok(head.includes('npm install && npm test'), 'npm install && npm test in the first 40 lines');
    });
  }

  it('notices a README whose tables are out of date', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-tables-'));
    try {
      const copy = path.join(dir, 'README.md');
      const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
      const firstRow = /\n\| [^\n]*`investNews\.[^\n]*\n/.exec(text.slice(text.indexOf('<!-- commands:start -->')));
      assert.ok(firstRow, 'the commands table has rows');
      fs.writeFileSync(copy, text.replace(firstRow[0], '\n'));
      const { status, output } = check(['--readme', copy, '--lang', 'en']);
      assert.equal(status, 1, output);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('points only at images that exist', () => {
    for (const { file } of readmes) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const [, image] of text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) assert.ok(fs.existsSync(path.join(root, image)), `${file}: ${image} is missing`);
    }
  });
});
