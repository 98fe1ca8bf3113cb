// l10n/glossary.json fixes one Chinese term per concept. The Chinese README and the interface
// strings (commands, settings, messages, the panel and the walkthrough pages below) must use
// it and never a rejected variant, so a researcher reads the same word in both.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Term { en: string; zh: string; rejected: string[]; rationale: string }
const glossary: { terms: Term[] } = JSON.parse(read('l10n/glossary.json'));
const README = 'README.zh-CN.md';
// The walkthrough's pages carry a Chinese half beside the English one.
const WALKTHROUGH = fs.readdirSync(path.join(root, 'media', 'walkthrough')).filter((f) => f.endsWith('.md')).map((f) => `media/walkthrough/${f}`);
const INTERFACE = ['l10n/bundle.l10n.zh-cn.json', 'package.nls.zh-cn.json', ...WALKTHROUGH];

describe('Chinese glossary', () => {
  it('gives each term a Chinese word, its rejected variants and a reason', () => {
    assert.ok(glossary.terms.length >= 4);
    for (const term of glossary.terms) {
      assert.ok(term.zh && term.rationale, `${term.en}: term and rationale`);
      assert.ok(term.rejected.length > 0, `${term.en}: no rejected variants`);
      for (const variant of term.rejected) assert.doesNotMatch(term.zh, new RegExp(variant), `${term.en}: ${term.zh} is itself rejected by ${variant}`);
    }
  });

  for (const file of [README, ...INTERFACE]) {
    it(`${file} uses no rejected variant`, () => {
      const lines = read(file).split('\n');
      for (const term of glossary.terms) {
        for (const variant of term.rejected) {
          const at = lines.findIndex((line) => new RegExp(variant).test(line));
          assert.equal(at, -1, `${file}:${at + 1} uses ${variant} for “${term.en}”; the glossary says ${term.zh}`);
        }
      }
    });
  }

  it('is used by both the README and the interface', () => {
    const ui = INTERFACE.map(read).join('\n');
    const readme = read(README);
    for (const term of glossary.terms) {
      assert.ok(readme.includes(term.zh), `${README} never says ${term.zh} (${term.en})`);
      assert.ok(ui.includes(term.zh), `the interface never says ${term.zh} (${term.en})`);
    }
  });
});
