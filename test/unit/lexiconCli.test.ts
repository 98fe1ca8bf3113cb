// The workspace lexicon on the command line (dist/cli.js in a child process): `--lexicon FILE`,
// the default `.invest-news/lexicon.json` found from the current folder up, and a corrupt lexicon.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeLexicon } from '../../src/core/workspaceLexicon/workspaceLexicon';
import { assertOneLineError, CLI, run } from './cliRunner';

const ARTICLE = '近日，星河湾与丙丁公司签约。星河湾位于城南。\n';
const AMOUNTS = '星河湾签约项目，总投资30亿元。星河湾区签约项目，总投资20亿元。\n';

function extracted(stdout: string): string[] {
  return stdout.trim().split('\n').filter(Boolean).map((line) => {
    const e = JSON.parse(line) as { label: string; text: string };
    return `${e.label}:${e.text}`;
  });
}

describe('invest-news and the workspace lexicon (built CLI)', function () {
  let scratch: string;
  let article: string;
  let amounts: string;
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-lexicon-'));
    article = join(scratch, 'a.txt');
    writeFileSync(article, ARTICLE);
    amounts = join(scratch, 'b.txt');
    writeFileSync(amounts, AMOUNTS);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('extract --lexicon suggests its names and never its rejected strings', () => {
    const plain = extracted(run('extract', article).stdout);
    assert.ok(plain.includes('COMPANY:丙丁公司') && !plain.some((e) => e.endsWith(':星河湾')), plain.join(' '));
    const file = join(scratch, 'lexicon.json');
    writeFileSync(file, serializeLexicon({ names: [{ name: '星河湾', label: 'PARK' }], rejected: ['丙丁公司'] }));
    const taught = extracted(run('extract', article, '--lexicon', file).stdout);
    assert.equal(taught.filter((e) => e === 'PARK:星河湾').length, 2, taught.join(' '));
    assert.ok(!taught.includes('COMPANY:丙丁公司'), taught.join(' '));
  });

  it('summary totals the spellings of one park under its canonical name; the default lexicon is found from the current folder up', () => {
    const folder = join(scratch, '.invest-news');
    mkdirSync(folder, { recursive: true });
    const parks = (cwd: string) => {
      const result = spawnSync(process.execPath, [CLI, 'summary', amounts, '--json'], { cwd, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return (JSON.parse(result.stdout) as { parks: { name: string }[] }).parks.map((p) => p.name).filter(Boolean).sort();
    };
    writeFileSync(join(folder, 'lexicon.json'), serializeLexicon({ names: [{ name: '星河湾', label: 'PARK' }, { name: '星河湾区', label: 'PARK' }], rejected: [] }));
    const below = join(scratch, 'sub');
    mkdirSync(below, { recursive: true });
    assert.deepEqual(parks(below), ['星河湾', '星河湾区']);
    writeFileSync(join(folder, 'lexicon.json'), serializeLexicon({ names: [{ name: '星河湾', label: 'PARK', variants: ['星河湾区'] }], rejected: [] }));
    assert.deepEqual(parks(below), ['星河湾']);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a corrupt lexicon stops the command with one line naming the file and line, and is left as it was', () => {
    const file = join(scratch, 'broken.json');
    const text = '{\n  "format": "invest-news-lexicon",\n  "version": 1,\n  "names": [\n    { "name": "星河湾", "label": "TOWN" }\n  ],\n  "rejected": []\n}\n';
    writeFileSync(file, text);
    const result = run('extract', article, '--lexicon', file);
    assertOneLineError(result, `${file}:5: names.0.label`);
    assert.equal(result.stdout, '');
    assert.equal(readFileSync(file, 'utf8'), text);
    assertOneLineError(run('summary', article, '--lexicon', join(scratch, 'missing.json')), 'no such file');
  });
});
