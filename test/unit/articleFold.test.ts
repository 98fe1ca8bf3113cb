// The article's fold put together from its paragraphs' folds (src/core/recognition/articleFold.ts): it must be the
// whole text folded at once, whatever the fold changes near a line break (entities, glosses, `專案`, a point written
// `。`), its anchor units where a scan of that text finds them, and its stretches mapped back as that fold maps them.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldText, foldedText, toOriginal } from '../../src/core/fold';
import { anchorUnits, foldWithAnchors, unitKind } from '../../src/core/recognition/anchorUnits';
import { ArticleFold } from '../../src/core/recognition/articleFold';

const MARSH = unitKind('泽');

/** Pieces of a line: units the fold changes, glosses and entities, a point written `。`, and a kind's unit. */
const PIECES = ['青泽', '湿地', '示範區', '專案', '專', '案', '&amp;', '&ldquo;', '&', '產(chǎn)', '?duì)', '?', '(', '（', '12。5亿元', '3。', '。', '，', 'x', 'ab'];

/** An article of lines from PIECES, with empty lines and `\r\n` among its breaks. */
const article = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('\n', '\n\n', '\r\n')), { maxLength: 40 }).map((parts) => parts.join(''));

/** The fold of `text` built line by line, each line read in its fold and anchor units, a line of every third left to fold itself. */
function builtByLines(text: string): ArticleFold {
  const fold = new ArticleFold(text);
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) fold.add(start, end, line++ % 3 === 2 ? undefined : foldWithAnchors(text, start, end));
    start = end + 1;
  }
  return fold;
}

describe('article fold', () => {
  it('is the whole text folded at once, built from its lines or read whole', () => {
    fc.assert(fc.property(article, (text) => {
      assert.equal(builtByLines(text).text, foldedText(text));
      assert.equal(ArticleFold.of(text).text, foldedText(text));
    }), { numRuns: 500 });
  });

  it('finds a kind of unit where a scan of the folded text does', () => {
    fc.assert(fc.property(article, (text) => {
      assert.deepEqual(builtByLines(text).positions(MARSH), [...anchorUnits(foldedText(text)).positions(MARSH)]);
    }), { numRuns: 500 });
  });

  it('maps a stretch inside a line back as the fold of the whole text does', () => {
    fc.assert(fc.property(article, fc.nat(), fc.nat(), (text, a, b) => {
      const folded = foldText(text);
      const fold = builtByLines(text);
      const f = fold.text;
      const lines = [...f.matchAll(/[^\n]+/g)];
      if (lines.length === 0) return;
      const line = lines[a % lines.length];
      const from = line.index + (a % line[0].length);
      const to = from + 1 + (b % (line.index + line[0].length - from));
      assert.deepEqual(fold.toOriginal(from, to), toOriginal(folded, from, to));
    }), { numRuns: 500 });
  });

  it('reads a paragraph with a gloss and an entity where the whole text reads it', () => {
    const text = '某某園(yuán)开工\r\n\n青泽&amp;湿地專案';
    const fold = builtByLines(text);
    assert.equal(fold.text, '某某园开工\r\n\n青泽&湿地项目');
    assert.deepEqual(fold.positions(MARSH), [9]);
    assert.deepEqual(fold.toOriginal(8, 10), [14, 16]);
    assert.deepEqual(fold.toOriginal(10, 14), [16, 24]);
  });
});
