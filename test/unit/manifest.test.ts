// The manifest and the code must agree: ids declared once (src/editor/ids.ts) and in
// package.json, every manifest string localised in both nls files, every runtime string in the
// Chinese l10n bundle. Drift here shows up as a command that does nothing or English in a
// Chinese UI, so it is checked on every test run.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { CommandId, SettingId } from '../../src/editor/ids';
import { LABELS } from '../../src/core/types';

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
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const manifestText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');

interface ContributedCommand { command: string; title: string; category?: string }
const contributed: ContributedCommand[] = manifest.contributes.commands;
const declared: string[] = Object.values(CommandId);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(root, dir, file));
}

/** The first argument of every `l10n.t(...)` call that is a plain string literal. */
function l10nLiterals(source: string): string[] {
  const found: string[] = [];
  const call = /\bl10n\.t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g;
  for (const match of source.matchAll(call)) {
    const raw = match[1] ?? match[2] ?? match[3];
    found.push(raw.replace(/\\(.)/g, '$1'));
  }
  return found;
}

describe('manifest', () => {
  it('contributes exactly the commands declared in ids.ts', () => {
    const ids = contributed.map((c) => c.command);
    assert.deepEqual([...ids].sort(), [...declared].sort());
    assert.equal(new Set(ids).size, ids.length, 'a command is contributed twice');
  });

  it('names every command and setting investNews.<verbNoun>', () => {
    for (const id of [...declared, ...Object.values(SettingId)]) assert.match(id, /^investNews\.[a-z][A-Za-z]+$/, id);
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.match(key, /^investNews\.[a-z][A-Za-z]+$/, key);
  });

  it('declares every contributed setting in ids.ts', () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), Object.values(SettingId).sort());
  });

  it('gives every command a localised title and the shared category', () => {
    for (const command of contributed) {
      assert.match(command.title, /^%[\w.-]+%$/, `${command.command} title is not a %key%`);
      assert.equal(command.category, '%category%', `${command.command} has no category`);
    }
  });

  it('backs every %key% of package.json in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10, 'expected the manifest to use %keys%');
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
    for (const key of Object.keys(nls)) assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key} (present in package.nls.json)`);
  });

  it('gives every keybinding a when clause and a declared command', () => {
    for (const binding of manifest.contributes.keybindings ?? []) {
      assert.ok(binding.when, `keybinding ${binding.key} has no when clause`);
      assert.ok(declared.includes(binding.command), `keybinding ${binding.key} runs an undeclared command`);
    }
  });

  it('refers only to declared commands in menus', () => {
    for (const [menu, entries] of Object.entries<{ command: string }[]>(manifest.contributes.menus ?? {})) {
      for (const entry of entries) assert.ok(declared.includes(entry.command), `${menu} lists ${entry.command}`);
    }
  });

  it('contributes a themed background and border colour for every label', () => {
    const colors = new Map<string, { defaults: Record<string, string> }>((manifest.contributes.colors ?? []).map((c: { id: string; defaults: Record<string, string> }) => [c.id, c]));
    for (const label of LABELS) {
      for (const part of ['Background', 'Border']) {
        const color = colors.get(`investNews.${label.toLowerCase()}${part}`);
        assert.ok(color, `no colour investNews.${label.toLowerCase()}${part}`);
        for (const theme of ['light', 'dark', 'highContrast']) assert.ok(color.defaults[theme], `${label} ${part} lacks a ${theme} default`);
      }
    }
  });

  it('has a Chinese entry for every l10n.t string literal in src/', () => {
    const bundlePath = path.join(root, 'l10n', 'bundle.l10n.zh-cn.json');
    const bundle: Record<string, string> = JSON.parse(fs.readFileSync(bundlePath, 'utf8'));
    const literals = sourceFiles('src').flatMap((file) => l10nLiterals(fs.readFileSync(file, 'utf8')).map((text) => ({ file, text })));
    assert.ok(literals.length > 20, 'expected runtime strings through vscode.l10n.t');
    const missing = literals.filter(({ text }) => !bundle[text]).map(({ file, text }) => `${path.relative(root, file)}: ${text}`);
    assert.deepEqual(missing, []);
  });

  it('finds l10n.t literals in every quoting style', () => {
    const source = `vscode.l10n.t('It\\'s {0}', x); l10n.t("Say \\"hi\\""); l10n.t(\`Plain\`); l10n.t(\`Not \${this}\`)`;
    assert.deepEqual(l10nLiterals(source), ["It's {0}", 'Say "hi"', 'Plain']);
  });
});
