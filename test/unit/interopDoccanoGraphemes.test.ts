// doccano in grapheme mode writes no unit marker: import takes the same option as export
// (CLI --doccano-graphemes), and read as UTF-16 such a file is refused where an offset splits
// a character cluster, never imported at the wrong place.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { exportDoccano } from '../../src/core/interop/doccano';
import { importFormat } from '../../src/core/interop/formats';
import { formatProblem } from '../../src/core/interop/importedDocument';
import { insideGraphemeCluster } from '../../src/core/interop/offsets';
import { renderExportSummary } from '../../src/core/interop/report';
import { sidecarPathFor } from '../../src/core/sidecar/sidecarSchema';
import { pinArticle, REPO } from './interopFixtures';

const SAMPLE = join(REPO, 'test', 'unit', 'fixtures', 'interop', 'doccano-graphemes');
const sample = () => [{ path: 'doccano.jsonl', content: readFileSync(join(SAMPLE, 'doccano.jsonl'), 'utf8') }];
const article = () => readFileSync(join(SAMPLE, 'article.txt'), 'utf8');

describe('interop: doccano grapheme mode', () => {
  it('imports the grapheme-mode sample at the right places with the option', () => {
    const parsed = importFormat('doccano', sample(), { doccanoGraphemes: true });
    assert.deepEqual(parsed.problems.map(formatProblem), []);
    const text = article();
    assert.deepEqual(
      parsed.documents[0].spans.map((s) => [s.label, text.slice(s.start, s.end)]),
      [['PARK', '苏州工业园区'], ['MONEY', '50亿元']],
    );
  });

  it('refuses the same file read as UTF-16 units, naming the line and the split character', () => {
    const parsed = importFormat('doccano', sample());
    assert.equal(parsed.documents.length, 0);
    const [problem] = parsed.problems.map(formatProblem);
    assert.match(problem, /^doccano\.jsonl:1: span 1 \[6, 12, PARK\]: offsets 6–12 split the character "👨‍👩‍👧" .*grapheme/);
  });

  it('still reads UTF-16 offsets that fall between clusters', () => {
    const text = 'é👨‍👩‍👧苏州工业园区';
    const start = text.indexOf('苏州');
    const parsed = importFormat('doccano', [{ path: 'd.jsonl', content: JSON.stringify({ text, label: [[start, text.length, 'PARK']] }) }]);
    assert.deepEqual(parsed.problems.map(formatProblem), []);
    assert.equal(parsed.documents[0].spans[0].text, '苏州工业园区');
  });

  it('finds the cluster boundaries Intl.Segmenter finds', () => {
    const alphabet = fc.constantFrom('a', '元', 'e\u0301', '\u0301', '👨‍👩‍👧', '\u200d', '👍🏽', '🏽', '🇨🇳', '🇺', '\r', '\n', '\r\n', '𠀀', 'ᄀ', 'ᅡ', 'ᆨ', '가', '각', '\u0600', 'ก', '\u0e33', '\ufe0f', '❤', '\u00ad', '\t');
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
        for (let i = 1; i < text.length; i++) assert.equal(insideGraphemeCluster(text, i), !boundaries.has(i), `${JSON.stringify(text)} at ${i}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('the export summary says grapheme clusters in grapheme mode', () => {
    const summary = (unit: 'utf-16' | 'grapheme') => renderExportSummary('doccano', 1, exportDoccano([pinArticle()], { unit }), ['doccano.jsonl'], false);
    assert.match(summary('grapheme'), /offsets: grapheme clusters/);
    assert.doesNotMatch(summary('grapheme'), /UTF-16/);
    assert.match(summary('utf-16'), /offsets: UTF-16 code units/);
  });

  describe('invest-news import --doccano-graphemes (built CLI)', function () {
    this.timeout(60000);
    const CLI = join(REPO, 'dist', 'cli.js');
    let scratch: string;
    before(function () {
      if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
      scratch = mkdtempSync(join(tmpdir(), 'invest-news-graphemes-'));
      copyFileSync(join(SAMPLE, 'article.txt'), join(scratch, 'article.txt'));
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'import', join(SAMPLE, 'doccano.jsonl'), '--from', 'doccano', '--articles', scratch, ...args], { encoding: 'utf8' });

    it('refuses without the option and writes nothing; imports at the right places with it', () => {
      const refused = run();
      assert.notEqual(refused.status, 0);
      assert.match(refused.stderr, /doccano\.jsonl:1: span 1 \[6, 12, PARK\]: offsets 6–12 split the character/);
      assert.ok(!existsSync(sidecarPathFor(join(scratch, 'article.txt'))));
      const imported = run('--doccano-graphemes');
      assert.equal(imported.status, 0, imported.stderr);
      const sidecar = JSON.parse(readFileSync(sidecarPathFor(join(scratch, 'article.txt')), 'utf8')) as { annotations: { label: string; text: string }[] };
      assert.deepEqual(sidecar.annotations.map((a) => [a.label, a.text]), [['PARK', '苏州工业园区'], ['MONEY', '50亿元']]);
    });
  });
});
